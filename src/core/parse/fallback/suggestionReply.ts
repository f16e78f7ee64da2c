/**
 * A body's reply to a delegate's suggestion or a member's proposal (人大建议, 政协提案), as a government site discloses
 * it: the title names the replying body (`腾冲市住房和城乡建设局关于对腾冲市人大第三届一次会议第88号建议的答复` /
 * `弥勒市农业农村和科学技术局对…第133号建议的答复`), and the letter names the suggestion handed to it
 * (`你们提出的关于加强美丽集镇建设的建议(第88号),已交我们研究办理` / `…提出的第133号建议《关于田间道路建设的建议》,
 * 已转交…研究办理`). The page's one task is the suggestion, by its name, led by the replying body; what the reply
 * reports it did (制定印发了…, 由市农业农村局作为牵头部门…) is its answer, no further task. Read only when a title line
 * (a line of its own, ending in 答复 / 复函) names a body before 对 and a numbered suggestion, and the letter names the
 * suggestion (关于…的建议 / 提案 / 议案): a news item about replies, or a report on how many were handled, reads nothing.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { endsLikeUnit, isUnitLike } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { REPLY_TITLE, SUGGESTION_NAMED } from "../vocabulary";

// How far into the page the reply's title stands (after a disclosure page's metadata), and the letter after it.
const TITLE_WITHIN = 40;
const LETTER_WITHIN = 12;

/**
 * Reads a reply page's suggestion as the one task of the body that replies.
 * @example readSuggestionReplies(lines("县住建局关于对县人大第5号建议的答复\n你们提出的关于改造老街的建议,已交我们研究办理。"))[0]
 *   → { leads: ["县住建局"], text: "关于改造老街的建议", … }
 */
export function readSuggestionReplies(lines: readonly SourceLine[]): ProseTask[] {
  const head = lines.slice(0, TITLE_WITHIN);
  const t = head.findIndex((l) => REPLY_TITLE.test(l.folded.trim()));
  if (t < 0) return [];
  const title = head[t] as SourceLine;
  const m = REPLY_TITLE.exec(title.folded.trim()) as RegExpExecArray;
  const body = title.text.trim().slice(0, (m[1] as string).length);
  if (!isUnitLike(body) || !endsLikeUnit(body) || isCollective(body)) return [];
  for (const line of lines.slice(t + 1, t + 1 + LETTER_WITHIN)) {
    const named = SUGGESTION_NAMED.exec(fold(line.text));
    if (!named) continue;
    const group = named[1] ?? named[2];
    const at = named.index + named[0].indexOf(group as string);
    const roles = emptyRoles();
    roles.listed.push(body);
    roles.matched = true;
    const span = { line: line.no, end: line.no, deadline: null };
    return [rolesTask("1", line.text.slice(at, at + (group as string).length), [roles], span)];
  }
  return [];
}
