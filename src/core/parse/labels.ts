/** The labels of unit, leader and deadline lines (牵头单位:, 责任单位:, 分管领导:, 完成时限: …): finding and naming them. */

import { fold, openDepth } from "../text/fold";
import {
  CO_LABEL,
  CO_MODIFIER,
  DEADLINE_LABEL,
  GLUED_LABEL_MODIFIER,
  LEADER_LABEL,
  LEADER_TITLE,
  LEAD_LABEL,
  LEAD_MODIFIER,
  LIST_LABEL,
  OTHER_LABEL,
  STAFF_CO_LABEL,
  STAFF_LEAD_LABEL,
  UNIT_PAIRING,
  UNIT_SUFFIX,
} from "./vocabulary";

const ANY_LABEL = `${STAFF_LEAD_LABEL}|${STAFF_CO_LABEL}|${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL}|${LEADER_LABEL}|${DEADLINE_LABEL}|${OTHER_LABEL}`;

/** Any label that starts a segment, followed by a colon. Group 1 is the label. */
// A label may name the level of the units it lists (市级责任单位:A;县级责任单位:各县区政府).
// A project's own field may say so (项目责任单位:, 项目责任领导:).
const LEVEL = "(?:[省市县区州盟旗]级|项目)?";
// A unit label that also asks for the person in charge (牵头单位及责任人:县住建局(张三)). Group 2 of LABEL_AT.
const PERSONS = "(?:及|和|与|/|\\()(?:责任人|负责人|联系人)\\)?";
export const LABEL_AT = new RegExp(`${LEVEL}(${ANY_LABEL})(${PERSONS})?\\s*[::]\\s*`, "g");
// A word the vocabulary does not know before a unit label at a line's start (重点责任单位:, 有关责任单位:): a
// modifier, part of the label; the label's kind is the unit label's.
const UNIT_LABEL = `(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})(?:${PERSONS})?\\s*[::]`;
const KNOWN_LABEL = `(?:${ANY_LABEL})(?:${PERSONS})?\\s*[::]`;
const MODIFIER = `(?!${KNOWN_LABEL})([\\u4e00-\\u9fff]{2})(?=${UNIT_LABEL})`;
const LABEL_LINE = new RegExp(`^${LEVEL}(?:${MODIFIER})?(${ANY_LABEL})(?:${PERSONS})?\\s*[::]`);
// The same modifier inside a line, after a separator: cut from the value before it (牵头单位:A;重点责任单位:B).
const MODIFIER_BEFORE = /(?:^|[;,、。\s(([【/|:])([\u4e00-\u9fff]{2})$/;
// …or a modifier the vocabulary names glued to the end of a unit's name (牵头单位:县甲局主体责任单位:B).
const GLUED_MODIFIER_BEFORE = new RegExp(`[\\u4e00-\\u9fff]{2}(${GLUED_LABEL_MODIFIER})$`);

/**
 * The modifier the vocabulary does not know glued before a unit label inside a line (…;重点责任单位:), or "" when
 * the words before the label are no such modifier (a unit's name, a separator).
 * @example modifierBefore("牵头单位:县甲局;重点", "责任单位") === "重点"
 */
export function modifierBefore(before: string, label: string): string {
  if (!/^(lead|co|list)$/.test(labelKind(label))) return "";
  const m = MODIFIER_BEFORE.exec(before);
  // A short name that is a unit on its own (团委, 妇联, 街道) is never a modifier.
  if (m && !UNIT_SUFFIX.test(m[1] as string)) return m[1] as string;
  const glued = GLUED_MODIFIER_BEFORE.exec(before);
  return glued && UNIT_SUFFIX.test(before.slice(0, -2)) ? (glued[1] as string) : "";
}

export type LabelKind = "lead" | "co" | "list" | "leader" | "deadline" | "other";

const STAFF_LEAD = new RegExp(`^(?:${STAFF_LEAD_LABEL})$`);
export const STAFF = new RegExp(`^(?:${STAFF_LEAD_LABEL}|${STAFF_CO_LABEL})$`);

const KIND_OF_LABEL: ReadonlyArray<[RegExp, LabelKind]> = [
  [STAFF_LEAD, "lead"],
  [new RegExp(`^(?:${STAFF_CO_LABEL})$`), "co"],
  [new RegExp(`^(?:${OTHER_LABEL})$`), "other"],
  [new RegExp(`^(?:${DEADLINE_LABEL})$`), "deadline"],
  [new RegExp(`^(?:${LEAD_LABEL})$`), "lead"],
  [new RegExp(`^(?:${CO_LABEL})$`), "co"],
  [new RegExp(`^(?:${LIST_LABEL})$`), "list"],
];

/** The kind of a label: 牵头单位 → lead, 配合单位 → co, 责任单位 → list, 完成时限 → deadline, 分管领导 → leader. */
export function labelKind(label: string): LabelKind {
  for (const [re, kind] of KIND_OF_LABEL) if (re.test(label)) return kind;
  return "leader";
}

const TITLE_AT_END = new RegExp(`(${LEADER_TITLE})$`);

/** The title carried by a leader label: 分管副市长 → 副市长; 牵头市领导 → null. */
export function titleOfLabel(label: string): string | null {
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
    if (m.index === 0 || openDepth(before) > 0) continue;
    // Glued to the words before it (…门前三包工作配合领导:张某配合部门:A): a label only when another follows it.
    if (/[。;\s]$/.test(before) || LABEL_AHEAD.test(folded.slice(m.index + m[0].length))) return m.index;
  }
  return -1;
}

// Any label with its colon, somewhere in a text.
const LABEL_AHEAD = new RegExp(LABEL_AT.source);

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

// A unit label followed by 为 instead of a colon (牵头单位为市发改委), at the start or after a separator or bracket.
const LABEL_IS = new RegExp(
  `(^|[;,、。\\s(\\[【〔])(${LEVEL}(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL}))为(?=\\S)`,
  "g",
);

/**
 * The text with `label为value` written as `label:value` (the same length, so folded positions still hold).
 * @example labelsWithColons("(牵头单位为市发改委,配合单位为市财政局)") === "(牵头单位:市发改委,配合单位:市财政局)"
 */
export function labelsWithColons(text: string): string {
  const folded = fold(text);
  if (!folded.includes("为")) return text;
  let out = text;
  LABEL_IS.lastIndex = 0;
  for (let m = LABEL_IS.exec(folded); m; m = LABEL_IS.exec(folded)) {
    const at = m.index + m[0].length - 1;
    out = `${out.slice(0, at)}:${out.slice(at + 1)}`;
  }
  return out;
}

/** True when a folded line starts with a unit, leader or deadline label and a colon. */
export function isLabelLine(folded: string): boolean {
  return LABEL_LINE.test(folded);
}

/** Kind of the label a folded line is, alone (责任单位 / 牵头单位: with nothing after it), or null. */
export function bareLabelKind(folded: string): LabelKind | null {
  const f = folded.replace(/[\s:]+$/, "").trim();
  const m = LABEL_LINE.exec(`${f}:`);
  return m && m[0].length === f.length + 1 ? labelKind(m[2] as string) : null;
}

// A label that a modifier or a pairing word sets apart from the plain one of its kind (具体责任单位 beside 责任单位).
const KEYED_LABEL = new RegExp(`^(?:${LEAD_MODIFIER}|${CO_MODIFIER}|${UNIT_PAIRING}|具体|共同|联合)`);

/**
 * What tells a unit label line from another of its kind, when a modifier does (具体责任单位, 联系单位, 共同责任单位):
 * the label itself; null for a plain label (责任单位, 牵头部门), known by its kind alone.
 * @example labelKey("联系单位:县总工会") === "联系单位"; labelKey("责任单位:A") === null
 */
export function labelKey(folded: string): string | null {
  const m = LABEL_LINE.exec(folded);
  const label = m ? (m[2] as string) : "";
  return m?.[1] ? `${m[1]}${label}` : KEYED_LABEL.test(label) ? label : null;
}

/** Kind of the label a folded line starts with, or null. */
export function lineLabelKind(folded: string): LabelKind | null {
  const m = LABEL_LINE.exec(folded);
  return m ? labelKind(m[2] as string) : null;
}

const STAFF_LINE = new RegExp(`^${LEVEL}(?:${STAFF_LEAD_LABEL}|${STAFF_CO_LABEL})\\s*[::]`);

/** True when a folded line starts with a label of named staff (主要责任人:毛杰, 具体责任人:王勇). */
export function isStaffLine(folded: string): boolean {
  return STAFF_LINE.test(folded);
}
