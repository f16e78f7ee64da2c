/**
 * What the pane's buttons do: each action calls the services and dispatches what happened to the store.
 * Every failure becomes an error shown to the user (never swallowed); one operation runs at a time.
 * No React and no DOM here, so the flows are tested with a fake `LedgerServices` and a plain store.
 */

import { langFor } from "../core/messages";
import { DEFAULT_SETTINGS, doneStatusOf, settingsWithStatuses } from "../core/plan/settings";
import type { StatusStyle } from "../core/plan/types";
import type { CellRef, Finding, Fix } from "../core/types";
import type { AliasSuggestion } from "../core/units/types";
import { isChunkLoadError } from "./chunkLoad";
import { stringsFor, type Strings } from "./i18n";
import type { GenerateParts, LedgerServices, Progress } from "./services";
import {
  anyPart,
  fixesOf,
  pendingSuggestions,
  registryForWrite,
  settingsProblems,
  suggestionKey,
} from "./state";
import type { Action, Decision, Operation, Tab } from "./state";
import type { Store } from "./store";

/** Edits of the settings being made in the settings tab. */
export type SettingsEdit = Extract<
  Action,
  { type: "statusName" | "statusColour" | "statusRemove" | "statusMove" | "doneStatus" | "dueSoonDays" }
>;

export interface PaneActions {
  selectTab(tab: Tab): void;
  setText(text: string): void;
  /** Parses the paste box (busy while the parser is fetched, the first time). */
  preview(): Promise<void>;
  /** Reads an opened file (.txt in any encoding, .docx, .doc, .pdf, .xlsx, .csv, .odt, .html …). */
  openFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Excel only: reads the breakdown table in the open workbook (selection or used range). */
  importSheet(): Promise<void>;
  /** Standalone: regenerates an opened ledger .xlsx and downloads it. */
  openLedger(name: string, bytes: Uint8Array): Promise<void>;
  decide(suggestion: AliasSuggestion, decision: Decision | null): void;
  /** Asks what writing would replace; writes at once, or asks the clerk first when generated sheets would go. */
  requestWrite(): Promise<void>;
  /** Writes although alias suggestions are undecided (they are not merged), after the clerk was asked. */
  confirmPendingWrite(): Promise<void>;
  confirmWrite(): Promise<void>;
  /** Closes a confirmation dialog without doing anything. */
  cancelConfirm(): void;
  check(): Promise<void>;
  selectCell(ref: CellRef): Promise<void>;
  /** Applies one fix, then checks again. */
  fix(fix: Fix): Promise<void>;
  requestFixAll(): void;
  confirmFixAll(): Promise<void>;
  setLiveChecks(on: boolean): Promise<void>;
  setPart(part: keyof GenerateParts, on: boolean): void;
  /**
   * Asks what generating would replace; generates at once, or asks the clerk first when generated sheets
   * would be deleted (Office cannot undo sheet deletion).
   */
  requestGenerate(): Promise<void>;
  confirmGenerate(): Promise<void>;
  loadSettings(): Promise<void>;
  saveSettings(): Promise<void>;
  /** Re-applies the saved status colours, deadline rules and dropdown to the ledger. */
  applySettingsToLedger(): Promise<void>;
  editSettings(edit: SettingsEdit): void;
  /** Adds a status, coloured by what its name says. */
  addStatus(name: string): void;
  /** Replaces the status list by a preset's; the done status is the one whose name says done. */
  applyPreset(statuses: readonly StatusStyle[]): void;
  /** Shows an error that happened outside an action (a background live check). */
  reportError(error: unknown): void;
  dismissError(id: number): void;
}

/**
 * The text to show for anything thrown: an Error's message, in the UI language when the error offers one
 * (the Office shell's OfficeActionError has `messageFor(locale)`), a string as is; a part of the pane that
 * could not be fetched (webpack's ChunkLoadError, a URL in English) in words.
 * @example errorMessage(new Error("工作表受保护"), "zh-CN") === "工作表受保护"
 */
export function errorMessage(error: unknown, locale: string): string {
  if (isChunkLoadError(error)) return stringsFor(langFor(locale)).partNotLoaded;
  const localized = (error as { messageFor?: unknown } | null)?.messageFor;
  if (error instanceof Error && typeof localized === "function") {
    const text: unknown = localized.call(error, locale);
    if (typeof text === "string" && text) return text;
  }
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string" && error) return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

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
    const result = await services.writeLedger(
      state.parsed,
      registry,
      state.settings ?? DEFAULT_SETTINGS,
      progress,
      state.fileName,
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
