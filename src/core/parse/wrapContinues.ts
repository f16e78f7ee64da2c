/** Whether a physical line of a copy hard-wrapped at a width goes on from the line before it (wrappedLines.ts). */

import type { SourceLine } from "../text/lines";
import { isCloser, isOpener } from "../text/fold";
import { readNumbering } from "./numbering";
import { isLabelLine } from "./labels";
import { isBreakdownTitle } from "./docInfo";
import { INDENT, isRow, lengthOf, startsOwn, startsOwnBesides } from "./wrapLines";

// A line ends where a sentence, a list or a bracket could end.
const CLOSING = /[。;;::))\]】〕」』]$/;
// A line that ends a sentence or closes a bracket (a colon or a semicolon may still open a list).
const ENDS_SENTENCE = /[。))\]】〕」』]$/;
// A line that stops on a character a sentence never ends on: the next line goes on with it whatever it starts with.
const RUNS_ON = /[、,,(([【〔第和及与或至到]$/;

// Items run on inside a line: a numbering marker right after a sentence's end (…参加评议。②… / …公里;29.…), a
// bracketed marker glued to a name (…质监站(二)小街巷…), or a unit label glued to a name (…副局长责任部门:…).
const MID_MARK =
  /[。;](?=\s*(?:[\u2460-\u2473]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)))|[。;\u4e00-\u9fff](?=\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)[\u4e00-\u9fff])|[\u4e00-\u9fff](?=(?:牵头|责任|配合|协办)(?:单位|部门|领导):)/g;

/** True when the copy runs items on inside its lines: three such places or more, none at a line's start. */
export function runsItemsOn(lines: readonly SourceLine[]): boolean {
  let count = 0;
  for (const line of lines) {
    MID_MARK.lastIndex = 0;
    for (let m = MID_MARK.exec(line.folded); m; m = MID_MARK.exec(line.folded))
      if (m.index + 1 < line.folded.length - 1 && ++count >= 3) return true;
  }
  return false;
}

/** Bracket depth after `s`, from `depth` (never below zero), so that a long paragraph is walked once. */
export function depthAfter(depth: number, s: string): number {
  let d = depth;
  for (const ch of s) {
    if (isOpener(ch)) d++;
    else if (isCloser(ch) && d > 0) d--;
  }
  return d;
}

// A number of one or two digits at a line's end, set apart from the words before it (a space, a bracket, a stop).
const NUMBER_TAIL = /(?:^|[\s)\]】〕。;,])(\d{1,2})$/;

/**
 * True when the width cut an item's number in two (…区住建局) 2 / 5.建设…, …;3 / 1.新建…, 1 / .厂区…): the digits
 * at the line's end and the start of the next read together as one numbering marker.
 */
function cutNumber(f: string, next: string): boolean {
  const tail = NUMBER_TAIL.exec(f);
  if (!tail || !/^(\d{1,2}[.、]|[.、])(?!\d)/.test(next)) return false;
  const whole = readNumbering(`${tail[1] as string}${next}`);
  return whole !== null && whole.style === "ar";
}

/**
 * True when `line` goes on from the line being built, whose last physical line is `last` and which leaves
 * `depth` brackets open; `numbers` holds the last number of each numbering style so far.
 */
export function continues(
  last: SourceLine,
  depth: number,
  line: SourceLine,
  width: number,
  numbers: ReadonlyMap<string, number>,
  runsOn = false,
): boolean {
  const length = lengthOf(last);
  if (length < width - 1 || length > width + 1) return false;
  const f = last.folded;
  if (isRow(line) || isRow(last)) return false;
  // A title between wrapped lines is a page's running header (a line of its own, shorter than the width).
  if (isBreakdownTitle(line.folded) && lengthOf(line) < width - 1) return false;
  // A bracket left open (a stray '(' before an item) does not carry a line that ends a sentence or a bracket on
  // into the next numbered item.
  if (depth > 0 && ENDS_SENTENCE.test(f) && readNumbering(line.folded) !== null) return false;
  if (RUNS_ON.test(f) || depth > 0) return true;
  if (cutNumber(f, line.folded)) return true;
  // A copy that runs its items on inside its lines (a page that came as one line): a marker or a label the
  // width happened to put at a line's start, after a full line, is no line of its own.
  if (
    runsOn &&
    length >= width - 1 &&
    !INDENT.test(line.raw) &&
    !isRow(line) &&
    !isBreakdownTitle(line.folded)
  )
    return true;
  // A number that does not go on from the last of its style (一、 under 二、), after a line cut mid-sentence, is
  // the sentence's (建立分工明确、权责统 / 一、协调高效的…) — but never after a units line (责任单位:… / 7.开展…): a
  // unit's name does not go on into a number, an item is missing between them.
  const n = readNumbering(line.folded);
  if (n && !CLOSING.test(f) && n.n !== (numbers.get(n.style) ?? 0) + 1 && !startsOwnBesides(line))
    return !isLabelLine(f);
  // A label's name the width cut in two after the space before it (…人民政府 完成 / 时限:2025年6月): one label.
  const word = / ([\u4e00-\u9fff]{1,4})$/.exec(f);
  if (word && length >= width - 1 && isLabelLine(`${word[1] as string}${line.folded}`)) return true;
  if (startsOwn(line)) return false;
  // A line the width ran out on right after a space (…完成时限: / 2025年6月) is a full line too, unless it ends a sentence.
  const full = [...last.raw].length >= width && !ENDS_SENTENCE.test(f);
  return length >= width || full || !CLOSING.test(f);
}
