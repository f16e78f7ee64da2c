/**
 * Tables whose cells are set apart by runs of two or more spaces, one row a line (a Word or PDF table saved as
 * plain text, a fixed-width ledger): `序号  工作任务  牵头单位  配合单位` over `1  推进…  市发改委  市财政局`.
 * The header's cells split at the same runs. The rows are read as a tab table's are: the runs become tabs.
 */

import type { SourceLine } from "../text/lines";
import { isUnitLike, splitUnitList } from "./unitLike";
import { headerKinds, columnKind, twoColumns, type FoundHeader, type Table } from "./tableHeader";
import { nameColumn } from "./tableColumns";
import { readTabbed } from "./tableTabbed";
import { brokenHeaderNames } from "./tableSpacedNames";
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

/** One character of a name spaced out with runs of spaces (主  要  工  作, 汪  峰), never an empty cell's mark. */
const SPACED_CHAR = /^[\p{Script=Han}]$/u;
const EMPTY_MARK = /^[无否是]$/;

/**
 * The cells with each run of one-character cells joined: a header's name spaced out (主  要  工  作  任  务), or
 * in a row, two by two, padded two-character names (周  涛   吴  刚 → 周涛, 吴刚).
 */
function joinSpacedOut(cells: readonly string[], pairs = false): string[] {
  const out: string[] = [];
  let run = "";
  for (const cell of [...cells, ""]) {
    if (SPACED_CHAR.test(cell) && !EMPTY_MARK.test(cell)) {
      run += cell;
      continue;
    }
    if (run.length === 1) out.push(run);
    else if (run && pairs && run.length % 2 === 0) out.push(...(run.match(/../gu) ?? []));
    else if (run) out.push(...(pairs ? [run] : columnWords(run)));
    run = "";
    if (cell) out.push(cell);
  }
  return out;
}

/**
 * A spaced-out header text split into the column names it runs together (主要任务牵头领导 → 主要任务, 牵头领导): the
 * most names of four characters or more (or 序号, 备注), each of another kind than the one before it (one name is
 * never split into two of a kind: 主要工作任务内容); itself when it cannot be split so.
 */
function columnWords(text: string): string[] {
  if (text.length < 6) return [text];
  // best[k]: the most names that make up text[0..k), with where the last one starts.
  const best: Array<{ n: number; from: number } | null> = [{ n: 0, from: 0 }];
  for (let k = 1; k <= text.length; k++) {
    best[k] = null;
    for (let j = Math.max(0, k - 10); j <= k - 2; j++) {
      const b = best[j];
      const kind = columnKind(text.slice(j, k));
      const long = k - j >= 4 || kind === "seq" || kind === "note";
      if (b && kind !== null && long && b.n + 1 > (best[k]?.n ?? 0)) best[k] = { n: b.n + 1, from: j };
    }
  }
  if (!best[text.length]) return [text];
  const words: string[] = [];
  for (let k = text.length; k > 0; k = best[k]?.from ?? 0) words.unshift(text.slice(best[k]?.from ?? 0, k));
  const kinds = words.map(columnKind);
  return kinds.every((kind, w) => w === 0 || kind !== kinds[w - 1]) ? words : [text];
}

/** A person's name as a leader cell holds it (2-4 characters, no unit): a padded name's halves joined. */
const nameCell = (cell: string): boolean => /^[\p{Script=Han}·]{2,4}$/u.test(cell) && !isUnitLike(cell);

/**
 * A row's cells with a padded two-character name's halves joined (汪  峰 → 汪峰), and, while the row has more
 * cells than the header, the names side by side in its leader column joined as one cell (汪峰 吴蓓蓓).
 */
function rowCellsOf(cells: readonly string[], columns: readonly ColumnKind[]): string[] {
  const out = joinSpacedOut(cells, true);
  const at = columns.indexOf("leader");
  while (at >= 0 && out.length > columns.length && nameCell(out[at] ?? "") && nameCell(out[at + 1] ?? ""))
    out.splice(at, 2, `${out[at] as string} ${out[at + 1] as string}`);
  return out;
}

/** The narrowest run of spaces between a header's cells (not those inside a name spaced out: 主  要  工  作). */
function headerGap(text: string): number {
  const parts = text.trim().split(/([ \u00a0]{2,}|\u3000+|\t)/);
  const runs = parts
    .map((p, k) =>
      k % 2 === 1 && !(SPACED_CHAR.test(parts[k - 1] ?? "") && SPACED_CHAR.test(parts[k + 1] ?? ""))
        ? p.length
        : 0,
    )
    .filter((n) => n > 0);
  return runs.length > 0 ? Math.min(...runs) : 2;
}

/** A header on one line whose names are set apart by runs of spaces: its columns, or null. */
export function detectGappedHeader(line: SourceLine, i: number): FoundHeader | null {
  // Runs of spaces inside the names of cells set apart by single spaces (牵头  领导 牵头   单位): no gapped header.
  if (line.raw.includes("\t") || brokenHeaderNames(line.folded) !== null) return null;
  const split = gappedCells(line.text);
  if (!split) return null;
  const cells = joinSpacedOut(split);
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
const asTabbed = (line: SourceLine, columns: readonly ColumnKind[], gap: number): SourceLine => {
  const split = gappedCells(line.text);
  const cells = split && rowCellsOf(split, columns);
  // Cells joined again (a padded name) no longer stand one between each two runs: no blank cells are told.
  if (cells && cells.length !== split.length) return { ...line, raw: cells.join("\t") };
  return cells ? { ...line, raw: withBlanks(line, cells, columns.length, gap).join("\t") } : line;
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

/** A cell left open: a list of names ending in its separator (县发改局、县自然资源局、). */
const OPEN_CELL = /[、,,]$/;

/**
 * The rows with a line of unit names alone under a row whose cell is left open (…县自然资源局、 / 县财政局): the
 * names continue that cell, not the row's last one.
 */
function withOpenCells(rows: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of rows) {
    const prev = out[out.length - 1];
    const cells = prev?.raw.split("\t");
    const open = cells ? cells.findIndex((c) => OPEN_CELL.test(c.trim())) : -1;
    const text = line.text.trim();
    const names = splitUnitList(text);
    if (
      prev &&
      cells &&
      open >= 0 &&
      !line.raw.includes("\t") &&
      names.length > 0 &&
      names.every(isUnitLike)
    ) {
      cells[open] = `${(cells[open] as string).trim()}${text}`;
      out[out.length - 1] = { ...prev, raw: cells.join("\t") };
    } else out.push(line);
  }
  return out;
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
  const gap = headerGap(lines[start - 1]?.text ?? "");
  const region = withOpenCells(lines.slice(start, end).map((l) => asTabbed(l, columns, gap)));
  const table = readTabbed(region, columns, 0, headerLine, isEnd);
  return { ...table, end: start + table.end };
}
