/** Renaming planned sheets (when a person's sheet already has the name) and keeping 说明's sheet list true. */

import { SHEETS_TABLE } from "./aboutSheet";
import type { Block, CellValue, SheetPlan, WorkbookPlan } from "../plan/types";

/**
 * The plan with some sheets renamed (`renames` maps a planned name to the one to use). The list of sheets
 * in 说明 follows. Formulas need no change: they refer to tables, not to sheet names.
 */
export function withSheetNames(plan: WorkbookPlan, renames: ReadonlyMap<string, string>): WorkbookPlan {
  if (renames.size === 0) return plan;
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const renamed = { ...sheet, name: renames.get(sheet.name) ?? sheet.name };
    const list = sheet.tables.find((t) => t.name === SHEETS_TABLE);
    if (!list) return renamed;
    // The sheet names are the first column of the Sheets table, below its header.
    const inList = (row: number, col: number): boolean =>
      col === list.range.col && row > list.range.row && row < list.range.row + list.range.rows;
    const blocks = sheet.blocks.map((b): Block => {
      if (b.kind !== "values") return b;
      const values = b.values.map((cells, i) =>
        cells.map((v, k): CellValue =>
          typeof v === "string" && inList(b.row + i, b.col + k) ? (renames.get(v) ?? v) : v,
        ),
      );
      return { ...b, values };
    });
    return { ...renamed, blocks };
  });
  return { ...plan, sheets };
}
