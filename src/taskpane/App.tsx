/**
 * The pane: a tab list (导入 / 校验 / 生成 / 设置) over the four panels, errors shown on top as message bars.
 * Everything it does goes through `services`; standalone (no Excel), the validate and generate tabs are
 * disabled with a one-line explanation and writing the ledger downloads an .xlsx.
 */

import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { STATUS_PRESETS } from "../core/plan/settings";
import { langFor } from "../core/messages";
import { createActions } from "./actions";
import { stringsFor } from "./i18n";
import type { LedgerServices } from "./services";
import type { Tab as TabName } from "./state";
import { createStore } from "./store";
import { ImportPanel } from "./components/ImportPanel";
import type { StatusPreset } from "./components/SettingsPanel";
// Past the first screen: fetched in one chunk the first time one of them shows.
import { GeneratePanel, SettingsPanel, ValidatePanel, YearPanel } from "./components/later";

import { RoundsPanel } from "./components/RoundsPanel";

/** This month as a 期次: 2026-03. */
const thisMonth = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;

export interface AppProps {
  /** Everything the pane does to the world: the Office shell in Excel, the standalone one in a browser. */
  readonly services: LedgerServices;
  /**
   * Errors that happen outside a button's action (a background live check): the pane subscribes and shows
   * them. Returns the function that unsubscribes.
   */
  readonly backgroundErrors?: (listener: (error: unknown) => void) => () => void;
}

const TABS: readonly TabName[] = ["import", "validate", "generate", "settings"];
/** Tabs standalone cannot show; 生成 shows only the round there (分发各单位, 通报 on a ledger file). */
const EXCEL_ONLY: ReadonlySet<TabName> = new Set(["validate"]);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  errors: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** The task pane. */
export function App({ services, backgroundErrors }: AppProps) {
  const styles = useStyles();
  const lang = langFor(services.locale);
  const strings = stringsFor(lang);
  const [store] = useState(() => createStore());
  const actions = useMemo(() => createActions(store, services, strings), [store, services, strings]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const baseId = useId();
  const standalone = services.host === "standalone";

  useEffect(() => {
    void actions.loadSettings();
  }, [actions]);
  useEffect(() => backgroundErrors?.(actions.reportError), [backgroundErrors, actions]);
  // 更新现有台账 and 存档本期 are offered when the workbook holds a ledger (asked again after each write).
  const [hasLedger, setHasLedger] = useState(false);
  // Standalone, the ledger file the round works on, shown under 生成 and 导入 alike.
  const [roundLedger, setRoundLedger] = useState<string | null>(null);
  const [roundReading, setRoundReading] = useState<string | null>(null);
  // One 期次 for the page: typed under 导入 or 生成, used by 分发, 汇总 and 通报 alike.
  const [roundPeriod, setRoundPeriod] = useState("");
  useEffect(() => {
    if (standalone) return;
    services.hasLedger().then(setHasLedger, () => setHasLedger(false));
  }, [services, standalone, state.lastWrite]);

  const presets: StatusPreset[] = STATUS_PRESETS.map((p) => ({
    id: p.id,
    label: strings.presets[p.id] ?? p.label,
    statuses: p.statuses,
  }));
  const tab = standalone && EXCEL_ONLY.has(state.tab) ? "import" : state.tab;
  const tabId = (t: TabName): string => `${baseId}-tab-${t}`;
  const confirm = state.confirm;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root} aria-label={strings.appTitle}>
        {state.errors.length > 0 ? (
          <div className={styles.errors}>
            {state.errors.map((e) => (
              <MessageBar key={e.id} intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
                  <span role="alert">{e.message}</span>
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" size="small" onClick={() => actions.dismissError(e.id)}>
                      {strings.dismiss}
                    </Button>
                  }
                />
              </MessageBar>
            ))}
          </div>
        ) : null}

        <TabList
          aria-label={strings.tabsLabel}
          selectedValue={tab}
          onTabSelect={(_, d) => actions.selectTab(d.value as TabName)}
        >
          {TABS.map((t) => (
            <Tab key={t} id={tabId(t)} value={t} disabled={standalone && EXCEL_ONLY.has(t)}>
              {strings.tabs[t]}
            </Tab>
          ))}
        </TabList>
        {standalone ? <Caption1 className={styles.note}>{strings.standaloneNote}</Caption1> : null}

        <div role="tabpanel" aria-labelledby={tabId(tab)} className={styles.panel}>
          {tab === "import" ? (
            <ImportPanel
              strings={strings}
              lang={lang}
              standalone={standalone}
              text={state.text}
              fileName={state.fileName}
              parsed={state.parsed}
              year={state.year}
              fallbackYear={state.settings?.year ?? new Date().getFullYear()}
              onYearChange={actions.setYear}
              registry={state.registry}
              decisions={state.decisions}
              busy={state.busy}
              confirmReplace={confirm?.kind === "replace" ? confirm.preview : null}
              confirmPending={confirm?.kind === "pending-aliases" ? confirm.count : null}
              lastWrite={state.lastWrite}
              onTextChange={actions.setText}
              onPreview={() => void actions.preview()}
              onOpenFile={(name, bytes) => void actions.openFile(name, bytes)}
              onImportSheet={services.importSheet ? () => void actions.importSheet() : undefined}
              onOpenLedger={
                services.regenerateLedger ? (name, bytes) => void actions.openLedger(name, bytes) : undefined
              }
              onFileError={actions.reportError}
              onDecide={actions.decide}
              onWrite={() => void actions.requestWrite()}
              onConfirmWrite={() => void actions.confirmWrite()}
              onConfirmPending={() => void actions.confirmPendingWrite()}
              onCancelWrite={actions.cancelConfirm}
            />
          ) : null}
          {tab === "import" && hasLedger ? (
            <YearPanel
              strings={strings}
              lang={lang}
              parsed={state.parsed}
              fileName={state.fileName}
              defaultPeriod={thisMonth()}
              onPreviewUpdate={(parsed) => services.previewUpdate(parsed)}
              onApplyUpdate={(parsed, fileName) => services.applyUpdate(parsed, () => {}, fileName)}
              onSnapshot={(period, replace) => services.snapshot(period, replace, () => {})}
              onError={actions.reportError}
            />
          ) : null}
          {tab === "import" && (hasLedger || standalone) ? (
            <RoundsPanel
              lang={lang}
              part="collect"
              standalone={standalone}
              ledger={roundLedger}
              onLedger={setRoundLedger}
              reading={roundReading}
              onReading={setRoundReading}
              period={roundPeriod}
              onPeriod={setRoundPeriod}
              loadRounds={services.loadRounds}
              onError={actions.reportError}
            />
          ) : tab === "import" ? null : tab === "validate" ? (
            <ValidatePanel
              strings={strings}
              lang={lang}
              findings={state.findings}
              busy={state.busy}
              liveChecks={state.liveChecks}
              confirmFixAll={confirm?.kind === "fix-all"}
              onCheck={() => void actions.check()}
              onSelect={(ref) => void actions.selectCell(ref)}
              onFix={(fix) => void actions.fix(fix)}
              onFixAll={actions.requestFixAll}
              onConfirmFixAll={() => void actions.confirmFixAll()}
              onCancelFixAll={actions.cancelConfirm}
              onLiveChange={(on) => void actions.setLiveChecks(on)}
            />
          ) : tab === "generate" ? (
            <>
              {standalone ? null : (
                <GeneratePanel
                  strings={strings}
                  lang={lang}
                  parts={state.parts}
                  busy={state.busy}
                  lastGenerate={state.lastGenerate}
                  confirmGenerate={confirm?.kind === "generate" ? confirm.preview : null}
                  onPartChange={actions.setPart}
                  onGenerate={() => void actions.requestGenerate()}
                  onConfirmGenerate={() => void actions.confirmGenerate()}
                  onCancelGenerate={actions.cancelConfirm}
                />
              )}
              <RoundsPanel
                lang={lang}
                part="send"
                standalone={standalone}
                ledger={roundLedger}
                onLedger={setRoundLedger}
                reading={roundReading}
                onReading={setRoundReading}
                period={roundPeriod}
                onPeriod={setRoundPeriod}
                loadRounds={services.loadRounds}
                onError={actions.reportError}
              />
            </>
          ) : (
            <SettingsPanel
              strings={strings}
              lang={lang}
              settings={state.settings}
              dirty={state.settingsDirty}
              saved={state.settingsSaved}
              canApplyToLedger={!standalone}
              appliedToLedger={state.ledgerReformatted}
              busy={state.busy}
              presets={presets}
              onStatusName={(index, name) => actions.editSettings({ type: "statusName", index, name })}
              onStatusColour={(index, which, colour) =>
                actions.editSettings({ type: "statusColour", index, which, colour })
              }
              onAddStatus={() => actions.addStatus(strings.newStatus)}
              onRemoveStatus={(index) => actions.editSettings({ type: "statusRemove", index })}
              onMoveStatus={(index, by) => actions.editSettings({ type: "statusMove", index, by })}
              onPreset={(p) => actions.applyPreset(p.statuses)}
              onDoneStatus={(name) => actions.editSettings({ type: "doneStatus", name })}
              onDueSoonDays={(days) => actions.editSettings({ type: "dueSoonDays", days })}
              onSave={() => void actions.saveSettings()}
              onApplyToLedger={() => void actions.applySettingsToLedger()}
            />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
