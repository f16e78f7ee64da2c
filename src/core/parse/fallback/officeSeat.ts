/**
 * The office of a body a notice sets up, seated in a bureau and given the body's daily work: `领导小组下设办公室,办公室
 * 设在经济发展局,主要负责…` / `联席会议办公室设在市建设局,承担联席会议日常工作,…` / `专班下设办公室,办公室设在市科技局,负责
 * 专班的日常工作`. The office has no name of its own, so the bureau that hosts it does its work: the sentence is a task led
 * by the bureau. Read only in a notice that sets a body up (决定成立 / 决定建立…, BODY_SET_UP) and only when a duty
 * (负责 / 承担, perhaps after 主要) follows the seat in the same sentence: an office seated with nothing more
 * (`办公室设在市海洋与渔业局。`), a room (`办公室设在市政府小礼堂一楼会议室`) or a plan's closing section that sets up no
 * body by a decision names no task. The sentence (from its start, the body setting the office up included) is the
 * task's words — but where the decision and the seat share one sentence (市委决定成立…领导小组,领导小组办公室设在市纪委
 * 监委,负责…, a speech's paragraph), the words start at the office's clause.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { endsLikeUnit, isUnitLike } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { BODY_SET_UP, OFFICE_SEAT, SEAT_PLACE } from "../vocabulary";

const SET_UP = new RegExp(BODY_SET_UP);

/** The bureau a sentence seats the body's office in, when the sentence gives it a duty; else null. */
function seatOf(sentence: string): string | null {
  const m = OFFICE_SEAT.exec(fold(sentence));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] as string);
  const name = sentence.slice(at, at + (m[1] as string).length).trim();
  const bureau = isUnitLike(name) && endsLikeUnit(name) && !isCollective(name) && !SEAT_PLACE.test(name);
  return bureau ? name : null;
}

/**
 * Reads each sentence seating a set-up body's office in a bureau, with its duty, as a task led by the bureau.
 * @example readOfficeSeats(lines("决定成立某县供水专班。\n专班下设办公室,办公室设在县水利局,负责日常工作。"))[0].leads
 *   → ["县水利局"]
 */
export function readOfficeSeats(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let setUp = false;
  for (const line of lines) {
    // The set-up and its office's seat in one paragraph (市委决定成立…领导小组,领导小组办公室设在市纪委监委,负责…): read
    // from the decision on.
    let at = 0;
    if (!setUp) {
      const set = SET_UP.exec(line.folded);
      if (!set) continue;
      setUp = true;
      at = set.index;
    }
    for (const piece of splitTopLevel(line.folded.slice(at), "。")) {
      const whole = line.text.slice(at, at + piece.length + 1).trim();
      at += piece.length + 1;
      // In the decision's own sentence the task's words start at the office's clause (the decision is the notice's).
      const decided = SET_UP.test(fold(whole));
      const office = decided ? fold(whole).search(/办公室(?:设在|设于)/) : -1;
      const clause = office < 0 ? 0 : fold(whole).lastIndexOf(",", office) + 1;
      const sentence = whole.slice(clause).trim();
      const seat = seatOf(sentence);
      if (seat === null) continue;
      const roles = emptyRoles();
      roles.leads.push(seat);
      roles.matched = true;
      const id = String(out.length + 1);
      out.push(rolesTask(id, sentence, [roles], { line: line.no, end: line.no, deadline: null }));
    }
  }
  return out;
}
