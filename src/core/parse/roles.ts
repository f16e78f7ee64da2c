/**
 * Reading who does what: labelled unit lines (牵头单位:…), State Council prose roles (A牵头,B按职责分工负责),
 * bare brackets of units, and the per-task leader and deadline that travel with them.
 */

import { fold, openDepth } from "../text/fold";
import { isUnitLike, splitConjunctions, splitOriginal, splitUnitList } from "./splitUnits";
import { readPerson, type Person } from "./leader";
import {
  CO_LABEL,
  DEADLINE_CORE,
  DEADLINE_LABEL,
  DEADLINE_PHRASE,
  DEADLINE_VERB,
  LEADER_LABEL,
  LEADER_TITLE,
  LEAD_LABEL,
  LIST_LABEL,
  OTHER_LABEL,
  ROLE_WORD,
} from "./vocabulary";

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
}

/** An empty result to fill. */
export function emptyRoles(): Roles {
  return { leads: [], listed: [], coUnits: [], deadline: null, leader: null, matched: false, rest: [] };
}

const ANY_LABEL = `${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL}|${LEADER_LABEL}|${DEADLINE_LABEL}|${OTHER_LABEL}`;

/** Any label that starts a segment, followed by a colon. Group 1 is the label. */
const LABEL_AT = new RegExp(`(${ANY_LABEL})\\s*[::]\\s*`, "g");
const LABEL_LINE = new RegExp(`^(${ANY_LABEL})\\s*[::]`);

type LabelKind = "lead" | "co" | "list" | "leader" | "deadline" | "other";

const KIND_OF_LABEL: ReadonlyArray<[RegExp, LabelKind]> = [
  [new RegExp(`^(?:${OTHER_LABEL})$`), "other"],
  [new RegExp(`^(?:${DEADLINE_LABEL})$`), "deadline"],
  [new RegExp(`^(?:${LEAD_LABEL})$`), "lead"],
  [new RegExp(`^(?:${CO_LABEL})$`), "co"],
  [new RegExp(`^(?:${LIST_LABEL})$`), "list"],
];

function labelKind(label: string): LabelKind {
  for (const [re, kind] of KIND_OF_LABEL) if (re.test(label)) return kind;
  return "leader";
}

/** The title carried by a leader label: 分管副市长 → 副市长; 牵头市领导 → null. */
const TITLE_AT_END = new RegExp(`(${LEADER_TITLE})$`);

function titleOfLabel(label: string): string | null {
  const m = TITLE_AT_END.exec(label);
  return m ? (m[1] as string) : null;
}

/**
 * Where the first label (of any kind) starts inside a task's line: after a sentence end, a semicolon or a
 * space, outside brackets. -1 when there is none.
 * @example firstLabelAt("新建泊位。 牵头领导:钱某 责任单位:市交通局") === 6
 */
export function firstLabelAt(folded: string): number {
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(folded); m; m = LABEL_AT.exec(folded)) {
    const before = folded.slice(0, m.index);
    if (m.index > 0 && /[。;\s]$/.test(before) && openDepth(before) === 0) return m.index;
  }
  return -1;
}

const BRACKETED_LABEL = new RegExp(`[【〖]\\s*(${ANY_LABEL})\\s*[】〗]\\s*`, "g");

/**
 * Labels written in lenticular brackets, as web pages print them (【牵头单位】A【配合单位】B), in the
 * label: value form the reader knows. Other bracketed text (【责任单位:A】, 【打印】) is left as it is.
 * @example unbracketLabels("1.扩大投资。【牵头单位】市发改委【配合单位】市财政局") === "1.扩大投资。 牵头单位:市发改委 配合单位:市财政局"
 */
export function unbracketLabels(text: string): string {
  const folded = fold(text);
  BRACKETED_LABEL.lastIndex = 0;
  let out = "";
  let last = 0;
  for (let m = BRACKETED_LABEL.exec(folded); m; m = BRACKETED_LABEL.exec(folded)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    const label = text.slice(at, at + (m[1] as string).length);
    out += text.slice(last, m.index) + (m.index > 0 ? " " : "") + label + ":";
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when a folded line starts with a unit, leader or deadline label and a colon. */
export function isLabelLine(folded: string): boolean {
  return LABEL_LINE.test(folded);
}

/** Kind of the label a folded line starts with, or null. */
export function lineLabelKind(folded: string): LabelKind | null {
  const m = LABEL_LINE.exec(folded);
  return m ? labelKind(m[1] as string) : null;
}

/**
 * True when a short phrase is a deadline: 6月底前, 2020年年底前, 年内持续推进, 持续推进, 9月投入使用.
 * @example isDeadline("2020年年底前") && isDeadline("长期坚持") && !isDeadline("财政局")
 */
export function isDeadline(phrase: string): boolean {
  const f = fold(phrase).replace(/\s+/g, "");
  if (f.length === 0 || f.length > 20) return false;
  if (DEADLINE_PHRASE.test(f)) return true;
  const core = f.replace(DEADLINE_VERB, "");
  if (!/(年|月|季度)/.test(core)) return false;
  return DEADLINE_CORE.test(core) || DEADLINE_CORE.test(core.replace(/^(\d{4}年)年/, "$1"));
}

function addUnits(target: string[], text: string, prose: boolean): void {
  for (const name of splitUnitList(text)) {
    for (const n of prose ? splitConjunctions(name) : [name]) target.push(n);
  }
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
  for (const clause of clauses) if (!readProseClause(clause, prose)) addUnits(prose.listed, clause, true);
  if (kind === "co") {
    roles.coUnits.push(...prose.leads, ...prose.listed, ...prose.coUnits);
  } else {
    roles.leads.push(...prose.leads);
    roles.listed.push(...prose.listed);
    roles.coUnits.push(...prose.coUnits);
  }
  if (prose.leader && !roles.leader) roles.leader = prose.leader;
}

/** Reads `label: value` segments of one line or bracket into `roles`. Returns false if no label was found. */
function readLabelled(text: string, roles: Roles): boolean {
  const folded = fold(text);
  const hits: Array<{ index: number; end: number; label: string; written: string }> = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(folded); m; m = LABEL_AT.exec(folded)) {
    // A label counts only at the start of the text or after a separator, not inside a unit name.
    const before = folded.slice(0, m.index);
    if (before.trim().length > 0 && !/[;,、。\s(([【]$/.test(before)) continue;
    const label = m[1] as string;
    hits.push({
      index: m.index,
      end: m.index + m[0].length,
      label,
      written: text.slice(m.index, m.index + label.length),
    });
  }
  if (hits.length === 0) return false;
  const lead = text.slice(0, hits[0]?.index ?? 0).replace(/[;,、\uff1b\uff0c\s]+$/, "");
  if (lead.trim()) roles.rest.push(lead.trim());
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    const value = text
      .slice(hit.end, next ? next.index : text.length)
      .replace(/[;,\uff1b\uff0c\s]+$/, "")
      .trim();
    const kind = labelKind(hit.label);
    if (kind === "other") return;
    roles.matched = true;
    switch (kind) {
      case "lead":
      case "co":
      case "list":
        addLabelledUnits(roles, kind, value);
        break;
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

// A prose clause: who, then what they do.
const PROSE_LEAD = /^(.+?)(?:牵头负责|负责牵头|牵头落实|牵头推进|牵头)$/;
const PROSE_WITH = /^(.+?)会同(.+?)(?:负责|办理|落实|推进|实施|组织实施)?$/;
const PROSE_SHARED =
  /^(.+?)(?:按职责分工负责|按照职责分工负责|按职责分工落实|按职责负责|按职能分工负责|按分工负责|分工负责|分别负责|共同负责|负责落实|负责|按要求落实|抓好落实|认真落实|组织落实|具体落实|落实)$/;
const PROSE_CO = /^(.+?)(?:配合|参与|协助|协办|配合落实|参与实施)$/;
const TITLE_ITEM =
  /^(?:分管|协管|联系|主管)(常务副[省市区县州]长|副?[省市区县州]长|副?秘书长|副?主任|[省市区县]领导|领导)$/;
const TITLE_CLAUSE = /^(.+?)(?:负责|牵头|负总责)?$/;

/** Reads one prose clause (F4). Returns false when the clause says nothing about roles. */
function readProseClause(clause: string, roles: Roles): boolean {
  const f = fold(clause).replace(/\s+/g, "");
  const cut = (m: RegExpExecArray, group: number): string => {
    // Map the folded capture back to the clause as written (fold keeps lengths; spaces were dropped).
    const plain = clause.replace(/\s+/g, "");
    const start = m.index + m[0].indexOf(m[group] as string);
    return plain.slice(start, start + (m[group] as string).length);
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
  let m = PROSE_LEAD.exec(f);
  if (m) {
    const who = cut(m, 1);
    const person = readPerson(who);
    if (person && !isUnitLike(who)) roles.leader = person;
    else addUnits(roles.leads, who, true);
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
  m = PROSE_SHARED.exec(f);
  if (m) {
    const who = cut(m, 1);
    const person = readPerson(who);
    if (person && !isUnitLike(who) && !/[、,;]/.test(fold(who))) {
      roles.leader = person;
    } else if (roles.leads.length === 0) {
      addUnits(roles.listed, who, true);
    } else {
      addUnits(roles.coUnits, who, true);
    }
    roles.matched = true;
    return true;
  }
  return false;
}

/**
 * Reads the inside of a bracket or a whole unit line: labels, prose roles, a deadline, or a bare list of
 * units. `bareUnits` allows a list with no label or role word (F5) to count as units.
 * @example readRoles("人力资源社会保障部牵头,财政部、税务总局按职责分工负责,年内持续推进", { bareUnits: false })
 *   → leads ["人力资源社会保障部"], coUnits ["财政部", "税务总局"], deadline "年内持续推进"
 */
export function readRoles(text: string, options: { bareUnits: boolean }): Roles {
  const roles = emptyRoles();
  if (readLabelled(text, roles)) return roles;
  const clauses = splitOriginal(text, ",;。")
    .map((c) => c.trim())
    .filter(Boolean);
  const unread: string[] = [];
  for (const clause of clauses) {
    if (isDeadline(clause)) {
      roles.deadline = roles.deadline ? `${roles.deadline},${clause}` : clause;
      roles.matched = true;
    } else if (!readProseClause(clause, roles)) {
      unread.push(clause);
    }
  }
  // Prose roles fold their shared list into the lead when no one was said to lead.
  if (roles.matched) {
    if (unread.length > 0 && roles.leads.length + roles.listed.length + roles.coUnits.length > 0) {
      // e.g. (A牵头,B、C) — a trailing list after a role clause is more co-units.
      const units = unread.flatMap((c) => splitUnitList(c));
      if (units.length > 0 && units.every(isUnitLike)) {
        roles.coUnits.push(...units);
        return roles;
      }
    }
    roles.rest.push(...unread);
    return roles;
  }
  if (options.bareUnits) {
    const units = splitUnitList(text);
    if (units.length > 0 && units.every(isUnitLike)) {
      roles.listed.push(...units);
      roles.matched = true;
      return roles;
    }
  }
  roles.rest.push(...unread);
  return roles;
}

/** True when a bracket's inside names roles (a label or a role verb), as in F3 and F4. */
export function namesRoles(inside: string): boolean {
  const r = readRoles(inside, { bareUnits: false });
  return r.matched && r.leads.length + r.listed.length + r.coUnits.length + (r.leader ? 1 : 0) > 0;
}

/**
 * Merges what several lines or brackets said about one task into leads and co-units: named leads win;
 * otherwise the first listed unit leads (列第一位者为牵头单位). Units already present are not repeated.
 */
export function resolveRoles(all: readonly Roles[]): { leads: string[]; coUnits: string[] } {
  const leads: string[] = [];
  const co: string[] = [];
  // 区教育局(牵头): a unit marked as the lead leads wherever it is listed, and the marker is not its name.
  for (const r of all) leads.push(...r.leads.map(unmark), ...r.coUnits.filter(isMarked).map(unmark));
  for (const r of all) {
    if (r.listed.some(isMarked)) {
      for (const u of r.listed) (isMarked(u) ? leads : co).push(unmark(u));
    }
  }
  for (const r of all) {
    if (r.listed.length === 0 || r.listed.some(isMarked)) continue;
    if (leads.length === 0) {
      leads.push(r.listed[0] as string);
      co.push(...r.listed.slice(1));
    } else {
      co.push(...r.listed);
    }
  }
  for (const r of all) co.push(...r.coUnits.filter((u) => !isMarked(u)));
  const seen = new Set(leads);
  const coUnits: string[] = [];
  for (const u of co) {
    if (seen.has(u)) continue;
    seen.add(u);
    coUnits.push(u);
  }
  return { leads: unique(leads), coUnits };
}

/** The marker some documents put after the lead unit: 区教育局(牵头), 市体育局(牵头单位), 市委办(主办). */
const LEAD_MARK = /\s*\((?:牵头|主办|主责)(?:单位|部门)?\)$/;
const isMarked = (unit: string): boolean => LEAD_MARK.test(fold(unit));
function unmark(unit: string): string {
  const at = fold(unit).search(LEAD_MARK);
  return at < 0 ? unit : unit.slice(0, at);
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
