/**
 * Regenerating a ledger's derived sheets from the ledger itself (the command line and the standalone page,
 * which cannot use the add-in): which units gained or lost their sheet, which sheets are a person's own,
 * carried into the new workbook as they stand, and which cells typed beside the tables the new one would not hold.
 */

import type { LedgerTable } from "../types";
import { cellText } from "../text/cellText";

/** Units that get a sheet now and had none (`added`), and units whose sheet goes (`removed`). */
export interface UnitChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Compares the units of 任务分工 as last generated with the units the ledger assigns now.
 * @example unitChanges(["财政局", "发改局"], ["财政局", "商务局"]) → { added: ["商务局"], removed: ["发改局"] }
 */
export function unitChanges(before: readonly string[], after: readonly string[]): UnitChanges {
  const was = new Set(before);
  const now = new Set(after);
  return { added: [...now].filter((u) => !was.has(u)), removed: [...was].filter((u) => !now.has(u)) };
}

/** The units of an Assignments table as read back (its 单位 column), each once. */
export function assignedUnits(table: LedgerTable | null): string[] {
  if (!table) return [];
  const col = table.header.findIndex((h) => h.trim() === "单位");
  if (col < 0) return [];
  return [...new Set(table.rows.map((r) => cellText(r[col]).trim()).filter(Boolean))];
}

/**
 * The sheets of a ledger the tool did not generate (a person's own), by 说明's Sheets table (null when the
 * ledger has none: then every sheet the new plan does not write is kept, so nothing is lost either way).
 * @example ownSheets(["任务台账", "领导批示", "说明"], ["任务台账", "说明"], ["任务台账", "说明"]) → ["领导批示"]
 */
export function ownSheets(
  names: readonly string[],
  generated: readonly string[] | null,
  planned: readonly string[],
): string[] {
  const ours = new Set(generated ?? planned);
  const writes = new Set(planned);
  return names.filter((n) => !ours.has(n) && !writes.has(n));
}

/** A non-empty cell on a sheet of the ledger's tables (任务台账, 单位名录 …) outside those tables, as read back. */
export interface OutsideCell {
  readonly sheet: string;
  /** Its A1 address. */
  readonly cell: string;
  readonly text: string;
}

/** The report's params for cells not carried: how many, and the first ten by address (任务台账!Z1). */
export function cellsLeftParams(cells: readonly OutsideCell[]): { count: number; cells: string[] } {
  const shown = cells.slice(0, 10).map((c) => `${c.sheet}!${c.cell}`);
  return { count: cells.length, cells: cells.length > 10 ? [...shown, "…"] : shown };
}
