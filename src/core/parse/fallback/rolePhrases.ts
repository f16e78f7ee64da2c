/**
 * A paragraph that hands out the roles of one piece of work in phrases `X为…单位`: `许晓雄副市长为责任市领导,…,新会区为
 * 牵头单位,市发展改革局为统筹单位,配合单位为市科技局、市商务局…。` / `州交通运输局为该议案办理工作的牵头责任单位,负责…。
 * 州发改委、…、恩施市政府为协办单位,…` — the body named as 牵头(责任)单位 leads, those named as 统筹, 协办, 配合, 协助 or
 * 参与 单位 (or listed after `配合单位为`) are its co-units in the paragraph's order; a leader named as 责任(市)领导 is the
 * task's leader. The paragraph is one task. Not read: a convention (列第一位的为牵头单位, 排名第一位为牵头单位, 责任单位中
 * 逗号前的单位为牵头单位: no body named, ROLE_PHRASE_CONVENTION), a group (各牵头单位), a body the paragraph only says leads with no name before 为.
 */

import type { SourceLine } from "../../text/lines";
import { isCollective } from "../splitUnits";
import { emptyRoles } from "../roles";
import { readPerson } from "../leader";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import {
  ROLE_PHRASE_CO,
  ROLE_PHRASE_CO_LIST,
  ROLE_PHRASE_CONVENTION,
  ROLE_PHRASE_LEAD,
  ROLE_PHRASE_LEADER,
} from "../vocabulary";

/** The names of a phrase when every one is a named body (no group, no convention); null otherwise. */
function named(text: string): string[] | null {
  const units = splitUnitList(text);
  const body = (u: string) => endsLikeUnit(u) && !isCollective(u) && !ROLE_PHRASE_CONVENTION.test(u);
  return units.length > 0 && units.every(body) ? units : null;
}

/** The names a pattern's first group gives in a text, with where they stand, as written. */
function phrases(line: SourceLine, pattern: RegExp): { at: number; units: string[] }[] {
  const out: { at: number; units: string[] }[] = [];
  for (const m of line.folded.matchAll(pattern)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const units = named(line.text.slice(at, at + (m[1] as string).length));
    if (units) out.push({ at, units });
  }
  return out;
}

/**
 * Reads each paragraph naming a 牵头单位 in a `X为…牵头单位` phrase as one task, numbered 1, 2, 3 in order.
 * @example readRolePhrases(lines("新会区为牵头单位,配合单位为市科技局、市商务局。")).map((t) => [t.leads, t.coUnits])
 *   → [[["新会区"], ["市科技局", "市商务局"]]]
 */
export function readRolePhrases(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (!line.folded.includes("牵头")) continue;
    const leads = phrases(line, ROLE_PHRASE_LEAD);
    if (leads.length !== 1) continue;
    const co = [...phrases(line, ROLE_PHRASE_CO), ...phrases(line, ROLE_PHRASE_CO_LIST)].sort(
      (a, b) => a.at - b.at,
    );
    const roles = emptyRoles();
    roles.leads.push(...(leads[0] as { units: string[] }).units);
    for (const c of co) for (const u of c.units) if (!roles.coUnits.includes(u)) roles.coUnits.push(u);
    roles.matched = true;
    const leaderAt = ROLE_PHRASE_LEADER.exec(line.folded);
    const leader = leaderAt ? readPerson(leaderAt[1] as string) : null;
    out.push(
      rolesTask(String(out.length + 1), line.text.trim(), [roles], {
        line: line.no,
        end: line.no,
        deadline: null,
        leader: leader?.name ? leader : null,
      }),
    );
  }
  return out;
}
