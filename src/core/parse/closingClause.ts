/**
 * Roles said in the last clauses of a paragraph after a comma or a dash, without 由, a bracket or a full stop before
 * them: 改造危桥6座,县交通局牵头,各乡镇配合。 / 新建农村公路20公里,县交通局负责实施。 / 新建公厕10座——城管局牵头. Every name must end like an
 * organisation, so that 各地要加强配合 or a person (张三负责) is never read so.
 */

import { fold, openDepth } from "../text/fold";
import { readRoles, type Roles } from "./roles";
import { endsLikeUnit } from "./splitUnits";

// How many clauses from the end are tried (A牵头,B、C配合 is two).
const MAX_CLAUSES = 3;

/**
 * The roles of the longest run of closing clauses (after a comma, outside brackets) that is nothing but roles with
 * a lead; null when there is none.
 * @example closingCommaRoles("改造危桥6座,县交通局牵头,各乡镇配合。")?.leads → ["县交通局"]
 */
export function closingCommaRoles(text: string): Roles | null {
  const f = fold(text).replace(/[\s。.;]+$/, "");
  const commas: number[] = [];
  for (let i = f.length - 1; i > 0 && commas.length < MAX_CLAUSES; i--)
    if ((f[i] === "," || (f[i] === "—" && f[i - 1] === "—")) && openDepth(f.slice(i)) === 0) commas.push(i);
  let best: Roles | null = null;
  for (const at of commas) {
    // Words of a task before the clauses.
    if (at < 4 || /[。]/.test(f.slice(at))) break;
    // A list that runs on across the comma (由A,B、C牵头 / A,B牵头): the names before it belong to the clause.
    const before = f
      .slice(Math.max(f.lastIndexOf("。", at), f.lastIndexOf(",", at - 1)) + 1, at)
      .replace(/—+$/, "");
    if (/由/.test(before) || endsLikeUnit(before)) continue;
    const roles = readRoles(text.slice(at + 1, f.length), { bareUnits: false });
    const units = [...roles.leads, ...roles.listed, ...roles.coUnits];
    const clean = roles.matched && roles.rest.length === 0 && roles.leader === null;
    if (clean && roles.leads.length + roles.listed.length > 0 && units.every(endsLikeUnit)) best = roles;
  }
  return best;
}
