/**
 * 从当前工作表导入: reads the breakdown table that is already in the open workbook — the selection when it
 * is more than one cell, else the active sheet's used range — as its cells' shown text, in one sync.
 */

import { selectedCells, type SheetGrid } from "../core/files/grid";

/** The active sheet's cells to import, as a grid for core's gridText. Empty cells when the sheet is empty. */
export async function readSheetTable(): Promise<SheetGrid> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    const selection = context.workbook.getSelectedRange();
    sheet.load("name");
    used.load("text,rowIndex,columnIndex,rowCount,columnCount");
    selection.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return { name: sheet.name, cells: [], merges: [] };
    const block = (r: Excel.Range) => ({
      row: r.rowIndex,
      col: r.columnIndex,
      rows: r.rowCount,
      cols: r.columnCount,
    });
    return { name: sheet.name, cells: selectedCells(used.text, block(used), block(selection)), merges: [] };
  });
}
