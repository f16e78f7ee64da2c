/**
 * Where the pane runs, told safely. Outside Office, `Office.onReady` resolves with a null host; when office.js
 * itself failed to load there is no `Office` global at all; and when one of its own files (office_strings.js)
 * is blocked, `onReady` never settles. So: no global → standalone at once; otherwise onReady raced with a
 * timeout, and anything but Excel → standalone. Never an endless spinner, never a page error.
 */

import type { HostKind } from "./services";

export interface HostInfo {
  readonly host: HostKind;
  /** Office's UI language in Excel, the browser's language otherwise. */
  readonly locale: string;
  /** Why: Excel answered, office.js is missing, onReady timed out or failed, or another host / none. */
  readonly reason: "excel" | "no-office" | "timeout" | "failed" | "not-excel";
}

/** The parts of the Office global this needs (so tests can pass a double). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
  readonly context?: { readonly displayLanguage?: string };
}

export interface DetectOptions {
  /** The Office global; read from the page when omitted. */
  readonly office?: OfficeLike | null;
  /** How long to wait for Office.onReady. */
  readonly timeoutMs?: number;
  /** The browser's language; navigator.language when omitted. */
  readonly browserLanguage?: string;
}

/** The page's Office global, or null when office.js did not load. */
function pageOffice(): OfficeLike | null {
  return typeof Office === "undefined" ? null : (Office as unknown as OfficeLike);
}

/** Tells whether the pane runs in Excel, within `timeoutMs` (3 s by default) whatever office.js does. */
export async function detectHost(options: DetectOptions = {}): Promise<HostInfo> {
  const office = options.office === undefined ? pageOffice() : options.office;
  const browser =
    options.browserLanguage ??
    (typeof navigator !== "undefined" && navigator.language ? navigator.language : "zh-CN");
  const standalone = (reason: HostInfo["reason"]): HostInfo => ({
    host: "standalone",
    locale: browser,
    reason,
  });
  if (!office) return standalone("no-office");

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs ?? 3000);
  });
  let info: { host: unknown } | "timeout" | "failed";
  try {
    info = await Promise.race([office.onReady(), timeout]);
  } catch {
    // onReady threw or rejected: office.js is there but broken; the pane still works standalone.
    info = "failed";
  } finally {
    clearTimeout(timer);
  }
  if (info === "timeout" || info === "failed") return standalone(info);
  const excel = office.HostType?.Excel ?? "Excel";
  if (info.host !== excel) return standalone("not-excel");
  return { host: "excel", locale: office.context?.displayLanguage || browser, reason: "excel" };
}
