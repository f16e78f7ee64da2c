/**
 * Several bodies given work in turn in one paragraph of a meeting's report or a speech: `组委会要突出抓好客商的邀请…。
 * 凯里市要加快场地建设,其余各县要抓紧明确参展队伍…;州直有关部门要加强沟通对接…;组委会要尽快落实好接待方案…` / `州有关部门
 * 要抓紧指标分解,签订目标责任书,…,各县及有关部门要认真做好工程的规划、设计…` / `巩义市一定要以…为契机,…。省编办市县处要
 * 经常深入巩义调查研究,…` — each clause that opens with a body (a named office, a place, or a group with its level or
 * place: 州有关部门, 其余各县, 州县建设、教育等部门) and 要, with a work item after it, is a task led by that body (the first
 * listed leads); the clauses after it with no subject of their own, up to the sentence's end or the next body's clause,
 * are its words. Believed only when two different bodies are so given work in one paragraph: a lone `X要…` in a news
 * page is a named unit's demand (namedDemand.ts) or nothing. Not subjects: the whole the speech addresses (各级各部门,
 * 各县、各部门, 各部门、各单位, 全市上下, 我们), a role's name (牵头部门, 各责任单位, 相关单位: the notice's rule for whoever
 * holds it), people and kinds of body (干部, 企业), an office that checks the work (督查室), and a
 * clause whose words after 要 are a bare exhortation (加强领导, 高度重视), a clause opening with a preposition (由A负责…).
 * A department-duties list gives work the same way with 负责 for 要 (`建设部门负责指导…。发展改革部门负责争取…。财政部门
 * 负责落实…`; not 负责人, 负责同志, 负责的), in a paragraph of its own or after a numbered item's heading sentence
 * (`(二)明确工作职责。…`, itemProse.ts) — there only the duties read: a notice's requirement item gives its 要 to
 * the whole (`三、坚持跟踪问效。市财政局要指导各地…`), no share of a breakdown. Linear in the text.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { emptyRoles } from "../roles";
import { sectorList } from "../sectorNames";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { itemProse } from "./itemProse";
import { BARE_EXHORTATION, CHECKING_OFFICE, UNNAMED_SUBJECT } from "../dutyWords";
import {
  ASKING_INSIDE,
  DEMAND_OPENER,
  DEMAND_VERB,
  SUBJECT_DUTY,
  SUBJECT_PREPOSITION,
  EVERY_DEPARTMENT,
  ROLE_SUBJECT,
  SECTOR_LEVEL,
  WHOLE_SUBJECT,
} from "../vocabulary";

// The subject's longest length: a few names set apart by 、 and 及.
const MAX_SUBJECT = 24;

interface Demand {
  readonly units: string[];
  readonly key: string;
  text: string;
}

/**
 * The bodies a clause opens with as the subject of 要 or of a duty (负责), and where the subject starts; null otherwise.
 * `dutyOnly`: a duty's verb only (in a numbered item's paragraph, whose 要 is a notice's requirement, not a share).
 */
function subjectOf(clause: string, dutyOnly: boolean): { units: string[]; at: number } | null {
  const f = fold(clause);
  const at = (DEMAND_OPENER.exec(f) as RegExpExecArray)[0].length;
  for (let k = 2; k <= MAX_SUBJECT && at + k < f.length; k++) {
    const rest = f.slice(at + k);
    const verb = (dutyOnly ? null : DEMAND_VERB.exec(rest)) ?? SUBJECT_DUTY.exec(rest);
    if (!verb) continue;
    const names = clause.slice(at, at + k);
    const units = bodies(names);
    if (units === null) return null;
    const words = f.slice(at + k + verb[0].length);
    return workItem(words) ? { units, at } : null;
  }
  return null;
}

/** The names of a subject when it names bodies given a share of the work; null for anything else. */
function bodies(names: string): string[] | null {
  // A speech's asking verb inside the "names" (要求施工单位要…, 施工单位要求市政府要…) makes them a clause: askedDemand.ts's.
  if (/[,;。:“”]/.test(fold(names)) || SUBJECT_PREPOSITION.test(names) || ASKING_INSIDE.test(fold(names)))
    return null;
  const units = splitUnitList(names);
  if (units.length === 0) return null;
  const folded = units.map((u) => fold(u));
  if (folded.some((u) => WHOLE_SUBJECT.test(u))) return null;
  if (folded.some((u) => EVERY_DEPARTMENT.test(u)) && folded.every((u) => /^各/.test(u))) return null;
  if (ROLE_SUBJECT.test(folded[0] as string)) return null;
  if (folded.some((u) => UNNAMED_SUBJECT.test(u) || CHECKING_OFFICE.test(u))) return null;
  if (units.every((u) => endsLikeUnit(u))) return units;
  // Sectors under one department word (州县建设、教育等部门), a level perhaps before the first.
  const [first, ...rest] = units;
  const level = SECTOR_LEVEL.exec(fold(first as string));
  const bare = level ? (first as string).slice(level[0].length) : (first as string);
  const sectors = sectorList([bare, ...rest]);
  return sectors ? [first as string, ...sectors.slice(1)] : null;
}

/** True when the words after 要 hold a work item: a clause that is not a bare exhortation. */
function workItem(words: string): boolean {
  return splitTopLevel(words.replace(/[。;]$/, ""), ",").some((c) => {
    const t = c.trim();
    return t.length > 0 && !BARE_EXHORTATION.test(t);
  });
}

/** The demands of one paragraph: each body's clause with the subject-less clauses after it up to its sentence's end. */
function demands(paragraph: string, dutyOnly: boolean): Demand[] {
  const out: Demand[] = [];
  let open: Demand | null = null;
  let at = 0;
  for (const piece of splitTopLevel(fold(paragraph), ",;。:")) {
    const raw = paragraph.slice(at, at + piece.length + 1);
    at += piece.length + 1;
    const subject = subjectOf(raw, dutyOnly);
    if (subject) {
      // The clause's words run to the sentence's end: the next pieces with no subject are joined on below.
      open = { units: subject.units, key: subject.units.join("、"), text: raw.slice(subject.at) };
      out.push(open);
    } else if (open) open.text += raw;
    // A sentence's end closes the body's words.
    if (/[。:]$/.test(fold(raw))) open = null;
  }
  return out;
}

/**
 * Reads each paragraph in which two or more different bodies are given work as subjects of 要: each such clause a
 * task led by its first body, numbered 1, 2, 3 in order.
 * @example readSubjectDemands(lines("组委会要抓好客商邀请;凯里市要加快场地建设。")).map((t) => t.leads)
 *   → [["组委会"], ["凯里市"]]
 */
export function readSubjectDemands(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    const prose = line.text === "" ? null : itemProse(line);
    if (!prose) continue;
    const found = demands(prose.text.trim(), prose.from > 0);
    if (new Set(found.map((d) => d.key)).size < 2) continue;
    for (const d of found) {
      const roles = emptyRoles();
      roles.listed.push(...d.units);
      roles.matched = true;
      const at = { line: line.no, end: line.no, deadline: null };
      out.push(rolesTask(String(out.length + 1), d.text.trim(), [roles], at));
    }
  }
  return out;
}
