/**
 * A news report that quotes a plan's tasks by their numbers, each followed by its roles in prose: 第1项任务“地区生产总值
 * 增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。 / 例如第21项,启动…建设,牵头领导是副市长王宁、
 * 副市长卢彦。 Each quoted task is one task: its id the plan's number, its words those in the quotes (or, unquoted, the
 * clause between the number and its first role clause), its leaders the names after their posts, its units those
 * listed after 主责单位是 / 责任单位是 (as the plan's units column lists them: the first leads), 牵头单位是 (leads) and
 * 配合单位是 / 协办单位是 (co-units). The generic reader believes them only when two or more quoted tasks name units; a
 * quote the text breaks off in, last, is a task cut before its roles.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { emptyRoles, type Roles } from "../roles";
import { isUnitLike, splitUnitList } from "../unitLike";
import { readPerson, type Person } from "../leader";
import { rolesTask, type ProseTask } from "./proseItems";
import { POST_BEFORE_NAME, QUOTED_LEADER_LABEL, QUOTED_TASK_NUMBER, QUOTED_UNITS_LABEL } from "../newsWords";

// A role clause after the task, up to the next comma, semicolon or stop.
const ROLE_CLAUSE = `(?:${QUOTED_LEADER_LABEL}|${QUOTED_UNITS_LABEL})`;
// The number, then the quoted words (closed, or broken off by the text's end), or a clause of words up to the first
// role clause.
const QUOTED = new RegExp(
  `${QUOTED_TASK_NUMBER}(?:\\s*[“"]([^“”"]{2,300})([”"]|$)|\\s*[,:]\\s*([^“”"。]{4,300}?)(?=,\\s*${ROLE_CLAUSE}))`,
  "g",
);
const CLAUSE = new RegExp(`^,\\s*(?:(${QUOTED_LEADER_LABEL})|${QUOTED_UNITS_LABEL})([^,;。]+)`);

/** A quoted task with the leaders after the first (said in a leader-multiple finding). */
export type QuotedTask = ProseTask & { readonly others?: readonly string[] };

/** The persons a leaders' clause names, each after its posts (市政府党组成员、公安局局长王小洪和副市长杨斌). */
function namesAfterPosts(value: string): Person | null {
  const names: Array<{ name: string; title: string | null }> = [];
  for (const piece of value.split(/[、和及]/)) {
    const person = readPerson(piece);
    if (person?.name && !isUnitLike(person.name)) names.push({ name: person.name, title: person.title });
    else {
      const m = POST_BEFORE_NAME.exec(fold(piece).trim());
      if (m) names.push({ name: m[1] as string, title: null });
    }
  }
  const first = names[0];
  if (!first) return null;
  return { name: first.name, title: first.title, others: names.slice(1).map((n) => n.name) };
}

/** The role clauses right after a task's words: its roles and leaders, and whether any clause was read. */
function clausesAfter(text: string, from: number): { roles: Roles; leader: Person | null; any: boolean } {
  const roles = emptyRoles();
  let leader: Person | null = null;
  let any = false;
  let at = from;
  for (let m = CLAUSE.exec(fold(text.slice(at))); m; m = CLAUSE.exec(fold(text.slice(at)))) {
    const value = text.slice(at + m[0].length - (m[3] as string).length, at + m[0].length).trim();
    at += m[0].length;
    any = true;
    if (m[1]) {
      leader ??= namesAfterPosts(value);
      continue;
    }
    const units = splitUnitList(value);
    if (units.length === 0 || !units.every(isUnitLike)) continue;
    const kind = m[2] as string;
    const into = kind === "牵头" ? roles.leads : /配合|协办|协同/.test(kind) ? roles.coUnits : roles.listed;
    into.push(...units);
    roles.matched = true;
  }
  return { roles, leader, any };
}

/**
 * Reads the quoted tasks of a report, in page order.
 * @example readQuotedTasks(lines("第2项任务“新建学校3所”,主责单位是市教育局、市财政局。")).map((t) => t.leads)
 *   → [["市教育局"]]
 */
export function readQuotedTasks(lines: readonly SourceLine[]): QuotedTask[] {
  const out: QuotedTask[] = [];
  const last = [...lines].reverse().find((l) => l.text.trim() !== "");
  for (const line of lines) {
    const f = fold(line.text);
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(f); m; m = QUOTED.exec(f)) {
      const quoted = m[2] !== undefined;
      const words = (quoted ? m[2] : m[4]) as string;
      const start = m.index + m[0].lastIndexOf(words);
      const text = line.text.slice(start, start + words.length).trim();
      // A quote the text breaks off in: the last task, cut before its roles.
      if (quoted && m[3] === "") {
        if (line === last && out.length > 0)
          out.push(rolesTask(m[1] as string, text, [], { line: line.no, end: line.no, deadline: null }));
        continue;
      }
      const { roles, leader, any } = clausesAfter(line.text, start + words.length + (quoted ? 1 : 0));
      if (!any) continue;
      const task = rolesTask(m[1] as string, text, [roles], {
        line: line.no,
        end: line.no,
        deadline: null,
        leader,
      });
      out.push(leader && leader.others.length > 0 ? { ...task, others: leader.others } : task);
    }
  }
  return out.filter((t) => t.leads.length + t.coUnits.length > 0).length >= 2 ? out : [];
}
