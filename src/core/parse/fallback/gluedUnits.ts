/** Unit names run together in a table whose cell borders were lost (教育局经开区各街道): where each one ends. */

import { isUnitLike, endsLikeUnit } from "../unitLike";

// Words a task's text starts with: never the start of a unit's name.
const TASK_START =
  /^(推进|推动|完成|实施|开展|建设|新建|新增|改造|提升|加强|加快|落实|优化|深化|启动|组织|支持|建成|打造|实现|促进|提供|开工|全面|持续|做好|抓好|对|为|在)/;
/** A bare organ with no place of its own (管委会, 人民政府): a unit only after a place. */
export const BARE_ORGAN = /^(管委会|人民政府|政府|党工委|办公室|委员会|办事处)$/;
// Ends of names after which a further name may start (教育局|经开区).
const STRONG_END = /(局|委|办|厅|院|中心|公司|街道|镇|乡|区|县|市|部|所|站|队)$/;

/**
 * Unit names run together from `p` (教育局经开区高新园(邹区镇)各街道), split where each ends like an organisation:
 * the cheapest split, names of 3 to 6 characters preferred, a bare organ (管委会) only after a place. `listed`:
 * the cell may also set names off by 、 , ; (市住建委团风县、英山县人民政府) — never inside brackets.
 */
export function splitGlued(
  body: string,
  p: number,
  known: ReadonlySet<string>,
  endsWell: (end: number) => boolean,
  listed = false,
): { names: string[]; end: number; cost: number } | null {
  // The run of characters that may belong to names: no digits or sentence punctuation.
  const m = (listed ? /^[^\d。:!?“”"]{2,240}/u : /^[^\d。,;:!?、“”"]{2,80}/u).exec(body.slice(p));
  if (!m) return null;
  const run = m[0];
  const separator = separators(run, listed);
  const best: Array<{ cost: number; names: string[] } | null> = new Array(run.length + 1).fill(null);
  best[0] = { cost: 0, names: [] };
  for (let i = 0; i < run.length; i++) {
    const from = best[i];
    if (!from) continue;
    if (separator[i]) {
      if (from.names.length > 0 && (!best[i + 1] || (best[i + 1] as { cost: number }).cost > from.cost))
        best[i + 1] = from;
      continue;
    }
    for (let j = i + 2; j <= Math.min(run.length, i + 14); j++) {
      if (separator[j - 1]) break;
      let name = run.slice(i, j);
      let end = j;
      // An alias in brackets after a name belongs to it: 高新园(邹区镇).
      const alias = /^\([^()]{1,10}\)/.exec(run.slice(j));
      if (alias) {
        name += alias[0];
        end = j + alias[0].length;
      }
      // In a list, a bare organ after a bracket is the end of the name before it (各县(市、区)人民政府).
      if (listed && BARE_ORGAN.test(name) && from.names[from.names.length - 1]?.endsWith(")")) continue;
      const cost = nameCost(name, from.names.length === 0, known);
      if (cost === null) continue;
      const total = from.cost + cost;
      if (!best[end] || (best[end] as { cost: number }).cost > total)
        best[end] = { cost: total, names: [...from.names, name] };
    }
  }
  // The longest run read as names whose rest starts a new row, a content row or the end.
  for (let end = run.length; end >= 2; end--) {
    const b = best[end];
    if (!b || b.names.length === 0 || !endsWell(p + end)) continue;
    return { names: b.names, end: p + end, cost: b.cost / b.names.length };
  }
  return null;
}

/** Which characters of the run set names off: 、 , ; outside brackets, when the cell is a list. */
function separators(run: string, listed: boolean): boolean[] {
  let depth = 0;
  return run.split("").map((ch) => {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    return listed && depth === 0 && /[、,;]/.test(ch);
  });
}

/** What one name costs in a split (null: not a name). */
export function nameCost(name: string, first: boolean, known: ReadonlySet<string>): number | null {
  if (known.has(name)) return 0.5;
  if (!isUnitLike(name) || !endsLikeUnit(name) || TASK_START.test(name) || name.length < 3 || !balanced(name))
    return null;
  if (BARE_ORGAN.test(name) && first) return null;
  // A group (各部门) is named after its place only (市直各相关单位); after other words it ends a clause
  // (将任务分解到各部门).
  const each = name.indexOf("各");
  if (each > 0 && !/(省|市|州|县|区|旗|镇|乡|直|级)$/.test(name.slice(0, each))) return null;
  // A name never runs on into a task's words (轨道公司|推进大庙弄…).
  for (let k = 2; k < name.length - 1; k++)
    if (STRONG_END.test(name.slice(0, k)) && TASK_START.test(name.slice(k))) return null;
  let cost = 1 + (name.length > 6 ? (name.length - 6) * 0.5 : 0);
  if (BARE_ORGAN.test(name)) cost += 2;
  // Two names run into one (教育局|经开区, 育局|各街道): dearer than the two apart.
  for (let k = 2; k <= name.length - 2; k++)
    if (STRONG_END.test(name.slice(0, k)) && isUnitLike(name.slice(k)) && !BARE_ORGAN.test(name.slice(k))) {
      cost += 1.5;
      break;
    }
  return cost;
}

/** True when the name's brackets close: 高新园(邹区镇), never 高新园(邹区. */
function balanced(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}
