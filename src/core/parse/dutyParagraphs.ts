/**
 * A list of member units' duties written unit-first and without numbers, as a plan's 职责分工 gives it under its
 * heading: `县环保局。负责…` / `县交通局、公路局。负责…` / `县农委:负责…`. Each paragraph is a task of the heading
 * above it, led by the unit it opens with (the first of several leads, the others are co-units); its words are
 * kept whole, the units' names and all, as the document writes them.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import type { Node } from "./node";
import type { Outline } from "./outline";
import { readRoles } from "./roles";
import { subjectDuty, type SubjectDuty } from "./subjectDuty";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "./vocabulary";

/** The verbs a unit's duties open with, after its name and a stop, colon or comma (负责…, 指导…, 协助…). */
export const DUTY_VERB = "负责|主要负责|承担|牵头负责|具体负责|指导|协助";
// A unit label in the paragraph (资金协调组。负责… 牵头单位:A): the names before the stop are a group, not units.
const LABEL_IN = new RegExp(`(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*[::]`);

/**
 * The units a member of a duty list opens with as its subject, set apart from its duty by a full stop, a colon or a
 * comma (县交通局、公路局。负责… / 县农委:负责… / 交通部门,负责…, subjectDuty.ts), or null; a requirement
 * (区环保局要…) or a paragraph naming its units by label is not one.
 */
function listedDuty(text: string): SubjectDuty | null {
  const subject = subjectDuty(text, { colon: true });
  if (!subject || !/^[。:,]$/.test(subject.separator) || subject.requirement) return null;
  return LABEL_IN.test(fold(text)) ? null : subject;
}

/**
 * The units a paragraph under a heading opens its duties with, set apart from them by a full stop or a colon
 * (县交通局、公路局。负责… / 县农委:负责…, subjectDuty.ts), or null.
 */
export function dutyUnits(text: string): string[] | null {
  const duty = listedDuty(text);
  // After a comma or with none, a paragraph under a heading is the generic readers' (fallback/subjectParagraph.ts),
  // which also read the units it works with (会同县公安局开展…).
  if (!duty || duty.separator === "," || duty.at > 0) return null;
  return [...duty.units];
}

/**
 * The units of a member of a run of duties with no heading above it on its page (交通部门,负责… at the top of a
 * page that opens inside the list): a comma may set them apart too, there being no field heading to read it.
 */
const runUnits = (text: string): string[] | null => {
  const duty = listedDuty(text);
  return duty ? [...duty.units] : null;
};

/** True when the node is a duty paragraph this reader made: the next one goes beside it. */
const isDuty = (node: Node): boolean =>
  node.paragraph && node.style === null && (labelled.has(node) || runUnits(node.text) !== null);

// Duty paragraphs whose units were a label (区委宣传部:制订…), their words kept without it.
const labelled = new WeakSet<Node>();

/**
 * A duty paragraph without a number: made a task under the numbered heading above it (or beside the duty
 * paragraph before it, or at the top when the next line is one too), its units read from its opening. False, and
 * nothing done, for any other line.
 */
export function onDutyParagraph(o: Outline, line: SourceLine, next: SourceLine | null = null): boolean {
  const cur = o.current;
  const root = o.part.root;
  // A run of two or more at the top (a page that opens inside the list, its heading on the page before).
  const atTop =
    (!cur || cur === root || (cur.parent === root && cur.style === null && cur.roles.length === 0)) &&
    next !== null &&
    runUnits(next.text) !== null;
  if (!atTop && (!cur || cur === root)) return false;
  const under = atTop
    ? root
    : cur && isDuty(cur)
      ? cur.parent
      : cur && cur.style !== null && !cur.closed && cur.roles.length === 0
        ? cur
        : null;
  if (!under) return false;
  // Beside a run's member or at the top, a comma sets the units apart too; under a heading, only 。 or :.
  const names = atTop || (cur !== null && isDuty(cur)) ? runUnits(line.text) : dutyUnits(line.text);
  if (!names) return false;
  const roles = readRoles(names.join("、"), { bareUnits: true });
  if (roles.leads.length + roles.listed.length === 0) return false;
  // A colon after the names makes them the duty's label (区委宣传部:制订…): the words are those after it.
  const colon = fold(line.text).indexOf(":");
  const label = listedDuty(line.text)?.separator === ":" && colon > 0;
  const node = o.addNode(
    line.no,
    null,
    null,
    false,
    label ? line.text.slice(colon + 1).trim() : line.text,
    under,
  );
  if (label) labelled.add(node);
  node.paragraph = true;
  o.attach(roles, line);
  node.closed = true;
  return true;
}
