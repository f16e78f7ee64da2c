/**
 * A named office given work in a speech a news report retells: `会议指出,…;市发改委要发挥牵头作用,拉出任务清单,列出推进
 * 计划…` / `李某指出,领导小组办公室要发挥好统筹协调作用,组织好…交流活动` / `张某强调,…是重要民生项目,镇人大要把该项目作为
 * 重点监督项目之一,跟踪施工进度…` / `市经信局、市发改委作为…牵头责任单位,要紧盯重点工作…` — a clause whose subject is a
 * named office (not a group) and 要, in a paragraph that retells what a leader or a meeting said (指出, 强调, 要求), is a
 * task led by it, one alone enough — its work dated or not (市住建局要在8月底完成老旧小区改造: the speech gives it the
 * work as much as 市住建局要梳理项目清单 does). Not read: a unit's sentence outside any speech (a report's fact, however
 * dated), a group (各县市区各部门要…), an office that checks the work (督查室要跟踪问效,
 * a notice's closing), and bare exhortations with no work item (市住建局要加强领导,压实责任 / 主动作为,做好服务).
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { readNumbering } from "../numbering";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { subjectDuty } from "../subjectDuty";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { BARE_EXHORTATION, CHECKING_OFFICE, SPEECH_VERB, UNNAMED_SUBJECT } from "../dutyWords";

// The units' role set apart between the names and 要 (A、B作为…牵头责任单位,要…): passed over.
const APPOSITION = /^([^,;。:“”]{2,60}?)作为[^,;。:]{2,30}[,,]\s*(?=要)/;

// How many comma pieces of a clause may stand before its subject, and how far past it the work is read.
const MAX_PIECES = 4;
const MAX_WINDOW = 200;

/** The named offices a clause opens with as the subject of 要 (perhaps after a comma), and where; null otherwise. */
function demandAt(clause: string): { units: string[]; at: number; allLead: boolean } | null {
  const f = fold(clause);
  let at = 0;
  // The subject stands within the clause's first pieces (after the speaker and a framing clause, or the speech's colon):
  // linear in the text.
  for (const piece of splitTopLevel(f, ",:").slice(0, MAX_PIECES)) {
    const here = clause.slice(at, at + MAX_WINDOW);
    const apposition = APPOSITION.exec(fold(here));
    const text = apposition
      ? `${here.slice(0, (apposition[1] as string).length)}${here.slice(apposition[0].length)}`
      : here;
    const s = subjectDuty(text);
    if (s && s.at === 0 && s.separator === "" && /^要/.test(fold(text).slice(joinedLength(s.units, text)))) {
      if (!namedFirst(s.units)) return null;
      // Their role set apart as 牵头 (A、B作为…牵头责任单位,要…): all lead.
      const allLead = apposition !== null && /牵头/.test(apposition[0]);
      const words = fold(text).slice(joinedLength(s.units, text) + 1);
      return workItem(words) ? { units: [...s.units], at, allLead } : null;
    }
    at += piece.length + 1;
  }
  return null;
}

/**
 * True when the first unit is a named office and the others are named offices or groups helping it (自治区政府办公厅和
 * 有关部门): no group, checking office, people or kind of body first.
 */
function namedFirst(units: readonly string[]): boolean {
  const notOffice = (u: string) =>
    isCollective(u) || CHECKING_OFFICE.test(fold(u)) || UNNAMED_SUBJECT.test(fold(u));
  const [first, ...rest] = units;
  return first !== undefined && !notOffice(first) && rest.every((u) => isCollective(u) || !notOffice(u));
}

// A leader's demand naming whom it asks (蓝某…,要求自治区政府办公厅和有关部门认真汇总梳理,…): 要求 opening a clause
// (not the noun: 将相关要求落到实处), then the names.
const ASKED = /(?:^|[,,])\s*要求(?![,:,:如])/;
// The longest names read after 要求.
const MAX_ASKED = 40;

/** The named offices a leader's 要求 asks to do a work item (要求A和有关部门认真汇总梳理,…), and where; null otherwise. */
function askedAt(clause: string): { units: string[]; at: number; allLead: boolean } | null {
  const f = fold(clause);
  const m = ASKED.exec(f);
  if (!m) return null;
  const from = m.index + m[0].length;
  // The longest run after 要求 that is nothing but unit names, the work after it.
  for (let k = Math.min(MAX_ASKED, f.length - from); k >= 2; k--) {
    const names = clause.slice(from, from + k);
    if (/[,;。:、\s]$/.test(names) || /[,;。:]/.test(fold(names))) continue;
    const units = splitUnitList(names);
    if (units.length === 0 || !units.every((u) => endsLikeUnit(u))) continue;
    if (!namedFirst(units) || !workItem(f.slice(from + k))) return null;
    // The task's words keep the demand's verb (要求A…认真汇总梳理): the names alone are no sentence's start.
    return { units, at: from - 2, allLead: false };
  }
  return null;
}

/** How long the names are in the text (the units joined as written, up to the verb). */
function joinedLength(units: readonly string[], text: string): number {
  const last = units[units.length - 1] as string;
  return text.indexOf(last) + last.length;
}

/** True when the words after 要 hold a work item: a clause that is not a bare exhortation. */
function workItem(words: string): boolean {
  return splitTopLevel(words.replace(/[。;]$/, ""), ",").some((c) => !BARE_EXHORTATION.test(c.trim()));
}

/**
 * Reads each clause of a retold speech whose subject is a named office and 要 with a work item as a task it leads.
 * @example readNamedDemands(lines("会议指出,市发改委要拉出任务清单,列出推进计划。")).map((t) => t.leads) → [["市发改委"]]
 */
export function readNamedDemands(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (line.text === "" || readNumbering(line.folded)) continue;
    const speech = SPEECH_VERB.exec(line.folded) ?? ASKED.exec(line.folded);
    if (!speech) continue;
    let at = 0;
    for (const piece of splitTopLevel(line.folded, ";。")) {
      const clause = line.text.slice(at, at + piece.length + 1);
      const start = at;
      at += piece.length + 1;
      if (start + piece.length < speech.index) continue;
      const demand = demandAt(clause) ?? askedAt(clause);
      if (!demand) continue;
      const roles = emptyRoles();
      (demand.allLead ? roles.leads : roles.listed).push(...demand.units);
      roles.matched = true;
      const span = { line: line.no, end: line.no, deadline: null };
      out.push(rolesTask(String(out.length + 1), clause.slice(demand.at).trim(), [roles], span));
    }
  }
  return out;
}
