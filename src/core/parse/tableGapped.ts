/**
 * Tables whose cells are set apart by runs of two or more spaces, one row a line (a Word or PDF table saved as
 * plain text, a fixed-width ledger): `序号  工作任务  牵头单位  配合单位` over `1  推进…  市发改委  市财政局`.
 * The header's cells split at the same runs. The rows are read as a tab table's are: the runs become tabs.
 */

import type { SourceLine } from "../text/lines";
import { headerKinds, columnKind, twoColumns, type FoundHeader, type Table } from "./tableHeader";
import { nameColumn } from "./tableColumns";
import { readTabbed } from "./tableTabbed";
import type { ColumnKind } from "./vocabulary";

/** A run of spaces between two cells (two or more, or a full-width space). */
const GAP = /[ \u00a0]{2,}|\u3000+|\t/;

/** The cells of a line split at its runs of spaces, or null for a line without such a run. */
function gappedCells(text: string): string[] | null {
  const cells = text
    .trim()
    .split(GAP)
    .map((c) => c.trim());
  return cells.length > 1 ? cells : null;
}

/** A header on one line whose names are set apart by runs of spaces: its columns, or null. */
export function detectGappedHeader(line: SourceLine, i: number): FoundHeader | null {
  if (line.raw.includes("\t")) return null;
  const cells = gappedCells(line.text);
  if (!cells) return null;
  const kinds = nameColumn(cells.map(columnKind), cells);
  const columns = headerKinds(kinds) ?? twoColumns(kinds, true);
  return columns ? { columns, next: i + 1, tabbed: true, gapped: true } : null;
}

/**
 * True when one of the first three lines under a header has its cells set apart by runs of spaces (a section
 * row or a page mark may come first).
 */
export function gappedRowsFollow(lines: readonly SourceLine[], from: number): boolean {
  let seen = 0;
  for (let k = from; k < lines.length && seen < 3; k++) {
    const text = (lines[k] as SourceLine).text;
    if (text.trim() === "") continue;
    if (gappedCells(text) !== null) return true;
    seen++;
  }
  return false;
}

/** The line with its runs of spaces made tabs, as a tab table's row. */
const asTabbed = (line: SourceLine, width: number, gap: number): SourceLine => {
  const cells = gappedCells(line.text);
  return cells ? { ...line, raw: withBlanks(line, cells, width, gap).join("\t") } : line;
};

/** The lengths of a line's runs of spaces between cells. */
const runsOf = (text: string): number[] =>
  (text.trim().match(/[ \u00a0]{2,}|\u3000+|\t/g) ?? []).map((r) => r.length);

/**
 * A row short of cells whose runs of spaces are multiples of the narrowest run of the row and its header (2, 2,
 * 4: a blank cell set apart like the others; spaces before the first cell or after the last, blank cells there):
 * a blank cell in each wider run, when they make up exactly the cells missing.
 */
function withBlanks(
  line: SourceLine,
  cells: readonly string[],
  width: number,
  gap: number,
): readonly string[] {
  const runs = runsOf(line.text);
  const narrow = Math.min(gap, ...runs);
  const edges = /^([ \u00a0]*)[\s\S]*?([ \u00a0]*)$/.exec(line.raw);
  const before = edges?.[1]?.length ?? 0;
  const after = edges?.[2]?.length ?? 0;
  const blanks = runs.map((r) => (r % narrow === 0 ? r / narrow - 1 : -1));
  const head = before % narrow === 0 ? before / narrow : -1;
  const tail = after % narrow === 0 ? after / narrow : -1;
  const added = blanks.reduce((a, b) => a + b, head + tail);
  if (cells.length >= width || [head, tail, ...blanks].includes(-1) || cells.length + added !== width)
    return cells;
  const blank = (n: number): string[] => Array<string>(n).fill("");
  return [...blank(head), ...cells.flatMap((c, k) => [c, ...blank(blanks[k] ?? tail)])];
}

/**
 * Reads the rows under a gapped header: the lines up to the first two in a row without a run of spaces (a
 * line without one between rows is read as a tab table reads it: more of the row above), as tab rows.
 */
export function readGapped(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  let end = start;
  let plain = 0;
  for (; end < lines.length && plain < 2; end++) {
    const text = (lines[end] as SourceLine).text;
    if (text === "") continue;
    plain = gappedCells(text) ? 0 : plain + 1;
  }
  const gap = Math.min(...runsOf(lines[start - 1]?.text ?? ""));
  const region = lines.slice(start, end).map((l) => asTabbed(l, columns.length, gap));
  const table = readTabbed(region, columns, 0, headerLine, isEnd);
  return { ...table, end: start + table.end };
}
