/**
 * A PDF's pages → the text the parser reads: lines from text positions, ruled tables as tab-separated rows,
 * running headers, footers and page numbers dropped, and a table row cut by a page break joined again.
 */

import { isUnitLike } from "../parse/splitUnits";
import { furnitureKey, isPageNumber, textLines } from "./pdfLines";
import { findTables } from "./pdfTables";
import type { PdfPage } from "./pdfTypes";
import { findUnruledTables } from "./pdfUnruled";

type Block =
  | { readonly kind: "line"; readonly y: number; readonly text: string; readonly margin: boolean }
  | { readonly kind: "table"; readonly y: number; readonly rows: readonly (readonly string[])[] };

/** The blocks of one page, top to bottom. */
function pageBlocks(page: PdfPage): Block[] {
  const ruled = findTables(page.rules, page.texts);
  const unruled = findUnruledTables(ruled.rest);
  const tables = [...ruled.tables, ...unruled.tables];
  const rest = unruled.rest;
  const margin = page.height * 0.08;
  const blocks: Block[] = [
    ...textLines(rest).map((l): Block => ({
      kind: "line",
      y: l.y,
      text: l.cells.join("\t"),
      margin: l.y > page.height - margin || l.top < margin,
    })),
    ...tables.map((t): Block => ({ kind: "table", y: t.top, rows: t.rows })),
  ];
  return blocks.sort((a, b) => b.y - a.y);
}

/** A cell's two halves either side of a page break: units one a line keep their 、, a sentence runs on. */
function joinAcrossPages(before: string, after: string): string {
  const last = before.split("、").pop() ?? "";
  const next = after.split("、")[0] ?? "";
  return before !== "" && after !== "" && isUnitLike(last) && isUnitLike(next)
    ? `${before}、${after}`
    : before + after;
}

/**
 * Converts the pages of a PDF to parser text.
 * @example pdfText([{ width: 600, height: 800, texts: [{ str: "标题", x: 50, y: 700, w: 24, h: 12 }], rules: [] }])
 *   === "标题"
 */
export function pdfText(pages: readonly PdfPage[]): string {
  const perPage = pages.map(pageBlocks);
  // A line in the top or bottom margin that recurs on at least half the pages is a running header or footer.
  const seen = new Map<string, number>();
  for (const blocks of perPage) {
    const keys = new Set(
      blocks.flatMap((b) => (b.kind === "line" && b.margin ? [furnitureKey(b.text)] : [])),
    );
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const recurring = (text: string): boolean =>
    pages.length > 1 && (seen.get(furnitureKey(text)) ?? 0) >= Math.max(2, pages.length / 2);

  const lines: string[] = [];
  let header: string | null = null;
  let lastRow: string[] | null = null;
  for (const blocks of perPage) {
    let pageStart = true;
    for (const b of blocks) {
      if (b.kind === "line") {
        if (b.margin && (isPageNumber(b.text) || recurring(b.text))) continue;
        lines.push(b.text);
        lastRow = null;
        pageStart = false;
        continue;
      }
      // A table at the top of a page right after a table on the page before continues it.
      const continuing = pageStart && lastRow !== null;
      b.rows.forEach((row, i) => {
        const text = row.join("\t");
        if (i === 0 && continuing && text === header) return; // the header row repeated on a new page
        if (i === 0 && !continuing) header = text;
        const first = i === 0 || (i === 1 && b.rows[0]?.join("\t") === header);
        if (continuing && first && lastRow && row[0] === "" && row.length === lastRow.length) {
          // The row a page break cut in two: its rest goes into the cells of the row above.
          const joined: string[] = lastRow.map((cell, k) => joinAcrossPages(cell, row[k] ?? ""));
          lines[lines.length - 1] = joined.join("\t");
          lastRow = joined;
          return;
        }
        lines.push(text);
        lastRow = [...row];
      });
      pageStart = false;
    }
  }
  return lines.map((l) => l.replace(/\t+$/, "")).join("\n");
}

/**
 * How many rows of the pages' tables drawn without borders were guessed: rebuilt from text positions where no white
 * across the table shows the border between two rows, so a cell of several lines may land in the row next to its own.
 */
export function unruledRows(pages: readonly PdfPage[]): number {
  let rows = 0;
  for (const page of pages) {
    const { rest } = findTables(page.rules, page.texts);
    for (const table of findUnruledTables(rest).tables) rows += table.guessed;
  }
  return rows;
}
