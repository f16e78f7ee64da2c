/**
 * Items run together on one line, as a copy that lost its line breaks gives them: a numbered item whose next item
 * follows a sentence's end on the same line (1.新建….责任单位:A。2.改造…), and unnumbered paragraphs each closed by a
 * bracket of unit names (…学位360个。(县教育局)改造…。(县住建局)). Each is cut onto a line of its own.
 */

import { openDepth } from "../text/fold";
import { cutLine, type SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { namesRoles } from "./roles";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import { LABEL_AT, labelKind } from "./labels";

// A sentence's end, then a numbering marker: 。2. / ;3、 / 。(4) / 。五、; before a circled number (②) any stop or
// comma, or none: the circled numbers are a list's own marks.
const END_THEN_MARK =
  /[。;]\s*(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\))|[。;,、]?\s*(?=[\u2460-\u2473])/g;
// A sentence's end, a bracket, then more words: 。(县教育局)改造… (round, square, lenticular or tortoise-shell).
const END_BRACKET_WORDS =
  /[。;]\s*(?:\(([^()]{2,80})\)|\[([^[\]]{2,80})\]|【([^【】]{2,80})】|〔([^〔〕]{2,80})〕)(?=\s*[^\s。;,、)\]】〕])/g;

// A numbering marker glued to the word before it, no sentence end between: …责任部门:市政科、质监站(二)加强….
const GLUED_MARK =
  /(?<=[\u4e00-\u9fff)])(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\))/g;

/** True when `before` ends in the value of a unit label that is a list of unit names only (责任部门:A、B站). */
export function endsInUnitsValue(before: string): boolean {
  let value: string | null = null;
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(before); m; m = LABEL_AT.exec(before)) {
    const unit = /^(lead|co|list)$/.test(labelKind(m[1] as string));
    value = unit ? before.slice(m.index + m[0].length) : null;
  }
  if (value === null || openDepth(value) > 0) return false;
  const names = splitUnitList(value);
  return names.length > 0 && names.every(endsLikeUnit);
}

/** Where the next items start: after a sentence's end, or glued right after a unit label's list of names. */
function markPlaces(f: string): number[] {
  const at: number[] = [];
  END_THEN_MARK.lastIndex = 0;
  for (let m = END_THEN_MARK.exec(f); m; m = END_THEN_MARK.exec(f)) {
    at.push(m.index + m[0].length);
    if (m[0] === "") END_THEN_MARK.lastIndex++;
  }
  GLUED_MARK.lastIndex = 0;
  for (let m = GLUED_MARK.exec(f); m; m = GLUED_MARK.exec(f)) {
    if (endsInUnitsValue(f.slice(0, m.index))) at.push(m.index);
    GLUED_MARK.lastIndex++;
  }
  return at.sort((a, b) => a - b);
}

/**
 * A numbered line cut before each next item of its own numbering that follows a sentence's end on it, or the
 * names of a unit label (责任部门:A、B站(二)…), outside brackets: 1.… 。2.… 。3.…. Numbers must go on one by one in the line's own style; other lines stay whole.
 * @example splitRunOnItems(line("1.建园。责任单位:A。2.修路。")).map((l) => l.text) → ["1.建园。责任单位:A。", "2.修路。"]
 */
export function splitRunOnItems(line: SourceLine): SourceLine[] {
  const f = line.folded;
  const first = readNumbering(f);
  if (!first || /[\t|]/.test(line.raw)) return [line];
  const cuts: number[] = [];
  let n = first.n;
  for (const at of markPlaces(f)) {
    const mark = readNumbering(f.slice(at));
    if (!mark || mark.style !== first.style || mark.n !== n + 1 || openDepth(f.slice(0, at)) > 0) continue;
    if (f.slice(at + mark.length).trim().length < 2) continue;
    cuts.push(at);
    n++;
  }
  return cutLine(line, cuts);
}

/**
 * A line cut after each bracket of unit names only (or of roles) that a sentence's end comes before and more
 * words after, when the words after end in such a bracket too: paragraphs run together, each closed by its units.
 * @example splitAfterUnitBrackets(line("建园。(县教育局)修路。(县住建局)")).map((l) => l.text)
 *   → ["建园。(县教育局)", "修路。(县住建局)"]
 */
export function splitAfterUnitBrackets(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (/[\t|]/.test(line.raw)) return [line];
  const found: number[] = [];
  END_BRACKET_WORDS.lastIndex = 0;
  for (let m = END_BRACKET_WORDS.exec(f); m; m = END_BRACKET_WORDS.exec(f)) {
    const inside = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    const names = splitUnitList(inside);
    if (namesRoles(inside) || (names.length > 0 && names.every(endsLikeUnit)))
      found.push(m.index + m[0].length);
  }
  // Cut only where the run after the bracket is itself closed by one (else the bracket is inside a sentence).
  const end = f.replace(/[。;.\s]+$/, "");
  const closedAtEnd = /[)\]】〕]$/.test(end);
  return cutLine(line, closedAtEnd ? found : found.slice(0, -1));
}

// A heading (一、… / 一.… / (一)…) whose short title has no sentence end, then spaces and an item numbered 1. or 1、.
const HEADING_THEN_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))[^。;:!?]{2,40}?[^\d\s]\s+(?=\d{1,3}[.、](?!\d))/;

/**
 * A heading whose first item follows it on the same line after spaces, as a copy that lost the line break gives
 * it (一、持续推进学习 1.推动…): cut before the item. A title that ends in a number (一、2023年 1.) is not cut.
 * @example splitHeadingItem(line("一、强化学习 1.推动学习。")).map((l) => l.text) → ["一、强化学习", "1.推动学习。"]
 */
export function splitHeadingItem(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (/[\t|]/.test(line.raw)) return [line];
  const m = HEADING_THEN_ITEM.exec(f);
  if (!m || openDepth(m[0]) > 0) return [line];
  const mark = readNumbering(f.slice(m[0].length));
  if (!mark || f.slice(m[0].length + mark.length).trim().length < 4) return [line];
  return cutLine(line, [m[0].length]);
}
