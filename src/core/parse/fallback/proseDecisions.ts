/**
 * Decisions of a meeting or a news item, one clause each, set apart by ;: WORK由PERSON牵头,UNIT落实 (a leader leads,
 * a unit carries it out), WORK由PERSON牵头,… (a leader only), UNIT负责… (the unit is the clause's subject). And the
 * words before a paragraph's first decision that are not a task: its lead-in sentence (会议决定:要按照…。) or a
 * lead-in clause (民生保障类4项实事中,由A负责的…).
 */

import { fold, openDepth } from "../../text/fold";
import { readPerson, type Person } from "../leader";
import { emptyRoles, type Roles } from "../roles";
import { isUnitLike, endsLikeUnit, splitUnitList } from "../unitLike";
import { nameAtStart } from "./subjectParagraph";

// 由王某牵头,县住建局落实 / 由王某副县长牵头,… / 由县委常委王某牵头,连夜开会…: a person (with a title perhaps) who
// 牵头, then perhaps the unit.
const PERSON_LEADS =
  /由([\p{Script=Han}·]{2,12}?)(?:同志)?牵头(?:负责)?(?:,([^,;。]{2,40}?)(?:具体落实|负责落实|落实|负责|实施|承办)(?=[,;。]|$))?/u;
// The unit as the clause's subject, its verb right after it: 督导组负责每天报送… (not 负责人, 负责同志: persons).
const SUBJECT_DOES = /^([^,;。:由()“”"]{2,30}?)负责(?!人|同志)/;

/** What a decision clause says: the roles (perhaps no unit) and the leader; null when it names neither. */
export function decisionRoles(clause: string): { roles: Roles; leader: Person | null } | null {
  const f = fold(clause).trim();
  const p = PERSON_LEADS.exec(f);
  const name = p ? (p[1] as string) : "";
  const read = p && !isUnitLike(name) && openDepth(f.slice(0, p.index)) === 0 ? readPerson(name) : null;
  const person = read?.name ? read : null;
  if (p && person) {
    const roles = emptyRoles();
    roles.matched = true;
    // The units as written (fold keeps lengths).
    const at = p[2] ? p.index + p[0].lastIndexOf(p[2]) : 0;
    const units = p[2] ? splitUnitList(clause.trim().slice(at, at + p[2].length)) : [];
    if (units.length > 0 && !units.every(endsLikeUnit)) return null;
    for (const u of units) roles.leads.push(u);
    return { roles, leader: person };
  }
  const by = byUnit(clause);
  if (by) return { roles: by, leader: null };
  const s = SUBJECT_DOES.exec(f);
  const units = s ? splitUnitList(s[1] as string) : [];
  if (units.length === 0 || !units.every(endsLikeUnit)) return null;
  const roles = emptyRoles();
  roles.matched = true;
  for (const u of units) roles.listed.push(u);
  return { roles, leader: null };
}

// The longest decision read before a second one run on after a comma.
const MAX_DECISION = 80;
// The work, then 由 and the unit that does it: 香花污水处理厂由住建局派驻专人指导督导.
const WORK_BY = /^[^,;。由]{2,30}由(?![于此衷])/;

/** The unit after 由 in a clause WORK由UNIT…, with more words after the unit; null otherwise. */
function byUnit(clause: string): Roles | null {
  const f = fold(clause).trim();
  const m = WORK_BY.exec(f);
  if (!m) return null;
  const after = clause.trim().slice(m[0].length);
  // A person who 牵头 or 负责 (由王某副县长牵头) is the other readers'; a name here is a unit's.
  if (/^[^,;。]*(?:牵头|负责)/.test(fold(after))) return null;
  const name = nameAtStart(after);
  if (!name || /\d/.test(name) || after.length - name.length < 2 || !endsLikeUnit(name)) return null;
  const roles = emptyRoles();
  roles.leads.push(name);
  roles.matched = true;
  return roles;
}

/**
 * A decision's clause cut where a second decision runs on after a comma (两场建设由王某牵头,住建局落实,香花污水处理厂由
 * 住建局派驻专人指导): the parts, each a decision; the clause alone when nothing runs on.
 */
export function splitRunOnDecisions(clause: string): string[] {
  const f = fold(clause);
  // A decision is a short clause: commas further on are not tried (the parse stays linear in a long paragraph).
  for (let c = f.indexOf(","); c > 0 && c <= MAX_DECISION; c = f.indexOf(",", c + 1)) {
    if (openDepth(f.slice(0, c)) !== 0) continue;
    const head = clause.slice(0, c);
    const read = decisionRoles(head);
    const names = read ? read.roles.leads.length + read.roles.listed.length > 0 : false;
    if (names && byUnit(clause.slice(c + 1))) return [head, ...splitRunOnDecisions(clause.slice(c + 1))];
  }
  return [clause];
}

// A label before a paragraph's first decision: 会议决定:, 会议明确:, 经研究决定: (a few words and a colon).
const LEAD_LABEL = /^[^,;。:由]{2,8}:\s*(?=[^,;。:]*由)/;
// A lead-in clause before the first 由 of a clause: 民生保障类4项实事中, / 其中, (what the items are part of).
const LEAD_IN = /^(?:[^,;。由]{2,20}中|其中)[,:]\s*(?=由)/;

/**
 * How many characters at the start of a paragraph's clause are its lead-in, not the task: a sentence before the
 * first clause's task (会议决定:要按照…工作。) and a clause like 民生保障类4项实事中,.
 * @example leadInLength("会议决定:要按照要求做好工作。九重区域整治由王某牵头", true) → 15
 */
export function leadInLength(clause: string, first: boolean): number {
  const f = fold(clause);
  let cut = 0;
  if (first) {
    const by = f.search(/由|负责/);
    if (by > 0) cut = f.lastIndexOf("。", by) + 1;
  }
  // The paragraph's label before its first decision: 会议决定: / 会议明确:.
  const label = first ? LEAD_LABEL.exec(f.slice(cut)) : null;
  if (label) cut += label[0].length;
  const m = LEAD_IN.exec(f.slice(cut));
  return m ? cut + m[0].length : cut;
}
