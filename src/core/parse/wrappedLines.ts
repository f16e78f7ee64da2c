/**
 * Lines hard-wrapped at a fixed width (a PDF or Word copy, a page saved as text at 20–40 characters a line):
 * the copy breaks sentences, unit names and brackets wherever the width runs out. Such a document shows it by
 * its line lengths — many lines of (almost) one length and hardly any longer — and each line of that length
 * is joined with the line after it, unless that line starts something of its own (an indented paragraph, a
 * number, a label, a bullet). The width is found in wrapWidth.ts, whether a line goes on in wrapContinues.ts, what a
 * physical line shows (its length, a row, a start of its own) in wrapLines.ts; the lines are joined here.
 */

import type { SourceLine } from "../text/lines";
import { fold } from "../text/fold";
import { mendClosers } from "../text/brackets";
import { stripNoise } from "../text/noise";
import { readNumbering } from "./numbering";
import { continues, depthAfter, runsItemsOn } from "./wrapContinues";
import { wrapWidth } from "./wrapWidth";

export { wrapWidth };

/**
 * Joins the lines of a document hard-wrapped at a fixed width: a line of the width (or one character short of
 * it, when it does not end a sentence) goes on in the next line. Blank lines and lines of other lengths are
 * kept as they are; a joined line keeps the number of its first physical line.
 * @example joinWrapped(lines of "1.推进城东片区改造,完成征收" / "200户。" wrapped at 16) → "1.推进城东片区改造,完成征收200户。"
 */
export function joinWrapped(lines: readonly SourceLine[]): readonly SourceLine[] {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const runsOn = runsItemsOn(lines);
  const out: SourceLine[] = [];
  // The line being built (its pieces, joined once it is whole: a one-line page wrapped at a width is one line of
  // thousands), the last physical line in it, its open brackets, the last number of each style.
  let open: Pieces | null = null;
  let last: SourceLine | null = null;
  let depth = 0;
  const numbers = new Map<string, number>();
  for (const line of lines) {
    if (open && last && line.text !== "" && continues(last, depth, line, width, numbers, runsOn)) {
      // A space the width cut at (…13日前 / 1.员工…: fields set apart by single spaces) stays between the two.
      const gap = /[ \t]$/.test(last.raw) || /^[ \t]/.test(line.raw) ? " " : "";
      open.text.push(gap, line.text);
      open.folded.push(gap, line.folded);
      trimEndOf(open.raw);
      open.raw.push(gap, line.text);
      depth = depthAfter(depth, line.text);
    } else {
      if (open) out.push(mended(whole(open)));
      open = { first: line, text: [line.text], folded: [line.folded], raw: [line.raw] };
      depth = depthAfter(0, line.text);
      const n = readNumbering(line.folded);
      if (n) numbers.set(n.style, n.n);
    }
    last = line;
    if (line.text === "") {
      out.push(line);
      open = null;
    }
  }
  if (open) out.push(mended(whole(open)));
  return out;
}

/** A line being built from physical lines: its first, and the pieces of its text, folded text and raw text. */
interface Pieces {
  readonly first: SourceLine;
  readonly text: string[];
  readonly folded: string[];
  readonly raw: string[];
}

/** The line the pieces make: the first line itself when no other joined it. */
const whole = (p: Pieces): SourceLine =>
  p.text.length === 1
    ? p.first
    : { no: p.first.no, text: p.text.join(""), folded: p.folded.join(""), raw: p.raw.join("") };

/** Takes the white space off the end of what the pieces make (from the last pieces, as far back as it goes). */
function trimEndOf(pieces: string[]): void {
  while (pieces.length > 0) {
    const end = (pieces.pop() as string).trimEnd();
    if (end !== "") {
      pieces.push(end);
      return;
    }
  }
}

/**
 * A joined line cleaned as each physical line is, now that what the width cut in two is whole again: page noise
 * (a site's stamp 下载后 / 可任意编辑) taken out, and a closer of the wrong kind where its own kind follows
 * (…不再列出)] after a [ opened lines before).
 */
function mended(line: SourceLine): SourceLine {
  const clean = (s: string) => mendClosers(stripNoise(s));
  const text = clean(line.text);
  return text === line.text ? line : { ...line, text, folded: fold(text), raw: clean(line.raw) };
}
