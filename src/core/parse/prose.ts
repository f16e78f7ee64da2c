/** Roles written as prose: A牵头, A会同B负责, A、B按职责分工负责, B配合, 分管副市长负责. */

import { fold, splitTopLevel } from "../text/fold";
import { readPerson } from "./leader";
import type { Roles } from "./roles";
import { isUnitLike, endsLikeUnit, splitConjunctions, splitUnitList } from "./unitLike";
import { personFirst } from "./personFirst";
import {
  HELPING_OPENER,
  LEAD_VERB,
  MANNER_OPENER,
  PROSE_CO_VERB,
  PROSE_LEAD_VERB,
  PROSE_ROLE_OPENER,
  PROSE_SHARED_VERB,
} from "./vocabulary";

/** Adds the units of a list to `target`; in prose, 及/和/与 between unit names join two units. */
export function addUnits(target: string[], text: string, prose: boolean): void {
  for (const [i, name] of splitUnitList(text).entries()) {
    for (const n of prose ? splitConjunctions(withoutHelpingVerb(name, i)) : [name]) target.push(n);
  }
}

/**
 * A list's first name without the verb that opens its clause (会同B抓好落实 → B; 协同B、C → B, C), when what
 * follows reads as a unit: 会同, 协同, 联合, 配合 and 协助 open no unit's name.
 * @example withoutHelpingVerb("会同财政局", 0) === "财政局"
 */
function withoutHelpingVerb(name: string, index: number): string {
  const verb = index === 0 ? HELPING_OPENER.exec(name) : null;
  const rest = verb ? name.slice(verb[0].length) : name;
  return verb && isUnitLike(rest) ? rest : name;
}

// A prose clause: who, then what they do.
const PROSE_LEAD = new RegExp(`^(.+?)${PROSE_LEAD_VERB}$`);
const PROSE_WITH = new RegExp(`^(.+?)会同(.+?)(?:${PROSE_SHARED_VERB}|办理|推进|实施)?$`);
// After the lead's clause (A牵头,协同B负责 / A牵头,会同B抓好落实): the helping verb opens its partners' clause.
const PROSE_HELPING = new RegExp(
  `^(?:会同|联合|协同|配合|协助)(.+?)(?:共同)?(?:${PROSE_SHARED_VERB}|办理|推进|实施|开展)?$`,
);
// A牵头会同B抓好落实 / A牵头联合B组织实施 / A牵头协同B推进 / A牵头配合B负责: with 牵头 right before it, the helping verb
// names the lead's partners (never A配合B落实's lead, B): A leads, B helps, whatever duty closes the clause.
const PROSE_LEAD_WITH = new RegExp(
  `^(.+?)牵头(?:会同|联合|协同|配合|协助)(.+?)(?:共同)?(?:${PROSE_SHARED_VERB}|办理|推进|实施|开展)?$`,
);
// …按照预案抓好落实, 及时落实: the work's manner, no one named (MANNER_OPENER).
const PROSE_SHARED = new RegExp(`^(?!${MANNER_OPENER})(.+?)${PROSE_SHARED_VERB}$`);
// A、B分别负责: each answers for its own part, none ranks first — all lead (as A、B分别牵头), unless a lead was named.
const PROSE_EACH = /^(.+?)分别(?:负责|落实|承担|实施|组织实施|抓好落实)$/;
const PROSE_CO = new RegExp(`^(.+?)${PROSE_CO_VERB}$`);
// A配合B落实 / A协助B做好: B does the work, A helps (read only when both sides are units).
const PROSE_ASSISTS =
  /^(.+?)(?:配合|协助|协同)(.+?)(?:落实|负责|实施|推进|办理|做好相关工作|做好|开展|组织实施)$/;
// A牵头,B负责资金保障,C负责用地保障: after the lead, units each with their own part of the work are co-units.
const PROSE_OWN_PART = /^(.+?)(?:负责|承担)(.{2,15})$/;
// A为责任单位 after a named lead (A为牵头单位,B为责任单位): B works on the task with it.
const PROSE_LISTED = /^(.+?)为(?:责任|落实|实施)(?:单位|部门|主体)$/;
const TITLE_ITEM =
  /^(?:分管|协管|联系|主管)(常务副[省市区县州]长|副?[省市区县州]长|副?秘书长|副?主任|[省市区县盟旗]领导|领导)$/;
const TITLE_CLAUSE = /^(.+?)(?:负责|牵头|负总责)?$/;

/** Reads one prose clause (F4). Returns false when the clause says nothing about roles. */
export function readProseClause(clause: string, roles: Roles): boolean {
  // Matched without spaces; names are cut from the clause as written, so that a space between two names
  // still separates them (A B配合 — two co-units, as in a list).
  const plain = clause.trim().replace(/\s+/g, " ");
  const folded = fold(plain);
  const at: number[] = [];
  let full = "";
  for (let i = 0; i < folded.length; i++)
    if (folded[i] !== " ") {
      at.push(i);
      full += folded[i];
    }
  // 由A牵头 / 由A会同B负责: the opener names no unit. 此项工作由A牵头,B参加 lines are the generic reader's
  // (fallback/proseRoles.ts), which also tells them from a news report that mentions one.
  const opener = PROSE_ROLE_OPENER.exec(full)?.[0] ?? "";
  if (opener.length > 1) return false;
  // 以A为主,B配合: the 以 names no unit either.
  const skip = opener === "由" || /^以.+为主$/.test(full) ? 1 : 0;
  const f = full.slice(skip);
  const cut = (m: RegExpExecArray, group: number): string => {
    // Map the folded capture back to the clause as written (fold keeps lengths; spaces were dropped).
    const start = skip + m.index + m[0].indexOf(m[group] as string);
    const end = start + (m[group] as string).length;
    return end > start ? plain.slice(at[start], (at[end - 1] as number) + 1) : "";
  };
  // 分管副省长负责; 分管副市长、协管副秘书长负责: leaders named by their titles only.
  const subject = TITLE_CLAUSE.exec(f)?.[1] ?? f;
  const titles = subject.split("、").map((item) => TITLE_ITEM.exec(item)?.[1] ?? null);
  if (titles.every((t) => t !== null)) {
    const [first, ...rest] = (titles as string[]).map((t) => (/领导$/.test(t) ? null : t));
    roles.leader = { name: null, title: first ?? null, others: rest.filter((t): t is string => t !== null) };
    roles.matched = true;
    return true;
  }
  let m = PROSE_LEAD_WITH.exec(f);
  if (m && isUnitList(cut(m, 1)) && isUnitList(cut(m, 2))) {
    addUnits(roles.leads, cut(m, 1), true);
    addUnits(roles.coUnits, cut(m, 2), true);
    roles.matched = true;
    return true;
  }
  m = roles.leads.length > 0 ? PROSE_HELPING.exec(f) : null;
  if (m && isUnitList(cut(m, 1))) {
    addUnits(roles.coUnits, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_LEAD.exec(f);
  if (m) {
    const who = cut(m, 1);
    const person = readPerson(who);
    // 王明、县商务局牵头: the person leads as the leader, the units as the leads.
    // 建设局、城投集团牵头: a list with a unit in it names no person, however short its names.
    const alone = person !== null && !isUnitLike(who) && !splitUnitList(who).some(isUnitLike);
    const first = alone ? null : personFirst(who);
    if (alone) roles.leader = person;
    else if (first) {
      roles.leader ??= first.person;
      addUnits(roles.leads, first.units, true);
    } else addUnits(roles.leads, who, true);
    roles.matched = true;
    return true;
  }
  m = PROSE_WITH.exec(f);
  if (m) {
    addUnits(roles.leads, cut(m, 1), true);
    addUnits(roles.coUnits, cut(m, 2), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_CO.exec(f);
  if (m && splitUnitList(cut(m, 1)).every(isUnitLike)) {
    addUnits(roles.coUnits, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_LISTED.exec(f);
  if (m) {
    addUnits(roles.leads.length > 0 ? roles.coUnits : roles.listed, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_EACH.exec(f);
  if (m) {
    const named = roles.leads.length + roles.listed.length > 0;
    addUnits(named ? roles.coUnits : roles.leads, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_ASSISTS.exec(f);
  if (m && isUnitList(cut(m, 1)) && isUnitList(cut(m, 2))) {
    addUnits(roles.leads, cut(m, 2), true);
    addUnits(roles.coUnits, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  m = PROSE_SHARED.exec(f);
  if (m) {
    const who = cut(m, 1);
    const person = readPerson(who);
    const first = personFirst(who);
    if (person && !isUnitLike(who) && !/[、,;]/.test(fold(who))) {
      roles.leader = person;
    } else if (first && roles.leads.length === 0) {
      // 王明、县商务局负责: the person is the leader, the units are listed.
      roles.leader ??= first.person;
      addUnits(roles.listed, first.units, true);
    } else if (roles.leads.length === 0) {
      addUnits(roles.listed, who, true);
    } else {
      addUnits(roles.coUnits, who, true);
    }
    roles.matched = true;
    return true;
  }
  // Only after a named lead (A牵头,B负责资金保障): alone, 各乡镇负责宣传 is a sentence of the task.
  m = roles.leads.length > 0 ? PROSE_OWN_PART.exec(f) : null;
  if (m && !/[,;。]/.test(m[2] as string) && isUnitList(cut(m, 1))) {
    addUnits(roles.coUnits, cut(m, 1), true);
    roles.matched = true;
    return true;
  }
  return false;
}

/** True when every name of a list reads as a unit. */
function isUnitList(text: string): boolean {
  const units = splitUnitList(text);
  return units.length > 0 && units.every(isUnitLike);
}

/**
 * Roles that open a paragraph: 由张三副市长负责,市发改委牵头,相关部门配合,尽快完成… — the leading clauses that
 * name roles (the first may start with 由), read until the first clause that does not. Without 由, only a whole
 * first sentence of roles counts (县发改局牵头,县财政局配合。全年完成…). Null when none does.
 * @example readLeadingRoles("由王某副市长负责,市发改委牵头,相关部门配合,尽快完成方案") → { roles: leads [市发改委] …, rest: "尽快完成方案" }
 */
export function readLeadingRoles(text: string, roles: Roles): string | null {
  const f = fold(text);
  if (!f.startsWith("由")) return readOpeningSentence(text, roles);
  // The clauses run to a sentence's end inside the text (由A牵头,B、C等部门配合。重点开展…): no role clause after it.
  const body = f.slice(1);
  const end = body.endsWith("。") ? body.length - 1 : body.length;
  const parts = splitTopLevel(body.slice(0, end), ",;。");
  const clauses = end < body.length ? [...parts.slice(0, -1), `${parts.at(-1) ?? ""}。`] : parts;
  let at = 1;
  let read = 0;
  // Names set off by commas before the clause whose verb they share (由A牵头,B,C参与): its list.
  let pending: string[] = [];
  let from = at;
  for (const clause of clauses) {
    const original = text.slice(from, from + clause.length);
    from += clause.length + 1;
    if (readProseClause([...pending, original].join("、"), roles)) {
      read++;
      pending = [];
      at = from;
      if (f[from - 1] === "。") break;
    } else if (read > 0 && splitUnitList(original).every(endsLikeUnit) && original.trim() !== "") {
      pending.push(original);
    } else break;
  }
  const units = roles.leads.length + roles.listed.length + roles.coUnits.length;
  return read > 0 && units > 0 ? text.slice(Math.min(at, text.length)).trim() : null;
}

/**
 * A paragraph whose first sentence is nothing but roles, without 由 (县发改局牵头,县财政局配合。全年完成…): those
 * roles, when every name ends like an organisation; the rest of the paragraph is returned. Null otherwise.
 */
function readOpeningSentence(text: string, roles: Roles): string | null {
  const f = fold(text);
  const at = f.indexOf("。");
  if (at <= 0) return null;
  const found: Roles = { ...roles, leads: [], listed: [], coUnits: [], leader: null, rest: [] };
  const clauses = splitTopLevel(f.slice(0, at), ",;");
  let offset = 0;
  for (const clause of clauses) {
    if (!readProseClause(text.slice(offset, offset + clause.length), found)) return null;
    offset += clause.length + 1;
  }
  const units = [...found.leads, ...found.listed, ...found.coUnits];
  if (units.length === 0 || found.leader || !units.every(endsLikeUnit)) return null;
  roles.leads.push(...found.leads);
  roles.listed.push(...found.listed);
  roles.coUnits.push(...found.coUnits);
  return text.slice(at + 1).trim();
}

// A lead verb that a list of more names follows after 、 (A和B分别牵头、C、D): the names after it help.
const LEAD_THEN_LIST = new RegExp(`${LEAD_VERB}、`, "g");

/**
 * Cuts a units list after its lead's verb when more unit names follow it with 、, as after a comma: A牵头、C → A牵头;C.
 * A verb after it (牵头、协调) is left as it is.
 */
export function cutAfterLeadVerb(text: string): string {
  const f = fold(text);
  let out = text;
  for (const m of f.matchAll(LEAD_THEN_LIST)) {
    const at = (m.index as number) + m[0].length;
    const end = f.slice(at).search(/[,;。]/);
    const after = f.slice(at, end < 0 ? f.length : at + end);
    const names = splitUnitList(after);
    if (names.length === 0 || !names.every(isUnitLike)) continue;
    out = `${out.slice(0, at - 1)};${out.slice(at)}`;
  }
  return out;
}
