/** A text that ends inside a unit name (a page cut mid-word: …市住建局、市税务局、市协): the partial name is no unit. */

import type { ParseIssue, Task } from "../types";
import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { emptyRoles, type Roles } from "./roles";
import { isCollective } from "./splitUnits";
import { isUnitLike, endsLikeUnit, splitUnitList } from "./unitLike";
import { CLOSED_END, lastFilled } from "./cutEnd";
import { DATE_LINE } from "./vocabulary";

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
  const last = lastFilled(lines);
  const task = tasks.reduce<Task | null>((a, t) => (a === null || t.line >= a.line ? t : a), null);
  if (!last || !task) return [...tasks];
  const end = fold(last.text)
    .replace(/\s+/g, "")
    .replace(/[|｜]+$/, "");
  if (CLOSED_END.test(end)) return [...tasks];
  const fromCo = task.coUnits.length > 0;
  const unit = fromCo ? task.coUnits.at(-1) : task.leads.at(-1);
  if (!unit || !end.endsWith(fold(unit).replace(/\s+/g, "")) || endsLikeUnit(unit)) {
    flagCutTask(task, end, last.no, issues);
    return [...tasks];
  }
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

/**
 * The last task, when its own words end the text mid-sentence (a page cut inside it: …加快推进鲁北生态电厂项目建设进) and
 * it has no units or is a sentence (long, or past a comma): reported (`task-cut`) — its units may lie beyond the cut. Kept as read; a name
 * cut short is `unit-cut`'s.
 */
function flagCutTask(task: Task, end: string, line: number, issues: ParseIssue[]): void {
  const words = fold(task.text).replace(/\s+/g, "");
  // A last task with no units, the text ending open on a later line of its row (a cell after its words, cut before
  // its units: 新(迁)建社区卫生服务站点 / 2个 / 1个) — not on a signature's name or a date.
  const unitless = task.leads.length + task.coUnits.length === 0 && line > task.line;
  // (A units cell the text breaks off in, 区住建局、区城, says so too: its whole names read as no unit.)
  if (unitless && !endsLikeUnit(end) && !/\d日$/.test(end) && !DATE_LINE.test(end)) {
    pushCut(task, line, issues);
    return;
  }
  if (words.length < 2 || !end.endsWith(words.slice(-Math.min(6, words.length)))) return;
  // A short line with units and no stop is a list's item or a title, whole as it is; a long one, or one whose
  // sentence has gone past a comma, is a cut sentence.
  if (task.leads.length + task.coUnits.length > 0 && words.length < 40 && !/[,;]/.test(words)) return;
  pushCut(task, line, issues);
}

/** The `task-cut` finding for `task`, at the text's last line. */
function pushCut(task: Task, line: number, issues: ParseIssue[]): void {
  const text = task.text.length > 20 ? `…${task.text.slice(-20)}` : task.text;
  issues.push({ code: "task-cut", severity: "warning", line, params: { id: task.id, text } });
}

/**
 * The inside of a bracket the text breaks off in, when it is a plain list of units cut short: it ends with a
 * separator (市建委、) or with a fragment that is no name (…、市商務局、人民). The complete names are the task's units
 * (the first leads, as in a bare bracket); the fragment stays in the text. Null when the inside is anything else.
 * @example readCutList("市发改委、市财政局、人民") → listed ["市发改委", "市财政局"], rest ["人民"]
 */
export function readCutList(inside: string): Roles | null {
  const f = fold(inside).trim();
  const units = splitUnitList(inside);
  const endsOpen = /[、,;]$/.test(f);
  // The last of several names the text breaks off in may be cut too (…、区政府 of 区政府各部门): never taken as whole.
  const fragment =
    !endsOpen && (units.length > 1 || (units.length > 0 && !isUnitLike(units.at(-1) as string)))
      ? units.at(-1)
      : null;
  const complete = fragment ? units.slice(0, -1) : units;
  if (!(endsOpen || fragment) || complete.length === 0 || !complete.every(isUnitLike)) return null;
  return { ...emptyRoles(), listed: complete, rest: fragment ? [fragment] : [], matched: true };
}
