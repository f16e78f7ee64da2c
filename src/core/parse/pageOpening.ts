/**
 * An excerpt that opens inside a task (a forum's copy of one page of a PDF, a page of a longer notice): its first
 * lines are the end of a task whose number and first words were on the page before, cut into short pieces at the
 * PDF's line ends — `6 条河流治理;` / `2020 年底前,上述` / `6 条河流综合整治工程完工. (牵头单位:A;协办单位:B)`. The
 * pieces are joined into one line, so that the task is read with all the words the page has of it.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isBreakdownTitle } from "./docInfo";
import { isLabelLine } from "./labels";
import { endsWithRoleBracket } from "./node";
import { readNumbering } from "./numbering";

/** How many pieces may come before the one that closes the task. */
const MAX_PIECES = 4;
/** A piece is a PDF line's worth of words, no longer. */
const MAX_PIECE = 40;

// A line above the first piece that is no part of it: an annex's mark, or a short line of digits and dashes only.
const ABOVE_PIECES = /^\s*(附件\s*\d{0,2}\s*:?|[\d\-–—.:/\s]{1,12})\s*$/;

/** True when a line may be a piece of a sentence cut at a line's end: unnumbered, no label, no sentence's end. */
function isPiece(line: SourceLine): boolean {
  const f = line.folded;
  return (
    f.length <= MAX_PIECE &&
    readNumbering(f) === null &&
    !isLabelLine(f) &&
    !isBreakdownTitle(f) &&
    !/[。.!?)\]】〕]$/.test(f)
  );
}

/**
 * The lines with the document's first pieces (up to four short lines that end no sentence, the first ending in a
 * clause's mark , ; 、) joined with the line after them when that line ends in a bracket that names roles; blank
 * lines between them are dropped. Other documents are returned as they are.
 * @example joinPageOpening(lines "6 条河流治理;" / "" / "2020 年底前,上述" / "" / "6 条河流综合整治工程完工.(牵头单位:A)")
 *   → ["6 条河流治理;2020 年底前,上述6 条河流综合整治工程完工.(牵头单位:A)"]
 */
export function joinPageOpening(lines: readonly SourceLine[]): readonly SourceLine[] {
  const kept: number[] = [];
  for (let k = 0; k < lines.length && kept.length <= MAX_PIECES; k++) {
    const line = lines[k] as SourceLine;
    if (line.text === "") continue;
    // Before the first piece: an annex's mark (附件1), a remnant with no words (-31: a date the width cut off).
    if (kept.length === 0 && ABOVE_PIECES.test(line.folded)) continue;
    if (kept.length === 0 && !/[,;、]$/.test(line.folded)) return lines;
    if (kept.length > 0 && endsWithRoleBracket(line.text)) return joined(lines, [...kept, k]);
    if (!isPiece(line)) return lines;
    kept.push(k);
  }
  return lines;
}

/** The lines with those at `at` (ascending) made one, at the first's place; the blank lines between them dropped. */
function joined(lines: readonly SourceLine[], at: readonly number[]): readonly SourceLine[] {
  const first = lines[at[0] as number] as SourceLine;
  const last = at[at.length - 1] as number;
  const text = at.map((k) => (lines[k] as SourceLine).text).join("");
  return [{ no: first.no, text, folded: fold(text), raw: text }, ...lines.slice(last + 1)];
}
