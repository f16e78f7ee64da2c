/**
 * A unit bracket that closes a task and, on the same line, the next heading or numbered item after it
 * (…(县财政局)二、… / …〔市教育局〕3.… / …【A牵头】(二)…), as copies that lost a line break give them: the line
 * is cut after the bracket, so that the bracket closes its task and the heading starts a line of its own. A
 * closing sentence of roles with no bracket (…。各科室负责。二、… / …。A牵头,B配合。3.…) is cut after the same way.
 */

import { isCloser, isOpener } from "../text/fold";
import { cutLine, type SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { isUnitBracket } from "./outlineItems";
import { namesRoles } from "./roles";

// A closing bracket (with perhaps the sentence's end after it), then a numbering marker: 一、 (一) 1. 1、 (1).
const CLOSE_THEN_MARK =
  /[)\]】〕][。;.]?\s*(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\))/g;

// A sentence's end, then a numbering marker: 。二、 / 。(二) / 。3. .
const STOP_THEN_MARK =
  /[。;]\s*(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\))/g;
/** How far back a closing sentence of roles may start. */
const MAX_ROLE_SENTENCE = 120;
// A role verb that closes a sentence of roles (县财政局负责 / A牵头,B配合).
const ROLE_VERB_END = /(负责|牵头|配合|参与|协办|主办|落实|负责落实|牵头负责)$/;

/** Where the bracket that closes at `close` opens in a folded text, or -1. */
function openerOf(folded: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = folded[i] as string;
    if (/[)\]】〕]/.test(c)) depth++;
    else if (/[([【〔]/.test(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * The line cut after each unit bracket that the next heading or numbered item follows on the same line;
 * other lines (and table rows, whose cells hold such text) are returned as they are.
 * @example splitBracketHeading(line("2.改造学校。〔县教育局〕二、卫生")).map((l) => l.text)
 *   → ["2.改造学校。〔县教育局〕", "二、卫生"]
 */
export function splitBracketHeading(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (/[\t|]/.test(line.raw)) return [line];
  const cuts: number[] = [];
  CLOSE_THEN_MARK.lastIndex = 0;
  for (let m = CLOSE_THEN_MARK.exec(f); m; m = CLOSE_THEN_MARK.exec(f)) {
    const at = m.index + m[0].length;
    const open = openerOf(f, m.index);
    const mark = readNumbering(f.slice(at));
    // The bracket is not the line's start (a task before it), and words follow the marker. A bracket that
    // starts the line closes the task above when it names roles with a label or verb (〔牵头单位:A〕 二、…): a
    // bare one there may be the units a units-first item opens with.
    if (open < 0 || !mark || f.slice(at + mark.length).trim().length < 2) continue;
    const inside = line.text.slice(open + 1, m.index);
    if (open === 0 ? namesRoles(inside) : isUnitBracket(inside)) cuts.push(at);
  }
  return cutLine(
    line,
    [...cuts, ...roleSentenceCuts(f)].sort((a, b) => a - b),
  );
}

/**
 * Where the next heading or item starts after a closing sentence of roles (…。各科室负责。二、…): the sentence
 * between the last stop and this one names roles and ends in a role verb; not the line's first sentence.
 */
function roleSentenceCuts(f: string): number[] {
  const cuts: number[] = [];
  let depth = 0;
  let pos = 0;
  STOP_THEN_MARK.lastIndex = 0;
  for (let m = STOP_THEN_MARK.exec(f); m; m = STOP_THEN_MARK.exec(f)) {
    for (; pos < m.index; pos++) {
      const ch = f[pos] as string;
      if (isOpener(ch)) depth++;
      else if (isCloser(ch) && depth > 0) depth--;
    }
    const at = m.index + m[0].length;
    const mark = readNumbering(f.slice(at));
    // The sentence before: from the last stop within reach (a role sentence is short), never the line's first.
    const window = f.slice(Math.max(0, m.index - MAX_ROLE_SENTENCE), m.index);
    const stop = Math.max(window.lastIndexOf("。"), window.lastIndexOf(";"));
    const sentence = window.slice(stop + 1).trim();
    if (
      stop >= 0 &&
      depth === 0 &&
      mark &&
      f.slice(at + mark.length).trim().length >= 2 &&
      ROLE_VERB_END.test(sentence) &&
      namesRoles(sentence)
    )
      cuts.push(at);
  }
  return cuts;
}
