/**
 * The pane's entry: tells whether it runs in Excel (safely, see detectHost), picks the services — the
 * Office.js shell in Excel, the standalone ones in a plain browser — and renders the pane. The only file
 * that wires the Office shell in.
 */

import { Button, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langFor } from "../core/messages";
import { App } from "./App";
import { detectHost } from "./detectHost";
import { createErrorChannel } from "./errorChannel";
import { stringsFor } from "./i18n";
import type { LedgerServices } from "./services";
import { createStandaloneServices } from "./standaloneServices";

async function start(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) throw new Error("taskpane.html has no #root element");
  const root = createRoot(element);
  const waiting = stringsFor(langFor(navigator.language));
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label={waiting.connecting} />
    </FluentProvider>,
  );

  // Inside Office a slow start is said, and waited for; the clerk may choose to work standalone instead.
  const info = await detectHost({
    onSlow: (standalone) =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <Spinner label={waiting.connectingSlow} />
          <Button onClick={standalone}>{waiting.useStandalone}</Button>
        </FluentProvider>,
      ),
  });
  const errors = createErrorChannel();
  let services: LedgerServices;
  try {
    // The Office.js shell comes in a chunk of its own, fetched only inside Excel: a plain browser never loads
    // it, and the pane's first script stays small. Standalone services are in the first script, so that the
    // pane still starts when that chunk cannot be fetched.
    services =
      info.host === "excel"
        ? (await import(/* webpackChunkName: "excel" */ "./excelServices")).createExcelServices({
            locale: info.locale,
            onBackgroundError: errors.report,
          })
        : createStandaloneServices({ locale: info.locale });
  } catch (error) {
    // The Excel shell could not be fetched or start: the pane still runs standalone, and says why.
    services = createStandaloneServices({ locale: info.locale });
    errors.report(error);
  }
  root.render(<App services={services} backgroundErrors={errors.subscribe} />);
  // Standalone although Office hosts the page: never silently.
  if (info.hosted && info.host === "standalone")
    errors.report(new Error(stringsFor(langFor(info.locale)).standaloneInOffice));
}

void start();
