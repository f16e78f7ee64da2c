/**
 * How each sheet prints, decided once for both shells: A4, the orientation and pages tall that keep the
 * text readable on the fewest pages (pageFit.ts), fitted one page wide, the side notes left out, the list's
 * header row repeated on every page, a footer naming the sheet and the page, and row heights that fit the
 * wrapped Chinese text. Engines do not fit row heights of a written file themselves
 * (ExcelJS writes none; LibreOffice and WPS keep what the file says), so the heights are estimated here from
 * the column widths and the width of each character.
 */

import { fileBlocks } from "./fileBlocks";
import { MARGINS, pageFit, printable } from "./pageFit";
import type { Block, CellRange, PrintPlan, SheetPlan } from "./types";

/**
 * The font every cell is written in: 等线 (DengXian, Office's Chinese default since 2016), a sans-serif face.
 * `family` 2 (swiss) and `charset` 134 (GB2312) let an engine without it pick a Chinese sans-serif face
 * rather than its default serif one.
 */
export const LEDGER_FONT = { name: "等线", size: 11, family: 2, charset: 134 } as const;

/** Points of one line of 11-point text in a row (Excel's 等线 11 rows are 14.25; LibreOffice's a little less). */
export const LINE_POINTS = 14.25;

/** Padding of a row around its lines, in points. */
const ROW_PADDING = 2;

/**
 * Width of a Chinese character in column-width units: Excel's unit is the widest digit of the normal font,
 * 8 pixels for 等线 11 (its default width reads 8.38: 72 pixels), and a Chinese character of 11 points is 15.
 * LibreOffice without 等线 draws narrower ones (1.6), so there the rows come out a little generous.
 */
const WIDE = 15 / 8;

/** Inside a cell, the text has the column's width less a margin: Excel adds its 5 pixels of padding outside. */
const CELL_PADDING = 0.5;

/** Height in points of a row the plan gives no height (one line of 11-point text, as the file says). */
const DEFAULT_ROW_POINTS = 15;

/** The footer: the sheet's name, then 第 N 页 共 M 页 (header/footer codes &A, &P, &N). */
export const FOOTER = "&A    第 &P 页 共 &N 页";

/**
 * Width of a text in column-width units: a Chinese character or a full-width form takes two (the width of
 * two digits), anything else one.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? WIDE : 1;
  }
  return w;
}

/**
 * Lines a text takes in a wrapped cell `width` characters wide: each of its own lines wraps where the next
 * character would not fit (Chinese text breaks between any two characters).
 */
export function linesIn(text: string, width: number): number {
  const room = Math.max(width - CELL_PADDING, 2);
  let lines = 0;
  for (const line of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const ch of line) {
      const w = textWidth(ch);
      if (used + w > room) {
        count++;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

/** Height in points of a row whose tallest cell takes `lines` lines. */
export function rowPoints(lines: number): number {
  return lines * LINE_POINTS + ROW_PADDING;
}

/** The text a cell shows, as far as the plan knows it (a formula's computed result). */
function shown(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "date" in v) return "0000-00-00";
  if (typeof v === "object" && "result" in v) return String((v as { result: unknown }).result);
  return "";
}

/** Whether a block's cells wrap when printed: lists and headers do; titles and notes only when too long. */
function wraps(block: Block, widths: readonly number[]): boolean {
  if (block.kind === "formulaColumn" || block.style === "body" || block.style === "header") return true;
  if (block.style === "label") return false;
  // A title or note runs on over the empty cells to its right; it wraps only when longer than all of them.
  const room = widths.slice(block.col).reduce((n, w) => n + w, 0);
  return block.values.some((cells) => cells.some((v) => textWidth(shown(v)) > room));
}

/** The rectangle a block covers. */
function rangeOf(block: Block): CellRange {
  return block.kind === "values"
    ? { row: block.row, col: block.col, rows: block.values.length, cols: block.values[0]?.length ?? 0 }
    : { row: block.row, col: block.col, rows: block.results.length, cols: 1 };
}

/**
 * Columns printed, from A: all but the side notes, a column of notes standing right of everything else (the
 * 说明 beside 单位名录, 量化指标 and 进展记录, there for the screen); null when there are none. Whole columns,
 * so rows a clerk adds print too.
 */
function printedColumns(blocks: readonly Block[]): number | null {
  const right = (b: Block): number => b.col + rangeOf(b).cols;
  const notes = blocks.filter((b) => b.kind === "values" && b.style === "note");
  const others = blocks.filter((b) => !notes.includes(b));
  const end = others.reduce((n, b) => Math.max(n, right(b)), 0);
  return others.length > 0 && notes.some((b) => b.col > end) ? end : null;
}

/**
 * Tables side by side (two or more starting on one row, 已撤销's), each printed apart: their spans of columns
 * from left to right; null for a sheet with fewer.
 */
function sideBySide(tables: SheetPlan["tables"]): PrintPlan["areas"] | null {
  const top = tables[0]?.range.row;
  if (tables.length < 2 || tables.some((t) => t.range.row !== top)) return null;
  return tables.map((t) => ({ col: t.range.col, cols: t.range.cols })).sort((a, b) => a.col - b.col);
}

/** Rows below a heading that stay on its page: the heading, its table's header rows and two of its rows. */
const KEEP_WITH_HEADING = 5;

/** Share of a page's height the rows are counted in, as pagesAt counts it (the engines' automatic breaks). */
const KEPT_SHARE = 0.97;

/**
 * The rows of a sheet's headings: a label alone on its row above a table's header (汇总's 各单位任务数(按角色)
 * …), not the label-styled 合计 rows that end a table.
 */
function headingRows(blocks: readonly Block[]): Set<number> {
  const headers = new Set(
    blocks.filter((b) => b.kind === "values" && b.style === "header").map((b) => `${b.row}:${b.col}`),
  );
  return new Set(
    blocks
      .filter(
        (b) =>
          b.kind === "values" &&
          b.style === "label" &&
          b.values.length === 1 &&
          b.values[0]?.length === 1 &&
          headers.has(`${b.row + 1}:${b.col}`),
      )
      .map((b) => b.row),
  );
}

/**
 * The page breaks of a sheet with headings (汇总), placed by the plan: a page starts where the next row would
 * not fit, and at a heading whose table's header and first rows (KEEP_WITH_HEADING) would not fit below what
 * the page holds. Every such start is a manual break, not only those at a heading: the plan counts a page a
 * little short (KEPT_SHARE, and rows at 15 points, which engines draw smaller), so an engine left to break
 * the other pages itself takes a few rows more on each, and a heading the plan put at the top of a page
 * ended the one before (twelve leaders and 55 or 110 units did in LibreOffice). Breaking every page where
 * the plan does, no engine can. The sheet then prints at a fixed scale (whole percent: Excel ignores manual
 * breaks on a sheet fitted to pages), the one the fit gives; null for a sheet on one page, which no break
 * can orphan a heading on.
 */
function keptHeadings(
  blocks: readonly Block[],
  heights: readonly number[],
  fit: { orientation: PrintPlan["orientation"]; scale: number },
): Pick<PrintPlan, "scale" | "rowBreaks"> | null {
  const headings = headingRows(blocks);
  const breaksAt = (scale: number): number[] => {
    const room = (printable(fit.orientation).height * KEPT_SHARE) / scale;
    const breaks: number[] = [];
    let used = 0;
    heights.forEach((h, row) => {
      const keep = headings.has(row)
        ? heights.slice(row, row + KEEP_WITH_HEADING).reduce((n, x) => n + x, 0)
        : h;
      if (used > 0 && used + keep > room) {
        breaks.push(row);
        used = 0;
      }
      used += h;
    });
    return breaks;
  };
  if (headings.size === 0 || breaksAt(fit.scale).length === 0) return null;
  const scale = Math.floor(fit.scale * 100);
  return { scale, rowBreaks: breaksAt(scale / 100) };
}

/** The print section of a sheet planned without one. */
export function printPlan(sheet: Omit<SheetPlan, "print">): PrintPlan {
  const widths = sheet.widths;
  const blocks = fileBlocks(sheet);
  const wrapped = blocks.filter((b) => wraps(b, widths));
  const width = (col: number): number => widths[col] ?? 9;
  const lines = new Map<number, number>();
  const need = (row: number, n: number): void => {
    if (n > (lines.get(row) ?? 1)) lines.set(row, n);
  };
  for (const b of wrapped) {
    if (b.kind === "values")
      b.values.forEach((cells, i) =>
        cells.forEach((v, k) => need(b.row + i, linesIn(shown(v), width(b.col + k)))),
      );
    else b.results.forEach((v, i) => need(b.row + i, linesIn(shown(v), width(b.col))));
  }
  const header = sheet.freeze && sheet.freeze.rows > 0 ? sheet.freeze.rows - 1 : null;
  const columns = printedColumns(blocks);
  const printed = columns === null ? blocks : blocks.filter((b) => b.col < columns);
  const last = printed.map(rangeOf).reduce((n, r) => Math.max(n, r.row + r.rows - 1), -1);
  const points = (row: number): number => {
    const n = lines.get(row) ?? 1;
    return n > 1 ? rowPoints(n) : DEFAULT_ROW_POINTS;
  };
  const heights = Array.from({ length: last + 1 }, (_, row) => points(row));
  const headerPoints = header === null ? 0 : points(header);
  const areas = sideBySide(sheet.tables);
  // Each area fitted to its own width: on its side when any of them prints better so, and as many pages tall
  // as each takes (a page count would be shared by the areas).
  const fit = areas
    ? {
        orientation: areas.some(
          (a) =>
            pageFit(widths.slice(a.col, a.col + a.cols), heights, headerPoints).orientation === "landscape",
        )
          ? ("landscape" as const)
          : ("portrait" as const),
        fitToHeight: 0,
      }
    : pageFit(columns === null ? widths : widths.slice(0, columns), heights, headerPoints);
  const kept = sheet.kind === "summary" && "scale" in fit ? keptHeadings(blocks, heights, fit) : null;
  return {
    paper: "A4",
    orientation: fit.orientation,
    fitToWidth: 1,
    fitToHeight: fit.fitToHeight,
    columns,
    ...(areas ? { areas } : {}),
    ...(kept ?? {}),
    repeatRows: header === null ? null : { first: header, last: header },
    margins: MARGINS,
    footer: FOOTER,
    wrap: wrapped.map(rangeOf),
    rowHeights: [...lines]
      .filter(([, n]) => n > 1)
      .sort(([a], [b]) => a - b)
      .map(([row, n]) => ({ row, points: rowPoints(n) })),
  };
}
