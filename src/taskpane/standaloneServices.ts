/**
 * The services outside Office (a plain browser tab, or when office.js could not load): documents are read
 * and previewed as in Excel, and the ledger downloads as an .xlsx written by the file shell. The file shell
 * (ExcelJS, large) is fetched with a dynamic import() only when the clerk downloads, so the first load stays
 * small. Everything that needs a workbook throws a clear "needs Excel" error.
 */

import { langFor, message } from "../core/messages";
import { TOOL_VERSION } from "../core/version";
import type { LedgerFile } from "../xlsx/readWorkbook";
import { DEFAULT_SETTINGS } from "../core/plan/settings";
import type { WorkbookPlan } from "../core/plan/types";
import type { CellNote } from "../core/workbook/keptNotes";
import type { ParsedDocument } from "../core/types";
import type * as Planning from "./standalonePlanning";
import { documentServices } from "./documentServices";
import { downloadBytes } from "./download";
import { localToday, once } from "./once";
import { stringsFor } from "./i18n";
import type { LedgerServices } from "./services";
import { SETTINGS_KEY, settingsFromJson, settingsToJson } from "./settingsStore";

/** What the standalone pane cannot do without Excel. */
export class NeedsExcelError extends Error {
  override readonly name = "NeedsExcelError";
}

/** Writes a plan to .xlsx bytes (src/xlsx/writeWorkbook). */
export type WorkbookWriter = (plan: WorkbookPlan) => Promise<Uint8Array>;

/** Writes a plan to .xlsx bytes followed by the named sheets of a previous workbook (src/xlsx/carrySheets). */
export type CarryingWriter = (
  plan: WorkbookPlan,
  previous: Uint8Array,
  sheets: readonly string[],
  keepNotes?: (notes: CellNote[]) => readonly CellNote[],
) => Promise<Uint8Array>;

export interface StandaloneOptions {
  /** The browser's language (navigator.language). */
  readonly locale: string;
  /** Where settings are kept; localStorage by default. */
  readonly storage?: Pick<Storage, "getItem" | "setItem">;
  /** Saves the bytes as a file; a link click on an object URL by default. */
  readonly download?: (fileName: string, bytes: Uint8Array) => void;
  /** Loads the file writer; a dynamic import of src/xlsx/writeWorkbook by default. */
  readonly loadWriter?: () => Promise<WorkbookWriter>;
  /** Loads the ledger reader; a dynamic import of src/xlsx/readWorkbook by default. */
  readonly loadReader?: () => Promise<LedgerReader>;
  /** Loads the writer that carries a ledger's own sheets; a dynamic import of src/xlsx/carrySheets by default. */
  readonly loadCarryingWriter?: () => Promise<CarryingWriter>;
  /** Today as ISO yyyy-mm-dd (a regenerated ledger's lights, the round's period and 通报); the local date by default. */
  readonly today?: () => string;
}

/** Reads a ledger .xlsx back (src/xlsx/readWorkbook). */
export type LedgerReader = (bytes: Uint8Array) => Promise<LedgerFile>;

/** The ledger reader, fetched on first use (in the same chunk as the writer: both are ExcelJS). */
async function loadLedgerReader(): Promise<LedgerReader> {
  const { readLedgerFile } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/readWorkbook");
  return readLedgerFile;
}

export { downloadBytes };

/**
 * The planner (core's buildPlan, with the targets and lights it plans), what regenerating carries over and the
 * ledger models it plans from, fetched when a ledger is written or regenerated: the pane previews documents
 * without them.
 */
function loadPlanning(): Promise<typeof Planning> {
  return import(/* webpackChunkName: "plan" */ "./standalonePlanning");
}

/** The writer carrying a ledger's own sheets, fetched on first use (in the same chunk as the writer). */
async function loadCarrySheets(): Promise<CarryingWriter> {
  const { writeWorkbookWith } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/carrySheets");
  return writeWorkbookWith;
}

/** The file shell, fetched on first use (webpack puts it and ExcelJS in their own chunk). */
async function loadWorkbookWriter(): Promise<WorkbookWriter> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writeWorkbook");
  return writeWorkbook;
}

/**
 * The downloaded file's name: the document's title, without characters file systems refuse.
 * @example ledgerFileName({ document: { title: "2020年政府工作报告主要工作责任分解" } }, "工作台账")
 *   === "2020年政府工作报告主要工作责任分解-工作台账.xlsx"
 */
export function ledgerFileName(parsed: Pick<ParsedDocument, "document">, base: string): string {
  const title = (parsed.document.title ?? "")
    .replace(/[\\/:*?"<>|\s]+/g, " ")
    .trim()
    .slice(0, 80);
  return title ? `${title}-${base}.xlsx` : `${base}.xlsx`;
}

/** The services of the standalone pane. */
export function createStandaloneServices(options: StandaloneOptions): LedgerServices {
  const strings = stringsFor(langFor(options.locale));
  const storage = (): Pick<Storage, "getItem" | "setItem"> => options.storage ?? window.localStorage;
  const download = options.download ?? downloadBytes;
  const loadWriter = options.loadWriter ?? loadWorkbookWriter;
  const loadReader = options.loadReader ?? loadLedgerReader;
  const loadCarrying = options.loadCarryingWriter ?? loadCarrySheets;
  const today = options.today ?? ((): string => localToday());
  const lang = langFor(options.locale);
  const needsExcel = (): Promise<never> => Promise.reject(new NeedsExcelError(strings.needsExcel));

  return {
    host: "standalone",
    locale: options.locale,
    ...documentServices,
    previewWrite: async () => ({ replaces: [], clashes: [] }),

    async writeLedger(parsed, registry, settings, progress, sourceFile = null, year) {
      const total = 3;
      progress(0, total, strings.steps.plan);
      const { buildPlan, clipLongCells, ledgerFromParsed, longCellNote } = await loadPlanning();
      // Excel holds 32,767 characters a cell: longer text is cut, and each cut cell is named in the notes.
      const { plan, long } = clipLongCells(
        buildPlan(
          ledgerFromParsed(parsed, registry, settings, {
            sourceFile,
            ...(year !== undefined ? { year } : {}),
          }),
          { pivots: false },
        ),
      );
      progress(1, total, strings.steps.file);
      const writeWorkbook = await loadWriter();
      const bytes = await writeWorkbook(plan);
      progress(2, total, strings.steps.download);
      const fileName = ledgerFileName(parsed, strings.ledgerFile);
      download(fileName, bytes);
      progress(3, total, strings.steps.download);
      const notes = long.map((c) => longCellNote(c, lang));
      return { sheets: plan.sheets.length, renamed: [], notes, fileName };
    },

    async regenerateLedger(name, bytes, progress) {
      const total = 4;
      progress(0, total, strings.steps.readLedger);
      const readLedger = await loadReader();
      let ledger: LedgerFile;
      try {
        ledger = await readLedger(bytes);
      } catch (e) {
        // Not a workbook: one line, as the command line says it.
        const reason = (e as { reason?: string }).reason;
        if (reason) throw new Error(message("file-unreadable", { reason }, lang));
        throw e;
      }
      // A workbook without the ledger's tables is no ledger: the caller reads it as a breakdown instead.
      if (!ledger.tasks) return null;
      const planning = await loadPlanning();
      const { clipLongCells, longCellNote } = planning;
      const model = planning.ledgerFromTables(ledger.tasks, ledger.units, ledger.settings, ledger.about);
      if (!model) throw new Error(message("table-missing", { table: "Tasks" }, lang));
      progress(1, total, strings.steps.plan);
      // Everything typed carried as an update carries it (进展记录, 实际值, added columns, 已撤销, own sheets).
      const { regeneratedPlan, ownSheetsOf, roundRecordsOf, cellsNotCarried, notesKeeper, noteLostLine } =
        planning;
      const { plan, long } = clipLongCells(
        regeneratedPlan(model, ledger, { today: today(), version: TOOL_VERSION, pivots: false }),
      );
      const own = ownSheetsOf(ledger, plan);
      // 报送情况 and 通报, the round's records, kept as they stand and named as records, not as the clerk's own.
      const records = roundRecordsOf(ledger, plan);
      progress(2, total, strings.steps.file);
      const writeWith = await loadCarrying();
      // Comments (批注) follow their cells as the command line's regenerate keeps them; those that cannot are named.
      const kept = notesKeeper(plan);
      const out = await writeWith(plan, bytes, [...own, ...records], kept.keep);
      progress(3, total, strings.steps.download);
      const fileName = strings.regeneratedFile(name);
      download(fileName, out);
      progress(4, total, strings.steps.download);
      const { assignedUnits, cellsLeftParams, deriveAssignments, unitChanges } = planning;
      const { unregisteredParams, unregisteredUnits } = planning;
      const now = [...new Set(deriveAssignments(model.tasks, model.registry).map((a) => a.unit))];
      const changes = unitChanges(assignedUnits(ledger.assignments), now);
      const notes: string[] = [];
      if (ledger.assignments && (changes.added.length > 0 || changes.removed.length > 0))
        notes.push(
          message(
            "regenerated-units",
            {
              ...(changes.added.length ? { added: changes.added } : {}),
              ...(changes.removed.length ? { removed: changes.removed } : {}),
            },
            lang,
          ),
        );
      for (const n of plan.notes ?? []) notes.push(message(n.code, n.params, lang));
      for (const n of kept.lost) notes.push(noteLostLine(n, lang === "zh-CN"));
      for (const u of unregisteredUnits(ledger.tasks, model.registry, now))
        notes.push(message("regenerated-unregistered", unregisteredParams(u), lang));
      if (own.length > 0) notes.push(message("regenerated-own-sheets", { sheets: own }, lang));
      if (records.length > 0) notes.push(message("kept-round-records", { sheets: records }, lang));
      const left = cellsNotCarried(ledger.outside ?? [], plan);
      if (left.length > 0) notes.push(message("regenerated-cells-left", cellsLeftParams(left), lang));
      notes.push(...long.map((c) => longCellNote(c, lang)));
      return { sheets: plan.sheets.length, renamed: [], notes, fileName };
    },

    validate: needsExcel,
    selectCell: needsExcel,
    applyFixes: needsExcel,
    previewGenerate: needsExcel,
    generate: needsExcel,
    reformatLedger: needsExcel,
    hasLedger: () => Promise.resolve(false),
    previewUpdate: needsExcel,
    applyUpdate: needsExcel,
    snapshot: needsExcel,
    // Turning live checks off is harmless; turning them on needs a workbook.
    setLiveChecks: (on) => (on ? needsExcel() : Promise.resolve()),

    loadRounds: once(async () => {
      const [{ fileRounds }, { roundMessagesFor }] = await Promise.all([
        import(/* webpackChunkName: "rounds" */ "./rounds/fileRounds"),
        import(/* webpackChunkName: "rounds" */ "./rounds/roundMessages"),
      ]);
      return fileRounds({
        today: options.today ?? (() => localToday()),
        lang,
        messages: roundMessagesFor(lang),
        download,
      });
    }),

    async loadSettings() {
      return settingsFromJson(storage().getItem(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
    },
    async saveSettings(settings) {
      storage().setItem(SETTINGS_KEY, settingsToJson(settings));
    },
  };
}
