/**
 * A sentence after a run of numbered targets that names the unit of all of them at once (4项目标的责任单位均为市发展
 * 改革委。 after targets 1–4; 该目标责任单位为市经委。 after one): each target of the run takes the units as its own
 * labelled bracket, and the sentence itself is no task.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { chineseNumber, readNumbering } from "./numbering";
import { namesRoles } from "./roles";
import { isUnitLike, splitUnitList } from "./unitLike";

/**
 * 4项目标的责任单位均为X / 该项目标责任单位为X / 以上2项任务的牵头单位为X / 上述目标的责任单位为X: the count of targets
 * above (group 1, or 该/此/本 in group 2 for one, 上述/以上 alone in group 3 for the whole run), the label's role
 * (group 4: 责任 or 牵头) and the units (group 5).
 */
const GROUP_UNIT =
  /^(?:(?:上述|以上)?(\d{1,2}|[一二两三四五六七八九十]{1,3})项|(该|此|本)项?|(上述|以上))(?:目[标標]|任务|指标|工作|事项)?的?(责任|牵头)(?:单位|部门)(?:均|都|统一|全部)?(?:为|是):?(.+?)[。.;]?$/;

/**
 * The wider family, after any numbering or none (以上由A牵头,B配合 / (以上工作由A负责) / 上述2项任务牵头单位:A;配合单位:B /
 * 前述指标均由A负责): 上述/以上/前述 (group 1), a count (group 2), what they are, and the roles (group 3), read as a unit
 * bracket of the targets would be.
 */
const GROUP_ROLES =
  /^[([【〔]?(上述|以上|前述)(?:(\d{1,2}|[一二两三四五六七八九十]{1,3})项)?(?:目[标標]|任务|指标|工作|事项|项目|内容)*的?(?:均|都|统一|全部)?(.+?)[)\]】〕]?[。.;]?[)\]】〕]?$/;
/** A role label written with 为/是 instead of a colon (牵头单位均为A). */
const LABEL_AS = /^((?:责任|牵头|主责|配合|协办)(?:单位|部门))(?:均|都)?(?:为|是)/;
/** A sentence that names the units of points one by one (第1项由A负责,第2项由B负责; (1)A负责): no group. */
const OWN_POINTS = /第[\d一二三四五六七八九十]+[项条]|[((]\d{1,2}[))]|[①-⑳]/;

/** The roles a wider group sentence gives (as a bracket's inside) and how many targets it covers, or null. */
function groupRoles(folded: string): { inside: string; count: number } | null {
  const m = GROUP_ROLES.exec(folded);
  if (!m) return null;
  const inside = (m[3] as string).replace(LABEL_AS, "$1:");
  if (OWN_POINTS.test(inside) || !namesRoles(inside)) return null;
  const n = m[2];
  const count = !n ? Infinity : /^\d+$/.test(n) ? Number(n) : (chineseNumber(n.replace(/两/g, "二")) ?? 0);
  return { inside, count };
}

/** The style of a run of unnumbered targets. */
const PLAIN = "plain";

/** A weight at a target's end ((分值:5分), (10分)): no units, the target is still open. */
const SCORE = /[([](?:分值[::]?)?\d+(?:\.\d+)?分[)\]]\s*[。;.]?$/;

/** How many targets a group sentence covers: its count, 1 for 该/此/本, the whole run for 上述/以上; 0 if none. */
function countOf(m: RegExpExecArray): number {
  if (m[2]) return 1;
  if (m[3]) return Infinity;
  const n = m[1] as string;
  return /^\d+$/.test(n) ? Number(n) : (chineseNumber(n.replace(/两/g, "二")) ?? 0);
}

/** True when a line is a numbered target with no units of its own (no bracket at its end but a weight). */
function openTarget(line: SourceLine): boolean {
  const f = line.folded.trim();
  return readNumbering(f) !== null && (!/[)\]】]\s*[。;.]?$/.test(f) || SCORE.test(f));
}

/**
 * The lines with each group sentence's units moved onto the targets it covers (as `(责任单位:X)` or `(牵头单位:X)`
 * after each, as the sentence labels them), the sentence dropped. The targets are the numbered lines of one style
 * right above it with no units yet, the last N of them; a sentence with no open target above, a count of none, or
 * words that are not all unit names is left as it is.
 */
export function spreadGroupUnits(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let open: number[] = [];
  let openStyle: string | undefined;
  for (const line of lines) {
    if (line.text === "") {
      out.push(line);
      continue;
    }
    const squeezed = line.folded.replace(/\s+/g, "");
    const m = GROUP_UNIT.exec(squeezed);
    const units = m ? splitUnitList(m[5] as string) : [];
    const wide = m || open.length === 0 ? null : groupRoles(squeezed);
    const count = m ? countOf(m) : (wide?.count ?? 0);
    if ((wide || (m && units.length > 0 && units.every(isUnitLike))) && open.length > 0 && count > 0) {
      const bracket = m ? `(${m[4] as string}单位:${(m[5] as string).trim()})` : `(${wide?.inside ?? ""})`;
      for (const k of open.slice(-Math.min(count, open.length))) {
        const t = out[k] as SourceLine;
        const text = t.text + bracket;
        out[k] = { ...t, text, folded: fold(text), raw: t.raw.trimEnd() + bracket };
      }
      open = [];
      openStyle = undefined;
      continue;
    }
    // A long target wrapped onto the next line (no stop before the break): the bracket goes after its last line.
    const f = line.folded.trim();
    const numbered = readNumbering(f) !== null;
    const last = open.at(-1);
    const lastText =
      last === out.length - 1 && last !== undefined ? (out[last] as SourceLine).folded.trim() : "";
    if (!numbered && lastText.length >= 20 && !/[。;.!?:)\]】]$/.test(lastText)) {
      open[open.length - 1] = out.length;
      out.push(line);
      continue;
    }
    // The run of targets: numbered lines of one style (a heading of another style above them is no target), or
    // unnumbered lines right under a short numbered heading (二、社会事业 / 新建幼儿园2所; / 改造学校5所;).
    const plain = !numbered && !/[)\]】:]$/.test(f.replace(/[。;.]$/, "")) && f.length <= 80;
    const underHeading =
      openStyle === PLAIN || (last === out.length - 1 && lastText.length > 0 && lastText.length <= 20);
    const style = openTarget(line) ? readNumbering(f)?.style : plain && underHeading ? PLAIN : undefined;
    if (style === undefined) open = [];
    else if (style === openStyle) open.push(out.length);
    else open = [out.length];
    openStyle = style;
    out.push(line);
  }
  return out;
}
