/**
 * A numbered heading that is an office's name alone, at any level and with or without its other names in a bracket
 * after it: (一)综合办公室(党群工作部、监察室、督查室、财务室), 二、招商合作局, (三)工程建设管理局(安全生产监督局). In a
 * breakdown sorted by office it names the lead of every duty under it; the bracket is the same office's other names
 * (offices merged into it), never co-units, so the lead is the heading as written.
 */

import { fold } from "../text/fold";
import { namesRoles } from "./roles";
import { isCollective } from "./splitUnits";
import { endsLikeUnit, splitUnitList } from "./unitLike";
import { HANDLING_VERB_END, UNIT_HEADING } from "./vocabulary";

// The name, then an optional bracket of other names, then an optional colon or stop.
const SHAPE = /^([\u4e00-\u9fff]{2,14}?)(?:\(([^()]{2,60})\))?$/;
// Ends of an office's name (not of a place: 区, 县, 园区, 医院, 馆, 站 name places and sites as often as offices).
const OFFICE_END = /(局|办公室|办|委员会|委|部|室|中心|科|股|处|办事处)$/;
// Words that open a topic, never an office's name (加强党支部, 建设服务中心, 完善…办).
const TOPIC_START =
  /^(加强|推进|推动|完善|建立|健全|做好|抓好|强化|深化|提升|开展|实施|落实|优化|打造|建设|发展|规范|创新|提高|促进|严格|全面|持续|扎实|积极|坚持|关于|主要|其他|其它)/;

// A role label, never another name of the office (县教育局(牵头单位)).
const ROLE_WORD = /^(牵头|主办|主责|责任|配合|协办|协作|参与|承办|落实|负责)/;

/** True when words run into a level's office name (社会事业县教育局, 城市建设县住建局): a topic and a unit, not one name. */
function wordsBefore(name: string): boolean {
  for (let k = 2; k < name.length - 2; k++)
    if (/[省市县区州盟旗]/.test(name[k] as string) && UNIT_HEADING.test(name.slice(k))) return true;
  return false;
}

/** The office a heading's text names, as written (name and bracket), or null when the text is not that shape. */
export function officeHeading(text: string): string | null {
  const written = text.replace(/\s+/g, "").replace(/[:\uff1a。]$/, "");
  const m = SHAPE.exec(fold(written));
  if (!m) return null;
  const name = m[1] as string;
  if (!OFFICE_END.test(name) || TOPIC_START.test(name) || !endsLikeUnit(name) || isCollective(name))
    return null;
  // A topic whose last words are the work of holding it (冬奥会筹办, 运动会举办), not an office ending in 办.
  if (HANDLING_VERB_END.test(name)) return null;
  if (wordsBefore(name)) return null;
  const inside = m[2];
  if (inside !== undefined) {
    const others = splitUnitList(inside);
    if (
      namesRoles(inside) ||
      others.length === 0 ||
      !others.every((o) => endsLikeUnit(o) && !isCollective(o) && !ROLE_WORD.test(fold(o)))
    )
      return null;
  }
  return written;
}
