/**
 * Roles said in the last clauses of a paragraph after a comma or a dash, without 由, a bracket or a full stop before
 * them: 改造危桥6座,县交通局牵头,各乡镇配合。 / 新建农村公路20公里,县交通局负责实施。 / 新建公厕10座——城管局牵头. Every name must end like an
 * organisation, so that 各地要加强配合 or a person (张三负责) is never read so.
 */

import { fold, openDepth } from "../text/fold";
import { readPerson } from "./leader";
import { readRoles, type Roles } from "./roles";
import { endsLikeUnit } from "./unitLike";
import { PERSONS_BY_VERB, PROSE_BY_VERB, PROSE_CO_VERB } from "./vocabulary";

// A clause that gives the work to persons, by given name and 同志, before the clause of its units (由小军同志负责,
// 市A、市B承办 / 请奇帆、家农同志负责,…): the leaders', never the units'.
const PERSONS_BY = new RegExp(
  `^(?:由|请)[\\u4e00-\\u9fff]{2,4}(?:、[\\u4e00-\\u9fff]{2,4})*同志${PERSONS_BY_VERB}$`,
);
const PERSONS_BY_END = new RegExp(`同志${PERSONS_BY_VERB}$`);
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
    if ((/由/.test(before) && !PERSONS_BY.test(before)) || endsLikeUnit(before)) continue;
    const roles = readRoles(text.slice(at + 1, f.length), { bareUnits: false });
    const units = [...roles.leads, ...roles.listed, ...roles.coUnits];
    const clean = roles.matched && roles.rest.length === 0 && roles.leader === null;
    if (clean && roles.leads.length + roles.listed.length > 0 && units.every(endsLikeUnit)) {
      // 由小军同志负责,A、B承办: the persons before the units' clause are the task's leaders.
      const persons = PERSONS_BY.test(before)
        ? readPerson(before.slice(1).replace(PERSONS_BY_END, ""))
        : null;
      best = persons?.name ? { ...roles, leader: persons } : roles;
    }
  }
  return best;
}

// The co-units' verb that may close a 由… sentence instead (由A负责,B配合).
const CO_END = new RegExp(`${PROSE_CO_VERB}$`);
// The verb that closes a 由… sentence: read as 负责.
const BY_VERB = new RegExp(`${PROSE_BY_VERB}$`);

/**
 * A task's last sentence that is nothing but roles, without 由 or a bracket: …建设高标准农田3万亩。县农业农村局牵头,
 * 县财政局、县水利局配合。 Every name it gives must end like an organisation (各地要加强配合 names none). Null otherwise.
 */
export function closingRoleSentence(text: string): Roles | null {
  const f = fold(text).replace(/[\s。.;]+$/, "");
  const at = f.lastIndexOf("。");
  if (at < 0 || openDepth(f.slice(at)) !== 0) return null;
  const roles = readRoles(text.slice(at + 1, f.length), { bareUnits: false });
  const units = [...roles.leads, ...roles.listed, ...roles.coUnits];
  // Names that end like an organisation (…局, 各乡镇), not merely open like a group (各地要加强).
  const unitsOnly = roles.rest.length === 0 && roles.leader === null && units.every(endsLikeUnit);
  return roles.matched && units.length > 0 && unitsOnly ? roles : null;
}

/** True when a text's last sentence says who does it (…,由A负责落实。 / …。A牵头,B配合。). */
export function closesWithRoles(text: string): boolean {
  return closingByClause(text) !== null || (closingRoleSentence(text) ?? closingCommaRoles(text)) !== null;
}

/**
 * The roles of a text's closing 由… sentence (…,由A、B负责落实。), with where its 由 stands; null when the text
 * does not close so or the sentence names no unit.
 * @example closingByClause("由市财政局、农业局负责落实。")?.at === 0
 */
export function closingByClause(text: string): { roles: Roles; at: number } | null {
  const f = fold(text).replace(/[\s。.;]+$/, "");
  const at = f.lastIndexOf("由");
  if (at < 0 || (at > 0 && !/[。,;:\s)]/.test(f[at - 1] as string))) return null;
  const clause = f.slice(at + 1);
  // A 由… clause in an earlier sentence (由A负责。督促和检查…落实): the closing verb is another sentence's.
  if (clause.includes("。")) return null;
  const verb = BY_VERB.exec(clause)?.[0];
  // …,由A负责,B、C配合。: the sentence closes on the co-units' verb; it must then name a lead and nothing else.
  const coEnd = !verb && CO_END.test(clause);
  if (!verb && !coEnd) return null;
  // The clause as written (fold keeps lengths), its closing verb read as 负责.
  const original = verb
    ? `${text.slice(at + 1, at + 1 + clause.length - verb.length)}负责`
    : text.slice(at + 1, at + 1 + clause.length);
  const roles = readRoles(original, { bareUnits: false });
  if (roles.leads.length + roles.listed.length + roles.coUnits.length === 0) return null;
  if (coEnd && (roles.leads.length + roles.listed.length === 0 || roles.rest.length > 0)) return null;
  return { roles, at };
}
