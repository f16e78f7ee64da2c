/**
 * A speech naming who leads a work item and who helps: `会议明确,由县住建局牵头,县财政局配合,加快…` / `市发改委牵头、市财政局
 * 参与,抓紧…` / `由区城管局负责,…` — the lead's names and verb (牵头, 负责, 牵头负责), perhaps the helpers' names and
 * theirs (配合, 协助, 参与, 协办), then the work after a comma: a task the lead leads, the helpers its co-units. Read in
 * the clauses of a retold speech only (namedDemand.ts), the lead a named office (never a group, people or the office
 * checking the work), the work no bare exhortation. A matter handed to a unit (会议决定,…问题交由县住建局牵头办理 / …由市
 * 发改委承办: HANDED_TO) is a task the unit leads, the clause from its start its words.
 */

import { fold, splitTopLevel } from "../../text/fold";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { HANDED_TO, LED_CLAUSE } from "../vocabulary";
import { namedFirst, workItem } from "./demandParts";
import type { Demand } from "./namedDemand";

// A speech's or a meeting's verb opening the clause (会议决定, / 会议研究, / 李某强调,): passed over in a handed matter's words.
const SETTLED = /^[^,;。:]{0,12}(?:指出|强调|要求|明确|决定|议定|确定|研究)[,:,:]\s*/;

// How many comma pieces of a clause may stand before the lead (the speaker, a framing clause).
const MAX_PIECES = 4;

/** Unit names, all ending like units; null otherwise. */
function unitsOf(names: string | undefined): string[] | null {
  if (names === undefined) return [];
  const units = splitUnitList(names.trim());
  return units.length > 0 && units.every((u) => endsLikeUnit(u)) ? units : null;
}

/** The lead and helpers a clause names for its work item, and where the task's words start; null otherwise. */
export function ledAt(clause: string): Demand | null {
  const f = fold(clause);
  let at = 0;
  for (const piece of splitTopLevel(f, ",:").slice(0, MAX_PIECES)) {
    const m = LED_CLAUSE.exec(f.slice(at));
    if (m) {
      const lead = m[2] as string;
      const leads = unitsOf(clause.slice(at + (m[1]?.length ?? 0), at + (m[1]?.length ?? 0) + lead.length));
      const co = unitsOf(
        m[3] === undefined
          ? undefined
          : clause.slice(at + m[0].indexOf(m[3]), at + m[0].indexOf(m[3]) + m[3].length),
      );
      if (leads && co && namedFirst(leads) && workItem(f.slice(at + m[0].length)))
        return { units: leads, at, allLead: false, co };
    }
    at += piece.length + 1;
  }
  const handed = HANDED_TO.exec(f);
  const to = handed
    ? unitsOf(
        clause
          .slice(handed.index + handed[0].indexOf(handed[1] as string))
          .slice(0, (handed[1] as string).length),
      )
    : null;
  if (!to || !namedFirst(to)) return null;
  // The words start after a meeting's settled point (会议决定,…), at the matter handed.
  const frame = SETTLED.exec(f);
  return {
    units: to,
    at: frame && frame.index + frame[0].length <= (handed as RegExpExecArray).index ? frame[0].length : 0,
    allLead: false,
    co: [],
  };
}
