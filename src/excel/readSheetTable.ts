/**
 * 从当前工作表导入: reads the breakdown table that is already in the open workbook — the selection when it
 * is one block of more than one cell, else the active sheet's used range — as its cells' shown text, with its
 * merged cells, as the file readers give a sheet (a unit cell merged over several tasks' rows stands in each).
 *
 * Docs relied on (Excel JavaScript API reference, learn.microsoft.com/javascript/api/excel/):
 * - `Workbook.getSelectedRange()` (ExcelApi 1.1): "If there are multiple ranges selected, this method will
 *   throw an error" (InvalidSelection); `Workbook.getSelectedRanges()` (1.9) gives every area instead. A
 *   selection of several areas (Ctrl+click) is not one table: the used range is read.
 * - `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13, "requirement set 1.13" what's-new page): "if the
 *   merged areas count in this range is more than 512, then this method will fail to return the result". So
 *   the merges are read in a request of their own after the text: where Excel is older than 1.13 or refuses,
 *   the table is read without them (a merged leader cell is still filled down by the parser; a merged units
 *   cell is not, and its rows say so in the findings).
 * One sync; two with ExcelApi 1.13 (the merges); one more on Excel 2019 (1.8) when several areas are selected.
 */

import { selectedCells, type MergedArea, type SheetGrid } from "../core/files/grid";
import { runExcel } from "./run";

/** A block of cells, 0-based. */
interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const blockOf = (r: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Block => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

/** A single cell: the selection that means "the whole used range". */
const ONE_CELL = (used: Block): Block => ({ row: used.row, col: used.col, rows: 1, cols: 1 });

/** The block `selectedCells` imports: the selection cut to the used cells when it is more than one cell, else all. */
export function importedBlock(used: Block, selection: Block): Block {
  if (selection.rows * selection.cols <= 1) return used;
  const row = Math.max(selection.row, used.row);
  const col = Math.max(selection.col, used.col);
  const bottom = Math.min(selection.row + selection.rows, used.row + used.rows);
  const right = Math.min(selection.col + selection.cols, used.col + used.cols);
  return { row, col, rows: Math.max(0, bottom - row), cols: Math.max(0, right - col) };
}

/**
 * Merged areas relative to the imported block (0-based, inclusive), cut to it; an area whose top-left cell
 * (the one holding the value) is outside the block is left out.
 * @example mergesIn([{ row: 4, col: 3, rows: 3, cols: 1 }], { row: 3, col: 1, rows: 5, cols: 4 })
 *   → [{ top: 1, left: 2, bottom: 3, right: 2 }]
 */
export function mergesIn(areas: readonly Block[], block: Block): MergedArea[] {
  return areas.flatMap((a): MergedArea[] => {
    const top = a.row - block.row;
    const left = a.col - block.col;
    if (top < 0 || left < 0 || top >= block.rows || left >= block.cols) return [];
    return [
      {
        top,
        left,
        bottom: Math.min(top + a.rows, block.rows) - 1,
        right: Math.min(left + a.cols, block.cols) - 1,
      },
    ];
  });
}

const isInvalidSelection = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "InvalidSelection";

const supports = (version: string): boolean =>
  Office.context.requirements.isSetSupported("ExcelApi", version);

/** The active sheet's cells to import, as a grid for core's gridText. Empty cells when the sheet is empty. */
export async function readSheetTable(): Promise<SheetGrid> {
  const areas = supports("1.9");
  const merges = supports("1.13");
  return runExcel(async (context) => {
    /** The sheet's name, used range and selection (none: the used range is read whole). */
    const readSheet = async (withSelection: boolean) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject(true);
      sheet.load("name");
      used.load("text,rowIndex,columnIndex,rowCount,columnCount");
      const ranges = withSelection && areas ? context.workbook.getSelectedRanges() : null;
      ranges?.load(
        "areaCount,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
      );
      const range = withSelection && !areas ? context.workbook.getSelectedRange() : null;
      range?.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      /** The selection as one block; null for none or several areas. */
      const selection = (): Block | null => {
        if (range) return blockOf(range);
        const first = ranges?.areas.items[0];
        return ranges && ranges.areaCount === 1 && first ? blockOf(first) : null;
      };
      return { sheet, used, selection };
    };

    let read;
    try {
      read = await readSheet(true);
    } catch (error) {
      // Excel 2019 (1.8) with several areas selected: getSelectedRange refuses, so read the sheet without it.
      if (!isInvalidSelection(error)) throw error;
      read = await readSheet(false);
    }
    const { sheet, used } = read;
    if (used.isNullObject) return { name: sheet.name, cells: [], merges: [] };
    const usedBlock = blockOf(used);
    const selection = read.selection() ?? ONE_CELL(usedBlock);
    const block = importedBlock(usedBlock, selection);
    const cells = selectedCells(used.text, usedBlock, selection);
    if (!merges || block.rows === 0 || block.cols === 0) return { name: sheet.name, cells, merges: [] };

    // The merges in a request of their own: past 512 areas Excel refuses, and the text is read already.
    const merged = sheet
      .getRangeByIndexes(block.row, block.col, block.rows, block.cols)
      .getMergedAreasOrNullObject();
    merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
    try {
      await context.sync();
    } catch {
      return { name: sheet.name, cells, merges: [] };
    }
    if (merged.isNullObject) return { name: sheet.name, cells, merges: [] };
    return { name: sheet.name, cells, merges: mergesIn(merged.areas.items.map(blockOf), block) };
  });
}
