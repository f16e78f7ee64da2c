/**
 * A task a bureau's own departments only help with, its sentence naming the body they help: `配合区执法局做好…`,
 * `协助县交通局、县公安局开展…` under `配合部门:城建科`. The body helped leads (the first of several; the others
 * help too), as `A牵头,B配合` says; the task's own units are its co-units.
 */

import { fold } from "../text/fold";
import { emptyRoles, type Roles } from "./rolesData";
import { endsLikeUnit, splitUnitList } from "./unitLike";

// 配合/协助, the bodies helped, then the work: 做好, 开展, 抓好 ….
const ASSISTED = /^(?:配合|协助)([^,。;:()]{2,40}?)(?=做好|开展|抓好|搞好|完成|推进|落实|实施|进行)/;

/**
 * The task's roles with the bodies its sentence says it helps put first as its listed units, when the roles name
 * co-units but no lead; otherwise the roles as they are.
 * @example assistedRoles("配合区执法局做好保洁", [{ …, coUnits: ["区园林局"] }]) → [{ …, listed: ["区执法局"] }, { …, coUnits: ["区园林局"] }]
 */
export function assistedRoles(text: string, roles: readonly Roles[]): readonly Roles[] {
  const lead = roles.some((r) => r.leads.length + r.listed.length + (r.joint?.length ?? 0) > 0);
  if (lead || !roles.some((r) => r.coUnits.length > 0)) return roles;
  const m = ASSISTED.exec(fold(text));
  if (!m) return roles;
  const names = splitUnitList(text.slice(2, 2 + (m[1] as string).length));
  if (names.length === 0 || !names.every(endsLikeUnit)) return roles;
  return [{ ...emptyRoles(), listed: names, matched: true }, ...roles];
}
