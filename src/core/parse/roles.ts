/**
 * Reading who does what: labelled unit lines (牵头单位:…), State Council prose roles (A牵头,B按职责分工负责),
 * bare brackets of units, and the per-task leader and deadline that travel with them.
 */

import { fold, isCloser, matchingOpener } from "../text/fold";
import { pushAll } from "./arrays";
import { isUnitLike, splitOriginal, splitUnitList } from "./splitUnits";
import { isDeadline, splitDeadlines } from "./deadline";
import { endAtDebris, takePersons } from "./unitValues";
import { findConvention, splitStandingNote } from "./docInfo";
import { LABEL_AT, STAFF, labelKind, titleOfLabel } from "./labels";
import { readPerson, type Person } from "./leader";
import { addUnits, readProseClause, readUnknownVerb } from "./prose";
import { OTHER_LABEL, ROLE_WORD, STANDING_NOTE } from "./vocabulary";

/** What one unit line, bracket or table row says about a task. */
export interface Roles {
  leads: string[];
  /** Units listed without a role: the first leads unless a lead is named elsewhere. */
  listed: string[];
  coUnits: string[];
  deadline: string | null;
  leader: Person | null;
  /** True when the text named any role, unit, leader or deadline. */
  matched: boolean;
  /** Pieces that were not understood (kept so that nothing the document says is lost). */
  rest: string[];
  /** Persons in charge named beside the units (县住建局(张三), (责任人:张某)): kept with the task's text, never units. */
  persons?: string[];
  /** Labels whose value is 同上 (配合单位:同上): the task above's units of that role, filled in by the tasks stage. */
  sameAsAbove?: Array<"lead" | "co" | "list">;
}

/** An empty result to fill. */
export function emptyRoles(): Roles {
  return { leads: [], listed: [], coUnits: [], deadline: null, leader: null, matched: false, rest: [] };
}

/**
 * The units of a labelled value. A plain list goes where the label says; a value that names roles itself
 * (责任部门:A牵头,B、C配合; 部门分工:A牵头,各地配合) is read as prose roles.
 */
function addLabelledUnits(roles: Roles, kind: "lead" | "co" | "list", value: string): void {
  const target = kind === "lead" ? roles.leads : kind === "co" ? roles.coUnits : roles.listed;
  if (!ROLE_WORD.test(fold(value))) {
    addUnits(target, value, false);
    return;
  }
  const prose = emptyRoles();
  const clauses = splitOriginal(value, ",;。")
    .map((c) => c.trim())
    .filter(Boolean);
  // Plain names under a lead label lead (牵头单位:A、B;各相关部门按职责分工负责 — A and B lead).
  const plain = kind === "lead" ? prose.leads : prose.listed;
  for (const clause of clauses) if (!readProseClause(clause, prose)) addUnits(plain, clause, true);
  if (kind === "co") {
    pushAll(roles.coUnits, prose.leads, prose.listed, prose.coUnits);
  } else {
    pushAll(roles.leads, prose.leads);
    pushAll(roles.listed, prose.listed);
    pushAll(roles.coUnits, prose.coUnits);
  }
  if (prose.leader && !roles.leader) roles.leader = prose.leader;
}

// A person after a unit, labelled in a bracket: 市工信局(责任人:张某), 市发改委(牵头人:张三), (负责人:李四).
const PERSON_BRACKET = new RegExp(
  `\\(\\s*(?:${OTHER_LABEL}|(?:牵头|主要|具体)?负责人|牵头人|经办人)\\s*:[^()]*\\)`,
  "g",
);

/** A label in a bracket after another label's value (牵头单位:A(配合单位:B)): the bracket is part of neither value. */
function trimStrayBrackets(value: string): string {
  const v = value.replace(/[(\uff08[【]+$/, "").trim();
  const f = fold(v);
  return isCloser(f.slice(-1)) && matchingOpener(f, f.length - 1) < 0 ? v.slice(0, -1).trim() : v;
}

/** Reads `label: value` segments of one line or bracket into `roles`. Returns false if no label was found. */
function readLabelled(written: string, roles: Roles): boolean {
  // A person given in a bracket after a unit (市工信局(责任人:张某)) is kept as text, never read as a unit.
  let text = written;
  const persons = [...fold(written).matchAll(PERSON_BRACKET)];
  for (const m of persons.reverse()) {
    const at = m.index ?? 0;
    roles.rest.unshift(written.slice(at + 1, at + m[0].length - 1));
    (roles.persons ??= []).unshift(
      written.slice(at + 1, at + m[0].length - 1).replace(/^[^:\uff1a]*[:\uff1a]\s*/, ""),
    );
    text = text.slice(0, at) + text.slice(at + m[0].length);
  }
  const folded = fold(text);
  const hits: Array<{ index: number; end: number; label: string; written: string; persons: boolean }> = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(folded); m; m = LABEL_AT.exec(folded)) {
    // A label counts only at the start of the text or after a separator, not inside a unit name.
    const before = folded.slice(0, m.index);
    const label = m[1] as string;
    // …or glued to the value before it when it is a whole unit or deadline label (牵头单位:A配合单位:B).
    const glued = label.length >= 4 && /^(lead|co|list|deadline)$/.test(labelKind(label));
    if (before.trim().length > 0 && !/[;,、。\s(([【/|]$/.test(before) && !glued) continue;
    hits.push({
      index: m.index,
      end: m.index + m[0].length,
      label,
      persons: m[2] !== undefined,
      written: text.slice(m.index + m[0].indexOf(label), m.index + m[0].indexOf(label) + label.length),
    });
  }
  if (hits.length === 0) return false;
  // Named staff stand for the units only where no unit label does (牵头单位:A,牵头责任人:张三 — A leads).
  const unitLabelled = hits.some((h) => !STAFF.test(h.label) && /^(lead|co|list)$/.test(labelKind(h.label)));
  const lead = text.slice(0, hits[0]?.index ?? 0).replace(/[;,、\uff1b\uff0c\s]+$/, "");
  if (lead.trim()) roles.rest.push(lead.trim());
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    const value = trimStrayBrackets(
      text
        .slice(hit.end, next ? next.index : text.length)
        .replace(/[;,\uff1b\uff0c\s/|]+$/, "")
        .trim(),
    );
    const kind = unitLabelled && STAFF.test(hit.label) ? "other" : labelKind(hit.label);
    if (kind === "other") return;
    roles.matched = true;
    switch (kind) {
      case "lead":
      case "co":
      case "list": {
        // A deadline among the names (责任单位:A、B,6月底完成) is the task's deadline, never a unit.
        // 配合单位:同上 — the same units as the task above (resolve.ts fills them in).
        if (/^(同上|同前)[。.]?$/.test(fold(value))) {
          (roles.sameAsAbove ??= []).push(kind);
          break;
        }
        // 牵头单位及责任人:县住建局(张三): the person is kept with the task's text, the unit is 县住建局.
        const named = hit.persons ? takePersons(value) : { units: value, persons: [] };
        if (named.persons.length > 0) {
          (roles.persons ??= []).push(...named.persons);
          roles.rest.push(`责任人:${named.persons.join(";")}`);
        }
        const { units: listed, debris } = endAtDebris(named.units);
        if (debris) roles.rest.push(debris);
        const { units, deadlines } = splitDeadlines(listed);
        if (deadlines.length > 0) roles.deadline = [roles.deadline, ...deadlines].filter(Boolean).join(",");
        addLabelledUnits(roles, kind, units);
        break;
      }
      case "deadline":
        if (value) roles.deadline = value;
        break;
      case "leader": {
        const person = readPerson(value.replace(/[。.;,\uff1b\uff0c]+$/, ""));
        // The title as the document writes it (副市長 stays Traditional); fold keeps lengths.
        const folded = titleOfLabel(hit.label);
        const title = folded === null ? null : hit.written.slice(hit.written.length - folded.length);
        const read = person
          ? { ...person, title: person.title ?? title }
          : value
            ? { name: value, title, others: [] }
            : null;
        // 分管副市长:邓雅琴、协管副秘书长:周文 — the first label names the leader, the next are others.
        if (read && roles.leader) {
          const others = [read.name ?? read.title ?? "", ...read.others].filter(Boolean);
          roles.leader = { ...roles.leader, others: [...roles.leader.others, ...others] };
        } else if (read) roles.leader = read;
        break;
      }
    }
  });
  return true;
}

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
  if (readLabelled(text, roles)) return roles;
  const clauses = splitOriginal(unnestRoles(text), ",;。")
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
    } else if (isUnitList(clause)) {
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

/** True when a bracket's inside names roles (a label or a role verb), as in F3 and F4. */
export function namesRoles(inside: string): boolean {
  const r = readRoles(inside, { bareUnits: false });
  return r.matched && r.leads.length + r.listed.length + r.coUnits.length + (r.leader ? 1 : 0) > 0;
}

export { isDeadline } from "./deadline";
export { resolveRoles } from "./resolve";
