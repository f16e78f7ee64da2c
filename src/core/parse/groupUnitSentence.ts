/**
 * A sentence after a run of numbered targets that names the unit of all of them at once (4项目标的责任单位均为市发展
 * 改革委。 after targets 1–4; 该目标责任单位为市经委。 after one): each target of the run takes the units as its own
 * labelled bracket, and the sentence itself is no task.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { isUnitLike, splitUnitList } from "./splitUnits";

const CN_COUNT = "一二三四五六七八九十";

/** 4项目标的责任单位均为X / 该项目标责任单位为X / 以上任务的牵头单位为X: how many targets above, and the units. */
const GROUP_UNIT =
  /^(?:(\d{1,2}|[一二三四五六七八九十]{1,2})项|(该|此|本)项?|(上述|以上)(?:\d{1,2}项|[一二三四五六七八九十]{1,2}项)?)(?:目[标標]|任务|指标|工作|事项)?的?(?:责任|牵头)(?:单位|部门)(?:均|都|统一|全部)?(?:为|是)[:]?(.+?)[。.;]?$/;

/** The count a group sentence gives: a figure, a Chinese numeral up to 二十, 1 for 该/此, all for 上述/以上. */
function countOf(m: RegExpExecArray): number {
  if (m[2]) return 1;
  if (m[3]) return Infinity;
  const n = m[1] as string;
  if (/^\d+$/.test(n)) return Number(n);
  if (n.length === 1) return CN_COUNT.indexOf(n) + 1;
  return n.startsWith("十")
    ? 10 + CN_COUNT.indexOf(n[1] as string) + 1
    : (CN_COUNT.indexOf(n[0] as string) + 1) * 10;
}

/** True when a line is a numbered target with no units of its own (no bracket at its end). */
function openTarget(line: SourceLine): boolean {
  return readNumbering(line.folded) !== null && !/[)\]】]\s*[。;.]?$/.test(line.folded);
}

/**
 * The lines with each group sentence's units moved onto the targets it covers (as `(责任单位:X)` after each), the
 * sentence dropped. The targets are the numbered lines of one style right above it with no units yet, the last N
 * of them; a sentence with no open target above, or whose units are not all unit names, is left as it is.
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
    const units = m ? splitUnitList(m[4] as string) : [];
    if (m && open.length > 0 && units.length > 0 && units.every(isUnitLike)) {
      const covered = open.slice(-Math.min(countOf(m), open.length));
      const bracket = `(责任单位:${(m[4] as string).trim()})`;
      for (const k of covered) {
        const t = out[k] as SourceLine;
        const text = t.text.replace(/[;;。]\s*$/, "") + bracket;
        out[k] = { ...t, text, folded: fold(text), raw: text };
      }
      open = [];
      openStyle = undefined;
      continue;
    }
    // The run of targets: numbered lines of one style (a heading of another style above them is no target).
    const style = openTarget(line) ? readNumbering(line.folded)?.style : undefined;
    if (style === undefined) open = [];
    else if (style === openStyle) open.push(out.length);
    else open = [out.length];
    openStyle = style;
    out.push(line);
  }
  return out;
}
