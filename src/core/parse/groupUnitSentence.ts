/**
 * A sentence after a run of numbered targets that names the unit of all of them at once (4项目标的责任单位均为市发展
 * 改革委。 after targets 1–4; 该目标责任单位为市经委。 after one): each target of the run takes the units as its own
 * labelled bracket, and the sentence itself is no task.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { chineseNumber, readNumbering } from "./numbering";
import { isUnitLike, splitUnitList } from "./splitUnits";

/**
 * 4项目标的责任单位均为X / 该项目标责任单位为X / 以上2项任务的牵头单位为X / 上述目标的责任单位为X: the count of targets
 * above (group 1, or 该/此/本 in group 2 for one, 上述/以上 alone in group 3 for the whole run), the label's role
 * (group 4: 责任 or 牵头) and the units (group 5).
 */
const GROUP_UNIT =
  /^(?:(?:上述|以上)?(\d{1,2}|[一二两三四五六七八九十]{1,3})项|(该|此|本)项?|(上述|以上))(?:目[标標]|任务|指标|工作|事项)?的?(责任|牵头)(?:单位|部门)(?:均|都|统一|全部)?(?:为|是):?(.+?)[。.;]?$/;

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
    const m = GROUP_UNIT.exec(line.folded.replace(/\s+/g, ""));
    const units = m ? splitUnitList(m[5] as string) : [];
    const count = m ? countOf(m) : 0;
    if (m && open.length > 0 && count > 0 && units.length > 0 && units.every(isUnitLike)) {
      const bracket = `(${m[4] as string}单位:${(m[5] as string).trim()})`;
      for (const k of open.slice(-Math.min(count, open.length))) {
        const t = out[k] as SourceLine;
        const text = t.text + bracket;
        out[k] = { ...t, text, folded: fold(text), raw: t.raw.trimEnd() + bracket };
      }
      open = [];
      openStyle = undefined;
      continue;
    }
    // The run of targets: numbered lines of one style (a heading of another style above them is no target).
    const style = openTarget(line) ? readNumbering(line.folded.trim())?.style : undefined;
    if (style === undefined) open = [];
    else if (style === openStyle) open.push(out.length);
    else open = [out.length];
    openStyle = style;
    out.push(line);
  }
  return out;
}
