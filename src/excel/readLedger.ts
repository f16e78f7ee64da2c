/**
 * Reading the ledger back for the checks: the Tasks, Units, Assignments, Statuses and About tables by name,
 * wherever the clerk moved them. Values, with the number formats of the Tasks body: Excel gives dates as serial
 * numbers, and a number shown as a date reads as that date (a date typed into 完成时限 is a date, not 44012).
 * For an update (`sources`), the tables people type in (and 已撤销's) are read with their cells' formulas and
 * number formats too, in the same load, to be kept as typed: `range.formulas` drops the quote prefix
 * (OfficeDev/office-js#6687), so "=1+1" there is a formula only when the value is not that same text. Two syncs.
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

/** A table's position and contents as loaded: sheet name, header row (with its position) and body values. */
interface LoadedTable {
  readonly worksheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
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
function sourcesOf(body: Excel.Range, rows: number): LedgerTable["sources"] {
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

function toLedgerTable({ worksheet, header, body, formats, sources }: LoadedTable): LedgerTable {
  const rows = trimEnd(
    body.values.map((r, i) =>
      r.map((v, j) => ledgerValue(v, formats ? body.numberFormat[i]?.[j] : undefined)),
    ),
  );
  const typed = sources ? sourcesOf(body, rows.length) : undefined;
  return {
    sheet: worksheet.name,
    top: header.rowIndex,
    left: header.columnIndex,
    header: (header.values[0] ?? []).map((h) => String(h)),
    rows,
    ...(typed ? { sources: typed } : {}),
  };
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

    const loaded = found.map((table): LoadedTable | null => {
      if (table.isNullObject) return null;
      const worksheet = table.worksheet;
      worksheet.load("name");
      const header = table.getHeaderRowRange();
      header.load("values,rowIndex,columnIndex");
      const body = table.getDataBodyRange();
      const sources = options.sources === true && TYPED.includes(table.name);
      const formats = table.name === TABLES.tasks || sources;
      // One load per range, in the same sync as the values.
      if (sources) body.load("values,numberFormat,formulas");
      else if (formats) body.load("values,numberFormat");
      else body.load("values");
      return { worksheet, header, body, formats, sources };
    });
    await context.sync();

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
