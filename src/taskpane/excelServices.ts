/**
 * The services inside Excel: the core plans the ledger, the Office.js shell (src/excel) writes it into the
 * open workbook, reads it back for the checks, selects cells and applies fixes. Generation plans the whole
 * ledger as it is now and writes only the chosen kinds (with what they depend on, see generationKinds);
 * formatting also re-dresses the ledger where it sits. Live checks re-check after edits, debounced, and
 * never write: refreshing PivotTables on every edit would put an undo step (or, in Excel, a cleared undo
 * stack) on top of the clerk's own edit. Pivots go stale only when the Tasks table changes; they are
 * refreshed when the clerk asks for a check (立即校验) or generates, and a refresh that fails (a pivot whose
 * source table was deleted) is reported beside the findings, never instead of them. Settings the clerk saves are kept in the
 * workbook's own settings (workbook.settings, the one store the shell also keeps its registry in, see
 * src/excel/settings.ts), so they travel with the file; until then the ledger's own (说明's Statuses and
 * About tables) apply.
 */

import { checkLedger } from "../core/checks/checkLedger";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { readAbout } from "../core/ledger/about";
import { ledgerFromTables } from "../core/ledger/fromTables";
import { TABLES } from "../core/ledger/types";
import { settingsOfReadBack } from "../core/ledger/readBack";
import type { LedgerReadBack } from "../core/ledger/readBack";
import { langFor } from "../core/messages";
import { clipLongCells, longCellNote } from "../core/plan/longCells";
import { buildPlan } from "../core/workbook/buildPlan";
import { noteLostLine, notesOnSheets } from "../core/workbook/keptNotes";
import { emptyDocument } from "../core/parse/emptyDocument";
import type { LedgerModel } from "../core/ledger/types";
import type { LedgerSettings, WorkbookPlan } from "../core/plan/types";
import type { Finding, ParsedDocument } from "../core/types";
import type { Registry } from "../core/units/types";
import type { SheetGrid } from "../core/files/grid";
import { documentServices, loadParser } from "./documentServices";
import { downloadBytes } from "./download";
import { localToday, once } from "./once";
import { generationKinds } from "./generationKinds";
import { stringsFor } from "./i18n";
import type { LedgerServices, WriteResult } from "./services";
import { SETTINGS_KEY, settingsFromJson, settingsToJson } from "./settingsStore";
import { yearServices } from "./yearServices";
import { defaultShell, workbookSettings, type ExcelServicesOptions } from "./excelShell";

export type { ExcelShell, ExcelServicesOptions, SettingsBag } from "./excelShell";
export { workbookSettings };
export { localToday };

/** A workbook without a ledger, read back. */
const NO_LEDGER: LedgerReadBack = {
  tasks: null,
  units: null,
  assignments: null,
  statuses: null,
  about: null,
};

const resultOf = (r: WriteResult): WriteResult => ({ sheets: r.sheets, renamed: r.renamed, notes: r.notes });

/** The services of the pane inside Excel. */
export function createExcelServices(options: ExcelServicesOptions): LedgerServices {
  const shell = options.shell ?? defaultShell;
  const bag = options.settings ?? workbookSettings;
  const today = options.today ?? (() => localToday());
  const debounceMs = options.debounceMs ?? 800;
  const strings = stringsFor(langFor(options.locale));

  /** The document being imported (the last one a registry was suggested for), for previewWrite. */
  let importing: { parsed: ParsedDocument; registry: Registry } | null = null;

  /** The settings the clerk saved in this workbook, or null when none were saved. */
  async function savedSettings(): Promise<LedgerSettings | null> {
    return settingsFromJson(await bag.read(SETTINGS_KEY));
  }

  /** The settings to show and start from: saved ones, else the open ledger's, else the defaults. */
  async function loadSettings(): Promise<LedgerSettings> {
    const saved = await savedSettings();
    if (saved) return saved;
    try {
      return settingsOfReadBack(await shell.readLedger(), null);
    } catch {
      // No ledger to read (an empty workbook, or it cannot be read now): the defaults.
      return settingsOfReadBack(NO_LEDGER, null);
    }
  }

  /** The ledger read back, with the settings that apply to it (the rule is core's: settingsOfReadBack). */
  async function readModel(): Promise<{ tables: LedgerReadBack; settings: LedgerSettings }> {
    const tables = await shell.readLedger();
    return { tables, settings: settingsOfReadBack(tables, await savedSettings()) };
  }

  /** The ledger as it is now: tables read back with the settings that apply and where it came from. */
  async function currentModel(): Promise<LedgerModel> {
    const { tables, settings } = await readModel();
    const model = ledgerFromTables(tables.tasks, tables.units, settings, readAbout(tables.about));
    if (!model) throw new Error(strings.noLedger);
    return model;
  }

  /** The whole plan of the ledger as it is now: generation writes only some kinds, but 说明 lists them all. */
  async function currentPlan(formatting: boolean): Promise<WorkbookPlan> {
    return buildPlan(await currentModel(), { formatting });
  }

  /**
   * Whether the pivots are known to match the Tasks table: only while live checks watch it (an edit to
   * Tasks, or to a table that could not be told, makes them stale). Without watching nothing is known.
   */
  let pivotsFresh = false;

  /** Refreshes the pivots unless known fresh; a failure goes to the pane beside the results, never stops them. */
  async function refreshIfStale(): Promise<void> {
    if (pivotsFresh || !shell.refreshPivots) return;
    try {
      await shell.refreshPivots();
      pivotsFresh = live !== null;
    } catch (error) {
      options.onBackgroundError(error);
    }
  }

  /** Every check on the ledger as it is now (reads only: nothing is written, no undo step is made). */
  async function check(): Promise<Finding[]> {
    const { tables, settings } = await readModel();
    return checkLedger({
      tasks: tables.tasks,
      units: tables.units,
      assignments: tables.assignments,
      settings,
      today: today(),
    });
  }

  /** A check the clerk asked for: stale pivots refreshed first (their counts are what the clerk reads). */
  async function validate(): Promise<Finding[]> {
    await refreshIfStale();
    return check();
  }

  type Live = { stop: () => Promise<void> | void; timer: ReturnType<typeof setTimeout> | undefined };
  let live: Live | null = null;

  /** A live check after edits: every check, reading only (pivots wait for 立即校验 or 生成). */
  async function liveCheck(state: Live, onFindings: (findings: Finding[]) => void): Promise<void> {
    const findings = await check();
    // Switched off (or on again) meanwhile: these findings are nobody's.
    if (live === state) onFindings(findings);
  }

  return {
    host: "excel",
    locale: options.locale,
    readDocument: documentServices.readDocument,
    parseText: documentServices.parseText,
    ...(shell.readSheetTable
      ? {
          async importSheet() {
            // The parser is fetched while the sheet is read.
            const [grid, { gridText }, parse] = await Promise.all([
              (shell.readSheetTable as () => Promise<SheetGrid>)(),
              import(/* webpackChunkName: "sheet-import" */ "../core/files/grid"),
              loadParser(),
            ]);
            return { parsed: parse(gridText([grid])), sheet: grid.name };
          },
        }
      : {}),
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

    async writeLedger(parsed, registry, settings, progress, sourceFile = null, year) {
      const model = ledgerFromParsed(parsed, registry, settings, {
        sourceFile,
        ...(year !== undefined ? { year } : {}),
      });
      // Excel holds 32,767 characters a cell: longer text is cut, and each cut cell is named in the notes.
      const { plan, long } = clipLongCells(buildPlan(model));
      // The pane has asked the clerk (previewWrite) before replacing generated sheets.
      const result = resultOf(await shell.applyPlan(plan, { replaceGenerated: true, progress }));
      const lang = langFor(options.locale);
      const cut = long.map((c) => longCellNote(c, lang));
      return cut.length > 0 ? { ...result, notes: [...result.notes, ...cut] } : result;
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
      if (kinds.length === 0) {
        await refreshIfStale();
        return { sheets: 0, renamed: [], notes };
      }
      // Comments on the sheets made anew go with them (their cells are the tool's): each is named, as regenerate
      // names them. Where Excel cannot read comments (before ExcelApi 1.10), nothing can be said of them.
      const comments = shell.readComments ? await shell.readComments() : null;
      // The pane has asked the clerk (previewGenerate) before replacing generated sheets.
      const written = await shell.applyPlan(plan, { onlyKinds: kinds, replaceGenerated: true, progress });
      // A planned name a person's sheet holds was written elsewhere: that sheet and its comments stay.
      const kept = new Set(written.renamed.map((r) => r.wanted));
      const rewritten = new Set(
        plan.sheets.filter((s) => kinds.includes(s.kind) && !kept.has(s.name)).map((s) => s.name),
      );
      const isZh = langFor(options.locale) === "zh-CN";
      for (const n of notesOnSheets(comments ?? [], rewritten)) notes.push(noteLostLine(n, isZh));
      // Pivots on sheets this generation kept (汇总 when only leader sheets were made) count the ledger too.
      await refreshIfStale();
      return { sheets: written.sheets, renamed: written.renamed, notes: [...notes, ...written.notes] };
    },

    async reformatLedger() {
      return resultOf(await shell.reformatLedger(buildPlan(await currentModel(), { kinds: ["ledger"] })));
    },

    async setLiveChecks(on, onFindings, onError) {
      pivotsFresh = false;
      if (live) {
        const { stop, timer } = live;
        live = null;
        clearTimeout(timer);
        await stop();
      }
      if (!on) return;
      const state: Live = { stop: () => {}, timer: undefined };
      live = state;
      const stop = await shell.watchLedger((table) => {
        if (table.toLowerCase() !== TABLES.units.toLowerCase()) pivotsFresh = false;
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
      settingsFor: async (tables) => settingsOfReadBack(tables, await savedSettings()),
      today,
      lang: langFor(options.locale),
      noLedger: strings.noLedger,
      badPeriod: strings.badPeriod,
      sheetRenamed: strings.renamed,
    }),
    loadSettings,
    async saveSettings(settings) {
      await bag.write(SETTINGS_KEY, settingsToJson(settings));
    },
    loadRounds: once(async () => {
      const [{ excelRounds }, { roundMessagesFor }] = await Promise.all([
        import(/* webpackChunkName: "rounds" */ "./rounds/excelRounds"),
        import(/* webpackChunkName: "rounds" */ "./rounds/roundMessages"),
      ]);
      const lang = langFor(options.locale);
      return excelRounds({
        shell,
        settingsFor: async (tables) => settingsOfReadBack(tables, await savedSettings()),
        today,
        lang,
        messages: roundMessagesFor(lang),
        noLedger: strings.noLedger,
        download: options.download ?? downloadBytes,
      });
    }),
  };
}
