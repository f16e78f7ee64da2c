/** Text pieces of a PDF page → lines: pieces on one baseline joined left to right, wide gaps as tabs. */

import { isUnitLike } from "../parse/splitUnits";
import type { PdfText } from "./pdfTypes";

/** A line of text at its baseline; `cells` are the pieces separated by wide gaps (a table without borders). */
export interface PdfLine {
  readonly y: number;
  readonly top: number;
  /** Where its last piece ends. */
  readonly right: number;
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
    return {
      y,
      top: y + Math.max(...g.map((p) => p.h || 10)),
      right: end,
      cells: cells.filter((c) => c !== ""),
    };
  });
}

/** Text of lines inside one table cell, each line one paragraph. */
export function lineTexts(texts: readonly PdfText[]): string[] {
  return textLines(texts).map((l) => l.cells.join(" "));
}

/** A whole unit's name (各县(市、区) too), not a list of them nor a sentence. */
const oneName = (text: string): boolean =>
  !/[、，,;；。]/.test(text.replace(/[(（][^()（）]*[)）]/g, "")) && isUnitLike(text);

/**
 * The text of one table cell whose lines may reach `right` (the column's widest line). A line that fills the cell to
 * within less than a character of it (two, when the next line opens with a character and the punctuation that may
 * not open a line: 会、) was wrapped there and goes on in the next line (区发展改 / 革委), unless it is a whole unit's
 * name and the next line opens another; a shorter line ends its paragraph (units one a line). Paragraphs that are
 * all units' names are joined with 、 — also when the last, wrapped at the cell's end, goes on past a page break
 * (生态环境局桐 / 乡分局); others run on as one text.
 */
export function cellText(texts: readonly PdfText[], right: number): string {
  const paragraphs: string[] = [];
  let room = Infinity;
  let wrapped = false;
  for (const line of textLines(texts)) {
    const text = line.cells.join(" ");
    const h = line.top - line.y;
    const last = paragraphs[paragraphs.length - 1];
    const full = room < h * (/^.[、。，,;；:：)）」”]/u.test(text) ? 1.95 : 0.95);
    // After a full line: more of it, unless it is a whole name and the next line opens another (区林业局 /
    // 区供销联…) — a tail of two characters or less is the name's end (区人力社 / 保局, 沈阳近海经济区管委 / 会、…).
    const head = text.split(/[、，,;；]/)[0] ?? "";
    const goesOn =
      last !== undefined &&
      full &&
      (!oneName(last) || [...head].length <= 2 || (!oneName(head) && oneName(last + head)));
    if (goesOn) paragraphs[paragraphs.length - 1] += text;
    else paragraphs.push(text);
    room = right - line.right;
    wrapped = room < h * 0.95 && !oneName(paragraphs[paragraphs.length - 1] as string);
  }
  const whole = wrapped ? paragraphs.slice(0, -1) : paragraphs;
  return paragraphs.length > 1 && whole.length > 0 && whole.every(oneName)
    ? paragraphs.join("、")
    : paragraphs.join("");
}

/** A line's text with its digits made alike, to see the same running header or footer on every page. */
export function furnitureKey(text: string): string {
  return text.replace(/[0-9一二三四五六七八九十〇]+/g, "#").replace(/\s+/g, "");
}

/** A line that only numbers the page: 3, - 3 -, 第3页, 第 3 页 共 10 页, 3/10. */
export function isPageNumber(text: string): boolean {
  return /^[-—–\s]*(第\s*)?\d+(\s*页)?(\s*[/／]\s*\d+|\s*共\s*\d+\s*页)?[-—–\s]*$/.test(text);
}
