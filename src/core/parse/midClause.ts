/**
 * A 由… role clause in the middle of a task's sentence, with more of the task after it: (一)停车场建设由县住建局负责,
 * 于7月11日前完成选址。 / …,由A负责,B、C配合;完成… / 城区道路改造由张三牵头,县住建局落实,年底前完工。 The clause
 * runs from 由 over the clauses after it that are nothing but roles; the first date with 前 after it is the deadline.
 * Without 由, a clause of units that 各负其责 (…,A、B要各负其责,节假日前…) names them, the first leading.
 */

import { fold, openDepth, splitTopLevel } from "../text/fold";
import { emptyRoles, readRoles, type Roles } from "./roles";
import { subjectDuty } from "./subjectDuty";
import { isCollective } from "./splitUnits";
import { endsLikeUnit } from "./unitLike";
import { PROSE_ROLE_OPENER } from "./vocabulary";
import { sectorRoles } from "./sectorNames";
import { pushAll } from "./arrays";

// How many clauses after 由 may name roles (由A牵头,B配合,C参与 is three).
const MAX_CLAUSES = 3;
// 由 that says who does the work, not 由于 (because), 自由, 理由, 缘由, 事由, 经由, 来由.
const NOT_BY_BEFORE = /[自理缘事经来因]/;
const NOT_BY_AFTER = /[于此衷]/;
// The verb that closes the first clause (由A负责落实 / 由A牵头): read as 负责 unless it is 牵头.
const FIRST_VERB =
  /(?:负责组织实施|负责落实|抓好落实|组织实施|牵头实施|负责实施|牵头负责|牵头落实|牵头|负责|落实|实施)$/;
// A deadline after the clause: 于7月11日前, 2024年6月底前, 10月中旬前.
const DEADLINE_BEFORE = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|上旬|中旬|下旬)?前|\d{4}年(?:底|年底|末)前/;

/**
 * The roles of the first 由… clause inside a text that more of the task follows, with the deadline said after
 * it; null when there is none, or when a name in it does not end like an organisation (由于天气原因 / 由张三负责 alone).
 * @example midByClause("停车场建设由县住建局负责,于7月11日前完成选址。")?.leads → ["县住建局"] (deadline 7月11日前)
 */
export function midByClause(text: string): Roles | null {
  const f = fold(text);
  for (let at = f.indexOf("由"); at >= 0; at = f.indexOf("由", at + 1)) {
    if (at > 0 && NOT_BY_BEFORE.test(f[at - 1] as string)) continue;
    if (NOT_BY_AFTER.test(f[at + 1] ?? "") || openDepth(f.slice(0, at)) !== 0) continue;
    // A sentence that opens with the clause (由A负责,… / 。此项工作由A牵头,B参加。) is the leading and closing readers'.
    const sentence = f.slice(f.lastIndexOf("。", at) + 1, at + 1).trim();
    if (PROSE_ROLE_OPENER.exec(sentence)?.[0] === sentence) continue;
    const roles = rolesFrom(text, f, at + 1);
    if (roles) return roles;
  }
  return eachOwnClause(text, f) ?? subjectClause(text, f);
}

// Words of a heading, not of an office's name (监督 in 市场监督管理局 / 营商环境建设监督局 is the office's); a heading's
// verbs too (三、实行跟踪督办 / 二、明确工作责任 run into the paragraph's subject: no office 实行跟踪督办州政府督查室).
const HEADING_WORD =
  /领域|方面|行业|环节|考核|监督(?!管理局|局)|工作|安排|措施|要求|目标|任务|问题|重点|职责|分工|实行|跟踪|明确/;
// A topic clause before the sentence's subject: 关于2018年重点项目建设推进问题, / 针对…问题, / 对…工作,.
const TOPIC = /^(?:关于|针对|对于|对)[^,;。:]{2,40},\s*/;
// A numbered item's title sentence before the sentence naming its body: (七)严格目标考核。X具体负责….
const TITLE = /^[^,;。:()]{2,16}。\s*/;

/**
 * The units a task's sentence has as its subject, perhaps after a topic clause or a title sentence (市住建局负责推进… /
 * 关于…问题,项目办、政府督查室要盯住… / 针对…问题,县审计局负责… / 严格目标考核。X具体负责…): the first listed leads, or all
 * with 牵头 (subjectDuty.ts); null otherwise.
 */
function subjectClause(text: string, f: string): Roles | null {
  const topic = TOPIC.exec(f) ?? titled(text, f);
  const subject = subjectDuty(text.slice(topic?.[0].length ?? 0));
  // Without a topic, the item's own words open with the subject: a heading's words run into it (消防安全领域镇应急办牵头,
  // 监督及考核镇安委会办公室负责) are not an office's name.
  // After a separator (县农业农村局,负责…) the words may be a paragraph run into a heading: the generic readers' then.
  // A list of two or more units set apart by a comma (清河、西三旗街道和东北旺乡,要…) is a subject, not a heading's words.
  const listed = subject !== null && subject.separator === "," && subject.units.length >= 2;
  const headed =
    subject &&
    !topic &&
    ((subject.separator !== "" && !listed) || subject.units.some((u) => HEADING_WORD.test(fold(u))));
  if (!subject || headed) return null;
  const roles = emptyRoles();
  for (const u of subject.units) (subject.allLead ? roles.leads : roles.listed).push(u);
  roles.matched = true;
  pushAll(roles.coUnits, laterSubjects(text, f, topic?.[0].length ?? 0, subject.units));
  return roles;
}

/**
 * The bodies that later sentences or clauses of the same item have as the subjects of duties of their own (第二条
 * A是云平台的主管部门,B负责日常管理工作。C受A委托,负责…): they work on the item beside the first subject, co-units —
 * named offices with their verb right after the names, never a group or a requirement.
 */
function laterSubjects(text: string, f: string, from: number, first: readonly string[]): string[] {
  const out: string[] = [];
  let at = from;
  for (const piece of splitTopLevel(f.slice(from), ",;。")) {
    const start = at;
    at += piece.length + 1;
    if (start === from) continue;
    const s = subjectDuty(text.slice(start));
    if (!s || s.at !== 0 || s.separator !== "" || s.requirement || s.units.some(isCollective)) continue;
    for (const u of s.units) if (!first.includes(u) && !out.includes(u)) out.push(u);
  }
  return out;
}

/**
 * A title sentence naming no unit, when the sentence after it names its body as the subject of a duty with the verb
 * right after the names (严格目标考核。盟、旗…领导小组具体负责考核验收): a requirement (要) or a separated subject there is
 * no body's duty; null otherwise.
 */
function titled(text: string, f: string): RegExpExecArray | null {
  const title = TITLE.exec(f);
  if (!title || subjectDuty(text.slice(0, title[0].length)) !== null) return null;
  const after = subjectDuty(text.slice(title[0].length));
  return after && after.at === 0 && after.separator === "" && !after.requirement ? title : null;
}

/**
 * True when a paragraph's first sentence says who does it in a 由… clause after the task's words (…专项整治,由县公安局
 * 负责,有关部门配合。要加强…): the paragraph is a task, not the notice's prose, though more sentences follow.
 */
export function opensWithRoles(text: string): boolean {
  const f = fold(text);
  const end = f.indexOf("。");
  // A clause inside quotation marks is what someone asked for (会议要求“由市政府负责,…”), not the task's roles.
  const quoted = /[“"「]/.test(f.slice(0, f.indexOf("由")));
  return end > 0 && end < f.length - 1 && !quoted && midByClause(text.slice(0, end + 1)) !== null;
}

// Units that each answer for their part, in a clause of their own: …,A、B要各负其责,节假日前开展检查。
const EACH_OWN = /^(.{2,60}?)(?:要|应|须|应当|必须)?(?:各负其责|各司其职)$/;
// The verb's clause alone, its units in the clause before: 要各负其责.
const EACH_ALONE = /^(?:要|应|须|应当|必须)?(?:各负其责|各司其职)$/;

/** The roles of a clause of units that 各负其责 inside a text (the first listed leads), or null. */
function eachOwnClause(text: string, f: string): Roles | null {
  let start = 0;
  let prev: { from: number; clause: string } | null = null;
  for (const clause of splitTopLevel(f, ",;。")) {
    const from = start;
    start += clause.length + 1;
    const here = { from, clause };
    // 铁路、水利等部门,要各负其责: the units stand in the clause before the verb's own.
    const alone = EACH_ALONE.test(clause.trim()) && prev !== null && f[from - 1] === ",";
    const m = alone
      ? /^(.+)$/.exec((prev as { clause: string }).clause.trim())
      : EACH_OWN.exec(clause.trim());
    const owner = alone ? (prev as { from: number; clause: string }) : here;
    prev = here;
    if (!m) continue;
    // The units as written, their verb read as 负责 (shared: the first listed leads).
    const at = owner.from + owner.clause.indexOf(m[1] as string);
    const read = readRoles(`${text.slice(at, at + (m[1] as string).length)}负责`, { bareUnits: false });
    const units = [...read.leads, ...read.listed, ...read.coUnits];
    const roles = units.every(endsLikeUnit) ? read : sectorRoles(read);
    // 各部门要各负其责 alone is a requirement of the document, not a task's units: one named unit at least.
    const named = units.some((u) => !isCollective(u));
    if (roles && roles.matched && roles.rest.length === 0 && named) return roles;
  }
  return null;
}

/** The longest run of role clauses from `start` (after 由) that reads cleanly, with a deadline after it. */
function rolesFrom(text: string, f: string, start: number): Roles | null {
  const ends: number[] = [];
  for (let i = start; i <= f.length && ends.length < MAX_CLAUSES; i++)
    if (i === f.length || (/[,;。]/.test(f[i] as string) && openDepth(f.slice(start, i)) === 0)) ends.push(i);
  const first = f.slice(start, ends[0]);
  const verb = FIRST_VERB.exec(first)?.[0];
  if (!verb) return null;
  // The first clause as written, its closing verb read as 负责 (牵头 kept).
  const head = `${text.slice(start, (ends[0] as number) - verb.length)}${/^牵头/.test(verb) ? "牵头" : "负责"}`;
  let best: { roles: Roles; end: number } | null = null;
  for (const end of ends) {
    const read = readRoles(head + text.slice(ends[0], end).replace(/[。;]+$/, ""), { bareUnits: false });
    const units = [...read.leads, ...read.listed, ...read.coUnits];
    const named = units.every(endsLikeUnit) ? read : sectorRoles(read);
    const roles = named ?? read;
    const clean = roles.matched && roles.rest.length === 0 && named !== null;
    if (clean && roles.leads.length + roles.listed.length > 0) best = { roles, end };
    else if (!clean) break;
  }
  if (!best) return null;
  const due = DEADLINE_BEFORE.exec(f.slice(best.end));
  if (due && !best.roles.deadline) {
    const from = best.end + due.index;
    best.roles.deadline = text.slice(from, from + due[0].length);
  }
  return best.roles;
}
