/**
 * Lines hard-wrapped at a fixed width (a PDF or Word copy, a page saved as text at 20–40 characters a line):
 * the copy breaks sentences, unit names and brackets wherever the width runs out. Such a document shows it by
 * its line lengths — many lines of (almost) one length and hardly any longer — and each line of that length
 * is joined with the line after it, unless that line starts something of its own (an indented paragraph, a
 * number, a label, a bullet).
 */

import type { SourceLine } from "../text/lines";
import { fold, isCloser, isOpener } from "../text/fold";
import { mendClosers } from "../text/brackets";
import { stripNoise } from "../text/noise";
import { bareNumber, readNumbering } from "./numbering";
import { bareLabelKind, isLabelLine } from "./labels";
import { columnKind } from "./tableHeader";
import { BULLET } from "./classify";
import { isBreakdownTitle } from "./docInfo";

/** A physical line's length as the copy measured it: with its indent and page noise, without trailing spaces. */
const lengthOf = (line: SourceLine): number => line.width ?? [...line.raw.replace(/\s+$/, "")].length;

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

/** A table row: cells set apart by tabs, bars or two runs of spaces or more (never a wrapped line of prose). */
const isRow = (line: SourceLine): boolean => /[\t|]|\S {2,}\S+ {2,}\S/.test(line.raw);

// A line ends where a sentence, a list or a bracket could end.
const CLOSING = /[。;;::))\]】〕」』]$/;
// A line that ends a sentence or closes a bracket (a colon or a semicolon may still open a list).
const ENDS_SENTENCE = /[。))\]】〕」』]$/;
// A line that stops on a character a sentence never ends on: the next line goes on with it whatever it starts with.
const RUNS_ON = /[、,,(([【〔第和及与或至到]$/;

// A paragraph's first-line indent: a copy's wrapped lines start flush left, a new paragraph is indented.
const INDENT = /^(?:\u3000|[ \u00a0]{2,}|\t)/;

// A field numbered with a bare number and a space (02 责任领导:…, 03 牵头单位:…): the number is the field's.
const FIELD_NUMBER = /^\d{1,3}\s+/;

// 分别牵头 / 共同负责 after a units list: the list's role, never a label of its own.
const SHARED_ROLE = /^(?:分别|共同|联合|各自)(?:牵头|负责|配合|参与|落实)/;

/**
 * True when `next` starts something of its own: an indented paragraph, a numbered line, a label (also alone on
 * its line, or a record's or column's name), a bullet, a table row, a title.
 */
function startsOwn(next: SourceLine): boolean {
  return readNumbering(next.folded) !== null || startsOwnBesides(next);
}

/** startsOwn but for a number: an indented paragraph, a label, a bullet, a table row, a title. */
function startsOwnBesides(next: SourceLine): boolean {
  const f = next.folded;
  return (
    INDENT.test(next.raw) ||
    isLabelLine(f) ||
    isLabelLine(f.replace(FIELD_NUMBER, "")) ||
    (bareLabelKind(f) !== null && f.trim().length >= 4 && !SHARED_ROLE.test(f)) ||
    (f.length <= 6 && columnKind(f) === "task") ||
    BULLET.test(f) ||
    isRow(next) ||
    isBreakdownTitle(f)
  );
}

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

// Items run on inside a line: a numbering marker right after a sentence's end (…参加评议。②… / …公里;29.…), a
// bracketed marker glued to a name (…质监站(二)小街巷…), or a unit label glued to a name (…副局长责任部门:…).
const MID_MARK =
  /[。;](?=\s*(?:[\u2460-\u2473]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)))|[。;\u4e00-\u9fff](?=\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)[\u4e00-\u9fff])|[\u4e00-\u9fff](?=(?:牵头|责任|配合|协办)(?:单位|部门|领导):)/g;

/** True when the copy runs items on inside its lines: three such places or more, none at a line's start. */
function runsItemsOn(lines: readonly SourceLine[]): boolean {
  let count = 0;
  for (const line of lines) {
    MID_MARK.lastIndex = 0;
    for (let m = MID_MARK.exec(line.folded); m; m = MID_MARK.exec(line.folded))
      if (m.index + 1 < line.folded.length - 1 && ++count >= 3) return true;
  }
  return false;
}

/** Bracket depth after `s`, from `depth` (never below zero), so that a long paragraph is walked once. */
function depthAfter(depth: number, s: string): number {
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
function continues(
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
