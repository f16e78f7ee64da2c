/**
 * A news item that sets a named unit its own work items in one list: 会上,…明确了明山分局当前疫情防控工作、支持企业
 * 复工复产、向区重点项目提供用地保障、牛心台土地综合整治试点等项工作。 — the verb (明确了, 部署了), the unit, perhaps a
 * time (当前, 今年), then the items set apart by 、 up to the list's close (等项工作, 等4项重点工作). Each item is a task
 * led by the unit, numbered 1, 2 … in order. A list whose items are units' names, or whose unit is the writer or a
 * group (全市, 各部门), is none; the generic reader believes it only with two or more items.
 */

import type { SourceLine } from "../../text/lines";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { isUnitLike } from "../unitLike";
import { nameAtStart } from "./subjectParagraph";
import { rolesTask, type ProseTask } from "./proseItems";
import { ROLE_WORD } from "../vocabulary";
import { WORK_LIST_CLOSE, WORK_LIST_TIME, WORK_LIST_VERB } from "../newsWords";

const LIST = new RegExp(`${WORK_LIST_VERB}([^,;。:]{6,240}?)${WORK_LIST_CLOSE}`);
// Names that are the writer or a place as a whole, not an office (我局, 本局, 全市).
const NOT_OFFICE = /^[我本全该各]/;

/**
 * Reads the first such list of the text.
 * @example readUnitWorkLists(lines("会议明确了县水利局当前防汛备汛、水库除险加固等项工作。")).map((t) => t.text)
 *   → ["防汛备汛", "水库除险加固"]
 */
export function readUnitWorkLists(lines: readonly SourceLine[]): ProseTask[] {
  for (const line of lines) {
    const m = LIST.exec(line.folded);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1] as string);
    const list = line.text.slice(at, at + (m[1] as string).length);
    const unit = nameAtStart(list);
    if (!unit || !isUnitLike(unit) || isCollective(unit) || NOT_OFFICE.test(unit)) continue;
    const rest = list.slice(unit.length);
    const items = rest
      .slice(WORK_LIST_TIME.exec(rest)?.[0].length ?? 0)
      .split("、")
      .map((s) => s.trim());
    if (items.length < 2 || items.some((s) => s.length < 2 || isUnitLike(s) || ROLE_WORD.test(s.slice(0, 2))))
      continue;
    return items.map((text, k) => {
      const roles = emptyRoles();
      roles.leads.push(unit);
      roles.matched = true;
      return rolesTask(String(k + 1), text, [roles], { line: line.no, end: line.no, deadline: null });
    });
  }
  return [];
}
