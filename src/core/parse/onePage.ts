/**
 * A page whose whole text came as one very long line (a document-sharing site's copy, a PDF that lost its line
 * breaks), with nothing but a sentence's end between its parts: `…制订本方案。一、指导思想…。二、目标任务…`, and
 * member units' duties run together (`…职责如下:县环保局。负责…。县交通局、公路局。负责…`). The line is cut where the
 * markers show that a part starts, so that the outline reads it as the lines it was written in.
 */

import { cutLine, type SourceLine } from "../text/lines";
import { isCloser, isOpener } from "../text/fold";
import { readNumbering, type NumStyle } from "./numbering";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import { endsInUnitsValue } from "./splitRunOnItems";
import { LABEL_AT, labelKind } from "./labels";
import { endsWithRoleBracket } from "./node";
import { isDeadline } from "./deadline";
import { DUTY_VERB } from "./dutyParagraphs";

/** How far back from a glued marker its heading or a label's unit names may start. */
const MAX_GLUED = 400;
/** The longest title (or titles run together) a page's first marker may be glued to. */
const TITLE_LENGTH = 80;
/** A line at least this long may be a whole page. */
const PAGE_LENGTH = 200;
// A numbering marker (一、 (一) 1. 1、 (1)) at the place tried.
const MARK =
  /\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\))/y;
// Unit names (up to five, set apart by 、), a full stop, colon or comma, then their duties: 县交通局、公路局。负责…, 旅游部门,指导….
const DUTY = new RegExp(
  `\\s*([^\\s,。;:()、]{2,20}(?:、[^\\s,。;:()、]{2,20}){0,4})[。:,]\\s*(?=${DUTY_VERB})`,
  "y",
);
// Or unit names with their duty verb right after them, no separator (建设部门负责…, 县财政局、县税务局负责…): the
// shortest names before the verb.
const DUTY_GLUED = new RegExp(
  `\\s*([^\\s,。;:()、]{2,20}?(?:、[^\\s,。;:()、]{2,20}?){0,4})(?=(?:${DUTY_VERB})(?!的))`,
  "y",
);
// What ends a sentence or opens a list, in folded text.
const ENDS = "。;!?:";

/** A table row: tabs, or a bar between cells (a bar only at the line's ends closes one cell: a page in one cell). */
const isRowLike = (raw: string): boolean =>
  /\t/.test(raw) || /[|\uff5c]/.test(raw.replace(/^\s*[|\uff5c]\s*|\s*[|\uff5c]\s*$/g, ""));

/** Styles a part's heading (一、) starts over: the markers under it count from 1 again. */
const UNDER: readonly NumStyle[] = ["pcn", "ar", "par", "arp"];

/**
 * The line cut before each numbering marker that follows a sentence's end outside brackets and goes on from the
 * last of its style (or starts one at 1), and before each unit's duties (`县农委。负责…`) that follow a sentence's end,
 * when the line is a page long and has two or more such places of a kind. Other lines are returned as they are.
 * @example splitOnePage(line("方案。一、指导思想…。二、目标任务…(200 characters)")).map((l) => l.text)
 *   → ["方案。", "一、指导思想…。", "二、目标任务…"]
 */
export function splitOnePage(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (f.length < PAGE_LENGTH || isRowLike(line.raw)) return [line];
  const marks: number[] = [];
  const duties: number[] = [];
  const last = new Map<NumStyle, number>();
  let depth = 0;
  // Where the last sentence ended (after 。;!?) and where any stop or colon was last.
  let stop = 0;
  let end = 0;
  for (let i = 1; i < f.length; i++) {
    const before = f[i - 1] as string;
    if (isOpener(before)) depth++;
    else if (isCloser(before) && depth > 0) depth--;
    if (depth > 0) continue;
    // A space before a marker sets it apart (…主要措施。 一、稳定增长 (一)促进消费。).
    const spaced = /\s/.test(before) && !/\s/.test(f[i] as string);
    const ends = ENDS.includes(before);
    if (ends) end = i;
    if (ends && before !== ":") stop = i;
    const mark = markAt(f, i);
    const next = mark && (mark.n === 1 || mark.n === (last.get(mark.style) ?? 0) + 1);
    const restart = mark !== null && last.has(mark.style) && mark.n === 1;
    const glued =
      next && !ends && !spaced && !/[0-9A-Za-z.]/.test(before)
        ? gluedCuts(line.text, f, i, {
            stop,
            end,
            cut: marks.at(-1) ?? -1,
            restart,
            first: mark.n === 1 && marks.length === 0,
          })
        : [];
    // After a space any marker starts a part, in order or not (a page that opens on its sixth part: 六、).
    if (mark && (spaced || (next && (ends || glued.length > 0)))) {
      last.set(mark.style, mark.n);
      if (mark.style === "cn") for (const s of UNDER) last.delete(s);
      marks.push(...glued, i);
    } else if (ends && dutyAt(line.text, f, i)) duties.push(i);
  }
  // Two places of a kind show a page run together; beside two duties, one marker is enough.
  const paged = marks.length >= 2 || (marks.length === 1 && duties.length >= 2);
  const cuts = [...(paged ? marks : []), ...(duties.length >= 2 ? duties : [])];
  return cutLine(
    line,
    [...new Set(cuts)].sort((a, b) => a - b),
  );
}

/**
 * Where to cut before a marker glued to the words before it (at `at`, no stop between), or none: after a short
 * heading that follows a sentence's end (…工作。实施专项整治工作(一)…: before the heading too), after a unit label's
 * names (…责任部门:建工科、质监站(二)…), or — for a marker that starts its numbers again (a new section) — after the
 * last whole unit's name of a label's value that the next section's heading is glued to (…责任部门:园林局配合做好
 * 专项整治工作(一)…: after 园林局 too).
 */
function gluedCuts(
  text: string,
  f: string,
  at: number,
  where: { stop: number; end: number; cut: number; restart: boolean; first: boolean },
): number[] {
  const { stop, end, cut, restart, first } = where;
  // 一、经济发展1.推进…: a numbered heading's short title, cut at the sentence's end, with its first item glued on.
  if (cut >= stop && at - cut <= 24 && !/[。;!?:,]/.test(f.slice(cut, at))) return [at];
  // …职责分解一、县城区办事处(一)…: the page's first marker (numbered 1) glued to its title, no sentence before it.
  if (first && stop === 0 && at <= TITLE_LENGTH && !/[。;!?:,]/.test(f.slice(0, at))) return [at];
  // …完成投资500亿元(牵头单位:A,配合单位:B)2、新开工…: the bracket of roles that closes the item before.
  if (isCloser(f[at - 1] as string) && endsWithRoleBracket(f.slice(Math.max(stop, at - MAX_GLUED), at)))
    return [at];
  // A sentence this long has no heading or label's names glued before the marker (and the page is read in one pass).
  if (at - stop > MAX_GLUED) return [];
  const run = f.slice(stop, at);
  if (end === stop && run.length >= 2 && run.length <= 16 && !/[,、()\s]/.test(run)) return [stop];
  const from = stop;
  if (endsInUnitsValue(f.slice(from, at))) return [at];
  // …完成时限:2023年12月底(二)…: a deadline label's date.
  const deadline = lastLabelValue(f.slice(from, at), /^deadline$/);
  if (deadline !== null && isDeadline(deadline)) return [at];
  if (!restart) return [];
  const value = lastLabelValue(f.slice(from, at), /^(lead|co|list)$/);
  if (value === null) return [];
  const item = value.slice(value.lastIndexOf("、") + 1);
  for (let k = 2; k <= item.length - 4; k++)
    if (endsLikeUnit(text.slice(at - item.length, at - item.length + k))) return [at - item.length + k];
  return [];
}

/** The value after the last label in `f` when that label's kind matches `kinds` (责任部门:园林局配合做好…), or null. */
function lastLabelValue(f: string, kinds: RegExp): string | null {
  let value: string | null = null;
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(f); m; m = LABEL_AT.exec(f))
    value = kinds.test(labelKind(m[1] as string)) ? f.slice(m.index + m[0].length) : null;
  return value;
}

/** The numbering marker at `at` in folded text `f`, or null. */
function markAt(f: string, at: number): { style: NumStyle; n: number } | null {
  // Inside a number (the 一、 of 十一、, the 1. of 51.) no marker starts.
  if (/[\d一二三四五六七八九十百]/.test(f[at - 1] ?? "") && /[\d一二三四五六七八九十]/.test(f[at] ?? ""))
    return null;
  MARK.lastIndex = at;
  const m = MARK.exec(f);
  if (!m) return null;
  const n = readNumbering(m[0].trim() + "x");
  return n && !n.doubtful ? { style: n.style, n: n.n } : null;
}

/** True when a unit's duties start at `at`: names that all end like organisations, a stop, then 负责…. */
function dutyAt(text: string, f: string, at: number): boolean {
  DUTY.lastIndex = at;
  DUTY_GLUED.lastIndex = at;
  const m = DUTY.exec(f) ?? DUTY_GLUED.exec(f);
  if (!m) return false;
  const names = splitUnitList(text.slice(at, at + m[0].length).replace(/[。:：,，]\s*$/, ""));
  return names.length > 0 && names.every(endsLikeUnit);
}
