/**
 * Tables drawn with box characters (a law database's or a plain-text copy's table): `┌──┬──┐` over lines
 * `│ 工 作 任 务 │牵头单位│`, rules `├──┼──┤` between rows, `└──┴──┘` closing it; or the same in ASCII (`+----+----+`,
 * `| … | … |`). One text line is a line of the drawing: each cell's words wrap over several lines of it, and a merged
 * cell is one that no rule crosses (`├────┤ │府,市财政局…│`: a rule in one column, text beside it in the next).
 * Read by its grid: a line's cells are what its bars set apart; a column's cell is its lines between two rules,
 * joined. The header is the lines above the first rule across the whole table. Each cell of the task column is
 * a row, and takes in every other column the cell beside its first line (a merged cell serves every row it
 * spans). A task cell whose lines open with marks (△, ●, 1.) holds one task per mark; an unmarked task cell
 * right above marked ones is their heading (the theme of the tasks under it). A line across the whole table
 * (`│一、财税金融│`) is a heading too.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { BULLET } from "./classify";
import { readNumbering } from "./numbering";
import { endsLikeUnit, isUnitLike } from "./unitLike";
import { nameColumn } from "./tableColumns";
import {
  columnKind,
  headerKinds,
  twoColumns,
  type FoundHeader,
  type Table,
  type TableHeading,
  type TableRow,
} from "./tableHeader";
import type { ColumnKind } from "./vocabulary";

/** A box drawing's bars and corners: what sets its cells apart on a line. */
const BARS = "│┃║|｜├┤┼┌┐└┘┬┴╋┣┫┳┻┏┓┗┛╔╗╚╝╠╣╦╩╬╟╢╤╧╪╫╞╡╒╕╘╛╓╖╙╜";
/** A rule's strokes: a segment made of these only crosses its column. */
const RULE = /^(?:[─━═╌╍┄┅┈┉]+|[-=]{2,})$/;
/** A drawing's line: opens and ends with a bar or corner (or an ASCII `+` beside a rule's dashes). */
const DRAWN = new RegExp(`^[${BARS}+].*[${BARS}+]$`);
/** The top of a drawing: a corner, then strokes (┌──, +---). */
const TOP = /^(?:[┌┏╔╒╓][─━═]|\+[-=]{2})/;

/** A cell's stretch on one line: a rule's, or text; `width` its breadth (a wide character or stroke 2, a narrow 1). */
type Segment = { rule: boolean; text: string; width: number };

/** Breadth as a fixed-width font draws it: CJK, full-width forms and box strokes 2, ASCII 1. */
const breadth = (s: string): number => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

/** A drawing's line cut at its bars: the cells between them, each a rule's stretch or text. */
function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let cur = "";
  const chars = [...text.trim()];
  chars.forEach((ch, k) => {
    // An ASCII `+` is a corner only beside dashes or at the line's ends (互联网+政务 keeps its plus).
    const plus =
      ch === "+" &&
      (k === 0 ||
        k === chars.length - 1 ||
        /[-=]/.test(chars[k - 1] ?? "") ||
        /[-=]/.test(chars[k + 1] ?? ""));
    if (BARS.includes(ch) || plus) {
      if (k > 0) out.push({ rule: RULE.test(cur), text: cur.trim(), width: breadth(cur) });
      cur = "";
    } else cur += ch;
  });
  return out;
}

/** One cell of a column: the drawing's lines it spans (indexes) and its text's lines. */
interface Cell {
  readonly from: number;
  to: number;
  readonly parts: string[];
}

/** The drawing from `lines[i]` on: its lines cut into cells, up to the first line that is not drawn. */
function drawing(lines: readonly SourceLine[], i: number): { rows: Segment[][]; end: number } | null {
  const rows: Segment[][] = [];
  let k = i;
  for (; k < lines.length; k++) {
    const text = (lines[k] as SourceLine).text.trim();
    if (!DRAWN.test(text)) break;
    rows.push(segmentsOf(text));
  }
  return rows.length > 0 ? { rows, end: k } : null;
}

const allRule = (row: readonly Segment[]): boolean => row.length > 0 && row.every((s) => s.rule);

/**
 * The drawing's columns: for each column its cells, from line `from` to `to` (indexes into `rows`). A line of
 * another number of cells than the columns is a line across the table (a heading) when it holds one cell of
 * text, a rule when it holds rules only; otherwise the drawing is not read (null).
 */
function columnCells(
  rows: readonly Segment[][],
  width: number,
): { cells: Cell[][]; across: Map<number, string> } | null {
  const cells: Cell[][] = Array.from({ length: width }, () => []);
  const open: Array<Cell | null> = Array.from({ length: width }, () => null);
  const across = new Map<number, string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Segment[];
    if (row.length !== width) {
      if (allRule(row)) open.fill(null);
      else if (row.length === 1) {
        across.set(r, (row[0] as Segment).text);
        open.fill(null);
      } else return null;
      continue;
    }
    row.forEach((seg, c) => {
      if (seg.rule) {
        open[c] = null;
        return;
      }
      let cell = open[c];
      if (!cell) {
        cell = { from: r, to: r, parts: [] };
        open[c] = cell;
        (cells[c] as Cell[]).push(cell);
      }
      cell.to = r;
      if (seg.text !== "") cell.parts.push(seg.text);
    });
  }
  return { cells, across };
}

/** Where a drawn table's header starts at `lines[i]` (its top rule), its columns and the line after its drawing. */
export function detectBoxedHeader(
  lines: readonly SourceLine[],
  i: number,
): (FoundHeader & { boxed: true }) | null {
  const first = lines[i];
  if (!first || !TOP.test(first.text.trim())) return null;
  // Only a drawing's first line: a rule under another drawn line is inside the drawing.
  if (i > 0 && DRAWN.test((lines[i - 1] as SourceLine).text.trim())) return null;
  const d = drawing(lines, i);
  if (!d || d.rows.length < 3) return null;
  const width = (d.rows[0] as Segment[]).length;
  if (width < 2 || !allRule(d.rows[0] as Segment[])) return null;
  // The header: the lines above the first rule across the table.
  const close = d.rows.findIndex((row, r) => r > 0 && row.length === width && allRule(row));
  if (close < 2) return null;
  const grid = columnCells(d.rows.slice(0, close), width);
  if (!grid) return null;
  const names = grid.cells.map((col) => fold(col.flatMap((c) => c.parts).join("")).replace(/\s+/g, ""));
  // Two columns (工作任务 | 责任单位) are as good as a tab row's: the drawing sets them apart.
  const kinds = names.map(columnKind);
  const columns = headerKinds(nameColumn(kinds, names)) ?? twoColumns(kinds, true);
  return columns ? { columns, next: i + close + 1, tabbed: false, boxed: true } : null;
}

const UNIT_KINDS: ReadonlySet<ColumnKind> = new Set(["lead", "co", "units", "leader"]);

/**
 * A cell's lines as one text. A line as broad as its column (less a wide character) was wrapped by the drawing
 * and goes on in the next; a shorter one ended where its writer ended it: in a units column, the next line is
 * another unit's name (`、` put between). So is a full line ending in a unit's name before a line opening with
 * a whole one (区行政审批局 / 区大数据中心 in a column as broad as its longest name), not before a name's tail
 * (市发展和改革委 / 员会).
 */
function cellText(parts: readonly string[], width: number, kind: ColumnKind): string {
  return parts.reduce((out, p, k) => {
    if (k === 0) return p;
    const prev = parts[k - 1] as string;
    const head = p.split(/[、,;\uff0c\uff1b\s]/)[0] ?? "";
    const another = endsLikeUnit(prev) && [...head].length >= 3 && isUnitLike(head);
    const wrapped = breadth(prev) >= width - 2 && !another;
    return wrapped || !UNIT_KINDS.has(kind) || /[、,;\uff0c\uff1b]$/.test(out) ? out + p : `${out}、${p}`;
  }, "");
}

/**
 * The mark a cell's line opens with, when it opens an item of its own: a bullet (△, ●) or a numbering's style
 * with words after it (1.推进… → "ar"); null for a line that goes on with the words before it.
 */
function markOf(part: string): string | null {
  const f = fold(part).trim();
  const bullet = BULLET.exec(f);
  if (bullet) return bullet[0];
  const num = readNumbering(f);
  return num !== null && num.length < f.length ? num.style : null;
}

/** Marks of a section (一、, (一)): a row so marked over rows marked otherwise is their heading. */
const SECTION_MARKS: ReadonlySet<string> = new Set(["cn", "pcn"]);

type Item = { row: TableRow } | { heading: TableHeading };
/** A task cell's item, with the text of every column beside it (its own column's the item's words). */
type Pending = { line: number; marked: string | null; cells: string[] };

/** The rows of a drawn table whose header ends before `lines[start]`: one per task, headings between. */
export function readBoxed(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
): Table {
  const d = drawing(lines, start);
  const grid = d ? columnCells(d.rows, columns.length) : null;
  if (!d || !grid) return { columns, headerLine, items: [], end: start };
  const breadths = topBreadths(lines, start, columns.length);
  const taskAt = columns.indexOf("task");
  const lineNo = (r: number): number => (lines[start + r] as SourceLine).no;
  // In every other column, the cell beside a row's first line (a pointer per column: linear).
  const at = columns.map(() => 0);
  const beside = (c: number, row: Cell): string => {
    const cells = grid.cells[c] as Cell[];
    while ((at[c] as number) < cells.length && (cells[at[c] as number] as Cell).to < row.from)
      at[c] = (at[c] as number) + 1;
    const cell = cells[at[c] as number];
    return cell && cell.from <= row.to
      ? cellText(cell.parts, breadths[c] ?? 0, columns[c] as ColumnKind)
      : "";
  };
  const pending: Array<Pending | { heading: TableHeading }> = [];
  const across = [...grid.across.entries()];
  let a = 0;
  const acrossBefore = (r: number): void => {
    for (; a < across.length && (across[a] as [number, string])[0] < r; a++) {
      const [k, text] = across[a] as [number, string];
      pending.push({ heading: { line: lineNo(k), text } });
    }
  };
  for (const cell of grid.cells[taskAt] as Cell[]) {
    acrossBefore(cell.from);
    const others = columns.map((_, c) => (c === taskAt ? "" : beside(c, cell)));
    // The cell's items: each marked line opens one (a number only after a line its writer ended: 1.5亿元 after a
    // wrapped line goes on with it), the lines before the first mark are the cell's heading.
    const groups: string[][] = [];
    const full = (k: number): boolean =>
      k > 0 && breadth(cell.parts[k - 1] as string) >= (breadths[taskAt] ?? 0) - 2;
    cell.parts.forEach((p, k) => {
      const mark = markOf(p);
      if (k === 0 || (mark !== null && (BULLET.test(mark) || !full(k)))) groups.push([p]);
      else (groups[groups.length - 1] as string[]).push(p);
    });
    for (const g of groups) {
      const text = cellText(g, breadths[taskAt] ?? 0, "task");
      const marked = markOf(g[0] as string);
      const cells = others.map((o, c) => (c === taskAt ? text.replace(BULLET, "").trim() : o));
      pending.push({ line: lineNo(cell.from), marked, cells });
    }
  }
  acrossBefore(Infinity);
  // A task unmarked or marked as a section (一、) right above one marked otherwise (△, 1.) is the heading of the
  // ones under it.
  // Rows after a heading are its sub-rows.
  let headed = false;
  const items: Item[] = pending.map((p, k) => {
    if ("heading" in p) {
      headed = true;
      return p;
    }
    const next = pending[k + 1];
    const over = p.marked === null || SECTION_MARKS.has(p.marked);
    if (over && next !== undefined && "marked" in next && next.marked !== null && p.marked !== next.marked) {
      headed = true;
      return { heading: { line: p.line, text: p.cells[taskAt] as string } };
    }
    const seqAt = columns.indexOf("seq");
    const seq = seqAt >= 0 ? (p.cells[seqAt] as string) : "";
    const cells = columns.flatMap((kind, c) =>
      kind === "seq" ? [] : [{ kind, text: p.cells[c] as string }],
    );
    const row: TableRow = { line: p.line, seq: seq === "" ? null : seq, cells };
    return { row: headed ? { ...row, sub: true } : row };
  });
  return { columns, headerLine, items, end: start + d.rows.length };
}

/** The breadth of each column, as the drawing's top rule gives it (the first rule across the table above `start`). */
function topBreadths(lines: readonly SourceLine[], start: number, width: number): number[] {
  for (let k = start - 1; k >= 0; k--) {
    const row = segmentsOf((lines[k] as SourceLine).text);
    if (row.length === width && allRule(row)) return row.map((s) => s.width);
    if (!DRAWN.test((lines[k] as SourceLine).text.trim())) break;
  }
  return [];
}
