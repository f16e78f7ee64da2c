/**
 * One sentence that names the lead for a whole list, and the numbered items after it: 厦门市市政园林局牵头主办的
 * 为民办实事项目如下: / 以下事项由县发改委牵头: / 下列工作由区住建局负责,区财政局配合:. Every item after it that names no
 * units of its own takes that lead (and co-units); the items may stand on lines of their own or run together on
 * the sentence's line after its colon, set apart by ; or 。 (…如下:28.新建…;29.改造…;43.打造…。), numbered as in
 * a longer list (28, 29, 43: rising, not one by one).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { readNumbering } from "../numbering";
import { emptyRoles, type Roles } from "../roles";
import { isUnitLike, splitUnitList } from "../unitLike";
import { itemRoles, proseSentence } from "./proseRoles";
import { proseTask, type ProseTask } from "./proseItems";

// The lead before the list: …,A牵头(主办)的…如下: / A牵头的工作(3项) (the unit is the clause's subject).
const SUBJECT_LEADS =
  /(?:^|[,;。:])\s*(?:由)?([^,;。:由]{2,40}?)(?:牵头|负责)(?:主办|承办|实施|落实|办理|推进)?的[^,;。:]{0,30}?(?:(?:如下|有|包括|为)\s*:?|:|(?:工作|任务|项目|事项)(?:\(共?[\d一二三四五六七八九十]{1,3}(?:项|件|个)\))?:?)\s*$/;
// The list said first, the lead after: 以下事项由A牵头: / 下列工作由A负责,B配合:.
const LIST_BY =
  /(?:^|[,;。:])\s*(?:以下|下列|如下)[^,;。:由]{0,20}?(由[^。:]{2,80}?(?:牵头|负责|主办|承办)[^。:]{0,40}?)\s*:?\s*$/;
// A numbering marker after a sentence's end or the colon: ;29. / 。3、 / :1. / ;(2) / ;② / ;二是.
const MARK_AFTER =
  /[:;。]\s*(?=\d{1,3}[.、](?!\d)|\(\d{1,3}\)|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}是)/g;

/** The roles a sentence before a list names for all its items, or null. */
function leadOfList(sentence: string): Roles | null {
  const f = fold(sentence);
  const by = LIST_BY.exec(f);
  if (by) {
    const at = by.index + by[0].indexOf(by[1] as string);
    const read = proseSentence(sentence.slice(at, at + (by[1] as string).length));
    if (read && read.leads.length + read.listed.length > 0) return read;
  }
  const m = SUBJECT_LEADS.exec(f);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] as string);
  const units = splitUnitList(sentence.slice(at, at + (m[1] as string).length));
  if (units.length === 0 || !units.every(isUnitLike)) return null;
  const roles = emptyRoles();
  for (const u of units) roles.leads.push(u);
  roles.matched = true;
  return roles;
}

/**
 * The sentence of a line before its run-on list and the list's items, cut where a number greater than the one
 * before follows the colon or an item's end: "…如下:28.甲;29.乙" → ["…如下:", "28.甲;", "29.乙"]. A line that
 * starts with an item of the list (`from`, its number; `style`, its numbering) is cut after its items' ends in
 * that style: "31.甲;43.乙" → ["31.甲;", "43.乙"].
 */
function cutList(text: string, from = -1, style = ""): string[] {
  const f = fold(text);
  const cuts: number[] = [];
  let last = from;
  MARK_AFTER.lastIndex = 0;
  for (let m = MARK_AFTER.exec(f); m; m = MARK_AFTER.exec(f)) {
    const at = m.index + m[0].length;
    const mark = readNumbering(f.slice(at));
    if (!mark || mark.style === "cn" || mark.style === "pcn" || mark.n <= last) continue;
    if (style && mark.style !== style) continue;
    // The first item follows the colon that ends the lead sentence.
    if (cuts.length === 0 && from < 0 && f[m.index] !== ":") continue;
    cuts.push(at);
    last = mark.n;
  }
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(start, cut).trim();
    if (piece) pieces.push(piece);
    start = cut;
  }
  return pieces;
}

/** A numbered item's task: its own roles if it names any, else the list's. */
function itemTask(text: string, line: number, list: Roles): ProseTask | null {
  const num = readNumbering(fold(text));
  if (!num || num.style === "cn" || num.style === "pcn") return null;
  const body = text.slice(num.length).trim().replace(/[;;]$/, "");
  const own = itemRoles(body);
  return proseTask(String(num.n), own.text, own.roles.length > 0 ? own.roles : [list], {
    line,
    end: line,
    deadline: null,
  });
}

/**
 * Reads each numbered list that a sentence naming its lead opens (on the same line after its colon, or on the
 * lines below until an unnumbered line): one task per item, with the list's roles unless it names its own.
 * @example readLeadLists(lines("以下事项由县住建局牵头:\n1.改造小区。\n2.新建公厕。")).map((t) => t.leads)
 *   → [["县住建局"], ["县住建局"]]
 */
export function readLeadLists(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let list: Roles | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const own = readNumbering(line.folded);
    const pieces = own ? (list ? cutList(line.text, own.n, own.style) : [line.text]) : cutList(line.text);
    const head = pieces[0] as string;
    if (!readNumbering(fold(head))) {
      list = leadOfList(head);
      if (!list) continue;
    }
    if (!list) continue;
    for (const piece of pieces) {
      if (!readNumbering(fold(piece))) continue;
      const task = itemTask(piece, line.no, list);
      if (task) out.push(task);
    }
  }
  return out;
}
