/**
 * Tables in breakdowns (F7): a header row 序号 / 工作任务 / 牵头领导 / 牵头单位 / 配合单位 / 完成时限, then one
 * row per task — either one line per row with cells separated by tabs (Word or a spreadsheet copied as
 * text, or a .docx table), or flattened to one cell per line (a web page), where a cell may run over
 * several lines and empty cells leave no line.
 */

import type { SourceLine } from "../text/lines";
import { readFlattened } from "./tableFlat";
import type { FoundHeader, Table } from "./tableHeader";
import { readTabbed } from "./tableTabbed";
import { readPiped } from "./tablePiped";
import { readSpaced } from "./tableSpaced";
import { readGapped } from "./tableGapped";

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
  if (header.gapped) return readGapped(lines, header.columns, header.next, headerLine, isEnd);
  if (header.spaced) return readSpaced(lines, header.columns, header.next, headerLine);
  if (header.piped) return readPiped(lines, header.columns, header.next, headerLine, isEnd);
  return header.tabbed
    ? readTabbed(lines, header.columns, header.next, headerLine, isEnd)
    : readFlattened(lines, header.columns, header.next, headerLine, isEnd, header.category === true);
}
