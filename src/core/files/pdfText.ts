/**
 * A PDF's pages → the text the parser reads: lines from text positions, ruled tables as tab-separated rows,
 * running headers, footers and page numbers dropped, and a table row cut by a page break joined again.
 */

import { isUnitLike } from "../parse/splitUnits";
import type { ParseIssue } from "../types";
import { furnitureKey, isPageNumber, textLines } from "./pdfLines";
import { findTables, type PdfTable } from "./pdfTables";
import type { PdfPage, PdfText } from "./pdfTypes";
import { findUnruledTables, type UnruledTable } from "./pdfUnruled";

type Block =
  | { readonly kind: "line"; readonly y: number; readonly text: string; readonly margin: boolean }
  | {
      readonly kind: "table";
      readonly y: number;
      readonly rows: readonly (readonly string[])[];
      readonly cellIds?: readonly (readonly number[])[];
    };

/**
 * Tables drawn without borders in the text around a page's ruled tables, looked for in each band of the page that
 * lies between them: lines above a ruled table and below it (two captions) never make one table across it.
 */
function unruledBetween(
  ruled: readonly PdfTable[],
  texts: readonly PdfText[],
): { tables: UnruledTable[]; rest: PdfText[] } {
  // The band a piece is in: how many ruled tables lie above it.
  const band = (t: PdfText): number => ruled.filter((r) => r.bottom > t.y).length;
  const bands = new Map<number, PdfText[]>();
  for (const t of texts) bands.set(band(t), [...(bands.get(band(t)) ?? []), t]);
  const tables: UnruledTable[] = [];
  const rest: PdfText[] = [];
  for (const pieces of bands.values()) {
    const found = findUnruledTables(pieces);
    tables.push(...found.tables);
    rest.push(...found.rest);
  }
  return { tables, rest };
}

/** The blocks of one page, top to bottom. */
function pageBlocks(page: PdfPage): Block[] {
  const ruled = findTables(page.rules, page.texts);
  const unruled = unruledBetween(ruled.tables, ruled.rest);
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
    ...tables.map((t): Block => ({
      kind: "table",
      y: t.top,
      rows: t.rows,
      ...(t.cellIds ? { cellIds: t.cellIds } : {}),
    })),
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

/** Columns whose header names a leader: a leader carried over a page break is a 提示, a unit a warning. */
const LEADER_HEAD = /领导|负责人/;

/**
 * The cells at the top of a table continued from the page before that are one merged cell with the previous page's
 * last cell: empty, and merged over rows on either side of the break (a bordered cell of one row on both sides is
 * a cell of its own, empty on purpose). Each carries that cell's text into the rows its cell covers on this page,
 * `cut` (the row the break cut in two, joined instead) left out. Returns column → rows to fill.
 */
function acrossBreak(
  prev: { readonly rows: readonly (readonly string[])[]; readonly cellIds?: readonly (readonly number[])[] },
  next: { readonly rows: readonly (readonly string[])[]; readonly cellIds?: readonly (readonly number[])[] },
  start: number,
  cut: boolean,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const prevIds = prev.cellIds;
  const ids = next.cellIds;
  const lastAt = prev.rows.length - 1;
  const prevLast = prevIds?.[lastAt];
  const first = ids?.[start];
  const row = next.rows[start];
  if (!prevIds || !ids || !prevLast || !first || !row || prevLast.length !== first.length) return out;
  for (let c = 0; c < first.length; c++) {
    // A column merged into the one on its left holds nothing of its own.
    if (c > 0 && (first[c] === first[c - 1] || prevLast[c] === prevLast[c - 1])) continue;
    if ((row[c] ?? "") !== "" || (prev.rows[lastAt]?.[c] ?? "") === "") continue;
    const covered: number[] = [];
    for (let r = start; r < ids.length && ids[r]?.[c] === first[c]; r++) covered.push(r);
    let before = 0;
    for (let r = lastAt; r >= 0 && prevIds[r]?.[c] === prevLast[c]; r--) before++;
    if (covered.length < 2 && before < 2) continue;
    const rows = cut ? covered.slice(1) : covered;
    if (rows.length > 0) out.set(c, rows);
  }
  return out;
}

/** Parser text of a PDF and what reading its layout found: cells carried over a page break. */
export interface PdfRead {
  readonly text: string;
  readonly issues: readonly ParseIssue[];
}

/**
 * Converts the pages of a PDF to parser text.
 * @example pdfText([{ width: 600, height: 800, texts: [{ str: "标题", x: 50, y: 700, w: 24, h: 12 }], rules: [] }])
 *   === "标题"
 */
export function pdfText(pages: readonly PdfPage[]): string {
  return pdfRead(pages).text;
}

/**
 * The pages of a PDF as parser text, with a finding for each page break where a merged cell's text on the page
 * before was carried into the empty cells it covers on the next (a table's empty cell is otherwise never filled).
 */
export function pdfRead(pages: readonly PdfPage[]): PdfRead {
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
  const issues: ParseIssue[] = [];
  let header: string | null = null;
  let lastRow: string[] | null = null;
  let lastTable: Extract<Block, { kind: "table" }> | null = null;
  for (const blocks of perPage) {
    let pageStart = true;
    for (const b of blocks) {
      if (b.kind === "line") {
        if (b.margin && (isPageNumber(b.text) || recurring(b.text))) continue;
        lines.push(b.text);
        lastRow = null;
        lastTable = null;
        pageStart = false;
        continue;
      }
      // A table at the top of a page right after a table on the page before continues it.
      // (Set in the callbacks below, which the compiler does not follow.)
      const prevRow = lastRow as string[] | null;
      const continuing = pageStart && prevRow !== null;
      // A ruled row keeps its empty cells (bordered, empty on purpose); a row rebuilt from text positions its text.
      const rowText = (row: readonly string[]): string =>
        b.cellIds ? row.join("\t") : row.join("\t").replace(/\t+$/, "");
      const start = continuing && b.rows[0] && rowText(b.rows[0]) === header ? 1 : 0;
      const startRow = b.rows[start];
      const cut = continuing && startRow?.[0] === "" && startRow.length === prevRow?.length;
      const carry =
        continuing && lastTable ? acrossBreak(lastTable, b, start, cut) : new Map<number, number[]>();
      // Each row's line in the text, to name the rows a carried cell fills.
      const lineOf = new Map<number, number>();
      const rows = b.rows.map((row, i) =>
        row.map((cell, c) => {
          if (!carry.get(c)?.includes(i)) return cell;
          return prevRow?.[c] ?? cell;
        }),
      );
      rows.forEach((row, i) => {
        const text = rowText(row);
        if (i === 0 && continuing && text === header) return; // the header row repeated on a new page
        if (i === 0 && !continuing) header = text;
        if (continuing && i === start && cut && lastRow) {
          // The row a page break cut in two: its rest goes into the cells of the row above.
          const joined: string[] = lastRow.map((cell, k) => joinAcrossPages(cell, row[k] ?? ""));
          lines[lines.length - 1] = rowText(joined);
          // A cell of it merged over the rows below (its text cut by the break too) stands in them whole.
          const ids = b.cellIds;
          for (let r = i + 1; ids && r < rows.length; r++) {
            (rows[r] as string[]).forEach((_, c) => {
              if ((row[c] ?? "") !== "" && ids[r]?.[c] === ids[i]?.[c])
                (rows[r] as string[])[c] = joined[c] as string;
            });
          }
          lastRow = joined;
          return;
        }
        lines.push(text);
        lineOf.set(i, lines.length);
        lastRow = [...row];
      });
      if (carry.size > 0) {
        const heads = (header ?? "").split("\t");
        const columns = [...carry.keys()].map((c) => heads[c] || `#${c + 1}`);
        const spans = [...carry.values()].map((rs) => rs.map((r) => lineOf.get(r) ?? 0));
        const all = spans.flat();
        issues.push({
          code: "pdf-cell-across-pages",
          severity: columns.every((h) => LEADER_HEAD.test(h)) ? "info" : "warning",
          line: Math.min(...all),
          params: {
            from: Math.min(...all),
            to: Math.max(...all),
            cells: [...carry.entries()].map(
              ([c, rs], k) => `${columns[k] as string}“${rows[rs[0] as number]?.[c] ?? ""}”`,
            ),
            spans: spans.map((ls) =>
              Math.min(...ls) === Math.max(...ls)
                ? `${Math.min(...ls)}`
                : `${Math.min(...ls)}–${Math.max(...ls)}`,
            ),
          },
        });
      }
      lastTable = { ...b, rows };
      pageStart = false;
    }
  }
  return { text: lines.join("\n"), issues };
}

/**
 * How many rows of the pages' tables drawn without borders were guessed: rebuilt from text positions where no white
 * across the table shows the border between two rows, so a cell of several lines may land in the row next to its own.
 */
export function unruledRows(pages: readonly PdfPage[]): number {
  let rows = 0;
  for (const page of pages) {
    const { tables, rest } = findTables(page.rules, page.texts);
    for (const table of unruledBetween(tables, rest).tables) rows += table.guessed;
  }
  return rows;
}
