/** The width a copy is hard-wrapped at, told by its line lengths (wrappedLines.ts joins its lines again). */

import type { SourceLine } from "../text/lines";
import { bareNumber } from "./numbering";
import { columnKind } from "./tableHeader";
import { isRow, lengthOf, startsOwn } from "./wrapLines";

/** Lines shorter than this are never taken for a wrap width (a table's short cells share lengths too). */
const MIN_WIDTH = 16;

/**
 * The width (in characters) the document is wrapped at, or null when its lines do not show one: many different
 * lines of (almost) one length that go on in the line after them, and hardly any longer line.
 */
export function wrapWidth(lines: readonly SourceLine[]): number | null {
  // Table rows (tabs, bars, runs of spaces) are never wrapped lines; a line repeated word for word (a table's header on every
  // page, the same label line under each task) counts once.
  const seen = new Set<string>();
  const lengths: number[] = [];
  const goesOn: boolean[] = [];
  lines.forEach((line, i) => {
    if (line.text === "") return;
    lengths.push(lengthOf(line));
    const fresh = !seen.has(line.text) && !isRow(line);
    seen.add(line.text);
    const next = lines[i + 1];
    goesOn.push(fresh && next !== undefined && next.text !== "" && !startsOwn(next));
  });
  if (lengths.length < 8) return null;
  const counts = new Map<number, number>();
  lengths.forEach((n, k) => {
    if (goesOn[k]) counts.set(n, (counts.get(n) ?? 0) + 1);
  });
  let best: number | null = null;
  let bestCount = 0;
  for (const [n, c] of counts)
    if (n >= MIN_WIDTH && (c > bestCount || (c === bestCount && best !== null && n > best))) {
      best = n;
      bestCount = c;
    }
  if (best === null) return null;
  const width = best;
  // The wrapped lines: at the width (one more where a copy hangs punctuation past it, one less where it kept a
  // character for the next line); longer lines are the rare exception (a title, a line the copy left whole).
  const near = lengths.filter((n, k) => goesOn[k] && n >= width - 1 && n <= width + 1).length;
  const longer = lengths.filter((n) => n > width + 1).length;
  // A peak, not a crowd: lines a little shorter than the width that the next line goes on from are far fewer
  // (in a wrapped copy, a line shorter than the width ends its paragraph).
  const below = lengths.filter((n, k) => goesOn[k] && n >= width - 7 && n <= width - 2).length;
  // Not a table one cell a line whose task cells happen to share a length: its 序号 cells are bare numbers;
  // nor rows one a line whose cells are set apart by single spaces, each opening with the next number (1 …, 2 …).
  const numbers = lines.filter((l) => bareNumber(l.folded) !== null).length + countedRows(lines);
  // Nor a table one cell a line under a 序号 column left empty: its header, 序号 then column names a line each.
  if (
    lines.some((l, i) => l.folded.replace(/\s+/g, "") === "序号" && columnKind(nextText(lines, i)) !== null)
  )
    return null;
  const peak = near >= Math.max(4, 0.1 * lengths.length) && near >= 2 * below && numbers * 2 < near;
  return peak && longer <= 0.05 * lengths.length ? width : null;
}

/** The folded text of the next filled line after `lines[i]` ("" when none). */
function nextText(lines: readonly SourceLine[], i: number): string {
  for (let k = i + 1; k < lines.length; k++)
    if ((lines[k] as SourceLine).text !== "") return (lines[k] as SourceLine).folded.replace(/\s+/g, "");
  return "";
}

/** How many lines open with a bare number and a space that counts on from the last such line's (1 …, 2 …, 3 …). */
function countedRows(lines: readonly SourceLine[]): number {
  let last = 0;
  let count = 0;
  for (const line of lines) {
    const m = /^(\d{1,4})\s+\S/.exec(line.folded);
    if (m && Number(m[1]) === last + 1) count++;
    if (m) last = Number(m[1]);
  }
  return count;
}
