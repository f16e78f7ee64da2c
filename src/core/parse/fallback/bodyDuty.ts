/**
 * The duties of a body a notice sets up, given to the body itself by its short name: `决定成立兴宁市推动…工作领导小组。…
 * 领导小组主要职责是:全面贯彻落实…;统筹协调…` / `决定成立…农业科技园区管理工作专班(以下简称“工作专班”)…工作专班负责指导
 * 园区总体规划…,负责组织专家…` — the sentence (to its full stop or the line's end) is a task led by the body as the page
 * names it (领导小组, 工作专班). Read only in a notice that sets the body up (决定成立…, BODY_SET_UP) and only for the body
 * it sets up (its name holds the short one), the first time its duties are given; its office's seat is officeSeat.ts's
 * (领导小组办公室负责… is no duty of the group's own here). A member's duty (成员单位负责…) or a person (负责人) is none.
 */

import type { SourceLine } from "../../text/lines";
import { emptyRoles } from "../roles";
import { rolesTask, type ProseTask } from "./proseItems";
import { BODY_DUTY, BODY_SET_UP } from "../vocabulary";

const SET_UP_NAME = new RegExp(`${BODY_SET_UP}([^,。;:]{2,60})`);

/**
 * Reads the set-up body's own duties as its task.
 * @example readBodyDuties(lines("决定成立县供水工作专班。\n工作专班负责统筹推进供水工程建设。"))[0].leads → ["工作专班"]
 */
export function readBodyDuties(lines: readonly SourceLine[]): ProseTask[] {
  let name: string | null = null;
  for (const line of lines) {
    let from = 0;
    if (name === null) {
      const set = SET_UP_NAME.exec(line.folded);
      if (!set) continue;
      name = set[1] as string;
      from = set.index + set[0].length;
    }
    const duty = BODY_DUTY.exec(line.folded.slice(from));
    if (!duty || !name.includes(duty[1] as string)) continue;
    const start = from + duty.index;
    const stop = line.folded.indexOf("。", start);
    const text = line.text.slice(start, stop < 0 ? line.text.length : stop + 1).trim();
    const roles = emptyRoles();
    roles.leads.push(line.text.slice(start, start + (duty[1] as string).length));
    roles.matched = true;
    return [rolesTask("1", text, [roles], { line: line.no, end: line.no, deadline: null })];
  }
  return [];
}
