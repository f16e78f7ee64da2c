/** Findings about the ledger's tables as a whole: rows typed below a table, a deleted 任务分工. */

import { columnLetter } from "../plan/formulas";
import type { Finding, LedgerTable } from "../types";

/**
 * Rows typed directly below Tasks or Units (LibreOffice and WPS do not grow tables; the reader took them in),
 * at their first row; and 任务分工 deleted (`assignments` null — undefined means it was not read).
 * @example tableFindings(tasksWithOneRowBelow, units, assignments) → [{ code: "rows-below-table", where: { sheet: "任务台账", cell: "A75" } … }]
 */
export function tableFindings(
  tasks: LedgerTable,
  units: LedgerTable | null,
  assignments: LedgerTable | null | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const table of [tasks, units]) {
    const below = table?.rowsBelow ?? 0;
    if (!table || below === 0) continue;
    // Excel rows of the rows typed below the table: the header is row top + 1, body rows follow.
    const first = table.top + 2 + table.rows.length - below;
    out.push({
      code: "rows-below-table",
      severity: "warning",
      where: { sheet: table.sheet, cell: `${columnLetter(table.left)}${first}` },
      params: { sheet: table.sheet, first, last: first + below - 1, count: below },
    });
  }
  if (assignments === null && tasks.rows.length > 0)
    out.push({ code: "assignments-missing", severity: "warning", where: null, params: {} });
  return out;
}
