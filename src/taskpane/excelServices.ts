/**
 * The services inside Excel: the core plans the ledger, the Office.js shell (src/excel) writes it into the
 * open workbook, reads it back for the checks, selects cells and applies fixes. Generation plans the whole
 * ledger as it is now and writes only the chosen kinds (with what they depend on, see generationKinds);
 * formatting also re-dresses the ledger where it sits. Live checks re-check after edits, debounced, and
 * refresh the pivots whose status counts the edits changed. Settings the clerk saves are kept in the
 * workbook's own settings, so they travel with the file; until then the ledger's own (说明's Statuses and
 * About tables) apply.
 */

import { checkLedger } from "../core/checks/checkLedger";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { readAbout, settingsOfWorkbook } from "../core/ledger/about";
import { ledgerFromTables } from "../core/ledger/fromTables";
import { langFor } from "../core/messages";
import { buildPlan } from "../core/plan/buildPlan";
import { emptyDocument } from "../core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../core/plan/settings";
import type { LedgerModel } from "../core/ledger/types";
import type { LedgerSettings, SheetKind, WorkbookPlan } from "../core/plan/types";
import type { CellRef, Finding, Fix, LedgerTable, ParsedDocument } from "../core/types";
import type { Registry } from "../core/units/types";
import { applyFixes } from "../excel/applyFixes";
import { applyPlan } from "../excel/applyPlan";
import { inspectWorkbook } from "../excel/inspectWorkbook";
import { readLedger } from "../excel/readLedger";
import { reformatLedger } from "../excel/reformatLedger";
import { refreshPivots } from "../excel/refreshPivots";
import { selectCell } from "../excel/selectCell";
import { watchLedger } from "../excel/watchLedger";
import { documentServices } from "./documentServices";
import { generationKinds } from "./generationKinds";
import { stringsFor } from "./i18n";
import type { LedgerServices, Progress, WritePreview, WriteResult } from "./services";
import { SETTINGS_KEY, settingsFromJson, settingsToJson } from "./settingsStore";
import { yearServices } from "./yearServices";

/** The Office.js shell as these services use it (src/excel; a double in tests). */
export interface ExcelShell {
  applyPlan(
    plan: WorkbookPlan,
    options: {
      readonly onlyKinds?: readonly SheetKind[];
      readonly replaceGenerated: boolean;
      readonly progress?: Progress;
    },
  ): Promise<WriteResult>;
  inspectWorkbook(plan: WorkbookPlan, onlyKinds?: readonly SheetKind[]): Promise<WritePreview>;
  /** Re-applies the plan's status colouring and dropdown to the Tasks table where it now sits. */
  reformatLedger(plan: WorkbookPlan): Promise<WriteResult>;
  readLedger(): Promise<{
    readonly tasks: LedgerTable | null;
    readonly units: LedgerTable | null;
    readonly assignments?: LedgerTable | null;
    readonly statuses?: readonly string[] | null;
    readonly about?: LedgerTable | null;
    readonly progress?: LedgerTable | null;
    readonly targets?: LedgerTable | null;
    readonly revoked?: LedgerTable | null;
    readonly revokedProgress?: LedgerTable | null;
  }>;
  selectCell(ref: CellRef): Promise<void>;
  applyFixes(fixes: readonly Fix[]): Promise<unknown>;
  /** Calls `onDirty` after a person edits the ledger tables; resolves to the function that stops watching. */
  watchLedger(onDirty: () => void): Promise<() => Promise<void> | void>;
  /** Refreshes the PivotTables after status edits; absent while the shell has none to refresh. */
  refreshPivots?(): Promise<unknown>;
}

/** Where settings are kept: the workbook's settings (Office.context.document.settings) in Excel. */
export interface SettingsBag {
  get(key: string): unknown;
  set(key: string, value: string): void;
  /** Persists what was set (into the document). */
  save(): Promise<void>;
}

export interface ExcelServicesOptions {
  /** Office's UI language. */
  readonly locale: string;
  /**
   * Receives errors of background work for the pane to show: a live check after an edit when setLiveChecks
   * was given no `onError` (each error goes to one receiver only).
   */
  readonly onBackgroundError: (error: unknown) => void;
  /** The Office.js shell; src/excel by default. */
  readonly shell?: ExcelShell;
  /** The workbook's settings; Office.context.document.settings by default. */
  readonly settings?: SettingsBag;
  /** Quiet time after the last edit before a live check runs. */
  readonly debounceMs?: number;
  /** Today as ISO yyyy-mm-dd (the overdue rules); the local date by default. */
  readonly today?: () => string;
}

const defaultShell: ExcelShell = {
  applyPlan,
  inspectWorkbook,
  reformatLedger,
  readLedger,
  selectCell,
  applyFixes,
  watchLedger,
  refreshPivots,
};

/** The workbook's settings bag of Office.js, with saveAsync as a promise that rejects on failure. */
export function officeSettings(): SettingsBag {
  const bag = Office.context.document.settings;
  return {
    get: (key) => bag.get(key),
    set: (key, value) => bag.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        bag.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message || "Office settings.saveAsync failed"));
        });
      }),
  };
}

/** Today's local date as ISO yyyy-mm-dd. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const resultOf = (r: WriteResult): WriteResult => ({ sheets: r.sheets, renamed: r.renamed, notes: r.notes });

/** The services of the pane inside Excel. */
export function createExcelServices(options: ExcelServicesOptions): LedgerServices {
  const shell = options.shell ?? defaultShell;
  const bag = options.settings ?? officeSettings();
  const today = options.today ?? (() => localToday());
  const debounceMs = options.debounceMs ?? 800;
  const strings = stringsFor(langFor(options.locale));

  /** The document being imported (the last one a registry was suggested for), for previewWrite. */
  let importing: { parsed: ParsedDocument; registry: Registry } | null = null;

  /** The settings the clerk saved in this workbook, or null when none were saved. */
  function savedSettings(): LedgerSettings | null {
    const stored = bag.get(SETTINGS_KEY);
    return settingsFromJson(typeof stored === "string" ? stored : null);
  }

  /**
   * The settings that apply to the ledger: those the clerk saved in this workbook, else the ledger's own
   * (its Statuses table and About row); the year of relative deadlines always comes from the ledger.
   */
  function settingsFor(tables: Awaited<ReturnType<ExcelShell["readLedger"]>>): LedgerSettings {
    const about = readAbout(tables.about ?? null);
    const saved = savedSettings();
    if (saved) return about.year !== null ? { ...saved, year: about.year } : saved;
    return settingsOfWorkbook(DEFAULT_SETTINGS, tables.statuses ?? null, about);
  }

  /** The settings to show and start from: saved ones, else the open ledger's, else the defaults. */
  async function loadSettings(): Promise<LedgerSettings> {
    const saved = savedSettings();
    if (saved) return saved;
    try {
      return settingsFor(await shell.readLedger());
    } catch {
      // No ledger to read (an empty workbook, or it cannot be read now): the defaults.
      return DEFAULT_SETTINGS;
    }
  }

  async function readModel(): Promise<{
    tables: Awaited<ReturnType<ExcelShell["readLedger"]>>;
    settings: LedgerSettings;
  }> {
    const tables = await shell.readLedger();
    return { tables, settings: settingsFor(tables) };
  }

  /** The ledger as it is now: tables read back with the settings that apply and where it came from. */
  async function currentModel(): Promise<LedgerModel> {
    const { tables, settings } = await readModel();
    const model = ledgerFromTables(tables.tasks, tables.units, settings, readAbout(tables.about ?? null));
    if (!model) throw new Error(strings.noLedger);
    return model;
  }

  /** The whole plan of the ledger as it is now: generation writes only some kinds, but 说明 lists them all. */
  async function currentPlan(formatting: boolean): Promise<WorkbookPlan> {
    return buildPlan(await currentModel(), { formatting });
  }

  async function validate(): Promise<Finding[]> {
    const { tables, settings } = await readModel();
    return checkLedger({
      tasks: tables.tasks,
      units: tables.units,
      assignments: tables.assignments ?? null,
      settings,
      today: today(),
    });
  }

  type Live = { stop: () => Promise<void> | void; timer: ReturnType<typeof setTimeout> | undefined };
  let live: Live | null = null;

  /** A live check after edits: pivots refreshed (their status counts changed), then every check. */
  async function liveCheck(state: Live, onFindings: (findings: Finding[]) => void): Promise<void> {
    if (shell.refreshPivots) await shell.refreshPivots();
    const findings = await validate();
    // Switched off (or on again) meanwhile: these findings are nobody's.
    if (live === state) onFindings(findings);
  }

  return {
    host: "excel",
    locale: options.locale,
    readDocument: documentServices.readDocument,
    parseText: documentServices.parseText,
    suggestRegistry(parsed) {
      const registry = documentServices.suggestRegistry(parsed);
      importing = { parsed, registry };
      return registry;
    },

    async previewWrite() {
      // Sheet names are planned for all sheets at once, so the registry before the clerk's alias decisions
      // names every sheet the final plan can have. Without a document, the fixed sheets still count.
      const { parsed, registry } = importing ?? {
        parsed: emptyDocument(""),
        registry: { units: [], suggestions: [] },
      };
      const plan = buildPlan(ledgerFromParsed(parsed, registry, await loadSettings()));
      return shell.inspectWorkbook(plan);
    },

    async writeLedger(parsed, registry, settings, progress, sourceFile = null) {
      const model = ledgerFromParsed(parsed, registry, settings, { sourceFile });
      // The pane has asked the clerk (previewWrite) before replacing generated sheets.
      return resultOf(await shell.applyPlan(buildPlan(model), { replaceGenerated: true, progress }));
    },

    validate,
    selectCell: (ref) => shell.selectCell(ref),
    async applyFixes(fixes) {
      await shell.applyFixes(fixes);
    },

    async previewGenerate(parts) {
      const kinds = generationKinds(parts);
      if (kinds.length === 0) return { replaces: [], clashes: [] };
      return shell.inspectWorkbook(await currentPlan(parts.formatting), kinds);
    },

    async generate(parts, progress) {
      progress(0, 1, strings.steps.readLedger);
      const plan = await currentPlan(parts.formatting);
      const kinds = generationKinds(parts);
      const notes: string[] = [];
      // The ledger first: it is small, and a failure (a protected sheet) stops before sheets are replaced.
      if (parts.formatting) {
        progress(0, 1, strings.steps.reformat);
        notes.push(...(await shell.reformatLedger(plan)).notes);
      }
      if (kinds.length === 0) return { sheets: 0, renamed: [], notes };
      // The pane has asked the clerk (previewGenerate) before replacing generated sheets.
      const written = await shell.applyPlan(plan, { onlyKinds: kinds, replaceGenerated: true, progress });
      return { sheets: written.sheets, renamed: written.renamed, notes: [...notes, ...written.notes] };
    },

    async reformatLedger() {
      return resultOf(await shell.reformatLedger(buildPlan(await currentModel(), { kinds: ["ledger"] })));
    },

    async setLiveChecks(on, onFindings, onError) {
      if (live) {
        const { stop, timer } = live;
        live = null;
        clearTimeout(timer);
        await stop();
      }
      if (!on) return;
      const state: Live = { stop: () => {}, timer: undefined };
      live = state;
      const stop = await shell.watchLedger(() => {
        clearTimeout(state.timer);
        state.timer = setTimeout(() => {
          liveCheck(state, onFindings).catch(onError ?? options.onBackgroundError);
        }, debounceMs);
      });
      state.stop = stop;
      // Turned off while the handler was being registered: stop it at once.
      if (live !== state) await stop();
    },

    ...yearServices({
      shell,
      settingsFor,
      today,
      lang: langFor(options.locale),
      noLedger: strings.noLedger,
      badPeriod: strings.badPeriod,
    }),
    loadSettings,
    async saveSettings(settings) {
      bag.set(SETTINGS_KEY, settingsToJson(settings));
      await bag.save();
    },
  };
}
