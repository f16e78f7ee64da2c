/**
 * A field heading ((一)道路交通领域) over a paragraph whose unit is its first sentence's subject, without a role
 * word or a label: 镇派出所强化执法力度,…。联合交通部门检查… / 镇应急办牵头,组织各村(居)委会开展…. The subject leads;
 * the units it works with (联合X / 会同X / 协同X / 组织X开展) help.
 */

import { fold, openDepth } from "../../text/fold";
import { emptyRoles, type Roles } from "../roles";
import { isCollective } from "../splitUnits";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { subjectDuty } from "../subjectDuty";
import { pushAll } from "../arrays";

// A field heading: a few words naming a field or sector, no sentence in it.
const FIELD_HEADING = /^[^,;。:]{2,16}$/;
// The longest name read as a subject or a partner.
const MAX_NAME = 16;
// A unit's name that opens with its level or a place and its level: 镇派出所, 县应急局, 沙河镇卫生院, 街道办.
const LEVEL_FIRST = /^(?:[省市县区镇乡]|街道|[\u4e00-\u9fff]{2,4}(?:省|市|县|区|镇|乡|街道))(?!\d)/;
// Words a sentence, not a name, opens with (为在我区助产机构…, 对全县…).
const NOT_NAME_START = /^[为在对把将向从按以由经全各要请]/;
// The words before a partner unit.
const PARTNER = /(?:联合|会同|协同|组织)/g;

/** True when an item's text is a short field heading (道路交通领域 / 消防安全), not a task's sentence. */
export function isFieldHeading(text: string): boolean {
  return FIELD_HEADING.test(fold(text).trim());
}

// How far past a name that ends like an organisation a longer one may end (市场监管部 → 市场监管部门, 县公安局交警大队).
const LONGER = 4;
// The work after a partner's name, never part of it (会同县公安局开展联合执法: not 县公安局开展联).
const WORK_VERB = /开展|检查|进行|实施|督促|指导|组织|做好|落实|推进|加强|查处|排查/;

/**
 * The name at the start of `s` that ends like an organisation: the first prefix that does, extended while a
 * longer one ends so within a few characters (市场监管部门, not 市场监管部; 交通部门, not 交通部门检查“路警联); "" if none.
 */
export function nameAtStart(s: string): string {
  const ends = (k: number): boolean => {
    const name = s.slice(0, k);
    return !/[“”"‘’]/.test(name) && endsLikeUnit(name) && openDepth(fold(name)) === 0;
  };
  let k = 2;
  while (k <= Math.min(s.length, MAX_NAME) && !ends(k)) k++;
  if (k > Math.min(s.length, MAX_NAME)) return "";
  for (let grew = true; grew;) {
    grew = false;
    for (let more = Math.min(s.length, k + LONGER, MAX_NAME); more > k && !grew; more--)
      if (ends(more) && !WORK_VERB.test(s.slice(k, more))) {
        k = more;
        grew = true;
      }
  }
  return s.slice(0, k);
}

/**
 * The roles of a paragraph whose first clause opens with a unit that does the work (镇派出所强化执法力度), with the
 * units it works with as co-units; null when the paragraph does not open with a named unit (各地要…, 全镇…).
 * @example subjectRoles("镇派出所强化执法力度。联合交通部门检查车辆。")?.leads → ["镇派出所"]
 */
export function subjectRoles(paragraph: string): Roles | null {
  const text = paragraph.trim();
  // A subject with its duty verb (交通部门,负责… / 县水利局、县农业局牵头…: subjectDuty.ts), the first listed leading.
  const duty = subjectDuty(text);
  const subject = duty ? "" : subjectWithoutVerb(text);
  if (!duty && !subject) return null;
  const roles = emptyRoles();
  if (duty) pushAll(duty.allLead ? roles.leads : roles.listed, duty.units);
  else roles.leads.push(subject);
  roles.matched = true;
  const f = fold(text);
  PARTNER.lastIndex = 0;
  for (let m = PARTNER.exec(f); m; m = PARTNER.exec(f)) {
    const from = m.index + m[0].length;
    const end = f.slice(from).search(/[,;。]|$/);
    const name = nameAtStart(text.slice(from, from + end));
    for (const u of name && !/[\d的]/.test(name) ? splitUnitList(name) : [])
      if (endsLikeUnit(u) && u !== subject && !duty?.units.includes(u) && !roles.coUnits.includes(u))
        roles.coUnits.push(u);
  }
  return roles;
}

/**
 * The unit a paragraph's first clause opens with when no duty verb follows it (镇派出所强化执法力度): it must name its
 * level or place, carry no digit and not open like a sentence; "" otherwise.
 */
function subjectWithoutVerb(text: string): string {
  const first = text.slice(0, fold(text).search(/[,;。]|$/));
  const subject = nameAtStart(first);
  // A subject names its level (镇派出所, 县应急局, 沙河镇卫生院): 新建10处 / 为在我区助产机构 only end like one.
  if (!LEVEL_FIRST.test(fold(subject)) || /[\d的我本该]/.test(subject) || NOT_NAME_START.test(subject))
    return "";
  // The subject is named, not a group (各部门要…), and more of the clause follows it: the work.
  if (!subject || isCollective(subject) || first.length - subject.length < 2) return "";
  return subject;
}
