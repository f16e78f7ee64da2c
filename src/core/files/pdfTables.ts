/**
 * Ruled tables on a PDF page: column edges from vertical borders, row edges from horizontal ones; each
 * text piece goes to the cell it sits in. A border missing inside a table means a merged cell: a cell merged
 * over rows stands in every row it covers, one merged over columns fills its first column.
 */

import { cellText } from "./pdfLines";
import type { PdfRule, PdfText } from "./pdfTypes";

/** A table found on a page: its rows of cells and where it sits. */
export interface PdfTable {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly rows: readonly (readonly string[])[];
  /**
   * Which ruled cell each of `rows`' cells lies in (the same number in two rows of a column: one cell merged over
   * them); absent where no ruling shows it (a table drawn without borders).
   */
  readonly cellIds?: readonly (readonly number[])[];
}

const NEAR = 2.5;
/** A "table" of more cells than this is a drawing (a grid, a hatching), read as text instead. */
const MAX_CELLS = 20000;

/** Sorted positions with those closer than NEAR merged (double borders are one edge). */
function edges(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || v - (out[out.length - 1] as number) > NEAR) out.push(v);
  }
  return out;
}

interface Segment {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

const covers = (segs: readonly Segment[], at: number, point: number): boolean =>
  segs.some((s) => Math.abs(s.at - at) <= NEAR && s.from - NEAR <= point && point <= s.to + NEAR);

/** The tables a page's rules draw; pieces inside them are taken out of `texts` (returned as `rest`). */
export function findTables(
  rules: readonly PdfRule[],
  texts: readonly PdfText[],
): { tables: PdfTable[]; rest: PdfText[] } {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const r of rules) {
    if (Math.abs(r.y1 - r.y2) < 1 && Math.abs(r.x2 - r.x1) > 5)
      horizontal.push({ at: r.y1, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) });
    else if (Math.abs(r.x1 - r.x2) < 1 && Math.abs(r.y2 - r.y1) > 5)
      vertical.push({ at: r.x1, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) });
  }
  // Tables are the vertical extents that vertical borders overlap into.
  const spans: Array<{ from: number; to: number }> = [];
  for (const v of [...vertical].sort((a, b) => a.from - b.from)) {
    const last = spans[spans.length - 1];
    if (last && v.from <= last.to + NEAR) last.to = Math.max(last.to, v.to);
    else spans.push({ from: v.from, to: v.to });
  }
  const tables: PdfTable[] = [];
  let rest = [...texts];
  for (const span of spans) {
    const inSpan = (s: Segment): boolean => s.at >= span.from - NEAR && s.at <= span.to + NEAR;
    const xs = edges(vertical.filter((v) => v.from < span.to && v.to > span.from).map((v) => v.at));
    const ys = edges(horizontal.filter(inSpan).map((h) => h.at)).reverse();
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) > MAX_CELLS) continue;
    const left = xs[0] as number;
    const right = xs[xs.length - 1] as number;
    const top = ys[0] as number;
    const bottom = ys[ys.length - 1] as number;
    const inside = (t: PdfText): boolean => {
      const cx = t.x + t.w / 2;
      const cy = t.y + t.h / 3;
      return cx > left && cx < right && cy < top && cy > bottom;
    };
    const mine = rest.filter(inside);
    rest = rest.filter((t) => !inside(t));
    tables.push({ top, bottom, left, right, ...grid(xs, ys, horizontal, vertical, mine) });
  }
  return { tables, rest };
}

/** The cells of one table, merged cells resolved. */
function grid(
  xs: readonly number[],
  ys: readonly number[],
  horizontal: readonly Segment[],
  vertical: readonly Segment[],
  texts: readonly PdfText[],
): { rows: string[][]; cellIds: number[][] } {
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  // owner[r][c]: the top-left atomic cell of the merged cell that (r, c) belongs to.
  const owner: Array<Array<[number, number]>> = [];
  for (let r = 0; r < rowsN; r++) {
    const row: Array<[number, number]> = [];
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < colsN; c++) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c > 0 && !covers(vertical, xs[c] as number, midY)) row.push(row[c - 1] as [number, number]);
      else if (r > 0 && !covers(horizontal, ys[r] as number, midX))
        row.push((owner[r - 1] as Array<[number, number]>)[c] as [number, number]);
      else row.push([r, c]);
    }
    owner.push(row);
  }
  const pieces = new Map<string, PdfText[]>();
  for (const t of texts) {
    const cx = t.x + t.w / 2;
    const cy = t.y + t.h / 3;
    const c = xs.findIndex((x, i) => i < colsN && cx >= x && cx < (xs[i + 1] as number));
    const r = ys.findIndex((y, i) => i < rowsN && cy <= y && cy > (ys[i + 1] as number));
    if (r < 0 || c < 0) continue;
    const [or, oc] = (owner[r] as Array<[number, number]>)[c] as [number, number];
    const key = `${or},${oc}`;
    const list = pieces.get(key);
    if (list) list.push(t);
    else pieces.set(key, [t]);
  }
  // A cell's text reaches as far right as its column's widest line: a line that fills it was wrapped.
  const right = new Map<number, number>();
  for (const [key, ps] of pieces) {
    const c = Number(key.split(",")[1]);
    for (const p of ps) right.set(c, Math.max(right.get(c) ?? -Infinity, p.x + p.w));
  }
  const text = new Map<string, string>();
  for (const [key, ps] of pieces)
    text.set(key, cellText(ps, right.get(Number(key.split(",")[1])) ?? Infinity));
  const rows: string[][] = [];
  const cellIds: number[][] = [];
  for (let r = 0; r < rowsN; r++) {
    const row: string[] = [];
    const ids: number[] = [];
    for (let c = 0; c < colsN; c++) {
      const [or, oc] = (owner[r] as Array<[number, number]>)[c] as [number, number];
      // A cell merged over columns fills its first column only.
      row.push(oc === c ? (text.get(`${or},${oc}`) ?? "") : "");
      ids.push(or * colsN + oc);
    }
    if (row.some((cell) => cell !== "")) {
      rows.push(row);
      cellIds.push(ids);
    }
  }
  return { rows, cellIds };
}
