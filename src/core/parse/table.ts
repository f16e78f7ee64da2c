/**
 * Tables in breakdowns (F7): a header row 序号 / 工作任务 / 牵头领导 / 牵头单位 / 配合单位 / 完成时限, then one
 * row per task — either one line per row with cells separated by tabs (Word or a spreadsheet copied as
 * text, or a .docx table), or flattened to one cell per line (a web page), where a cell may run over
 * several lines and empty cells leave no line.
 */

import type { SourceLine } from "../text/lines";
import { readFlattened } from "./tableFlat";
import { rowCells, type FoundHeader, type Table } from "./tableHeader";
import { readTabbed } from "./tableTabbed";
import { readPiped } from "./tablePiped";
import { readBoxed } from "./tableBoxed";
import { readSpaced } from "./tableSpaced";
import { readSpacedRows } from "./tableSpacedRows";
import { readGapped } from "./tableGapped";
import { withNumberedTaskColumn } from "./tableNumberedCell";
import { joinBrokenPipeRows } from "./tablePipeBreaks";
import { isCollective } from "./splitUnits";
import { splitUnitList } from "./unitLike";

export { alignCells } from "./tableFlat";
export { columnKind, detectHeader, rowCells } from "./tableHeader";
export type { ColumnKind, Table, TableHeading, TableRow } from "./tableHeader";

/**
 * Reads the rows of a table whose header ends before `lines[start]`, until `isEnd` says a line is no
 * longer part of the table.
 */
export function readTable(
  lines: readonly SourceLine[],
  header: FoundHeader,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  return readRows(lines, header, headerLine, isEnd);
}

/**
 * Every row of a table given the units the heading above it names (tableUnitsAbove.ts), as a units cell — when
 * they are collectives only (各区、县(市)政府、市政府各部门): a heading naming offices (区发改局、区财政局负责落实的
 * 任务) holds them itself, and hands them down to the rows as to any item under it.
 */
export function withUnits(table: Table, units: string | undefined): Table {
  if (!units || !splitUnitList(units).every(isCollective)) return table;
  const items = table.items.map((item) =>
    "row" in item
      ? { row: { ...item.row, cells: [...item.row.cells, { kind: "units" as const, text: units }] } }
      : item,
  );
  return { ...table, columns: [...table.columns, "units"], items };
}

function readRows(
  lines: readonly SourceLine[],
  header: FoundHeader,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  if (header.boxed) return readBoxed(lines, header.columns, header.next, headerLine);
  if (header.gapped) return readGapped(lines, header.columns, header.next, headerLine, isEnd);
  if (header.spaced) return readSpaced(lines, header.columns, header.next, headerLine);
  if (header.spacedRows) return readSpacedRows(lines, header.columns, header.next, headerLine, isEnd);
  if (header.piped) return readPiped(lines, header.columns, header.next, headerLine, isEnd);
  return header.tabbed && !cellsOneALine(lines, header.next, header.columns.length)
    ? withNumberedTaskColumn(
        readTabbed(rowsJoined(lines, header), header.columns, header.next, headerLine, isEnd),
      )
    : readFlattened(lines, header.columns, header.next, headerLine, isEnd, header.category === true);
}

/**
 * True when a header written on one line (`序号 | 主要任务 | 牵头单位 |`) is followed by rows given one cell per
 * line (`145 |` / `提升…。 |` / `市城管局 |`): as many lines of one cell each as there are columns, at least.
 */
function cellsOneALine(lines: readonly SourceLine[], from: number, columns: number): boolean {
  let seen = 0;
  for (let k = from; k < lines.length && seen < columns; k++) {
    const line = lines[k] as SourceLine;
    if (line.text.trim() === "") continue;
    if (line.raw.includes("\t") || rowCells(line.text) !== null) return false;
    seen++;
  }
  return seen >= Math.max(columns, 3);
}

/** The lines with '|' rows broken inside a cell joined (tablePipeBreaks.ts), for a header on one line. */
const rowsJoined = (lines: readonly SourceLine[], header: FoundHeader): readonly SourceLine[] =>
  joinBrokenPipeRows(lines, header.next, header.columns.length, lines[header.next - 1]?.text ?? "");
