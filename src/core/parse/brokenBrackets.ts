/**
 * A unit bracket broken over lines, as a forum's or a PDF's copy breaks it, often with blank lines between the
 * pieces: `…工程完工. (牵头单位:区环保水务局;` / `` / `协办单位:区土地整备局、石 岩街道办) 23.编制…`. The pieces are
 * joined again into the line the bracket opened on, so that the bracket is read with its task.
 */

import { fold, isCloser, isOpener } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { isBreakdownTitle } from "./docInfo";
import { namesRoles } from "./roles";

/** How many lines with words a broken bracket may run over after the line it opens on. */
const MAX_PIECES = 2;
/** How many blank lines may stand between two pieces (a copy may double a forum's one blank line into three). */
const MAX_BLANKS = 4;

/** Where the last bracket left open at the end of `f` opens, or -1 when every bracket closes. */
function lastOpenAt(f: string): number {
  const open: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const ch = f[i] as string;
    if (isOpener(ch)) open.push(i);
    else if (isCloser(ch)) open.pop();
  }
  return open.length === 1 ? (open[0] as number) : -1;
}

/** Where the bracket left open before `piece` (at `depth`) closes in it (the index after the closer), or -1. */
function closesIn(piece: string, depth: number): number {
  let d = depth;
  for (let i = 0; i < piece.length; i++) {
    const ch = piece[i] as string;
    if (isOpener(ch)) d++;
    else if (isCloser(ch) && --d === 0) return i + 1;
  }
  return -1;
}

/** A line whose text is `a` followed by `b`, numbered as `a`. */
function joined(a: SourceLine, b: SourceLine): SourceLine {
  const text = a.text + b.text;
  return { no: a.no, text, folded: fold(text), raw: text };
}

/**
 * The lines with each unit bracket left open at a line's end joined with the lines that close it (up to two,
 * blank lines between them dropped), when what the bracket holds, joined, names roles (a label or a role verb)
 * and no piece opens a numbered item or is the document's title again. Other lines are returned as they are.
 * @example joinBrokenBrackets(lines "建园。(牵头单位:A;" / "" / "协办单位:B)") → ["建园。(牵头单位:A;协办单位:B)"]
 */
export function joinBrokenBrackets(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let whole = lines[i] as SourceLine;
    // The last piece joined may open the next broken bracket (…各街道办) 23.编制…(牵头单位:A;): go on from it.
    for (let last = whole; ;) {
      const open = last.text === "" ? -1 : lastOpenAt(last.folded);
      const end = open < 0 ? -1 : closingLine(lines, i, last.folded.slice(open + 1));
      if (end < 0) break;
      for (let k = i + 1; k <= end; k++)
        if ((lines[k] as SourceLine).text !== "") whole = joined(whole, lines[k] as SourceLine);
      i = end;
      last = lines[end] as SourceLine;
    }
    out.push(whole);
  }
  return out;
}

/**
 * The index of the line after `from` where a bracket opened with `inside` so far closes, when the pieces qualify
 * (see joinBrokenBrackets), or -1.
 */
function closingLine(lines: readonly SourceLine[], from: number, inside: string): number {
  let held = inside;
  let blanks = 0;
  let pieces = 0;
  for (let k = from + 1; k < lines.length; k++) {
    const next = lines[k] as SourceLine;
    if (next.text === "") {
      if (++blanks > MAX_BLANKS) return -1;
      continue;
    }
    blanks = 0;
    // A page's running header (the title again) between the pieces: left to the stages that know it.
    if (++pieces > MAX_PIECES || readNumbering(next.folded) !== null || isBreakdownTitle(next.folded))
      return -1;
    const close = closesIn(next.folded, 1);
    if (close < 0) {
      held += next.folded;
      continue;
    }
    return namesRoles(held + next.folded.slice(0, close - 1)) ? k : -1;
  }
  return -1;
}
