/**
 * The outline's readers of prose shapes around a task line: units written before the task's words, a role
 * bracket that opens the next line, a unit label alone on its line, a leader's heading that names the lead.
 */

import { fold, matchingOpener } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { classify, readHeadingLeader } from "./classify";
import type { Person } from "./leader";
import { endsWithRoleBracket, type Node } from "./node";
import type { Outline } from "./outline";
import { readLeadingRoles } from "./prose";
import { bareLabelKind, lineLabelKind } from "./labels";
import { emptyRoles, namesRoles, readRoles, type Roles } from "./roles";
import { isDeadline } from "./deadline";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "./vocabulary";

/**
 * A line that opens with a role bracket while the task above is still open (…我市2010年耕地保有量面积。 /
 * (市国土房管局牵头)主要污染物排放总量减少10%。…): the bracket closes that task (a copy broke the line before
 * it), and the rest of the line is read as a line of its own. False when the line does not so open.
 */
export function closeWithLeadingBracket(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const cur = o.current;
  const f = line.folded;
  if (!cur || cur === o.part.root || cur.closed || cur.heading || !/^[([【]/.test(f)) return false;
  const close = closingOf(f);
  const rest = close > 0 ? line.text.slice(close + 1).trim() : "";
  if (!rest || /^[。;,、]/.test(fold(rest)) || !namesRoles(f.slice(1, close))) return false;
  const text = line.text.slice(0, close + 1);
  o.line({ ...line, text, folded: fold(text) }, next);
  o.line({ ...line, text: rest, folded: fold(rest) }, next);
  return true;
}

/** Where the bracket that opens a folded text closes, or -1. */
function closingOf(folded: string): number {
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    if (/[([【〔]/.test(c)) depth++;
    else if (/[)\]】〕]/.test(c) && --depth === 0) return i;
  }
  return -1;
}

/**
 * A heading that names the leader and, in a bracket after it, the lead of its tasks: 李某某副市长牵头(市住建局牵头).
 * Null for other headings.
 */
export function leaderWithLead(rest: string): { leader: Person; roles: Roles; text: string } | null {
  const f = fold(rest).trim();
  if (!endsWithRoleBracket(f)) return null;
  const close = f.length - 1;
  const open = matchingOpener(f, close);
  const leader = open > 0 ? readHeadingLeader(rest.trim().slice(0, open)) : null;
  if (!leader) return null;
  const roles = readRoles(rest.trim().slice(open + 1, close), { bareUnits: true });
  return hasUnits(roles) ? { leader, roles, text: rest.trim().slice(0, open) } : null;
}

/** True when roles name any unit. */
function hasUnits(roles: Roles): boolean {
  return roles.leads.length + roles.listed.length + roles.coUnits.length > 0;
}

// Unit names, a full stop, then their duties: 县环保局。负责… / 县交通局、公路局。承担….
const DUTY_AFTER_STOP = /^([^,。;:()]{2,40})。\s*(?=负责|主要负责|承担|牵头负责)/;
// A unit label after the duties (资金协调组。负责… 牵头单位:A): the names before 。 are a working group, not units.
const LABEL_AFTER = new RegExp(`(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*[::]`);

/**
 * Units written before the task's words: 1.【市发改委】全年实施… / 2.(牵头单位:A;配合单位:B)举办… /
 * 3.A牵头,B配合:推进…. Taken as the task's units when words follow; the task's text is what follows.
 */
export function takeLeadingUnits(o: Outline, node: Node, line: SourceLine): void {
  const text = node.text;
  const f = fold(text);
  // 由区民政局牵头,区卫健委参与,建设医养结合机构2家。
  const opening = emptyRoles();
  const after = readLeadingRoles(text, opening);
  if (after) {
    opening.matched = true;
    node.text = after;
    o.attach(opening, line);
    return;
  }
  let end = -1;
  let inside = "";
  if (/^[([【〔]/.test(f)) {
    end = closingOf(f);
    inside = end > 0 ? text.slice(1, end) : "";
  } else {
    // A roles clause up to the first colon: 市住建局牵头,市自然资源局配合:推进….
    end = f.search(/[::]/);
    const clause = end > 0 ? f.slice(0, end) : "";
    inside = clause && !lineLabelKind(f) && !/[()[\]【】。;]/.test(clause) ? text.slice(0, end) : "";
    // A member unit's duties after a full stop (成员单位职责): 县环保局。负责环境监测… — names ending like offices.
    const duty = inside || LABEL_AFTER.test(f) ? null : DUTY_AFTER_STOP.exec(f);
    const names = duty ? splitUnitList(text.slice(0, (duty[1] as string).length)) : [];
    if (duty && names.length > 0 && names.every(endsLikeUnit)) {
      end = (duty[1] as string).length;
      inside = text.slice(0, end);
    }
  }
  const rest = end > 0 ? text.slice(end + 1).replace(/^[\s,;。::]+/, "") : "";
  if (!inside || fold(rest).length < 4) return;
  const roles = readRoles(inside, { bareUnits: true });
  if (!hasUnits(roles) || roles.rest.length > 0) return;
  node.text = rest;
  o.attach(roles, line);
}

/**
 * A unit label alone on its line, without its value (责任单位 / 市国资委、市财政局): held, so that the next line
 * is read as its value. Only under a task, and only when the next line is unit names (or a deadline).
 */
export function holdBareLabel(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const cur = o.current;
  if (!cur || cur === o.part.root || cur.heading || !next) return false;
  const kind = bareLabelKind(line.folded);
  const names = splitUnitList(next.text);
  // In a vertical record (具体任务 / … / 完成时限 / …), whatever line follows a label is its value.
  // A numbered line is the next task's, unless the records carry no number (then it is a list in the value).
  const inRecord =
    o.record === cur && kind !== null && (cur.style === null || classify(next, null).kind !== "numbered");
  const fits =
    inRecord ||
    (kind === "deadline"
      ? isDeadline(next.text)
      : (kind === "lead" || kind === "co" || kind === "list") &&
        names.length > 0 &&
        names.every(endsLikeUnit));
  if (!fits) return false;
  o.pendingLabel = line.text.replace(/[\s:：]+$/, "");
  return true;
}
