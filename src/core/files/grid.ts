/**
 * A breakdown kept as a spreadsheet (an .xlsx, .ods or .csv file, or the open worksheet) → the text the
 * parser reads: one line per row, cells separated by a tab, as Word tables are read. The parser finds the
 * header row wherever it is; a merged cell stands in every row it covers; a cell's lines stay one cell.
 */

import { joinCellParagraphs } from "./cells";

/** A merged area, 0-based and inclusive, relative to the grid. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet as a reader gives it: the cells' shown text, row by row, and its merged areas. */
export interface SheetGrid {
  readonly name: string;
  readonly cells: readonly (readonly string[])[];
  readonly merges: readonly MergedArea[];
}

/** A cell's text on one line: its lines joined as a table cell's paragraphs are, tabs made spaces. */
function cellLine(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\t\u00a0]/g, " ").trim())
    .filter((l) => l !== "");
  return joinCellParagraphs(lines);
}

/**
 * The grid with every cell on one line and vertical merges filled down; empty rows and columns around the
 * table trimmed.
 */
export function gridRows(grid: SheetGrid): string[][] {
  const rows = grid.cells.map((row) => row.map((c) => cellLine(c ?? "")));
  for (const m of grid.merges) {
    const top = rows[m.top];
    if (!top || m.bottom <= m.top) continue;
    const value = top[m.left] ?? "";
    for (let r = m.top + 1; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const row = rows[r] as string[];
      while (row.length <= m.left) row.push("");
      if (row[m.left] === "") row[m.left] = value;
    }
  }
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    return row.slice(0, end);
  });
  const filled = trimmed.filter((row) => row.length > 0);
  const lead = filled.length === 0 ? 0 : Math.min(...filled.map((row) => row.findIndex((c) => c !== "")));
  // A row of the table whose last cells are empty keeps them (1⇥修路⇥交通局⇥): its cells stay in their
  // columns, never read as a row under merged cells. A row of one cell (a title, a section) stays as it is.
  const width = Math.max(0, ...filled.map((row) => row.length));
  return trimmed.map((row) => {
    const cells =
      row.filter((c) => c !== "").length >= 2 ? [...row, ...Array<string>(width - row.length).fill("")] : row;
    return cells.slice(lead);
  });
}

/**
 * The sheets as parser text: each sheet's rows as tab-separated lines, sheets one after the other with an
 * empty line between; empty sheets are left out.
 * @example gridText([{ name: "Sheet1", cells: [["序号", "工作任务", "责任单位"], ["1", "修路", "交通局\n建设局"]], merges: [] }])
 *   === "序号\t工作任务\t责任单位\n1\t修路\t交通局、建设局"
 */
export function gridText(sheets: readonly SheetGrid[]): string {
  return sheets
    .map((s) => gridRows(s).map((row) => row.join("\t")))
    .filter((lines) => lines.some((l) => l !== ""))
    .map((lines) => lines.join("\n").replace(/^\n+|\n+$/g, ""))
    .join("\n\n");
}

/** Where a block of cells sits on its sheet, 0-based. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * The part of a sheet's used cells to import: the selection when it is more than one cell (cut to the used
 * cells), else all of them.
 * @example selectedCells([["a", "b"], ["c", "d"]], { row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 1, cols: 1 })
 *   → [["a", "b"], ["c", "d"]]
 */
export function selectedCells(
  used: readonly (readonly string[])[],
  at: CellBlock,
  selection: CellBlock,
): string[][] {
  if (selection.rows * selection.cols <= 1) return used.map((r) => [...r]);
  const top = Math.max(selection.row, at.row) - at.row;
  const left = Math.max(selection.col, at.col) - at.col;
  const bottom = Math.min(selection.row + selection.rows, at.row + at.rows) - at.row;
  const right = Math.min(selection.col + selection.cols, at.col + at.cols) - at.col;
  return used.slice(top, Math.max(top, bottom)).map((r) => r.slice(left, Math.max(left, right)));
}
