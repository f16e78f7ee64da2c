/**
 * Tables drawn without ruling lines (a web page's table saved as PDF once its CSS borders are gone, a Word table
 * without borders): the columns are the vertical strips of white that no cell's text crosses; the rows are rebuilt
 * from the column that holds one line per row (序号, the first column) — each of its lines starts a row, and the
 * border between two rows is the widest strip of white across the whole table between them, so a cell of several
 * lines (units one a line, a wrapped task, a cell centred on its row) lands whole in its own row, its lines in order.
 * A line alone on its height that crosses the columns (一、重点工作 over the whole table) is a row of its own.
 * Where no strip is wider than the gap between two lines of one cell the border is a guess: such rows are counted.
 */

import { cellText } from "./pdfLines";
import type { PdfTable } from "./pdfTables";
import type { PdfText } from "./pdfTypes";

/** A table rebuilt from text positions; `guessed` counts its rows whose border could not be seen. */
export interface UnruledTable extends PdfTable {
  readonly guessed: number;
}

interface Line {
  readonly y: number;
  readonly h: number;
  readonly pieces: PdfText[];
}

/** White narrower than this between two pieces of one line still joins them (a space, kerning). */
const RUN_GAP = 1.5;
/** A table needs at least this many lines, two of them holding cells side by side on one baseline. */
const MIN_LINES = 2;
/** This many lines of a paragraph in a row part two tables. */
const PROSE_RUN = 3;

const heightOf = (t: PdfText): number => t.h || 10;
const top = (l: Line): number => l.y + l.h;
const overlaps = (a: Line, b: Line): boolean => Math.min(top(a), top(b)) - Math.max(a.y, b.y) > 0.5;

/** Pieces on one baseline, lines top to bottom. */
function groupLines(pieces: readonly PdfText[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const t of sorted) {
    const last = lines[lines.length - 1];
    const first = last?.pieces[0];
    if (
      last &&
      first &&
      Math.abs(first.y - t.y) <= Math.max(2, Math.min(heightOf(first), heightOf(t)) * 0.4)
    ) {
      last.pieces.push(t);
      (last as { h: number }).h = Math.max(last.h, heightOf(t));
    } else lines.push({ y: t.y, h: heightOf(t), pieces: [t] });
  }
  return lines;
}

/**
 * How many runs of text a line holds, set apart by more white than a space: cells side by side (1 / 修路。 / 交通局
 * holds three) — none in a title spaced out one character at a time (责 任 分 解 表).
 */
function runs(line: Line): number {
  const texts: string[] = [];
  let end = -Infinity;
  for (const p of [...line.pieces].sort((a, b) => a.x - b.x)) {
    if (p.x - end > Math.max(RUN_GAP, heightOf(p) * 0.3) || texts.length === 0) texts.push(p.str.trim());
    else texts[texts.length - 1] += p.str.trim();
    end = Math.max(end, p.x + p.w);
  }
  return texts.every((t) => [...t].length <= 1) ? 0 : texts.length;
}

/** The x-ranges that text covers, merged; the white between them are the column gaps. */
function covered(pieces: readonly PdfText[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of [...pieces].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && p.x - last[1] <= RUN_GAP) last[1] = Math.max(last[1], p.x + p.w);
    else out.push([p.x, p.x + p.w]);
  }
  return out;
}

/** The lines of one page region as rows; null when they do not make a table. */
function build(region: readonly Line[], cellLines: ReadonlySet<Line>): UnruledTable | null {
  const blocks = covered(region.filter((l) => cellLines.has(l)).flatMap((l) => l.pieces));
  if (blocks.length < 2) return null;
  const cuts = blocks.slice(1).map((b, i) => ((blocks[i] as [number, number])[1] + b[0]) / 2);
  const column = (x: number): number => {
    let c = 0;
    while (c < cuts.length && x >= (cuts[c] as number)) c++;
    return c;
  };
  const crosses = (l: Line): boolean => {
    const from = Math.min(...l.pieces.map((p) => p.x));
    const to = Math.max(...l.pieces.map((p) => p.x + p.w));
    return column(from) !== column(to);
  };

  // Items: each column's lines, and lines alone on their height that cross the columns (a row of their own).
  interface Item {
    readonly y: number;
    readonly top: number;
    readonly column: number;
    readonly spanning: boolean;
    readonly pieces: PdfText[];
  }
  const items: Item[] = [];
  for (const l of region) {
    if (!cellLines.has(l) && crosses(l)) {
      items.push({ y: l.y, top: top(l), column: 0, spanning: true, pieces: l.pieces });
      continue;
    }
    const byColumn = new Map<number, PdfText[]>();
    for (const p of l.pieces) {
      const c = column(p.x + p.w / 2);
      byColumn.set(c, [...(byColumn.get(c) ?? []), p]);
    }
    for (const [c, ps] of byColumn) {
      const y = Math.min(...ps.map((p) => p.y));
      items.push({
        y,
        top: Math.max(...ps.map((p) => p.y + heightOf(p))),
        column: c,
        spanning: false,
        pieces: ps,
      });
    }
  }
  items.sort((a, b) => b.y - a.y);

  // The white between two lines of one cell: the narrowest gap between lines that follow each other in a column.
  const h = Math.max(...items.map((i) => i.top - i.y));
  let inCell = Infinity;
  const lastIn = new Map<number, Item>();
  for (const it of items) {
    if (it.spanning) continue;
    const above = lastIn.get(it.column);
    const gap = above ? above.y - it.top : Infinity;
    if (gap >= -0.5 && gap < h) inCell = Math.min(inCell, Math.max(0, gap));
    lastIn.set(it.column, it);
  }
  if (!Number.isFinite(inCell)) inCell = h * 0.3;
  const wide = inCell + Math.max(1, h * 0.1);

  /** The widest white across the table strictly between heights `low` and `high`; null when there is none. */
  const widest = (low: number, high: number, nearLow: boolean): { at: number; width: number } | null => {
    const spans = items
      .filter((i) => i.top > low && i.y < high)
      .map((i): [number, number] => [Math.max(i.y, low), Math.min(i.top, high)])
      .sort((a, b) => b[1] - a[1]);
    const gaps: Array<{ at: number; width: number }> = [];
    let edge = high;
    for (const [y0, y1] of spans) {
      if (y1 < edge) gaps.push({ at: (y1 + edge) / 2, width: edge - y1 });
      edge = Math.min(edge, y0);
    }
    if (edge > low) gaps.push({ at: (low + edge) / 2, width: edge - low });
    if (gaps.length === 0) return null;
    const most = Math.max(...gaps.map((g) => g.width));
    // Among gaps of the same width the one next to the row below (cells written from the top of their row).
    const near = gaps.filter((g) => g.width >= most - 0.5);
    return (nearLow ? near[near.length - 1] : near[0]) as { at: number; width: number };
  };

  const anchors = items.filter((i) => i.spanning || i.column === 0);
  const borders: number[] = [];
  let guessed = 0;
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) return null;
  // Text above the first row's anchor, set apart by wide white: the end of a row the page before began.
  const head = widest(first.top, (items[0] as Item).top + 1, false);
  if (head && head.width >= wide && items.some((i) => i.y > head.at)) borders.push(head.at);
  for (let k = 0; k + 1 < anchors.length; k++) {
    const a = anchors[k] as Item;
    const b = anchors[k + 1] as Item;
    const gap = widest(b.top, a.y, true);
    if (!gap || gap.width < wide) guessed++;
    borders.push(gap ? gap.at : (a.y + b.top) / 2);
  }
  const bottom = Math.min(...items.map((i) => i.y));
  const tail = widest(bottom - 1, last.y, true);
  if (tail && tail.width >= wide && items.some((i) => i.top < tail.at)) borders.push(tail.at);

  // Each item goes to the row its middle falls in; a row's cells are its column's lines in order.
  const rowsN = borders.length + 1;
  const cells: PdfText[][][] = Array.from({ length: rowsN }, () =>
    Array.from({ length: blocks.length }, () => []),
  );
  for (const it of items) {
    const mid = (it.y + it.top) / 2;
    let r = 0;
    while (r < borders.length && mid < (borders[r] as number)) r++;
    ((cells[r] as PdfText[][])[it.column] as PdfText[]).push(...it.pieces);
  }
  // A column's text reaches as far right as its widest line: a line that fills it was wrapped.
  const right = blocks.map(([, b1]) => b1);
  const rows = cells
    .map((row) => row.map((ps, c) => cellText(ps, right[c] as number)))
    .filter((row) => row.some((c) => c !== ""));
  return {
    top: Math.max(...items.map((i) => i.top)),
    bottom,
    left: (blocks[0] as [number, number])[0],
    right: (blocks[blocks.length - 1] as [number, number])[1],
    rows,
    guessed,
  };
}

/**
 * The table a page's text draws without borders, if any; its pieces are taken out of `texts` (returned as `rest`).
 * A table runs from a line holding cells side by side to the last such line before a paragraph, with the lines
 * next to it that sit inside one of its columns; it needs two lines of cells side by side and MIN_LINES lines.
 */
export function findUnruledTables(texts: readonly PdfText[]): { tables: UnruledTable[]; rest: PdfText[] } {
  const pieces = texts.filter((t) => t.str.trim() !== "");
  const lines = groupLines(pieces);
  // A line is a cell line when it holds two runs, or another line stands beside it at the same height.
  const cellLines = new Set<Line>();
  lines.forEach((l, i) => {
    const beside = (j: number): boolean => {
      const o = lines[j];
      return o !== undefined && overlaps(l, o);
    };
    if (runs(l) >= 2 || [1, 2, 3].some((d) => beside(i - d) || beside(i + d))) cellLines.add(l);
  });
  const blocks = covered(lines.filter((l) => cellLines.has(l)).flatMap((l) => l.pieces));
  const fits = (l: Line): boolean => {
    const from = Math.min(...l.pieces.map((p) => p.x));
    const to = Math.max(...l.pieces.map((p) => p.x + p.w));
    return blocks.some(([b0, b1]) => from >= b0 - RUN_GAP && to <= b1 + RUN_GAP);
  };
  // Stretches of cell lines; PROSE_RUN lines in a row that are neither cell lines nor inside one column (a paragraph
  // between two tables) end a stretch.
  const stretches: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  let prose = 0;
  lines.forEach((l, i) => {
    if (cellLines.has(l)) {
      if (open && prose < PROSE_RUN) open[1] = i;
      else stretches.push((open = [i, i]));
      prose = 0;
    } else if (!fits(l)) prose++;
  });
  const near = (a: Line, b: Line): boolean => Math.abs(a.y - b.y) <= Math.max(a.h, b.h) * 1.6;
  const tables: UnruledTable[] = [];
  const taken = new Set<PdfText>();
  for (const [first, last] of stretches) {
    if (lines.slice(first, last + 1).filter((l) => runs(l) >= 2).length < 2) continue;
    // Lines just above or below that sit inside one column belong to the table (a wrapped header, a task's end).
    let from = first;
    let to = last;
    while (from > 0 && fits(lines[from - 1] as Line) && near(lines[from - 1] as Line, lines[from] as Line))
      from--;
    while (
      to + 1 < lines.length &&
      fits(lines[to + 1] as Line) &&
      near(lines[to + 1] as Line, lines[to] as Line)
    )
      to++;
    const region = lines.slice(from, to + 1).filter((l) => !l.pieces.some((p) => taken.has(p)));
    if (region.length < MIN_LINES) continue;
    const table = build(region, cellLines);
    if (!table) continue;
    tables.push(table);
    for (const l of region) for (const p of l.pieces) taken.add(p);
  }
  // Blank pieces inside a table (pdf.js's spaces between cells) go with it.
  const within = (t: PdfText): boolean =>
    tables.some((b) => t.y <= b.top && t.y >= b.bottom - 1 && t.x >= b.left - 1 && t.x <= b.right);
  return { tables, rest: texts.filter((t) => !taken.has(t) && !(t.str.trim() === "" && within(t))) };
}
