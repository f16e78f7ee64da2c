/**
 * Column widths chosen from a list's content, for the fewest printed lines: a table row is as tall as its
 * tallest cell, so width is worth most where it shortens the cells that set a row's height. Pure arithmetic
 * on the lengths of the cells (docs/printing.md has the figures for the sample ledger).
 */

import { linesIn, textWidth } from "./print";

/** A column to be given a width. */
export interface ColumnText {
  /** Each cell, as the lengths of its own lines in full-width characters (a Chinese character is 1). */
  readonly cells: ReadonlyArray<readonly number[]>;
  /** The narrowest the column may be, in column-width units. */
  readonly min: number;
}

/** Width of a full-width character in column-width units (15 of Excel's 8 pixels), as print.ts counts it. */
const FULL = 15 / 8;

/** Full-width characters a line of a wrapped cell `width` units wide holds (print.ts's linesIn for Chinese). */
export function charsPerLine(width: number): number {
  return Math.max(1, Math.floor(Math.max(width - 0.5, 2) / FULL));
}

/** Lines a cell takes in a column `width` units wide. */
export function cellLines(cell: readonly number[], width: number): number {
  const per = charsPerLine(width);
  let n = 0;
  for (const len of cell) n += Math.max(1, Math.ceil(len / per - 1e-9));
  return Math.max(n, 1);
}

/** A text as ColumnText cells count it: the lengths of its lines in full-width characters. */
export function cellOf(text: string): number[] {
  return text.split(/\r?\n/).map((line) => textWidth(line) / FULL);
}

/** Weight of a cell that ties for its row's height and gets shorter: it lets a later widening pay. */
const TIE_WEIGHT = 0.1;

/** Widths looked ahead per step: a column may need several units before its cells lose a line. */
const LOOKAHEAD = 40;

/** A column's cells, each distinct cell once (`shapes`), and which of them each row holds (`of`). */
interface Shapes {
  readonly shapes: ReadonlyArray<readonly number[]>;
  readonly of: Int32Array;
}

/** A column's cells as Shapes, for `rows` rows (a missing cell is empty). */
function shapesOf(cells: ReadonlyArray<readonly number[]>, rows: number): Shapes {
  const index = new Map<string, number>();
  const shapes: Array<readonly number[]> = [];
  const of = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const cell = cells[r] ?? [];
    const key = cell.join(",");
    let k = index.get(key);
    if (k === undefined) index.set(key, (k = shapes.push(cell) - 1));
    of[r] = k;
  }
  return { shapes, of };
}

/** Lines of each row's cell of a column at a width. */
function linesAt({ shapes, of }: Shapes, width: number): Int32Array {
  const per = shapes.map((cell) => cellLines(cell, width));
  return of.map((k) => per[k] ?? 1);
}

/** Each row's height in lines, how many columns reach it, and the tallest of the other columns. */
function heights(lines: readonly Int32Array[], rows: number) {
  const top = new Int32Array(rows);
  const ties = new Int32Array(rows);
  const second = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let m = 0;
    let n = 0;
    let s = 0;
    for (const col of lines) {
      const v = col[r] ?? 1;
      if (v > m) {
        s = m;
        m = v;
        n = 1;
      } else if (v === m) n++;
      else if (v > s) s = v;
    }
    top[r] = m;
    ties[r] = n;
    second[r] = s;
  }
  return { top, ties, second };
}

/**
 * Rows a column sets or ties the height of are counted by one number: its cell's shape, the height of the
 * row without it (below KEY / 2 lines) and whether it ties.
 */
const KEY = 2 ** 17;

/**
 * Widths, from the minima, that make the rows' total lines (each row its tallest cell's) as few as greedy
 * steps find within `room`, where `cost` is what a column of a width takes of it (default: the width).
 * Each step widens the column whose widening saves the most lines per unit of room (a cell tied for its
 * row's height counts a tenth); room that saves nothing is shared in proportion to the columns' text.
 * Minima beyond the room are kept as they are. Each step takes time in proportion to the rows.
 */
export function allocateWidths(
  columns: readonly ColumnText[],
  room: number,
  cost: (width: number) => number = (w) => w,
): number[] {
  const widths = columns.map((c) => c.min);
  const rows = columns.reduce((n, c) => Math.max(n, c.cells.length), 0);
  const shapes = columns.map((c) => shapesOf(c.cells, rows));
  const lines = shapes.map((s, c) => linesAt(s, widths[c] ?? 1));
  let spent = widths.reduce((n, w) => n + cost(w), 0);
  for (;;) {
    const { top, ties, second } = heights(lines, rows);
    let best: { col: number; width: number; score: number } | null = null;
    shapes.forEach(({ shapes: cells, of }, c) => {
      const at = lines[c] as Int32Array;
      const groups = new Map<number, number>();
      for (let r = 0; r < rows; r++) {
        const m = top[r] ?? 1;
        if (at[r] !== m || m <= 1) continue;
        const key =
          ((of[r] ?? 0) * KEY + Math.min(second[r] ?? 0, KEY / 2 - 1)) * 2 + (ties[r] === 1 ? 0 : 1);
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
      if (groups.size === 0) return;
      const w0 = widths[c] ?? 1;
      for (let w = w0 + 1; w <= w0 + LOOKAHEAD; w++) {
        const extra = cost(w) - cost(w0);
        if (spent + extra > room) break;
        if (charsPerLine(w) === charsPerLine(w - 1)) continue;
        let saved = 0;
        for (const [key, count] of groups) {
          const cell = cells[Math.floor(key / 2 / KEY)] ?? [];
          const [m, now] = [cellLines(cell, w0), cellLines(cell, w)];
          saved +=
            count * (key % 2 === 0 ? m - Math.max(now, Math.floor(key / 2) % KEY) : TIE_WEIGHT * (m - now));
        }
        const score = saved / extra;
        if (saved > 0 && (best === null || score > best.score)) best = { col: c, width: w, score };
      }
    });
    if (best === null) break;
    const { col, width } = best;
    spent += cost(width) - cost(widths[col] ?? 1);
    widths[col] = width;
    lines[col] = linesAt(shapes[col] as Shapes, width);
  }
  return share(columns, widths, room - spent, cost);
}

/** Room left over, a unit at a time to the column with the most text per unit of width it has. */
function share(
  columns: readonly ColumnText[],
  widths: number[],
  left: number,
  cost: (width: number) => number,
): number[] {
  const text = columns.map((c) => c.cells.reduce((n, cell) => n + cell.reduce((k, l) => k + l, 0), 0));
  for (;;) {
    let pick = -1;
    columns.forEach((_, c) => {
      const w = widths[c] ?? 1;
      const fits = cost(w + 1) - cost(w) <= left;
      const ratio = (text[c] ?? 0) / w;
      if (fits && ratio > 0 && (pick < 0 || ratio > (text[pick] ?? 0) / (widths[pick] ?? 1))) pick = c;
    });
    if (pick < 0) return widths;
    const w = widths[pick] ?? 1;
    left -= cost(w + 1) - cost(w);
    widths[pick] = w + 1;
  }
}

/** Whether a token is a date, a number or a code: no wide character, and at most 13 characters. */
const latin = (token: string): boolean => textWidth(token) === token.length && token.length <= 13;

/** Full-width characters a Chinese run of text keeps on one line: a short name (发改局, 梧桐街道). */
const SHORT = 4;

/**
 * Lines a header may take: one for a header of up to three characters (编号, 职务, 亮灯: never 职 / 务), else
 * two characters a line or more, on three lines at most.
 */
export function headerLines(header: string): number {
  const chars = [...header.trim()].length;
  return chars <= 3 ? 1 : Math.min(3, Math.floor(chars / 2));
}

/**
 * The narrowest width for a column: its header on headerLines lines (three at most over cells of one
 * character), and every token of its cells (a run
 * between 、, commas, semicolons or spaces) that is short (four full-width characters or fewer: a short
 * unit name, a status) or has no Chinese in it (a date, a number, a phone number, up to 13 characters) on one
 * (its width and the cell's padding within the column's: an id 10 needs 3, not 1); never below `floor`.
 */
export function minimumWidth(header: string, texts: readonly string[], floor = 1): number {
  let w = Math.max(1, floor);
  const oneLine = (text: string): boolean => linesIn(text, w) === 1 && textWidth(text) <= w - 0.5;
  // A column of one-character cells (亮灯: 红) may stack its header above them, three lines at most.
  const stacked = texts.some((t) => t.trim() !== "") && texts.every((t) => [...t.trim()].length <= 1);
  const lines = stacked ? 3 : headerLines(header);
  while (linesIn(header, w) > lines || (lines === 1 && !oneLine(header))) w++;
  const seen = new Set<string>();
  for (const text of texts)
    for (const token of text.split(/[、,，;；\s]+/))
      if (!seen.has(token) && (textWidth(token) / FULL <= SHORT || latin(token))) {
        seen.add(token);
        while (!oneLine(token)) w++;
      }
  return w;
}
