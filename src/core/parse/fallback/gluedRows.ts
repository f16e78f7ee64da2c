/**
 * A glued table with no 序号 column (a page's table copied with its cell borders lost): a header of column names run
 * together, the line nothing but the names (实事内容工作任务责任单位进展情况), perhaps a line of sub-column names under it
 * (一季度二季度三季度四季度), then one row a line — the name cell merged over its group's rows (so only in the group's
 * first row: a short name before the task's opening verb, 养老助残创建…), the task to its full stop, the units (set off
 * by 、 or ,), then the progress text. Rows are numbered in order. After a blank line, a line that does not read
 * ends the table; a row before it that does not read leaves the whole table unread (the `cells-glued` finding).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { GLUED_HEADER_UNNUMBERED, GLUED_SUB_COLUMNS } from "../vocabulary";
import { WORK_VERB } from "../tableSpans";
import { gluedTask, type GluedTask } from "./glued";
import { readRow } from "./gluedProgress";

/** The longest name cell before a row's task. */
const MAX_NAME = 6;

/** Reads the rows of a glued table with no 序号; null when it cannot. */
export function readGluedRows(lines: readonly SourceLine[]): { tasks: GluedTask[]; line: number } | null {
  const compact = (l: SourceLine): string => fold(l.text).replace(/\s+/g, "");
  const at = lines.findIndex((l) => GLUED_HEADER_UNNUMBERED.test(compact(l)));
  if (at < 0) return null;
  const tasks: GluedTask[] = [];
  const known = new Set<string>();
  let blank = false;
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    // A line the earlier stages cut (at its progress notes' 1. 2.) is one row again.
    let text = compact(line);
    while (k + 1 < lines.length && (lines[k + 1] as SourceLine).no === line.no)
      text += compact(lines[++k] as SourceLine);
    if (text === "") {
      blank = tasks.length > 0;
      continue;
    }
    if (tasks.length === 0 && GLUED_SUB_COLUMNS.test(text)) continue;
    const name = nameCell(text);
    const row = readRow(text.slice(name), known, 1, true);
    if (!row) {
      // After a blank line, the text after the table; else a row that cannot be told apart.
      if (blank) break;
      return null;
    }
    for (const u of row.units) known.add(u);
    tasks.push(gluedTask(row.text, row.units, null, tasks.length + 1, null, line.no));
  }
  return tasks.length >= 2 ? { tasks, line: (lines[at] as SourceLine).no } : null;
}

/** Where the task starts: after a short name cell when the task's opening verb follows it, else at 0. */
function nameCell(row: string): number {
  if (WORK_VERB.test(row)) return 0;
  for (let k = 2; k <= MAX_NAME; k++) {
    if (/[^\u4e00-\u9fff]/.test(row.slice(0, k))) return 0;
    if (WORK_VERB.test(row.slice(k))) return k;
  }
  return 0;
}
