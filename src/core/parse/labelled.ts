/** Reading `label: value` segments (牵头单位:A;配合单位:B, 分管领导:…, 完成时限:…) of one line or bracket into roles. */

import { fold, isCloser, matchingOpener } from "../text/fold";
import { pushAll } from "./arrays";
import { splitOriginal } from "./splitUnits";
import { splitDeadlines } from "./deadline";
import { endAtDebris, takeBracketPersons, takeLeadingPersons, takePersons } from "./unitValues";
import { LABEL_AT, STAFF, labelKind, modifierBefore, titleOfLabel } from "./labels";
import { readPerson } from "./leader";
import { addUnits, cutAfterLeadVerb, readProseClause } from "./prose";
import { firstGroupOf } from "./commaConvention";
import { emptyRoles, type Roles } from "./rolesData";
import { DATA_LABEL, JOINT_LABEL, OTHER_LABEL, PERSON_IN_CHARGE_LABEL, ROLE_WORD } from "./vocabulary";

// Units that share the work or supply its figures: co-units beside a named lead, else they lead (resolve.ts).
const JOINT = new RegExp(`^(?:${JOINT_LABEL}|${DATA_LABEL})$`);
const PERSON_IN_CHARGE = new RegExp(`^${PERSON_IN_CHARGE_LABEL}$`);

/**
 * The units of a labelled value. A plain list goes where the label says; a value that names roles itself
 * (责任部门:A牵头,B、C配合; 部门分工:A牵头,各地配合) is read as prose roles.
 */
function addLabelledUnits(roles: Roles, kind: "lead" | "co" | "list", value: string): void {
  const target = kind === "lead" ? roles.leads : kind === "co" ? roles.coUnits : roles.listed;
  if (!ROLE_WORD.test(fold(value))) {
    const before = target.length;
    addUnits(target, value, false);
    // Of a plain list, those before its first comma: where the document says they lead (commaConvention.ts).
    if (kind === "list" && before === 0) roles.firstGroup = firstGroupOf(value);
    return;
  }
  const prose = emptyRoles();
  const clauses = splitOriginal(cutAfterLeadVerb(value), ",;。")
    .map((c) => c.trim())
    .filter(Boolean);
  // Plain names under a lead label lead (牵头单位:A、B;各相关部门按职责分工负责 — A and B lead).
  const plain = kind === "lead" ? prose.leads : prose.listed;
  const runEnd = setOffRuns(value, clauses);
  for (const [k, clause] of clauses.entries()) {
    if (clause === "" || readProseClause(clause, prose)) continue;
    // A copy that writes , or ; for 、 (A,B分别牵头 / A;B牵头): names one a clause, before a clause that leads
    // with one name, are the start of its list (never before a list written with 、: A,B、C牵头 keeps A apart).
    const j = runEnd[k] as number;
    const names = clauses.slice(k, j).join("、");
    if (
      j > k &&
      j - k <= MAX_SET_OFF &&
      !(clauses[j] as string).includes("、") &&
      leadsWith(names, clauses[j] as string)
    ) {
      clauses[j] = `${names}、${clauses[j] as string}`;
      clauses.fill("", k + 1, j);
      continue;
    }
    addUnits(plain, clause, true);
  }
  if (kind === "co") {
    pushAll(roles.coUnits, prose.leads, prose.listed, prose.coUnits);
  } else {
    pushAll(roles.leads, prose.leads);
    pushAll(roles.listed, prose.listed);
    pushAll(roles.coUnits, prose.coUnits);
  }
  if (prose.leader && !roles.leader) roles.leader = prose.leader;
}

// The most names set off one a clause that are read as the start of the list after them.
const MAX_SET_OFF = 20;

/**
 * For each clause of `value` (in order), the index of the clause that ends its run of names set off one a clause:
 * one name (no 、, no role word in it) with a comma or a semicolon after it in `value` goes on to the next clause.
 * Found in one pass, each clause at its own place in the value (not where its words first occur).
 */
function setOffRuns(value: string, clauses: readonly string[]): number[] {
  const f = fold(value);
  let from = 0;
  const setOff = clauses.map((clause) => {
    const c = fold(clause);
    const at = f.indexOf(c, from);
    if (at < 0) return false;
    from = at + c.length;
    return c !== "" && !c.includes("、") && !ROLE_WORD.test(c) && /[,;]/.test(f[from] ?? "");
  });
  const end: number[] = [];
  for (let j = clauses.length - 1; j >= 0; j--)
    end[j] = j + 1 < clauses.length && setOff[j] ? (end[j + 1] as number) : j;
  return end;
}

/** True when the names `name` and the role clause `next` read together as one list that leads (A + B分别牵头). */
function leadsWith(name: string, next: string): boolean {
  const alone = emptyRoles();
  const together = emptyRoles();
  return (
    readProseClause(next, alone) &&
    readProseClause(`${name}、${next}`, together) &&
    together.leads.length === alone.leads.length + name.split("、").length &&
    alone.leads.length > 0
  );
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

/**
 * A 责任人 value: the leader when the person is named with a leader's title (责任人:奚克路副市长) and no leader is
 * named yet; anyone else (责任人:张海龙、王平) is a person kept with the task's words, never a leader or a unit.
 */
function readPersonInCharge(roles: Roles, value: string): void {
  const v = value.replace(/[。.;,\uff1b\uff0c]+$/, "").trim();
  const person = v ? readPerson(v) : null;
  if (person?.name && person.title && person.others.length === 0) {
    if (!roles.leader) roles.leader = person;
    roles.matched = true;
  }
}

/** Reads `label: value` segments of one line or bracket into `roles`. Returns false if no label was found. */
export function readLabelled(written: string, roles: Roles): boolean {
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
    // A modifier the vocabulary does not know (牵头单位:A;重点责任单位:B) is part of the label, never a unit.
    const modifier = glued ? modifierBefore(before, label) : "";
    hits.push({
      index: m.index - modifier.length,
      end: m.index + m[0].length,
      label,
      persons: m[2] !== undefined,
      written: text.slice(m.index + m[0].indexOf(label), m.index + m[0].indexOf(label) + label.length),
    });
  }
  if (hits.length === 0) return false;
  // Named staff stand for the units only where no unit label does (牵头单位:A,牵头责任人:张三 — A leads).
  const unitLabelled = hits.some((h) => !STAFF.test(h.label) && /^(lead|co|list)$/.test(labelKind(h.label)));
  // 受理部门:A 承办部门:B — the office that took a complaint and the one that handled it: no task's units.
  const complaint = hits.some((h) => /^受理/.test(h.label));
  // 牵头单位:A;主办单位:B — beside a 牵头 label, the 主办 units do the work under the lead: co-units (alone, 主办 leads).
  const hosted = hits.some((h) => /^牵头/.test(fold(h.label)) && labelKind(h.label) === "lead");
  const lead = text.slice(0, hits[0]?.index ?? 0).replace(/[;,、\uff1b\uff0c\s]+$/, "");
  // A role clause before the labels (A、B等按职责分工负责。责任单位:C) names its units first, in the page's order.
  if (lead.trim() && !readOpeningClauses(lead, roles)) roles.rest.push(lead.trim());
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    const value = trimStrayBrackets(
      text
        .slice(hit.end, next ? next.index : text.length)
        .replace(/[;,\uff1b\uff0c\s/|]+$/, "")
        .trim(),
    );
    const handled = complaint && /^承办/.test(hit.label);
    const read = (unitLabelled && STAFF.test(hit.label)) || handled ? "other" : labelKind(hit.label);
    const kind = read === "lead" && hosted && /^主办/.test(fold(hit.label)) ? "co" : read;
    if (kind === "other") {
      if (PERSON_IN_CHARGE.test(fold(hit.label))) readPersonInCharge(roles, value);
      return;
    }
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
        const bracketed = hit.persons ? takePersons(value) : takeBracketPersons(value);
        // 责任单位:张三、县住建局 — the person in charge named first is kept with the task's words, never a unit.
        const first = takeLeadingPersons(bracketed.units);
        const named = { units: first.units, persons: [...first.persons, ...bracketed.persons] };
        if (named.persons.length > 0) {
          (roles.persons ??= []).push(...named.persons);
          roles.rest.push(`责任人:${named.persons.join(";")}`);
        }
        const { units: listed, debris } = endAtDebris(named.units);
        if (debris) roles.rest.push(debris);
        const { units, deadlines } = splitDeadlines(listed);
        if (deadlines.length > 0) roles.deadline = [roles.deadline, ...deadlines].filter(Boolean).join(",");
        if (JOINT.test(fold(hit.label))) {
          const joint = emptyRoles();
          addLabelledUnits(joint, "list", units);
          pushAll((roles.joint ??= []), joint.leads, joint.listed);
          pushAll(roles.coUnits, joint.coUnits);
        } else addLabelledUnits(roles, kind, units);
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
  // 主要责任单位:A;共同责任单位:B in one line or cell: B helps the lead named beside it.
  if (roles.joint && roles.leads.length + roles.listed.length > 0) {
    pushAll(roles.coUnits, roles.joint);
    delete roles.joint;
  }
  return true;
}

/**
 * Reads the words before a bracket's labels into `roles` when every clause of them names roles in prose (A牵头,B配合 /
 * A、B等按职责分工负责); false, reading nothing, otherwise.
 */
function readOpeningClauses(words: string, roles: Roles): boolean {
  const clauses = splitOriginal(words, ",;。")
    .map((c) => c.trim())
    .filter(Boolean);
  const trial = emptyRoles();
  const read = clauses.every((c) => readProseClause(c, trial));
  if (!read || trial.rest.length > 0 || trial.leads.length + trial.listed.length + trial.coUnits.length === 0)
    return false;
  for (const c of clauses) readProseClause(c, roles);
  return true;
}
