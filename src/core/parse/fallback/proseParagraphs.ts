/**
 * Unnumbered paragraphs, one task each, where no heading or number says so: a paragraph that ends in a bracket
 * naming roles ((住建局牵头), 【牵头单位:A;配合单位:B】), or one that names its unit in prose before the work
 * (由镇公路站负责的农村道路硬化项目, …,由县水利局牵头实施). The generic reader believes them only when two or more
 * paragraphs of the document so read (fallback/index.ts): one such sentence in a news report is not a breakdown.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { readNumbering } from "../numbering";
import { emptyRoles, isDeadline, namesRoles, readRoles, type Roles } from "../roles";
import { isUnitLike, splitUnitList } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import type { Person } from "../leader";
import { decisionRoles, leadInLength, splitRunOnDecisions } from "./proseDecisions";
import { pushAll } from "../arrays";
import { framedSubject, subjectDuty, type SubjectDuty } from "../subjectDuty";
import { DATED_WORK } from "../dutyWords";
import { closingByClause } from "../closingClause";

/** True when the roles name a unit of any role. */
const namesUnits = (r: Roles): boolean => r.leads.length + r.listed.length + r.coUnits.length > 0;

// A paragraph's end: a closing bracket, then perhaps a sentence's end, a table bar or spaces.
const TRAILER = /[\s。.;|]+$/;
// The unit named in prose before the work or after it: 由A负责的… / 由A、B牵头实施 / 由A牵头负责.
const BY_UNIT = /由([^,;。:由()]{2,40}?)(?:牵头)?(?:负责|实施|组织实施)(?:的|实施|建设|落实)?/;
// The unit as the subject of the work it is responsible for: 县住建局负责实施的老旧小区改造项目 (at a sentence's start).
const SUBJECT_UNIT =
  /(?:^|[,;。:])\s*([^,;。:由()“”"]{2,30}?)(?:牵头|负责)(?:实施|建设|落实|推进)?的[^,;。:]{0,20}?(?:项目|工程)/;
// A problem's unit named by a label with 是/为 anywhere in the sentence: …,责任单位是X,… / 其责任单位为X.
const UNIT_IS = /(?:责任|整改|主管|监管)(?:单位|部门|主体)(?:是|为)([^,;。:()是为]{2,30})/;
// The time the work is expected done: 预计2021年11月份完成 / 计划2024年底前建成.
const EXPECTED =
  /(?:预计|计划|力争|确保|将于|于)(\d{4}年[^,;。]{0,8}?)(?:前)?(?:建成|完成|竣工|投用|投入使用)/;

/** The roles of a bracket that closes a paragraph (with role words or labels), and the words before it. */
function closingBracket(text: string): { text: string; roles: Roles } | null {
  const f = fold(text).replace(TRAILER, "");
  if (!/[)\]】〕]$/.test(f)) return null;
  const open = Math.max(f.lastIndexOf("("), f.lastIndexOf("["), f.lastIndexOf("【"), f.lastIndexOf("〔"));
  // Words of a task before the bracket; nothing but role words or labels inside it (a bare name is not enough).
  if (open < 4) return null;
  const inside = text.slice(open + 1, f.length - 1);
  if (!namesRoles(inside)) return null;
  const roles = readRoles(inside, { bareUnits: false });
  if (!roles.matched) return null;
  return { text: text.slice(0, open).trim(), roles };
}

/** The units listed (the first leads, the others help), or all leading. */
function listedRoles(units: readonly string[], allLead = false): Roles {
  const roles = emptyRoles();
  for (const u of units) (allLead ? roles.leads : roles.listed).push(u);
  roles.matched = true;
  return roles;
}

/**
 * The unit a paragraph names in prose — as its subject (区住建局负责… / 交通部门,负责…, subjectDuty.ts) or before or
 * after the work (由A负责的…) — as listed roles, when every name in it looks like a unit.
 */
function unitInProse(text: string): Roles | null {
  const subject = subjectDuty(text);
  if (subject) return subjectRoles(subject);
  // A paragraph closed by its 由… sentence naming a lead and its partners (…,由A牵头,B配合。 / …,由A牵头会同B抓好落实。).
  const closing = closingByClause(text)?.roles;
  if (closing && closing.leads.length > 0 && closing.leader === null && closing.rest.length === 0) {
    const named = [...closing.leads, ...closing.listed, ...closing.coUnits];
    if (named.every(isUnitLike)) return closing;
  }
  const f = fold(text);
  const by = BY_UNIT.exec(f);
  const is = by ? null : UNIT_IS.exec(f);
  const m = by ?? is ?? SUBJECT_UNIT.exec(f);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1] as string, by || is ? 1 : 0);
  const units = splitUnitList(text.slice(start, start + (m[1] as string).length));
  if (units.length === 0 || !units.every(isUnitLike)) return null;
  return listedRoles(units);
}

/** The roles of a subject unit: the first listed leads, or all (A、B牵头…). */
const subjectRoles = (subject: SubjectDuty): Roles => listedRoles(subject.units, subject.allLead);

/** A subject that only 要 do something, with no time set for its work (…,10月底完成年度任务 is a commitment). */
const onlyRequired = (subject: SubjectDuty | null, words: string): boolean =>
  subject?.requirement === true && !DATED_WORK.test(fold(words));

/** The expected time of completion a paragraph states (预计2021年11月份完成 → 2021年11月份), or null. */
function expectedBy(text: string): string | null {
  const m = EXPECTED.exec(fold(text));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] as string);
  const phrase = text.slice(at, at + (m[1] as string).length);
  return isDeadline(phrase) ? phrase : null;
}

/**
 * Reads each unnumbered paragraph that ends in a role bracket or names its unit in prose as a task, numbered
 * 1, 2, 3 in order; numbered lines and paragraphs without such units are passed over.
 * @example readProseParagraphs(lines("新建停车场3处(县住建局牵头)\n改造路灯(县城管局牵头)")).map((t) => t.leads)
 *   → [["县住建局"], ["县城管局"]]
 */
export function readProseParagraphs(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  const required = new Set<ProseTask>();
  for (const line of lines) {
    if (line.text === "" || readNumbering(line.folded)) continue;
    const closing = closingBracket(line.text);
    const clauses = closing ? null : clausesWithUnits(line.text);
    if (clauses) {
      for (const c of clauses) {
        const task = paragraphTask(String(out.length + 1), c.text, c.roles, line.no, c.leader ?? null);
        out.push(task);
        if (c.requirement) required.add(task);
      }
      continue;
    }
    const framed = closing || unitInProse(line.text) ? null : framedSubject(line.text);
    const roles = closing?.roles ?? unitInProse(line.text) ?? (framed && subjectRoles(framed.subject));
    if (!roles) continue;
    const words = closing ? closing.text : line.text.slice(framed?.from ?? 0);
    const task = paragraphTask(String(out.length + 1), words, roles, line.no);
    if (task.leads.length + task.coUnits.length === 0) continue;
    out.push(task);
    if (!closing && onlyRequired(framed?.subject ?? subjectDuty(line.text), words)) required.add(task);
  }
  // A unit that 要 do something is a notice's requirement (县督查办要跟踪问效) unless duties stand beside it.
  if (out.length - required.size >= MIN_DUTIES) return out;
  return out.filter((t) => !required.has(t)).map((t, k) => ({ ...t, id: String(k + 1) }));
}

// How many paragraphs must name their units as duties (not requirements) for the requirements to be read.
const MIN_DUTIES = 2;

/** The task of a paragraph (or of one of its clauses) that names its roles. */
function paragraphTask(
  id: string,
  text: string,
  roles: Roles,
  line: number,
  leader: Person | null = null,
): ProseTask {
  return rolesTask(id, text, [roles], {
    line,
    end: line,
    deadline: roles.deadline ?? expectedBy(text),
    leader,
  });
}

/**
 * A paragraph of clauses set apart by ; that each name their unit in prose (由A负责的…项目…;由B负责的…工程…;C负责实施的
 * …项目…): each a task of its own, in order. A clause that names none stays with the one before it; null unless two or
 * more clauses name units.
 */
function clausesWithUnits(
  paragraph: string,
): Array<{ text: string; roles: Roles; leader?: Person | null; requirement?: boolean }> | null {
  // A copied table's bar closing the line (…通报一次。 |) is no clause's words.
  const text = paragraph.replace(/\s*\|+\s*$/, "");
  const pieces: string[] = [];
  let at = 0;
  for (const piece of splitTopLevel(fold(text), ";。")) {
    // A second decision run on after a comma inside the clause is a piece of its own (proseDecisions.ts).
    pushAll(pieces, splitRunOnDecisions(text.slice(at, at + piece.length + 1).trim()));
    at += piece.length + 1;
  }
  if (pieces.length < 2) return null;
  const out: Array<{ text: string; roles: Roles; leader?: Person | null; requirement?: boolean }> = [];
  // A numbered title sentence run on in the paragraph ((七)严格目标考核。X具体负责…): the title of the clause after it.
  let title = "";
  for (const piece of pieces) {
    // A subject after a report's framing phrases (根据…,今年,市住建局要…) when the clause opens with none.
    const framed = unitInProse(piece) ? null : framedSubject(piece);
    const roles = unitInProse(piece) ?? (framed && subjectRoles(framed.subject));
    const decision = roles ? null : decisionRoles(piece);
    const last = out[out.length - 1];
    // A clause opening with its subject unit keeps its words from the unit on (past a page's [接上页]).
    const subject = framed?.subject ?? (roles ? subjectDuty(piece) : null);
    const own = title + piece.slice(framed?.from ?? subject?.at ?? leadInLength(piece, out.length === 0));
    const number = roles || decision ? null : readNumbering(fold(piece));
    if (roles) out.push({ text: own, roles, requirement: onlyRequired(subject, piece) });
    else if (decision) out.push({ text: own, roles: decision.roles, leader: decision.leader });
    else if (number && !title) {
      title = piece.slice(number.length).trim();
      continue;
    } else if (last && piece) last.text = `${last.text}${title}${piece}`;
    title = "";
  }
  if (title && out.length > 0) (out[out.length - 1] as { text: string }).text += title;
  return out.filter((c) => namesUnits(c.roles)).length >= 2 ? out : null;
}
