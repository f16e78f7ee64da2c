/** Deadlines as documents write them: 6月底前, 2020年年底前, 年内持续推进, 长期坚持. */

import { fold } from "../text/fold";
import { splitOriginal } from "./splitUnits";
import { isUnitLike } from "./unitLike";
import { DEADLINE_CORE, DEADLINE_PHRASE, DEADLINE_VERB } from "./vocabulary";

/**
 * True when a short phrase is a deadline: 6月底前, 2020年年底前, 年内持续推进, 持续推进, 9月投入使用.
 * @example isDeadline("2020年年底前") && isDeadline("长期坚持") && !isDeadline("财政局")
 */
export function isDeadline(phrase: string): boolean {
  const f = fold(phrase).replace(/\s+/g, "");
  if (f.length === 0 || f.length > 20) return false;
  const opening = DEADLINE_PHRASE.exec(f);
  // 持续推进 opens deadlines (持续推进, 年内持续推进, 每年6月底前) and tasks alike (持续推进学前教育普及普惠): after the
  // phrase a deadline holds only a date and an action, a task its own words.
  if (opening && isDeadlineTail(f.slice(opening[0].length))) return true;
  const core = f.replace(DEADLINE_VERB, "");
  if (!/(年|月|季)/.test(core)) return false;
  return DEADLINE_CORE.test(core) || DEADLINE_CORE.test(core.replace(/^(\d{4}年)年/, "$1"));
}

/** True when what follows a deadline phrase is a date, an action and a few words (前完成, 6月底前, 并常态化) at most. */
function isDeadlineTail(rest: string): boolean {
  return rest.replace(DEADLINE_VERB, "").replace(/[\d年月日季度底末前内中旬上下,;、]/g, "").length <= 6;
}

/**
 * Takes the deadline phrases out of a list of names: the pieces between separators (、,;) outside brackets
 * that read as a deadline (6月底完成, 2020年底前, 长期坚持) and do not end like an organisation.
 * @example splitDeadlines("州司法局、州委编办,6月底完成") → { units: "州司法局、州委编办", deadlines: ["6月底完成"] }
 */
export function splitDeadlines(value: string): { units: string; deadlines: readonly string[] } {
  const pieces = splitOriginal(value, ",;、");
  const deadlines = pieces.map((p) => p.trim()).filter((p) => isDeadline(p) && !isUnitLike(p));
  if (deadlines.length === 0) return { units: value, deadlines };
  let offset = 0;
  const kept: string[] = [];
  for (const piece of pieces) {
    // Each kept piece with the separator written after it, so the list's own punctuation stays.
    const sep = value.slice(offset + piece.length, offset + piece.length + 1);
    if (!deadlines.includes(piece.trim())) kept.push(piece + sep);
    offset += piece.length + 1;
  }
  return { units: kept.join("").replace(/[;,、\uff1b\uff0c\u3001\s]+$/, ""), deadlines };
}
