/**
 * What the pane's buttons do: each action calls the services and dispatches what happened to the store.
 * Every failure becomes an error shown to the user (never swallowed); one operation runs at a time.
 * No React and no DOM here, so the flows are tested with a fake `LedgerServices` and a plain store.
 */

import { DEFAULT_SETTINGS, doneStatusOf, settingsWithStatuses } from "../core/plan/settings";
import type { Finding } from "../core/types";
import type { Strings } from "./i18n";
import type { LedgerServices, Progress } from "./services";
import {
  anyPart,
  fixesOf,
  pendingSuggestions,
  registryForWrite,
  settingsProblems,
  suggestionKey,
} from "./state";
import type { Operation } from "./state";
import type { Store } from "./store";
import type { PaneActions } from "./paneActions";
import { errorMessage } from "./errorMessage";
import { typedYear } from "./ledgerYear";

export type { PaneActions, SettingsEdit } from "./paneActions";
export { errorMessage };

/** Actions bound to a store, the services and the UI language's strings. */
export function createActions(store: Store, services: LedgerServices, strings: Strings): PaneActions {
  const { dispatch, getState } = store;
  const progress: Progress = (done, total, label) => dispatch({ type: "progress", done, total, label });
  const showError = (error: unknown): void =>
    dispatch({ type: "error", message: errorMessage(error, services.locale) });

  /** Runs one operation: busy while it runs, its error shown, idle after. Ignored while another runs. */
  async function run(op: Operation, label: string, work: () => Promise<void>): Promise<void> {
    if (getState().busy) return;
    dispatch({ type: "busy", op, label });
    try {
      await work();
    } catch (e) {
      showError(e);
    } finally {
      dispatch({ type: "idle" });
    }
  }

  async function write(): Promise<void> {
    const state = getState();
    const registry = registryForWrite(state);
    if (!state.parsed || !registry) return;
    // The year the clerk typed over the document's (as build --year); one that is no year writes nothing.
    const year = typedYear(state.year);
    if (year === "invalid") throw new Error(strings.yearInvalid(state.year ?? ""));
    const result = await services.writeLedger(
      state.parsed,
      registry,
      state.settings ?? DEFAULT_SETTINGS,
      progress,
      state.fileName,
      year ?? undefined,
    );
    dispatch({ type: "written", result });
  }

  /** Asks what writing would replace; writes at once, or asks first when generated sheets would go. */
  function checkReplaceAndWrite(): Promise<void> {
    return run("write", strings.writing, async () => {
      if (!getState().parsed) return;
      const preview = await services.previewWrite();
      if (preview.replaces.length > 0) {
        dispatch({ type: "confirm", confirm: { kind: "replace", preview } });
        return;
      }
      await write();
    });
  }

  async function generate(): Promise<void> {
    const result = await services.generate(getState().parts, progress);
    dispatch({ type: "generated", result });
  }

  async function checkAgain(): Promise<void> {
    const findings: Finding[] = await services.validate();
    dispatch({ type: "findings", findings });
  }

  return {
    selectTab: (tab) => dispatch({ type: "tab", tab }),
    setText: (text) => dispatch({ type: "text", text }),

    preview: () =>
      run("read", strings.parsing, async () => {
        const parsed = await services.parseText(getState().text);
        dispatch({ type: "parsed", parsed, registry: services.suggestRegistry(parsed), fileName: null });
      }),

    openFile: (name, bytes) =>
      run("read", strings.readingFile(name), async () => {
        const parsed = await services.readDocument(name, bytes);
        dispatch({ type: "parsed", parsed, registry: services.suggestRegistry(parsed), fileName: name });
      }),

    importSheet: () =>
      run("read", strings.readingSheet, async () => {
        if (!services.importSheet) return;
        const { parsed, sheet } = await services.importSheet();
        const registry = services.suggestRegistry(parsed);
        dispatch({ type: "parsed", parsed, registry, fileName: strings.sheetSource(sheet) });
      }),

    openLedger: (name, bytes) =>
      run("write", strings.regenerating, async () => {
        if (!services.regenerateLedger) return;
        const result = await services.regenerateLedger(name, bytes, progress);
        if (result) {
          dispatch({ type: "written", result });
          return;
        }
        // A workbook without the ledger's tables is a breakdown kept as a spreadsheet: it is read as one.
        const parsed = await services.readDocument(name, bytes);
        dispatch({ type: "parsed", parsed, registry: services.suggestRegistry(parsed), fileName: name });
      }),

    setYear: (year) => dispatch({ type: "year", year }),

    decide: (suggestion, decision) => dispatch({ type: "decide", key: suggestionKey(suggestion), decision }),

    async requestWrite() {
      if (!getState().parsed || getState().busy) return;
      // Undecided alias suggestions are asked about, never merged (or dropped) in silence.
      const pending = pendingSuggestions(getState()).length;
      if (pending > 0) dispatch({ type: "confirm", confirm: { kind: "pending-aliases", count: pending } });
      else await checkReplaceAndWrite();
    },

    async confirmPendingWrite() {
      dispatch({ type: "confirm", confirm: null });
      await checkReplaceAndWrite();
    },

    async confirmWrite() {
      dispatch({ type: "confirm", confirm: null });
      await run("write", strings.writing, write);
    },

    cancelConfirm: () => dispatch({ type: "confirm", confirm: null }),

    check: () => run("validate", strings.checking, checkAgain),

    async selectCell(ref) {
      try {
        await services.selectCell(ref);
      } catch (e) {
        showError(e);
      }
    },

    fix: (fix) =>
      run("fix", strings.fixing, async () => {
        await services.applyFixes([fix]);
        await checkAgain();
      }),

    requestFixAll() {
      if (fixesOf(getState().findings ?? []).length > 0)
        dispatch({ type: "confirm", confirm: { kind: "fix-all" } });
    },

    async confirmFixAll() {
      dispatch({ type: "confirm", confirm: null });
      const fixes = fixesOf(getState().findings ?? []);
      if (fixes.length === 0) return;
      await run("fix", strings.fixing, async () => {
        await services.applyFixes(fixes);
        await checkAgain();
      });
    },

    async setLiveChecks(on) {
      try {
        await services.setLiveChecks(on, (findings) => dispatch({ type: "findings", findings }), showError);
        dispatch({ type: "live", on });
      } catch (e) {
        showError(e);
      }
    },

    setPart: (part, on) => dispatch({ type: "part", part, on }),

    requestGenerate: () =>
      run("generate", strings.generating, async () => {
        if (!anyPart(getState().parts)) return;
        const preview = await services.previewGenerate(getState().parts);
        if (preview.replaces.length > 0) {
          dispatch({ type: "confirm", confirm: { kind: "generate", preview } });
          return;
        }
        await generate();
      }),

    async confirmGenerate() {
      dispatch({ type: "confirm", confirm: null });
      await run("generate", strings.generating, generate);
    },

    async loadSettings() {
      try {
        dispatch({ type: "settingsLoaded", settings: await services.loadSettings() });
      } catch (e) {
        showError(e);
        dispatch({ type: "settingsLoaded", settings: DEFAULT_SETTINGS });
      }
    },

    saveSettings: () =>
      run("settings", strings.save, async () => {
        const { settings } = getState();
        if (!settings || settingsProblems(settings).length > 0) return;
        await services.saveSettings(settings);
        dispatch({ type: "settingsSaved" });
      }),

    applySettingsToLedger: () =>
      run("reformat", strings.applyingToLedger, async () => {
        await services.reformatLedger();
        dispatch({ type: "ledgerReformatted" });
      }),

    editSettings: (edit) => dispatch(edit),
    addStatus(name) {
      const [status] = settingsWithStatuses([name]).statuses;
      if (status) dispatch({ type: "statusAdd", status });
    },
    applyPreset: (statuses) =>
      dispatch({ type: "statusPreset", statuses, doneStatus: doneStatusOf(statuses.map((s) => s.name)) }),

    reportError: showError,
    dismissError: (id) => dispatch({ type: "dismiss", id }),
  };
}
