/** Deadlines as documents write them: 6月底前, 2020年年底前, 年内持续推进, 长期坚持. */

import { fold } from "../text/fold";
import { DEADLINE_CORE, DEADLINE_PHRASE, DEADLINE_VERB } from "./vocabulary";

/**
 * True when a short phrase is a deadline: 6月底前, 2020年年底前, 年内持续推进, 持续推进, 9月投入使用.
 * @example isDeadline("2020年年底前") && isDeadline("长期坚持") && !isDeadline("财政局")
 */
export function isDeadline(phrase: string): boolean {
  const f = fold(phrase).replace(/\s+/g, "");
  if (f.length === 0 || f.length > 20) return false;
  if (DEADLINE_PHRASE.test(f)) return true;
  const core = f.replace(DEADLINE_VERB, "");
  if (!/(年|月|季)/.test(core)) return false;
  return DEADLINE_CORE.test(core) || DEADLINE_CORE.test(core.replace(/^(\d{4}年)年/, "$1"));
}
