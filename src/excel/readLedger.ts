/**
 * Reading the ledger back for the checks: the Tasks, Units, Assignments, Statuses and About tables by name,
 * wherever the clerk moved them. Values, with the number formats of the Tasks body: Excel gives dates as serial
 * numbers, and a number shown as a date reads as that date (a date typed into 完成时限 is a date, not 44012).
 * For an update (`sources`), the tables people type in (and 已撤销's) are read with their cells' formulas and
 * number formats too, in the same load, to be kept as typed: `range.formulas` drops the quote prefix
 * (OfficeDev/office-js#6687), so "=1+1" there is a formula only when the value is not that same text. Two syncs.
 *
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded, Excel.ErrorCodes;
 * docs/concepts/resource-limits-and-performance-optimization.md §"Excel add-ins"). Formulas weigh most: a
 * 2,000-task ledger's Targets table answers with 6 MB of them, its Tasks and Assignments with 2 MB each. So
 * when Excel refuses the one read, the tables are read again one by one, in row slices halved until Excel
 * answers (a few more syncs on the web, for large ledgers only; desktop Excel has no such limit).
 */

import { restoreCutUnits } from "../core/ledger/cutUnits";
import type { LedgerReadBack } from "../core/ledger/readBack";
import { TABLES } from "../core/ledger/types";
import { REVOKED_TABLES } from "../core/year/revokedSheet";
import type { CellSource, LedgerTable, LedgerValue } from "../core/types";
import { ledgerValue } from "./cellValues";
import { runExcel } from "./run";

/** The ledger tables found in the workbook (core's read-back shape, shared with the .xlsx reader). */
export type LedgerTables = LedgerReadBack;

/** Rows without the empty ones at the end (a new table keeps one empty row); rows in between keep their place. */
function trimEnd(rows: LedgerValue[][]): LedgerValue[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((v) => v === null)) end -= 1;
  return rows.slice(0, end);
}

/** A table's cells as read: values, and (when asked) number formats and formulas, row by row. */
interface BodyCells {
  readonly values: unknown[][];
  readonly numberFormat: string[][];
  readonly formulas: unknown[][];
}

/** A table's position and contents as loaded: sheet name, header row (with its position) and body cells. */
interface LoadedTable {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly header: readonly unknown[];
  readonly body: BodyCells;
  /** True when the body's number formats were loaded too (the Tasks table: its dates). */
  readonly formats: boolean;
  /** True when the body's formulas were loaded too (with its number formats): its cells' sources are read. */
  readonly sources: boolean;
}

/**
 * What a cell holds beyond its value, as the file reader reads it: its formula (without "="; text typed with the
 * quote prefix reads in `formulas` as the same text as its value, and is no formula), and the number format of a
 * number. Null for a cell with neither.
 */
export function cellSource(value: unknown, formula: unknown, format: string | undefined): CellSource | null {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const numFmt = typeof value === "number" && format && format !== "General" ? format : undefined;
  if (!isFormula && !numFmt) return null;
  return { ...(isFormula ? { formula: formula.slice(1) } : {}), ...(numFmt ? { numFmt } : {}) };
}

/** The body's sources by row (sparse: most cells have neither a formula nor a format of their own). */
function sourcesOf(body: BodyCells, rows: number): LedgerTable["sources"] {
  const out = Array.from({ length: rows }, (_, i) => {
    let found: Record<number, CellSource> | undefined;
    (body.values[i] ?? []).forEach((v, j) => {
      const s = cellSource(v, body.formulas[i]?.[j], body.numberFormat[i]?.[j]);
      if (s) (found ??= {})[j] = s;
    });
    return found;
  });
  return out.some(Boolean) ? out : undefined;
}

function toLedgerTable({ sheet, top, left, header, body, formats, sources }: LoadedTable): LedgerTable {
  const rows = trimEnd(
    body.values.map((r, i) =>
      r.map((v, j) => ledgerValue(v, formats ? body.numberFormat[i]?.[j] : undefined)),
    ),
  );
  const typed = sources ? sourcesOf(body, rows.length) : undefined;
  return {
    sheet,
    top,
    left,
    header: header.map((h) => String(h)),
    rows,
    ...(typed ? { sources: typed } : {}),
  };
}

/** True for Excel on the web's refusal of a response over 5 MB. */
const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/** Loads a body's cells: values, with number formats (the Tasks table's dates) and formulas (an update's sources). */
function loadCells(range: Excel.Range, formats: boolean, sources: boolean): void {
  if (sources) range.load("values,numberFormat,formulas");
  else if (formats) range.load("values,numberFormat");
  else range.load("values");
}

/** A body's cells from a loaded range (only what was loaded is read). */
const cellsOf = (range: Excel.Range, formats: boolean, sources: boolean): BodyCells => ({
  values: range.values,
  numberFormat: formats || sources ? range.numberFormat : [],
  formulas: sources ? range.formulas : [],
});

/**
 * Reads a table's body in row slices, one sync each, halving a slice whose response Excel refuses; a single
 * row Excel refuses is refused for good (the error says the table is too large to read on the web).
 */
async function readInSlices(
  context: Excel.RequestContext,
  name: string,
  at: { row: number; col: number; rows: number; cols: number },
  formats: boolean,
  sources: boolean,
): Promise<BodyCells> {
  const out: { values: unknown[][]; numberFormat: string[][]; formulas: unknown[][] } = {
    values: [],
    numberFormat: [],
    formulas: [],
  };
  let step = at.rows;
  for (let done = 0; done < at.rows;) {
    const n = Math.min(step, at.rows - done);
    const range = context.workbook.tables
      .getItem(name)
      .worksheet.getRangeByIndexes(at.row + done, at.col, n, at.cols);
    loadCells(range, formats, sources);
    try {
      // One slice per sync by design: each answer must stay under the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || n === 1) throw error;
      step = Math.ceil(n / 2);
      continue;
    }
    const cells = cellsOf(range, formats, sources);
    out.values.push(...cells.values);
    out.numberFormat.push(...cells.numberFormat);
    out.formulas.push(...cells.formulas);
    done += n;
  }
  return out;
}

/** The tables whose cells' formulas and number formats an update reads: those typed in, and 已撤销's. */
const TYPED: readonly string[] = [
  TABLES.tasks,
  TABLES.units,
  TABLES.progress,
  TABLES.targets,
  REVOKED_TABLES.tasks,
  REVOKED_TABLES.progress,
];

/**
 * Reads Tasks, Units, Assignments, Statuses (the status list: the first column, non-empty cells) and About;
 * with `sources`, the typed tables' formulas and number formats too (for an update, which writes them anew).
 */
export async function readLedger(options: { readonly sources?: boolean } = {}): Promise<LedgerTables> {
  return runExcel(async (context) => {
    const names = [
      TABLES.tasks,
      TABLES.units,
      TABLES.statuses,
      TABLES.about,
      TABLES.assignments,
      TABLES.progress,
      TABLES.targets,
      REVOKED_TABLES.tasks,
      REVOKED_TABLES.progress,
    ];
    const found = names.map((name) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      return table;
    });
    await context.sync();

    const present = found.flatMap((table) => (table.isNullObject ? [] : [table.name]));
    const wants = (name: string) => {
      const sources = options.sources === true && TYPED.includes(name);
      return { sources, formats: name === TABLES.tasks || sources };
    };
    /** Queues each present table's sheet name, header and body position, and (when `cells`) its body's cells. */
    const queue = (cells: boolean) =>
      present.map((name) => {
        const table = context.workbook.tables.getItem(name);
        // A navigation property: a proxy, nothing to load (the rule takes it for a scalar).
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
        const worksheet = table.worksheet;
        worksheet.load("name");
        const header = table.getHeaderRowRange();
        header.load("values,rowIndex,columnIndex");
        const body = table.getDataBodyRange();
        const { formats, sources } = wants(name);
        // Positions always; the cells in the same load, unless they are read in slices afterwards.
        body.load("rowIndex,columnIndex,rowCount,columnCount");
        if (cells) loadCells(body, formats, sources);
        return { name, worksheet, header, body, formats, sources };
      });

    let queued = queue(true);
    let whole = true;
    try {
      await context.sync();
    } catch (error) {
      // Excel on the web refused the whole answer (over 5 MB): positions first, then each table in slices.
      if (!isResponseTooLarge(error)) throw error;
      queued = queue(false);
      whole = false;
      await context.sync();
    }
    const byName = new Map<string, LoadedTable>();
    for (const q of queued) {
      const at = {
        row: q.body.rowIndex,
        col: q.body.columnIndex,
        rows: q.body.rowCount,
        cols: q.body.columnCount,
      };
      const body = whole
        ? cellsOf(q.body, q.formats, q.sources)
        : await readInSlices(context, q.name, at, q.formats, q.sources);
      byName.set(q.name, {
        sheet: q.worksheet.name,
        top: q.header.rowIndex,
        left: q.header.columnIndex,
        header: q.header.values[0] ?? [],
        body,
        formats: q.formats,
        sources: q.sources,
      });
    }
    const loaded = found.map((table) => (table.isNullObject ? null : (byName.get(table.name) ?? null)));

    const [tasks, units, statuses, about, assignments, progress, targets, revoked, revokedProgress] =
      loaded.map((t) => (t ? toLedgerTable(t) : null));
    return {
      // A list of units cut at build is read whole from 任务分工 (core/ledger/cutUnits.ts).
      tasks: tasks ? restoreCutUnits(tasks, assignments ?? null) : null,
      units: units ?? null,
      assignments: assignments ?? null,
      about: about ?? null,
      progress: progress ?? null,
      targets: targets ?? null,
      revoked: revoked ?? null,
      revokedProgress: revokedProgress ?? null,
      statuses: statuses
        ? statuses.rows.flatMap((r) => (r[0] === null || r[0] === undefined ? [] : [String(r[0])]))
        : null,
    };
  });
}
