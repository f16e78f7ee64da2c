/**
 * How a sheet fits A4: which orientation and how many pages tall, so that its text never prints below a
 * readable size and takes as few pages as that size allows. Pure arithmetic on the column widths and the row
 * heights the plan writes (docs/printing.md has the figures for the sample ledger).
 */

import type { PrintPlan } from "./types";

/**
 * The smallest scale a sheet is shrunk to: 11-point text prints at 7.26 points. Fitting to N pages tall makes
 * the engine shrink the sheet until it fits; N is chosen so that this never goes below READABLE_SCALE, and
 * the column widths are chosen so that one page wide does not either.
 */
export const READABLE_SCALE = 0.66;

/** Margins in inches (Excel's unit): narrow at the sides, room for the footer at the bottom. */
export const MARGINS: PrintPlan["margins"] = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/**
 * Points of a column `w` characters wide at full size, the wider of the two engines: Excel draws 8 pixels a
 * character (the widest digit of 等线 11) and 5 of padding at 96 pixels an inch; LibreOffice without 等线
 * (its fallback Chinese face) draws 7 points a character (measured from its PDF: 10 characters, 70 points).
 */
export const columnPoints = (w: number): number => Math.max(((w * 8 + 5) * 72) / 96, 7 * w);

/** The printable width and height of A4 in points, inside the margins. */
export function printable(orientation: PrintPlan["orientation"]): { width: number; height: number } {
  const [w, h] = orientation === "landscape" ? [11.69, 8.27] : [8.27, 11.69];
  return {
    width: (w - MARGINS.left - MARGINS.right) * 72,
    height: (h - MARGINS.top - MARGINS.bottom) * 72,
  };
}

/** How a sheet fits the page in one orientation. */
export interface PageFit {
  readonly orientation: PrintPlan["orientation"];
  /** Pages tall to fit to, as the page setup takes it (0: as many as fitting the width gives). */
  readonly fitToHeight: number;
  /** Pages the sheet prints on (estimated). */
  readonly pages: number;
  /** The scale it prints at (estimated; 1 is full size). */
  readonly scale: number;
}

/**
 * Share of the page's height the rows are given: engines differ by a few points in where the body ends above
 * the footer, so a page is counted a little short rather than a row too long.
 */
const BODY_SHARE = 0.97;

/**
 * Pages the rows take at a scale, broken as the engines break them: a page takes rows while the next fits,
 * and every page after the first starts with the repeated header (`header` points).
 */
export function pagesAt(
  orientation: PrintPlan["orientation"],
  heights: readonly number[],
  header: number,
  scale: number,
): number {
  const room = (printable(orientation).height * BODY_SHARE) / scale;
  let pages = 1;
  let used = 0;
  for (const h of heights) {
    if (used + h > room && used > header) {
      pages++;
      used = header;
    }
    used += h;
  }
  return pages;
}

/**
 * The fit in one orientation: the fewest pages that hold the rows at READABLE_SCALE or larger. `heights`
 * are the points of the rows from the first to the last used, `header` those of the row repeated on every
 * page. A sheet too wide for READABLE_SCALE is fitted to its width alone, however small that prints.
 */
export function fitIn(
  orientation: PrintPlan["orientation"],
  widths: readonly number[],
  heights: readonly number[],
  header: number,
): PageFit {
  const wide = Math.min(1, printable(orientation).width / widths.reduce((n, w) => n + columnPoints(w), 0));
  const at = (scale: number): number => pagesAt(orientation, heights, header, scale);
  const atWidth = at(wide);
  if (wide < READABLE_SCALE) return { orientation, fitToHeight: 0, pages: atWidth, scale: wide };
  const pages = at(READABLE_SCALE);
  if (pages >= atWidth) return { orientation, fitToHeight: 0, pages: atWidth, scale: wide };
  // The engine shrinks to the largest scale that holds the rows on that many pages: found by halving.
  let [low, high] = [READABLE_SCALE, wide];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (at(mid) <= pages) low = mid;
    else high = mid;
  }
  return { orientation, fitToHeight: pages, pages, scale: low };
}

/**
 * The orientation that prints a sheet on fewer pages at a readable size, and the larger text when both take
 * as many; a sheet too wide for either at READABLE_SCALE goes the way that prints it larger.
 */
export function pageFit(widths: readonly number[], heights: readonly number[], header: number): PageFit {
  const [portrait, landscape] = (["portrait", "landscape"] as const).map((o) =>
    fitIn(o, widths, heights, header),
  ) as [PageFit, PageFit];
  const readable = (f: PageFit): boolean => f.scale >= READABLE_SCALE;
  if (readable(portrait) !== readable(landscape)) return readable(portrait) ? portrait : landscape;
  if (!readable(portrait)) return portrait.scale >= landscape.scale ? portrait : landscape;
  if (portrait.pages !== landscape.pages) return portrait.pages < landscape.pages ? portrait : landscape;
  return portrait.scale >= landscape.scale ? portrait : landscape;
}
