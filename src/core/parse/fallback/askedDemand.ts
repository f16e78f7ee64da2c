/**
 * A speech asking a named unit for work: `蓝某…,要求自治区政府办公厅和有关部门认真汇总梳理,…` / `会议要求,市交通局加快…` /
 * `希望县住建局再接再厉,…` / `请市发改委会同市财政局研究…` / `会议责成区城管局…` — the asking verb (要求, 希望, 请, 责成; or
 * 会议要求, / 会议明确, before the names), the names of the units asked, ended where their work opens (加快, 做好, 会同 …:
 * WORK_OPENER), perhaps the units helping them (会同B), then the work. The first named office leads; the helpers are
 * co-units. Not read: a group or people asked (要求各部门…, 请各位政协委员…), a demand the unit follows (按照上级要求,A…),
 * a bare exhortation (要求A高度重视), the asking verb inside another word (申请, 邀请, 请示), a party's own request (施工单位要求市政府…), and a wish for several places (希望
 * 崇左市、防城港市…: a visiting leader's general call on the places he visits).
 */

import { fold } from "../../text/fold";
import { AREA_WITH_LEVEL } from "../dutyWords";
import {
  ASK_AFTER_REFERENCE,
  ASKED_WITH,
  ASKING_VERB,
  NAMED_DUTY,
  PARTY_ASKING,
  WORK_OPENER,
} from "../vocabulary";
import { namedFirst, namesBefore, workItem } from "./demandParts";
import type { Demand } from "./namedDemand";

/**
 * 要求 opening a clause, perhaps after 并 / 还 / 也 (…予以肯定,并要求向阳社区…), not the noun (将相关要求落到实处): a speech's
 * demand, as namedDemand.ts finds a speech.
 */
export const ASKED = /(?:^|[,,])\s*(?:并|还|也|同时)?要求(?![,:,:如])/;

const ASKING_START = new RegExp(`^(?:${ASKING_VERB.source})`);

/** The named offices a speech asks to do a work item in a clause, and where the task's words start; null otherwise. */
export function askedAt(clause: string): Demand | null {
  const f = fold(clause);
  for (const m of f.matchAll(new RegExp(ASKING_VERB.source, "g"))) {
    const index = m.index as number;
    // A party's own request (施工单位要求市政府…,并要求政府…): its clause asks nothing of an office, whatever follows.
    if (PARTY_ASKING.test(f.slice(0, index))) return null;
    if (ASK_AFTER_REFERENCE.test(f.slice(0, index))) continue;
    const from = index + m[0].length;
    // A meeting's demand that goes on to its own asking verb (会议要求,责成A…): the names follow that one.
    if (ASKING_START.test(f.slice(from))) continue;
    const names = namesBefore(clause.slice(from), WORK_OPENER);
    if (!names) continue;
    // Another party asked first (要求施工单位要…,同时要求A要负责…): the next asking verb may name an office.
    if (!namedFirst(names.units)) continue;
    // A visiting leader's wish for the places he visits is a general call (希望崇左市、防城港市…努力实现今年目标), no task.
    // A wish for one body alone (希望琅琊区在新的一年里要…, 希望鞍钢进一步…) is its work, as 要求A… is.
    if (
      /^希望/.test(m[0]) &&
      names.units.length > 1 &&
      names.units.some((u) => AREA_WITH_LEVEL.test(fold(u)))
    )
      return null;
    let after = clause.slice(from + names.length);
    // The units helping the one asked (请A会同B研究…).
    const withWord = ASKED_WITH.exec(fold(after));
    const helpers = withWord ? namesBefore(after.slice(withWord[0].length), WORK_OPENER) : null;
    if (withWord && helpers) after = after.slice(withWord[0].length + helpers.length);
    if (!workItem(fold(after))) return null;
    // The task's words keep a leader's 要求 and a 希望 opening its clause (要求A…认真汇总梳理, 希望A进一步…: the names alone
    // are no sentence's start); a request or a charge (请A…, 责成A…) and a meeting's 会议要求, start at the names, the unit as the work's
    // subject, as does a unit asked and then given its own 要 or duty (同时要求A要负责督促…: a sentence of its own).
    // A 希望 run on after 并/还 (…予以肯定并希望A加快…) is the praise's sentence: its words start at the names.
    const wish = /^希望$/.test(m[0]) && /(?:^|[,。:;!?\s])$/.test(f.slice(0, index));
    const keep = (/^要求$/.test(m[0]) || wish) && !NAMED_DUTY.test(fold(after));
    return { units: names.units, at: keep ? index : from, allLead: false, co: helpers?.units ?? [] };
  }
  return null;
}
