/** Text pieces of a PDF page → lines: pieces on one baseline joined left to right, wide gaps as tabs. */

import type { PdfText } from "./pdfTypes";

/** A line of text at its baseline; `cells` are the pieces separated by wide gaps (a table without borders). */
export interface PdfLine {
  readonly y: number;
  readonly top: number;
  readonly cells: readonly string[];
}

/** Groups pieces into lines, top to bottom. */
export function textLines(texts: readonly PdfText[]): PdfLine[] {
  const sorted = texts.filter((t) => t.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfText[][] = [];
  for (const t of sorted) {
    const last = groups[groups.length - 1];
    const first = last?.[0];
    if (last && first && Math.abs(first.y - t.y) <= Math.max(2, Math.min(first.h, t.h || first.h) * 0.4))
      last.push(t);
    else groups.push([t]);
  }
  return groups.map((g) => {
    const pieces = [...g].sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    let cell = "";
    let end = -Infinity;
    for (const p of pieces) {
      const gap = p.x - end;
      const h = p.h || 10;
      if (cell !== "" && gap > h * 2) {
        cells.push(cell.trim());
        cell = "";
      } else if (cell !== "" && gap > h * 0.3 && /[\w.,;:)]$/.test(cell) && /^[\w(]/.test(p.str)) cell += " ";
      cell += p.str;
      end = Math.max(end, p.x + p.w);
    }
    cells.push(cell.trim());
    const y = g[0]?.y ?? 0;
    return { y, top: y + Math.max(...g.map((p) => p.h || 10)), cells: cells.filter((c) => c !== "") };
  });
}

/** Text of lines inside one table cell, each line one paragraph. */
export function lineTexts(texts: readonly PdfText[]): string[] {
  return textLines(texts).map((l) => l.cells.join(" "));
}

/** A line's text with its digits made alike, to see the same running header or footer on every page. */
export function furnitureKey(text: string): string {
  return text.replace(/[0-9一二三四五六七八九十〇]+/g, "#").replace(/\s+/g, "");
}

/** A line that only numbers the page: 3, - 3 -, 第3页, 第 3 页 共 10 页, 3/10. */
export function isPageNumber(text: string): boolean {
  return /^[-—–\s]*(第\s*)?\d+(\s*页)?(\s*[/／]\s*\d+|\s*共\s*\d+\s*页)?[-—–\s]*$/.test(text);
}
