/**
 * Table headers: which line starts a table, and what each of its columns holds (what a cell names, the kinds that
 * make a header and a schedule's second header row: tableColumnNames.ts).
 */

import type { SourceLine } from "../text/lines";
import { blankTaskCell, cellLine, groupBeforeSeq, SECTION_ROW, unnamedSeq, unnamedTask } from "./tableGroups";
import { isRecordRun } from "./outlineRecords";
import { detectPipedHeader } from "./tablePiped";
import { detectBoxedHeader } from "./tableBoxed";
import { unitlessHeader } from "./tableUnitsAbove";
import { detectSpacedHeader } from "./tableSpaced";
import { inlineCells, spacedRowsFollow } from "./tableSpacedRows";
import { detectGappedHeader, gappedRowsFollow } from "./tableGapped";
import { wrappedInlineHeader } from "./tableWrappedHeader";
import { indicatorTask, nameColumn, underSpanningCell } from "./tableColumns";
import { secondHalf } from "./headerHalves";
import { endsLikeUnit } from "./unitLike";
import { COLUMN_NAMES, OWNER_COLUMN, type ColumnKind } from "./vocabulary";
import { columnKind, headerKinds, rowCells, twoColumns, withScheduleRow } from "./tableColumnNames";

export type { ColumnKind };
export { columnKind, headerKinds, rowCells, twoColumns } from "./tableColumnNames";
export { cellLine, categoryRow, groupName, SECTION_ROW, SUB_SEQ } from "./tableGroups";

/** True when one of the next two non-empty lines after `lines[j]` is a known column name. */
function knownColumnFollows(lines: readonly SourceLine[], j: number): boolean {
  let seen = 0;
  for (let k = j + 1; k < lines.length && seen < 2; k++) {
    const line = cellLine(lines[k] as SourceLine);
    if (line.text === "") continue;
    seen++;
    if (columnKind(line.folded) !== null) return true;
  }
  return false;
}

/** True when the next filled line after `lines[j]` is a unit's name, no column's. */
function unitNext(lines: readonly SourceLine[], j: number): boolean {
  for (let k = j + 1; k < lines.length; k++) {
    const line = cellLine(lines[k] as SourceLine);
    if (line.text !== "") return columnKind(line.folded) === null && endsLikeUnit(line.text.trim());
  }
  return false;
}

const isUnitKind = (k: ColumnKind | null): boolean => k === "lead" || k === "co" || k === "units";

/** One data row of a table, with its cells keyed by column. */
export interface TableRow {
  /** Line of the row's first cell. */
  readonly line: number;
  /** 序号 as written (a bare number), or null. */
  readonly seq: string | null;
  readonly cells: ReadonlyArray<{ kind: ColumnKind; text: string }>;
  /** Indexes of `cells` the row leaves out (merged with the row above: a web table's rowspan). */
  readonly absent?: readonly number[];
  /** Columns whose text was taken from the row above (a merged cell): reported. */
  readonly fromAbove?: readonly ColumnKind[];
  /** A sub-row of the heading just above it (a row of the source under a merged 序号): nested under it. */
  readonly sub?: true;
}

/** A heading inside a table (一、稳增长), kept in order with the rows. */
export interface TableHeading {
  readonly line: number;
  readonly text: string;
  /** The 序号 of a row that became a heading over its sub-rows. */
  readonly seq?: string;
}

export interface Table {
  readonly columns: readonly ColumnKind[];
  readonly headerLine: number;
  readonly items: ReadonlyArray<{ row: TableRow } | { heading: TableHeading }>;
  /** Index (in the input array) of the first line after the table. */
  readonly end: number;
}

/** A header found: its columns, the index after it, and how its rows are laid out. */
export interface FoundHeader {
  readonly columns: ColumnKind[];
  readonly next: number;
  readonly tabbed: boolean;
  readonly piped?: true;
  /** The units of every row, named by the line above a table without a units column (tableUnitsAbove.ts). */
  readonly givenUnits?: string;
  /** A table drawn with box characters (tableBoxed.ts). */
  readonly boxed?: true;
  readonly spaced?: true;
  /** Rows one a line, cells set apart by single spaces, under a header of known columns (tableSpacedRows.ts). */
  readonly spacedRows?: true;
  /** Cells set apart by runs of spaces, one row a line (tableGapped.ts). */
  readonly gapped?: true;
  /** A category column before 序号 was left out: its cells are headings between the rows (flat tables). */
  readonly category?: true;
}

/** Where a table header starts at `lines[i]`, the columns and the index after the header. */
export function detectHeader(lines: readonly SourceLine[], i: number): FoundHeader | null {
  const first = lines[i];
  if (!first) return null;
  const boxed = detectBoxedHeader(lines, i);
  if (boxed) return boxed;
  const piped = LED_NEXT.test(lines[i + 1]?.text ?? "") ? detectPipedHeader(lines, i) : null;
  if (piped) return piped;
  // Tab rows are read from the raw line (tabRecord), empty cells before the first kept: so is the header,
  // without the empty cells after its last name.
  const tabbed = first.raw.includes("\t") ? first.raw.split("\t").map((c) => c.trim()) : null;
  while (tabbed && tabbed.length > 0 && tabbed[tabbed.length - 1] === "") tabbed.pop();
  const cells = tabbed && tabbed.length > 1 ? tabbed : rowCells(first.text);
  if (cells) {
    // A second header row of a schedule under one spanning cell (时间节点 / 第一季度 … 第四季度).
    const header = withScheduleRow(cells, lines[i + 1]);
    const { twoRows } = header;
    const names = twoRows ? underSpanningCell(header.names, header.names, true) : header.names;
    const kinds = twoRows
      ? underSpanningCell(header.names.map(columnKind), header.names, true)
      : names.map(columnKind);
    blankTaskCell(kinds, names);
    const columns =
      headerKinds(indicatorTask(nameColumn(groupBeforeSeq(kinds), names), names)) ??
      twoColumns(kinds, first.raw.includes("\t"));
    const next = header.rows === 2 ? i + 2 : i + 1;
    if (columns) return { columns, next, tabbed: true };
    return unitlessHeader(lines, i, kinds, next, () => true);
  }
  // A header set apart by runs of spaces is read with its rows as tab rows, unless its rows are set apart by
  // single spaces (a header's spaced-out cells over rows one a line): then by the spaced rows reader.
  const gapped = detectGappedHeader(first, i);
  if (gapped && gappedRowsFollow(lines, i + 1)) return gapped;
  // A one-line header the copy wrapped onto the lines under it (… 责任 / 单位): read as the one line it was.
  const wrapped = wrappedInlineHeader(lines, i);
  const inline = inlineCells(wrapped?.folded ?? first.folded);
  const after = wrapped?.next ?? i + 1;
  if (inline.length >= 3) {
    const columns = headerKinds(nameColumn(inline.map(columnKind), inline));
    // Rows one a line, cells set apart by single spaces (1 地区生产总值增长7%. 发改委): read by the spaced rows reader.
    if (columns && spacedRowsFollow(lines, after, columns))
      return { columns, next: after, tabbed: false, spacedRows: true };
    if (gapped) return gapped;
    if (columns) return { columns, next: after, tabbed: false };
  }
  if (gapped) return gapped;
  if (isRecordRun(lines, i)) return null;
  // A record's value under its label (牵头单位 / 县住建局 / 工作任务 / …): never a header's first cell.
  if (i > 0 && isRecordRun(lines, i - 1)) return null;
  const kinds: Array<ColumnKind | null> = [];
  const names: string[] = [];
  let j = i;
  while (j < lines.length) {
    const line = cellLine(lines[j] as SourceLine);
    if (line.text === "") {
      j++;
      continue;
    }
    // A section marker ((一), 二、) opens the rows: never a column name.
    // So does a 序号 in Chinese numerals (一, 二), a group row's number.
    if (SECTION_ROW.test(line.folded) || /^[一二三四五六七八九十]{1,3}$/.test(line.folded.trim())) break;
    const k = columnKind(line.folded);
    // A header cell the reader does not know (1-10月推进情况) is kept when column names follow it.
    // (A bare number is a row's 序号, a numbered item or a list or sentence is data: never a column name.)
    const unknownOk =
      kinds.length > 0 && line.text.length <= 12 && !/^\d+([.、]|$)|[。、,,;;::]/.test(line.folded);
    // A column name broken over two cells (市政府 / 分管领导, 责任 / 科室): one column.
    const second = secondHalf(lines, j, k);
    if (k === null && second === null && !(unknownOk && knownColumnFollows(lines, j))) break;
    if (second !== null) {
      const rest = cellLine(lines[second] as SourceLine).folded;
      // A whole the reader does not know (重点工作及责任分解内容): the kind of its first half, else its second's.
      kinds.push(columnKind(line.folded + rest) ?? k ?? columnKind(rest));
      names.push(line.folded + cellLine(lines[second] as SourceLine).folded);
      j = second + 1;
      continue;
    }
    // A cell named like a column of figures (全社会固定资产投资) with a unit's name under it, after the task and
    // units columns: the first row's task cell (a 序号 column left empty gives no number to stop at).
    if (k === "other" && kinds.includes("task") && kinds.some(isUnitKind) && unitNext(lines, j)) break;
    kinds.push(k);
    names.push(line.folded);
    j++;
  }
  // One cell per line, rows are found by their 序号 and cells by what they hold: an indicator table
  // without a 序号 or with columns of figures (单位, 目标值) is left to the generic reader, which reads
  // figures and wrapped cells better.
  // A category cell before 序号 (分类 / 序号 / 事项 …) is merged over its rows: it shows once, before the
  // first row of its group, and is read as a heading there; the rows start at 序号.
  ownerUnits(kinds, names);
  unnamedSeq(kinds, names, lines, j);
  unnamedTask(kinds, names, lines, j);
  kinds.splice(0, kinds.length, ...nameColumn(groupBeforeSeq(kinds), names));
  const at = categoryColumns(kinds);
  const flatKinds = underSpanningCell(kinds.slice(at), names.slice(at));
  const indicator = indicatorTask(flatKinds, underSpanningCell(names.slice(at), names.slice(at)));
  const plain =
    flatKinds[0] === "seq" && indicator.every((k) => k !== null && k !== "other" && k !== "target");
  // Two whole column names one a line, the task's then the units' (目标任务 / 责任单位): a header as on one line.
  const whole =
    names.length === 2 && names.every((n) => COLUMN_NAMES.some(({ re }) => re.test(n.replace(/\s+/g, ""))));
  const columns = headerKinds(plain ? indicator : flatKinds) ?? twoColumns(flatKinds, whole);
  if (columns && at > 0) return { columns, next: j, tabbed: false, category: true };
  // A header one cell a line over rows one a line, cells set apart by tabs or '|' (a Word header cell per line).
  if (columns) return { columns, next: j, tabbed: tabRowsFollow(lines, j, columns.length) };
  // No units column, under a line naming the units of every row (tableUnitsAbove.ts).
  const bare = at === 0 ? unitlessHeader(lines, i, flatKinds, j, (n) => tabRowsFollow(lines, j, n)) : null;
  return bare ?? detectSpacedHeader(lines, i);
}

/** True when the first filled line from `j` is a row of cells set apart by tabs or '|', about as many as columns. */
function tabRowsFollow(lines: readonly SourceLine[], j: number, columns: number): boolean {
  const next = lines.slice(j, j + 3).find((l) => l.text.trim() !== "");
  const cells = next ? rowCells(next.raw.includes("\t") ? next.raw : next.text) : null;
  return cells !== null && cells.length >= Math.max(2, columns - 1);
}

/** An owner column (业主单位) beside a lead column and no other units: the co-units. In place. */
function ownerUnits(kinds: Array<ColumnKind | null>, names: readonly string[]): void {
  if (!kinds.includes("lead") || kinds.includes("co") || kinds.includes("units")) return;
  names.forEach((n, k) => {
    if (OWNER_COLUMN.test(n.replace(/\s+/g, ""))) kinds[k] = "co";
  });
}

/** How many cells before 序号 name a category merged over rows (分类, 考核项目): one, or none. */
function categoryColumns(kinds: ReadonlyArray<ColumnKind | null>): number {
  return kinds[1] === "seq" && (kinds[0] === "other" || kinds[0] === "task") && kinds.includes("task", 2)
    ? 1
    : 0;
}

/** A line that starts with `|` and a cell: the next cell of a piped table's row. */
const LED_NEXT = /^\s*[|\uff5c]\s*\S/;
