/** A text that ends inside a unit name (a page cut mid-word: …市住建局、市税务局、市协): the partial name is no unit. */

import type { ParseIssue, Task } from "../types";
import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { endsLikeUnit, isCollective } from "./splitUnits";

// The text ends cleanly: a closing bracket or the end of a sentence.
const CLOSED_END = /[)\]】〕。.;!?”"]$/;

/**
 * Drops the last unit of the last task when the text ends inside it: the document's last line ends with that
 * name, with no closing punctuation, and the name does not end like an organisation (市协, 区商, 人行芜湖). The
 * partial name is reported (`unit-cut`), never kept as a unit.
 * @example a text ending "责任单位:市财政局、市协" → the task's co-units ["市财政局"], and a unit-cut finding for 市协
 */
export function dropCutUnit(
  tasks: readonly Task[],
  issues: ParseIssue[],
  lines: readonly SourceLine[],
): Task[] {
  const last = [...lines].reverse().find((l) => l.text.trim() !== "");
  const task = tasks.reduce<Task | null>((a, t) => (a === null || t.line >= a.line ? t : a), null);
  if (!last || !task) return [...tasks];
  const end = fold(last.text).replace(/\s+/g, "");
  if (CLOSED_END.test(end)) return [...tasks];
  const fromCo = task.coUnits.length > 0;
  const unit = fromCo ? task.coUnits.at(-1) : task.leads.at(-1);
  if (!unit || !end.endsWith(fold(unit).replace(/\s+/g, "")) || endsLikeUnit(unit)) return [...tasks];
  const leads = fromCo ? task.leads : task.leads.slice(0, -1);
  const coUnits = fromCo ? task.coUnits.slice(0, -1) : task.coUnits;
  const trimmed: Task = { ...task, leads, coUnits, collectives: [...leads, ...coUnits].filter(isCollective) };
  const unusual = issues.findIndex(
    (i) => i.code === "unit-unusual" && i.params.id === task.id && i.params.unit === unit,
  );
  if (unusual >= 0) issues.splice(unusual, 1);
  issues.push({ code: "unit-cut", severity: "warning", line: last.no, params: { id: task.id, unit } });
  return tasks.map((t) => (t === task ? trimmed : t));
}
