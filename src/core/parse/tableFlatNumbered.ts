/**
 * Rows of a table flattened one cell per line, without a 序号 column, whose task cells open with the row's number
 * (1.始终做到… / 2.始终坚持…): the numbered line is the row's task cell, and the next number starts the next row
 * however many lines the row took (a units cell split one unit a line; empty cells and cells merged over rows,
 * such as a 牵头领导 cell written once above the rows, leave no line).
 */

import type { SourceLine } from "../text/lines";
import { cellLine, SECTION_ROW } from "./tableHeader";
import { cellFit, isUnitColumn } from "./tableSpans";
import type { ColumnKind } from "./vocabulary";

/** A line opening with a row's number and going on with a task's words (2.始终坚持依法行政。…). */
const NUMBERED_TASK = /^\s*(\d{1,3})\s*[.、](?!\d)\s*[\u3400-\u9fff]/;

/** The row number a line of task words opens with, or null (a short line is no task's words). */
export function taskNumber(folded: string): number | null {
  const m = NUMBERED_TASK.exec(folded);
  return m && folded.trim().length >= 8 ? Number(m[1]) : null;
}

/**
 * True when the rows of the table can be told by the numbers opening their task cells: the columns after the
 * task's hold units, a leader, a deadline or a note only (no second column of words that may list points 1., 2.).
 */
export function numberedRowsFit(columns: readonly ColumnKind[]): boolean {
  const taskAt = columns.indexOf("task");
  if (taskAt < 0 || columns.indexOf("task", taskAt + 1) >= 0) return false;
  const after = columns.slice(taskAt + 1);
  return (
    after.some(isUnitColumn) &&
    after.every((k) => isUnitColumn(k) || ["leader", "deadline", "note"].includes(k))
  );
}

/**
 * True when a line opening with `next` follows line `i` in the table before any section row: the row being read
 * goes on up to it, however many lines that takes.
 */
export function numberAhead(
  lines: readonly SourceLine[],
  i: number,
  next: number,
  isEnd: (line: SourceLine) => boolean,
): boolean {
  for (let k = i + 1, seen = 0; k < lines.length && seen < 30; k++) {
    const line = cellLine(lines[k] as SourceLine);
    if (line.text.trim() === "") continue;
    seen++;
    if (isEnd(line) || SECTION_ROW.test(line.folded)) return false;
    if (taskNumber(line.folded) === next) return true;
  }
  return false;
}

/**
 * How many of a row's last parts are the next row's cells before its task (a leader's cell, 李四副市长, written above
 * the rows it is merged over): a person's name with or without a title, never a unit, for a leader column there.
 */
export function nextRowLead(columns: readonly ColumnKind[], parts: readonly string[]): number {
  const taskAt = columns.indexOf("task");
  if (!columns.slice(0, taskAt).includes("leader")) return 0;
  const last = parts[parts.length - 1];
  return last !== undefined && cellFit("leader", last) > 0 ? 1 : 0;
}
