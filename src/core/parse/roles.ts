/**
 * Reading who does what: labelled unit lines (牵头单位:…), State Council prose roles (A牵头,B按职责分工负责),
 * bare brackets of units, and the per-task leader and deadline that travel with them.
 */

import { fold } from "../text/fold";
import { pushAll } from "./arrays";
import { splitOriginal } from "./splitUnits";
import { isUnitLike, endsLikeUnit, splitUnitList } from "./unitLike";
import { isDeadline } from "./deadline";
import { findConvention, splitStandingNote } from "./docInfo";
import { readLabelled } from "./labelled";
import { cutAfterLeadVerb, readProseClause } from "./prose";
import { readUnknownVerb } from "./unknownVerb";
import { emptyRoles, type Roles } from "./rolesData";
import { firstGroupOf } from "./commaConvention";
import { ROLE_WORD, SAME_ABOVE_NOTE, SAME_BELOW_NOTE, STANDING_NOTE } from "./vocabulary";

export { emptyRoles, type Roles } from "./rolesData";

/**
 * Reads the inside of a bracket or a whole unit line: labels, prose roles, a deadline, or a bare list of
 * units. `bareUnits` allows a list with no label or role word (F5) to count as units.
 * @example readRoles("人力资源社会保障部牵头,财政部、税务总局按职责分工负责,年内持续推进", { bareUnits: false })
 *   → leads ["人力资源社会保障部"], coUnits ["财政部", "税务总局"], deadline "年内持续推进"
 */
export function readRoles(written: string, options: { bareUnits: boolean }): Roles {
  const roles = emptyRoles();
  // A standing note after the units (…园区管委会。以下…均需…落实,不再单独列出) is kept as the bracket's text.
  // A bracket that is only such a note names no roles, however it is read again.
  const { units: noted, note } = splitStandingNote(written);
  if (note) roles.rest.push(note);
  // The document's convention written among bare names (A,B,排名第一位为牵头单位,下同): kept as text.
  const convention = findConvention(noted);
  const inBracket = convention && !/[()]/.test(noted.slice(convention.start, convention.end));
  const text = inBracket
    ? (noted.slice(0, convention.start) + noted.slice(convention.end)).replace(/[,;、\s]+$/, "")
    : noted;
  if (inBracket) roles.rest.push(convention.text);
  if (STANDING_NOTE.test(fold(text).trim())) {
    roles.rest.push(text);
    return roles;
  }
  // (同上): the units of the task above, in their roles; (A、B,下同): these units, and the later tasks' too.
  if (SAME_ABOVE_NOTE.test(fold(text).trim())) {
    roles.sameAsAbove = ["lead", "co"];
    roles.rest.push(text.trim());
    roles.matched = true;
    return roles;
  }
  const below = SAME_BELOW_NOTE.exec(fold(text));
  if (below && below.index > 0) {
    const read = readRoles(text.slice(0, below.index), options);
    if (read.leads.length + read.listed.length + read.coUnits.length + (read.joint?.length ?? 0) > 0) {
      read.sameBelow = true;
      read.rest.push(text.slice(below.index).replace(/^[,;、\s\uff0c\uff1b]+/, ""));
      return read;
    }
  }
  if (readLabelled(text, roles)) return roles;
  const clauses = splitOriginal(cutAfterLeadVerb(unnestRoles(text)), ",;。")
    .map((c) => c.trim())
    .filter(Boolean);
  const unread: string[] = [];
  // Unit names before a role clause, set off by a comma, are the start of its list: 由A、B,各县(市)人民政府负责.
  let pending: string[] = [];
  for (const clause of clauses) {
    if (isDeadline(clause)) {
      pushAll(unread, pending);
      pending = [];
      roles.deadline = roles.deadline ? `${roles.deadline},${clause}` : clause;
      roles.matched = true;
    } else if (pending.length > 0 && readProseClause([...pending, clause].join("、"), roles)) {
      pending = [];
    } else if (pending.length === 0 && readProseClause(clause, roles)) {
      // read
    } else if (readUnknownVerb([...pending, clause].join("、"), roles, options.bareUnits)) {
      // a role verb the parser does not know, where a role verb stands (A牵头卖力)
      pending = [];
    } else if (isUnitList(clause) && !namesThenVerb(clause)) {
      pending.push(clause);
    } else {
      pushAll(unread, pending);
      pending = [];
      unread.push(clause);
    }
  }
  pushAll(unread, pending);
  // Beside clauses that name roles, names and a verb the parser does not know are a role clause too (A卖力,B配合).
  if (roles.leads.length + roles.listed.length + roles.coUnits.length > 0) {
    const known = unread.filter((c) => !readUnknownVerb(c, roles, true, true));
    unread.length = 0;
    pushAll(unread, known);
  }
  // A bare bracket of units with its deadline ((A、B,年内)): the names are units as in a bracket without one.
  const onlyDeadline = roles.leads.length + roles.listed.length + roles.coUnits.length === 0 && !roles.leader;
  if (options.bareUnits && roles.deadline && onlyDeadline && unread.length > 0 && unread.every(isUnitList)) {
    for (const clause of unread) pushAll(roles.listed, splitUnitList(clause));
    return roles;
  }
  // Prose roles fold their shared list into the lead when no one was said to lead.
  if (roles.matched) {
    if (unread.length > 0 && roles.leads.length + roles.listed.length + roles.coUnits.length > 0) {
      // e.g. (A牵头,B、C) — a trailing list after a role clause is more co-units.
      const units = unread.flatMap((c) => splitUnitList(c));
      if (units.length > 0 && units.every(isUnitLike)) {
        pushAll(roles.coUnits, units);
        return roles;
      }
    }
    pushAll(roles.rest, unread);
    return roles;
  }
  if (options.bareUnits) {
    const units = splitUnitList(text);
    if (units.length > 0 && units.every(isUnitLike)) {
      pushAll(roles.listed, units);
      roles.firstGroup = firstGroupOf(text);
      roles.matched = true;
      return roles;
    }
  }
  pushAll(roles.rest, unread);
  return roles;
}

// A role clause with the other roles in a bracket after it: 市发改委负责(市财政局参与), A牵头(B、C配合).
const NESTED_ROLES = /^(.+?(?:牵头|负责|主办|主抓|统筹))\s*[((]([^()()]+)[))]\s*$/;

/** Unnests a bracket of roles after a role clause into a clause of its own: A负责(B参与) → A负责;B参与. */
function unnestRoles(text: string): string {
  const m = NESTED_ROLES.exec(fold(text));
  if (!m || !ROLE_WORD.test(m[2] as string)) return text;
  const outer = (m[1] as string).length;
  const open = fold(text).indexOf(m[2] as string, outer);
  return `${text.slice(0, outer)};${text.slice(open, open + (m[2] as string).length)}`;
}

/** True when a clause is a list of unit names only. */
function isUnitList(clause: string): boolean {
  const units = splitUnitList(clause);
  return units.length > 0 && units.every(isUnitLike);
}

/**
 * True when a clause that reads as a group's name (相关… / 各…) is names and a verb the parser does not know
 * (相关镇街区卖力): it does not end like a unit, and beside clauses that name roles it is a role clause of its own.
 */
function namesThenVerb(clause: string): boolean {
  const last = splitUnitList(clause).pop() ?? "";
  return !endsLikeUnit(last) && readUnknownVerb(clause, emptyRoles(), true, true);
}

/** True when a bracket's inside names roles (a label or a role verb), as in F3 and F4. */
export function namesRoles(inside: string): boolean {
  const r = readRoles(inside, { bareUnits: false });
  return (
    r.matched &&
    r.leads.length +
      r.listed.length +
      r.coUnits.length +
      (r.joint?.length ?? 0) +
      (r.leader ? 1 : 0) +
      (r.sameAsAbove?.length ?? 0) >
      0
  );
}

export { isDeadline } from "./deadline";
export { resolveRoles } from "./resolve";

/** The list a unit line's continuation adds to: its leads, co-units or units listed without a role. */
export function tailTarget(tail: { roles: Roles; kind: "lead" | "co" | "list" }): string[] {
  return tail.kind === "lead"
    ? tail.roles.leads
    : tail.kind === "co"
      ? tail.roles.coUnits
      : tail.roles.listed;
}
