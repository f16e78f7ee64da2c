/**
 * Reading the ledger back for the checks: the Tasks, Units, Assignments, Statuses and About tables by name,
 * wherever the clerk moved them. Values only, never formulas (reading formulas drops the quote prefix, OfficeDev/office-js#6687).
 * Excel gives dates as serial numbers: with the number formats of the Tasks body, a number shown as a date
 * reads as that date (a date typed into 完成时限 is a date, not 44012). Two syncs.
 */

import type { LedgerReadBack } from "../core/ledger/readBack";
import { TABLES } from "../core/ledger/types";
import { REVOKED_TABLES } from "../core/year/revokedSheet";
import type { LedgerTable, LedgerValue } from "../core/types";
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
}

const toLedgerTable = ({ worksheet, header, body, formats }: LoadedTable): LedgerTable => ({
  sheet: worksheet.name,
  top: header.rowIndex,
  left: header.columnIndex,
  header: (header.values[0] ?? []).map((h) => String(h)),
  rows: trimEnd(
    body.values.map((r, i) =>
      r.map((v, j) => ledgerValue(v, formats ? body.numberFormat[i]?.[j] : undefined)),
    ),
  ),
});

/** Reads Tasks, Units, Assignments, Statuses (the status list: the first column, non-empty cells) and About. */
export async function readLedger(): Promise<LedgerTables> {
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
      const formats = table.name === TABLES.tasks;
      if (formats) body.load("values,numberFormat");
      else body.load("values");
      return { worksheet, header, body, formats };
    });
    await context.sync();

    const [tasks, units, statuses, about, assignments, progress, targets, revoked, revokedProgress] =
      loaded.map((t) => (t ? toLedgerTable(t) : null));
    return {
      tasks: tasks ?? null,
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
