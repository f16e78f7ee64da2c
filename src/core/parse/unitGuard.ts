/**
 * One guard for the unit names every reader hands to the tasks (tables, brackets, labels, prose, records, group
 * sentences, unit headings): words glued into a name by the shape of unit names — a label (牵头部门:X, 责任单位为X),
 * a sentence's opening (由X, 请X, 该目标责任单位为X), a person (X伍泽国, X 张三, X局长李四, X(李四)), a duty
 * phrase (X按照职责, X负责, X要), another unit's role (X配合Y, X会同Y), a deadline or a count (X 2020年底, X3处) —
 * are taken off the name and kept: a role word makes a role, a deadline the task's deadline, the rest the finding's
 * words. A name is only ever cut where what remains ends like a unit (splitUnits.ts's endsLikeUnit).
 */

import { fold } from "../text/fold";
import { isDeadline } from "./deadline";
import { endsLikeUnit, isUnitLike as isUnitLikeAsWritten } from "./splitUnits";
import { takeBracketPerson, takePerson, takeShownPerson } from "./guardPerson";
import { CO_LABEL, CO_VERB, GLUED_UNIT_END, LEAD_LABEL, LIST_LABEL, PROSE_ROLE_OPENER } from "./vocabulary";

/**
 * What a step took off: a label, a person, a deadline; a clause's words (an opening, a duty phrase, another unit's
 * role), which make the name a role clause rather than a name; a count, which may be a task's words.
 */
export type GuardKind = "label" | "person" | "deadline" | "clause" | "count";

/** A unit name as the guard leaves it, and what it took off. */
export interface GuardedUnit {
  /** The unit's name without the words glued into it. */
  readonly name: string;
  /** The role the words gave this unit (牵头部门:X, X牵头 → lead; X配合, X配合Y → co), or null. */
  readonly role: "lead" | "co" | null;
  /** Another unit the words name as leading (X配合Y → Y). */
  readonly leads: readonly string[];
  /** Another unit the words name as helping (X会同Y → Y). */
  readonly coUnits: readonly string[];
  /** A deadline written after the name (X 2020年底前). */
  readonly deadline: string | null;
  /** The kinds of what was taken off, in the order taken. */
  readonly kinds: readonly GuardKind[];
  /** The person named after the unit (市民政局伍泽国 → 伍泽国, 县教育局局长李四 → 局长李四), or null. */
  readonly person: string | null;
  /** Every other piece taken off (a duty phrase, a sentence's opening, a count), as written. */
  readonly words: readonly string[];
}

// A label before the name: with its colon, 为/是 or a space (牵头部门:X, 责任单位为X, 主办 X); without one only when the
// label ends in 单位/部门/处室/主体 (责任单位X), so that a name that opens with a role verb (协作办) stays whole. A
// sentence's subject may open it (该目标责任单位为X, 本项工作牵头单位:X).
const LABEL_OPEN = new RegExp(
  `^(?:(?:该|本|此|这)(?:项|个)?(?:目标|项目|任务|工作|事项)?)?(${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})(?:及(?:主要)?(?:责任人|负责人))?(\\s*(?:为|是)?\\s*:\\s*|\\s*(?:为|是)\\s*|\\s+)?`,
);
const LABEL_WITH_ORG = /(单位|部门|处室|科室|股室|主体)$/;
const LEAD_LABEL_ALONE = new RegExp(`^(?:${LEAD_LABEL})$`);
const CO_LABEL_ALONE = new RegExp(`^(?:${CO_LABEL})$`);

// Another unit's role after the name: X配合Y(落实) → Y leads, X helps; X会同Y → Y helps.
const OTHER_ROLE = new RegExp(
  `^(.+?)(${CO_VERB}|会同|联合)(.+?)(?:共同)?(?:落实|负责|实施|推进|工作|办理)?$`,
);

// A duty phrase after the name: X按照职责(分工负责), X负责, X具体实施, X要; a role word (X牵头, X配合) makes a role.
const DUTY_END = new RegExp(
  `(按照?职[责能](?:分工)?(?:负责|落实)?|分工负责|(?:具体|共同)?负责(?:落实|实施)?|具体(?:实施|落实|承办)?|要|(?:牵头|主办|主责)(?:负责|落实)?|${CO_VERB}(?:落实|实施)?)$`,
);

// A count after the name (X3处, X 2个): what the task counts, never the unit's.
const COUNT_END = new RegExp(
  `^(.+?(?:${GLUED_UNIT_END}))\\s*(\\d+\\s*(?:处|个|项|家|所|条|座|人|件|批|次))$`,
);

/**
 * Takes off a unit name the words a reader glued into it, where what remains ends like a unit.
 * @example guardUnit("牵头部门:市政府办公室") → { name: "市政府办公室", role: "lead", … }
 * @example guardUnit("省人事厅配合省委有关部门") → { name: "省人事厅", role: "co", leads: ["省委有关部门"], … }
 */
export function guardUnit(raw: string, persons: ReadonlySet<string> = NONE): GuardedUnit {
  let name = raw.trim();
  let role: "lead" | "co" | null = null;
  const leads: string[] = [];
  const coUnits: string[] = [];
  let deadline: string | null = null;
  const words: string[] = [];
  let person: string | null = null;
  const kinds: GuardKind[] = [];
  // Each step takes off one piece; a name carries few, so a handful of rounds is enough.
  for (let round = 0; round < 4; round++) {
    const step = takeOne(name, persons);
    if (!step) break;
    name = step.name;
    kinds.push(step.kind);
    if (step.role) role = step.role;
    if (step.lead) leads.push(step.lead);
    if (step.co) coUnits.push(step.co);
    if (step.deadline && deadline === null) deadline = step.deadline;
    else if (step.deadline) words.push(step.deadline);
    if (step.person) person = step.person;
    else if (step.words) words.push(step.words);
  }
  return { name, role, leads, coUnits, deadline, kinds, person, words };
}

export interface Step {
  readonly kind: GuardKind;
  readonly name: string;
  readonly role?: "lead" | "co";
  readonly lead?: string;
  readonly co?: string;
  readonly deadline?: string;
  readonly words?: string;
  readonly person?: string;
}

/**
 * One piece taken off the name, or null when the name is left as it is. A name that already ends like a unit
 * loses only what opens it (a label, a sentence), another unit's role or a person in a bracket after it.
 */
function takeOne(raw: string, persons: ReadonlySet<string>): Step | null {
  const f = fold(raw);
  const opening = takeOpening(raw, f) ?? takeOtherRole(raw, f);
  if (opening || endsLikeUnit(raw)) return opening ?? takeBracketPerson(raw, f);
  return takeEnd(raw, f) ?? takeShownPerson(raw, f, persons);
}

const NONE: ReadonlySet<string> = new Set();

/** A label or a sentence's opening before the name. */
function takeOpening(raw: string, f: string): Step | null {
  const label = LABEL_OPEN.exec(f);
  if (label && (label[2] || LABEL_WITH_ORG.test(label[1] as string))) {
    const rest = raw.slice(label[0].length).trim();
    if (rest && endsLikeUnit(rest)) {
      const word = (label[1] as string).trim();
      const role = LEAD_LABEL_ALONE.test(word) ? "lead" : CO_LABEL_ALONE.test(word) ? "co" : undefined;
      return {
        kind: "label",
        name: rest,
        ...(role ? { role } : {}),
        words: raw.slice(0, label[0].length).trim(),
      };
    }
  }
  const opener = PROSE_ROLE_OPENER.exec(f);
  if (opener && opener[0].length > 0) {
    const rest = raw.slice(opener[0].length).trim();
    if (rest && endsLikeUnit(rest))
      return { kind: "clause", name: rest, words: raw.slice(0, opener[0].length) };
  }
  return null;
}

/** Another unit's role after the name: X配合Y, X协助Y落实 (Y leads, X helps), X会同Y (Y helps). */
function takeOtherRole(raw: string, f: string): Step | null {
  const m = OTHER_ROLE.exec(f);
  if (!m) return null;
  const first = m[1] as string;
  const verb = m[2] as string;
  const other = raw
    .slice(first.length + verb.length, first.length + verb.length + (m[3] as string).length)
    .trim();
  const self = raw.slice(0, first.length).trim();
  // Both sides whole names (省天府新区管委会办公室 is one name, not 管委 会办 公室).
  if (fold(other).length < 3 || !endsLikeUnit(self) || !endsLikeUnit(other)) return null;
  const tail = raw.slice(first.length + verb.length + (m[3] as string).length);
  const words = `${verb}${tail}`;
  if (verb === "会同" || verb === "联合")
    return { kind: "clause", name: self, role: "lead", co: other, words };
  return { kind: "clause", name: self, role: "co", lead: other, words };
}

/** A person, a deadline, a count or a duty phrase after the name. */
function takeEnd(raw: string, f: string): Step | null {
  const duty = DUTY_END.exec(f);
  if (duty && duty.index > 0) {
    const rest = raw.slice(0, duty.index).trim();
    if (endsLikeUnit(rest)) {
      const word = duty[1] as string;
      const role = /^(牵头|主办|主责)/.test(word)
        ? "lead"
        : new RegExp(`^${CO_VERB}`).test(word)
          ? "co"
          : undefined;
      return { kind: "clause", name: rest, ...(role ? { role } : {}), words: raw.slice(duty.index) };
    }
  }
  const count = COUNT_END.exec(f);
  if (count && endsLikeUnit(count[1] as string)) {
    return {
      kind: "count",
      name: raw.slice(0, (count[1] as string).length).trim(),
      words: raw.slice((count[1] as string).length).trim(),
    };
  }
  for (let at = 2; at < f.length - 1; at++) {
    const tail = f.slice(at).trim();
    if (/^[\d年月季上下本今明]/.test(tail) && isDeadline(tail) && endsLikeUnit(raw.slice(0, at))) {
      return { kind: "deadline", name: raw.slice(0, at).trim(), deadline: raw.slice(at).trim() };
    }
  }
  return takePerson(raw, f);
}

/**
 * True when a name that does not read as a unit as written does once the guard takes off a label, a person or a
 * deadline glued to it (牵头部门:市政府办, 市民政局伍泽国, 县住建局 2020年底): readers keep such a name, the tasks'
 * guard cleans it. A clause (各区政府具体实施, A配合B) or a count (中小学2个) stays what it is, except in a cell under
 * a units column (`inUnitsCell`), where a duty word or a count after a unit (县发改局要, 县林业局3处) is no task's words.
 * @example cleansToUnit("市民政局伍泽国") && !cleansToUnit("各区政府具体实施") && cleansToUnit("县发改局要", true)
 */
export function cleansToUnit(raw: string, inUnitsCell = false): boolean {
  const f = fold(raw).trim();
  if (f.length < 4 || f.length > 40) return false;
  // isUnitLike asks about the same few names over and over: each is judged once (the memo is kept small).
  let kinds = judged.get(raw);
  if (kinds === undefined) {
    const g = guardUnit(raw);
    kinds = g.kinds.length > 0 && isUnitLikeAsWritten(g.name) ? g.kinds : null;
    if (judged.size >= 5000) judged.clear();
    judged.set(raw, kinds);
  }
  const plain = kinds !== null && kinds.every((k) => k === "label" || k === "person" || k === "deadline");
  return kinds !== null && (plain || inUnitsCell);
}

// The kinds of what the guard took off a name that then reads as a unit; null for a name it leaves or cannot clean.
const judged = new Map<string, readonly GuardKind[] | null>();

/** True when a name in a units column's cell is a unit, or one with words glued to it that the guard takes off. */
export function isUnitInCell(raw: string): boolean {
  return isUnitLikeAsWritten(raw) || cleansToUnit(raw, true);
}
