/**
 * A role clause whose verb the parser does not know (a reworded copy: 省发改委牵头卖力, 县住建局卖力), read from where a
 * verb stands; split from prose.ts, which reads the clauses whose verbs it knows.
 */

import { fold } from "../text/fold";
import type { Roles } from "./roles";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import { addUnits } from "./prose";
import { PROSE_CO_VERB, PROSE_LEAD_VERB, PROSE_ROLE_OPENER, PROSE_SHARED_VERB } from "./vocabulary";

// A known role word right before a verb the parser does not know (A牵头卖力, A、B按职责分工卖力, B配合做好): the
// role word says the role.
const LEAD_BEFORE = /(?:牵头|主办|主责)$/;
const CO_BEFORE = /(?:配合|协同|协助|协办|参与)$/;
const SHARED_BEFORE = /(?:按照?职责分工|按职责|按职能分工|分工|共同|分别|具体)$/;
// Words that are a figure or a level, not a verb (市区两级, 各县三年): never read as a role verb.
const KNOWN_VERB_END = new RegExp(`(?:${PROSE_LEAD_VERB}|${PROSE_CO_VERB}|${PROSE_SHARED_VERB})$`);
// The ends of an office's name, not a place's (区, 县, 村): a bare clause with a verb not known names offices.
const OFFICE_END =
  /(局|委|办|办公室|厅|部|部门|单位|署|中心|政府|公司|集团|管委会|委员会|院|所|站|队|社|处|科|股|室|专班|小组|工作组|工会|妇联|团委|科协|残联|银行|分行|支行)$/;
// Nor are words that say what a name covers (县级以上医院覆盖, 公立医院除外).
const NOT_VERB =
  /[\d一二三四五六七八九十两级个项年月日等]|覆盖|达标|为主|除外|在内|试点|优先|以上|以下|为准|适用/;

/**
 * Reads a role clause whose verb the parser does not know, from the place a verb stands (a reworded copy:
 * 卖力 for 负责): unit names, then a known role word and one or two more characters (省发改委牵头卖力 — leads;
 * A、B按职责分工卖力 — shared, the first leads), or, where a bare bracket of units may stand (`bare`), unit names and
 * two characters (县住建局卖力) — names of offices, not places (棚户区改造), unless the clause stands `beside` others
 * that name roles (海东市卖力,兰州市配合). Every name must end like an organisation, and the names with the word must
 * not (各乡镇街道 is one group). False when the clause is not so.
 */
export function readUnknownVerb(clause: string, roles: Roles, bare: boolean, beside = false): boolean {
  // A space between two names separates them, as in a list: names are cut from the clause as written.
  const plain = clause.trim().replace(/\s+/g, " ");
  const f = fold(plain.replace(/ /g, ""));
  const at = plain.split("").flatMap((c, i) => (c === " " ? [] : [i]));
  const written = (from: number, to: number): string =>
    to > from ? plain.slice(at[from], (at[to - 1] as number) + 1) : "";
  // A known verb (此项工作由A牵头 is the generic reader's) or a sentence's opener: not this rule's.
  if (KNOWN_VERB_END.test(f) || (PROSE_ROLE_OPENER.exec(f)?.[0].length ?? 0) > 1) return false;
  for (const length of [2, 1]) {
    const verb = f.slice(-length);
    if (f.length <= length + 2 || !/^[\u4e00-\u9fff]+$/.test(verb) || NOT_VERB.test(verb)) continue;
    const before = f.slice(0, -length);
    const mark = LEAD_BEFORE.exec(before) ?? CO_BEFORE.exec(before) ?? SHARED_BEFORE.exec(before) ?? null;
    if (!mark && !(bare && length === 2)) continue;
    const end = before.length - (mark ? mark[0].length : 0);
    const start = before.startsWith("由") ? 1 : 0;
    const names = splitUnitList(written(start, end));
    const last = splitUnitList(written(start, f.length)).pop() ?? "";
    if (names.length === 0 || !names.every(endsLikeUnit) || endsLikeUnit(last)) continue;
    // Without a known role word, only offices (…局, …委, …中心), never places (棚户区改造 is a project).
    if (!mark && !beside && !names.every((n) => OFFICE_END.test(fold(n)))) continue;
    const kind = !mark
      ? "shared"
      : LEAD_BEFORE.test(before)
        ? "lead"
        : CO_BEFORE.test(before)
          ? "co"
          : "shared";
    const named = roles.leads.length + roles.listed.length > 0;
    const target = kind === "lead" ? roles.leads : kind === "co" || named ? roles.coUnits : roles.listed;
    addUnits(target, written(start, end), true);
    roles.matched = true;
    return true;
  }
  return false;
}
