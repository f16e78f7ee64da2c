/** Merging what several lines or brackets said about one task into its leads and co-units. */

import { fold } from "../text/fold";
import { pushAll } from "./arrays";
import type { Roles } from "./roles";
import { LEAD_STAR, LEAD_STAR_AFTER } from "./vocabulary";

/**
 * Merges what several lines or brackets said about one task into leads and co-units: named leads win;
 * otherwise the first listed unit leads (列第一位者为牵头单位). Units already present are not repeated.
 */
export function resolveRoles(all: readonly Roles[]): { leads: string[]; coUnits: string[] } {
  const leads: string[] = [];
  const co: string[] = [];
  // 区教育局(牵头): a unit marked as the lead leads wherever it is listed, and the marker is not its name.
  for (const r of all) pushAll(leads, r.leads.map(unmark), r.coUnits.filter(isMarked).map(unmark));
  // 共同责任单位: beside a lead named anywhere (a label, a mark, a first listed unit) they help; alone they all lead.
  const joint = all.flatMap((r) => r.joint ?? []);
  const jointLead = leads.length === 0 && all.every((r) => r.listed.length === 0);
  if (jointLead) pushAll(leads, joint);
  for (const r of all) {
    if (r.listed.some(isMarked)) {
      for (const u of r.listed) (isMarked(u) ? leads : co).push(unmark(u));
    }
  }
  for (const r of all) {
    if (r.listed.length === 0 || r.listed.some(isMarked)) continue;
    if (leads.length === 0) {
      leads.push(r.listed[0] as string);
      pushAll(co, r.listed.slice(1));
    } else {
      pushAll(co, r.listed);
    }
  }
  if (!jointLead) pushAll(co, joint);
  for (const r of all)
    pushAll(
      co,
      r.coUnits.filter((u) => !isMarked(u)),
    );
  const seen = new Set(leads);
  const coUnits: string[] = [];
  for (const u of co) {
    if (seen.has(u)) continue;
    seen.add(u);
    coUnits.push(u);
  }
  return { leads: unique(leads), coUnits };
}

/**
 * Fills a label that says 同上 (配合单位:同上) with the units the task above had in that role: its leads for a lead
 * label, its co-units for a co-unit label, all of them for a plain list.
 * @example fillSameAsAbove([{ ...emptyRoles(), leads: ["市人社局"], sameAsAbove: ["co"] }], { leads: ["市教育局"], coUnits: ["市财政局"] })
 *   → [{ …, leads: ["市人社局"], coUnits: ["市财政局"] }]
 */
export function fillSameAsAbove(
  all: readonly Roles[],
  above: { readonly leads: readonly string[]; readonly coUnits: readonly string[] } | null,
): Roles[] {
  return all.map((r) => {
    if (!r.sameAsAbove || r.sameAsAbove.length === 0 || !above) return r;
    const filled: Roles = { ...r, leads: [...r.leads], coUnits: [...r.coUnits], listed: [...r.listed] };
    for (const kind of r.sameAsAbove) {
      if (kind === "lead") pushAll(filled.leads, above.leads);
      else if (kind === "co") pushAll(filled.coUnits, above.coUnits);
      else pushAll(filled.listed, above.leads, above.coUnits);
    }
    return filled;
  });
}

/**
 * The marker some documents put after the lead unit: 区教育局(牵头), 市体育局(牵头单位), 市委办(主办), 省财政厅主办; or a
 * star, an asterisk or a triangle before or after its name, in any list of units (▲人社局,各部门 / 农业农村局,粮食局★).
 */
const LEAD_MARK = /\s*(?:\((?:牵头|主办|主责)(?:单位|部门)?\)|主办)$/;
const isMarked = (unit: string): boolean =>
  LEAD_MARK.test(fold(unit)) || LEAD_STAR.test(unit.trim()) || LEAD_STAR_AFTER.test(unit.trim());
function unmark(unit: string): string {
  const bare = unit.trim().replace(LEAD_STAR, "").replace(LEAD_STAR_AFTER, "");
  const at = fold(bare).search(LEAD_MARK);
  return at < 0 ? (bare === unit.trim() ? unit : bare) : bare.slice(0, at);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
