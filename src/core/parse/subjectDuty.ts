/**
 * A unit as the subject of its sentence, whatever follows it: the names a paragraph or clause opens with, then
 * (perhaps after a separator) the duty they do — 区住建局负责… / 区委农办要… / 项目办、政府督查室要… / 交通部门,负责… /
 * 县环保局。负责… / 县农委:负责… / 水利局牵头… / 旅游部门,指导…. Ordinary prose whose subject is a group or the
 * writer (各地要…, 全县要…, 我县要…, 我们要…), a person (县长要…) or a unit's staff (县住建局负责人…) is not such a
 * clause. One rule for the duty lists, the decisions and the subject paragraphs of every layout.
 */

import { fold } from "../text/fold";
import { isLabelLine } from "./labels";
import { isCollective } from "./splitUnits";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import {
  BARE_PLACE,
  DATED_DUTY,
  DATED_VERB,
  DUTY_VERB_AFTER_STOP,
  REQUIREMENT_VERB,
  SHARED_PLACE_LEVEL,
  SUBJECT_DUTY_VERB,
} from "./dutyWords";
import { FALLBACK_UNIT_COLUMN, REPORT_FRAME } from "./vocabulary";

// The names, a separator perhaps (a comma, a full stop or a colon with spaces about it, or a space), and the verb
// (looked at, not taken): any duty verb after a separator, a subject verb right after the names. A name may hold a
// short bracket of its own (各乡(镇)政府); up to 90 characters of names: a State Council plan lists a dozen ministries
// before 将负责.
// A regulation's alias bracket after a name (X(以下简称Y)负责…) is passed over: no part of the unit (ALIAS).
const NAMES = '^((?:[^,。;:()“”"!?\\s]|\\([^()]{1,4}\\)|\\(以下(?:简称|称)[^()]{1,20}\\)){2,90}?)';
const ALIAS = /[((]以下(?:简称|称)[^()()]{1,20}[))]/g;
const SEPARATOR = "(\\s*[,。:]\\s*|\\s+)";
// Right after the names, the work's time counts as its verb (市机场建管公司12月中旬全面开工…, dutyWords.ts DATED_DUTY).
const SUBJECT_FIRST = new RegExp(`${NAMES}${SEPARATOR}?(?=(${DATED_DUTY}|${SUBJECT_DUTY_VERB}))`);
const AFTER_STOP = new RegExp(`${NAMES}${SEPARATOR}(?=(${DUTY_VERB_AFTER_STOP}))`);
// A colon after the names is a unit's label in a duty list (区委宣传部:制订… / 商委:协调…): any words after it.
const AFTER_COLON = new RegExp(`${NAMES}(\\s*:\\s*)(?=([\\u4e00-\\u9fff]{2}))`);
// Words a sentence, not a name, opens with (由A负责的…, 在对由A负责的…, 为…, 对…, 经…同意, 要指定一个机构负责…: a
// requirement with no subject); 经济 opens a name (经济技术开发区管委会), as 要素 does (要素保障组).
const NOT_NAME_START = /^(?:[为在对把将向从按以由据]|经(?!济)|要(?!素))/;
// A page's continuation mark before the first clause of a page: [接上页] / 【续上页】 / (接上页).
const CONTINUED = /^[[【(〔]?(?:接|续|承)上页[\]】)〕]?\s*/;
// Names that are the writer or a place as a whole, not an office: 我县, 本局, 全市, 该局, 此项.
// A count or a possessive inside is a quantity or a phrase, not an office's name (10个乡镇负责…, 县里的…); so is 由
// inside (品牌保护由县质监局牵头负责: the work, then its unit — never 自由贸易区's).
const NOT_OFFICE = /^[我本全该此其这那每]|\d|的|(?<!自)由/;

/** The units a clause opens with as its subject, and where they start (after a page's continuation mark). */
export interface SubjectDuty {
  readonly units: readonly string[];
  readonly at: number;
  /** The verb is a requirement (要, 须, 应当), not a duty: believed only beside duties (dutyWords.ts). */
  readonly requirement: boolean;
  /**
   * What stands between the units and the verb, as duty lists write it (交通部门,负责… → ",", 县环保局。负责… → "。",
   * 农机中心 组织… → " "); "" when the verb follows the names directly.
   */
  readonly separator: string;
  /** Every unit leads (A、B牵头… / A、B分别负责…); otherwise the first listed leads and the others help. */
  readonly allLead: boolean;
}

/**
 * The units a paragraph or clause opens with as the subject of its duty, or null when it does not open so.
 * @example subjectDuty("区住建局负责全区村庄环境整治总协调工作。")?.units → ["区住建局"]
 * @example subjectDuty("交通部门,负责通村公路建设。")?.units → ["交通部门"]
 * @example subjectDuty("各地要加强领导。") → null
 */
export function subjectDuty(text: string, options: { colon?: boolean } = {}): SubjectDuty | null {
  const f = fold(text);
  const at = CONTINUED.exec(f)?.[0].length ?? 0;
  const rest = f.slice(at);
  // Any words after a colon only in a duty list, and never after a label (协同责任单位:…).
  const colon = options.colon === true && !isLabelLine(rest) ? colonDuty(rest) : null;
  const m = SUBJECT_FIRST.exec(rest) ?? AFTER_STOP.exec(rest) ?? colon;
  if (!m || NOT_NAME_START.test(m[1] as string)) return null;
  const names = text.slice(at, at + (m[1] as string).length).replace(ALIAS, "");
  const units = wholeOrSplit(names);
  const office = (u: string, k: number) =>
    (endsLikeUnit(u) || sharesPlaceLevel(u, units[k + 1])) && !NOT_OFFICE.test(fold(u));
  if (units.length === 0 || !units.every(office)) return null;
  // A role's name is no office (责任单位牵头,协办单位配合: how a notice tells every task's units to work).
  if (units.some((u) => FALLBACK_UNIT_COLUMN.test(fold(u)))) return null;
  const requirement = REQUIREMENT_VERB.test(m[3] as string) && !DATED_VERB.test(m[3] as string);
  const separator = (m[2] ?? "").trim() || (m[2] ? " " : "");
  const separated = separator !== "";
  // A group alone (各部门要…, 各乡镇负责…) is the document's requirement of everyone, not a task's unit — unless a
  // duty list sets it apart as one of its members (各街道办事处。负责辖区内巡查).
  if (units.every(isCollective) && (requirement || !separated)) return null;
  return { units, at, requirement, separator, allLead: /^(?:牵头|分别)/.test(m[3] as string) };
}

/**
 * A bare place listed before a place that writes the level once for both (清河、西三旗街道: 清河 is 清河街道, kept as
 * written): a unit of the list.
 */
function sharesPlaceLevel(name: string, next: string | undefined): boolean {
  return next !== undefined && BARE_PLACE.test(fold(name)) && SHARED_PLACE_LEVEL.test(fold(next));
}

/**
 * The names split into units; a name that splits at 和/及/与 into pieces that are not all units is one unit
 * (人口和计生部门, not 人口 and 计生部门).
 */
function wholeOrSplit(names: string): string[] {
  const units = splitUnitList(names);
  if (units.every((u) => endsLikeUnit(u)) || /[、,;/\s]/.test(fold(names))) return units;
  return endsLikeUnit(names) ? [names] : units;
}

/**
 * Names, a colon and words as a duty list writes a member (区委宣传部:制订…), or null: a field of a page or a form
 * (政策解读单位:县政府办公室, its name a role and its value a unit) is none.
 */
function colonDuty(rest: string): RegExpExecArray | null {
  const m = AFTER_COLON.exec(rest);
  if (!m || /单位$/.test(m[1] as string)) return null;
  return endsLikeUnit(rest.slice(m[0].length).replace(/[。;]$/, "")) ? null : m;
}

// A purpose clause before the subject (为大力支持…发展,): the work's words, kept.
const PURPOSE = /^为[^,;。:]{2,40}[,,]\s*/;

/**
 * A subject unit after a report's framing phrases (根据目标任务要求,今年,呼和浩特市住建局要在8月底完成… / 根据《分工方案》,
 * 为大力支持…发展,发展改革委、…将负责…): the subject, and where the work's words start — at the subject, or at a purpose
 * clause before it. Null when the clause opens with no such phrase, or none is followed by a subject, or by a group.
 * @example framedSubject("今年,市教育局要在11月底新建幼儿园9所。")?.from → 3
 */
export function framedSubject(text: string): { subject: SubjectDuty; from: number } | null {
  const f = fold(text);
  let at = 0;
  for (let m = REPORT_FRAME.exec(f); m; m = REPORT_FRAME.exec(f.slice(at))) at += m[0].length;
  const purpose = PURPOSE.exec(f.slice(at));
  if (at === 0 && !purpose) return null;
  const from = at;
  if (purpose) at += purpose[0].length;
  // A group first after the framing is the document's rule for everyone (根据《安全生产法》…,各乡镇、县经开区负责…).
  const subject = subjectDuty(text.slice(at));
  if (subject && isCollective(subject.units[0] as string)) return null;
  return subject
    ? { subject: { ...subject, at: at + subject.at }, from: purpose ? from : at + subject.at }
    : null;
}
