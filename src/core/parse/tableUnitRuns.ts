/**
 * Tables one cell a line with no 序号 whose rows end in their units written one unit a line (a web page's target
 * table: 领域 / 主要目标 / 主要责任单位 / 责任单位, then `——目标…` / `——目标…` / `省卫生厅` / `省教育厅` …). Nothing marks
 * where a row or a units cell ends, so the rows are told by what the lines hold: a row is its task lines (several
 * points, `——…`, are one task) and then the run of unit lines after them; the next line that is no unit's name
 * starts the next row. With two unit columns run together (主要责任单位, 责任单位) the first unit of the run fills
 * the first column, the rest the second. A numbered line (`1.提高出生人口质量。`, `一、…`) over the next task line is a
 * heading over the rows under it (the merged cell of the category column before the task).
 */

import type { SourceLine } from "../text/lines";
import { fold } from "../text/fold";
import { bareNumber, readNumbering, type Numbering } from "./numbering";
import { isUnitLike, splitUnitList } from "./unitLike";
import {
  cellLine,
  columnKind,
  detectHeader,
  type Table,
  type TableHeading,
  type TableRow,
} from "./tableHeader";
import { cellFit, cellRoles, isUnitColumn, WORK_VERB } from "./tableSpans";
import { EMPTY_CELL, type ColumnKind } from "./vocabulary";

type Item = { row: TableRow } | { heading: TableHeading };

/**
 * A line that is only units' names (省卫生厅; 省教育厅、省财政厅); never a numbered line (2.建设养老服务中心) or one
 * opening with a verb of work. `roles`: a cell naming the roles (A牵头,B、C配合) is a units cell too — only where the
 * task is the one column before the units (beside a category or name column, merged sub-headings such as (一)… are
 * the ordinary reader's).
 */
const unitLine = (text: string, roles = false): boolean => {
  const folded = fold(text).trim();
  if (readNumbering(folded) !== null || WORK_VERB.test(folded)) return false;
  const units = splitUnitList(text.trim());
  return (units.length > 0 && units.every(isUnitLike)) || (roles && cellRoles(text) !== null);
};

/** A deadline's cell: a short deadline (年底前, 2024年6月底) or a mark of an empty cell (无, /, —). */
const deadlineCell = (text: string): boolean =>
  EMPTY_CELL.test(fold(text).trim()) || (text.length <= 20 && cellFit("deadline", text) >= 2);

/** A bullet opening a point of a task cell (——, —, -, ·, •, ●). */
const BULLET = /^\s*(——|—|－|-|·|•|●)\s*/;

/** A category's cell: a short name, no sentence (经济发展, 社会民生). */
const CATEGORY = /^[^。;,;,]{2,12}$/;

/** One row as read: its task lines and its unit lines. */
interface Run {
  readonly line: number;
  readonly task: string[];
  readonly units: string[];
  readonly category?: string;
  readonly deadline?: string;
}

/**
 * The table read as rows of task lines and unit runs, when its columns are at most one column before the task
 * (a category merged over rows), the task, and unit columns only; and only when the rows do not all carry one
 * line a column (then the ordinary reader reads them). Null when the table is not of this shape.
 */
export function readUnitRuns(
  lines: readonly SourceLine[],
  header: readonly ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table | null {
  // A 序号 column whose cells are all empty (no bare number opens the rows): read as if it were not there, every
  // row told by its cells' kinds.
  const noSeq = header[0] === "seq" && emptySeq(lines, start, header.length, isEnd);
  if (header[0] === "seq" && !noSeq) return null;
  const columns = noSeq ? header.slice(1) : header;
  const taskAt = columns.indexOf("task");
  // Text columns after the task's (具体内容, 考评标准 of a scoring table) run on in it: the units come last.
  const unitAt = columns.findIndex((k, c) => c > taskAt && isUnitColumn(k));
  // A deadline column may close the row (完成时限 after the units): its one line ends the row.
  const dated = columns[columns.length - 1] === "deadline";
  const unitCols = unitAt < 0 ? [] : columns.slice(unitAt, dated ? -1 : undefined);
  if (taskAt < 0 || taskAt > 1 || (taskAt === 1 && columns[0] !== "other")) return null;
  if (unitCols.length === 0 || !unitCols.every(isUnitColumn)) return null;
  if (!columns.slice(taskAt + 1, unitAt).every((k) => k === "task" || k === "other")) return null;
  const roles = taskAt === 0 && unitAt === 1;
  const items: Array<Item | Run> = [];
  let run: { line: number; task: string[]; units: string[]; category?: string; deadline?: string } | null =
    null;
  let i = start;
  for (; i < lines.length; i++) {
    const line = cellLine(lines[i] as SourceLine);
    const text = line.text.trim();
    if (text === "") continue;
    if (isEnd(line)) break;
    const again = columnKind(line.folded) !== null ? detectHeader(lines, i) : null;
    // This table's header repeated on the next page: the rows go on under it. Any other header ends the table.
    if (again && again.columns.join() === header.join() && again.next > i + 1) {
      i = again.next - 1;
      continue;
    }
    if (again) break;
    // A units cell marked empty (无, /, —, a lone space is skipped above) after the row's first units.
    if (
      run &&
      run.units.length > 0 &&
      run.units.length < unitCols.length &&
      EMPTY_CELL.test(fold(text).trim())
    ) {
      run.units.push("");
      continue;
    }
    if (unitLine(text, roles)) {
      // Units before any task line, or after the row's deadline: not this shape.
      if (!run || run.deadline !== undefined) return null;
      run.units.push(text);
      continue;
    }
    // The deadline's cell after the units (年底前, 2024年6月, or marked empty: 无, /, —); a line with units after it is
    // the next row's task (…,年内启动尚贤), the deadline cell left empty.
    const dateCell = deadlineCell(text) && !unitLine(nextLine(lines, i) ?? "。", roles);
    if (dated && run && run.units.length > 0 && run.deadline === undefined && dateCell) {
      run.deadline = text;
      continue;
    }
    const num = readNumbering(line.folded.trim());
    // A heading over the rows: a numbered line over the next task line (headsNext); a numbered line alone at the
    // end heads rows cut off.
    const next = num && num.length < text.length && !BULLET.test(text) ? nextLine(lines, i) : undefined;
    if (
      num &&
      next !== undefined &&
      (next === null || (!unitLine(next) && headsNext(num, next, noSeq ? -1 : taskAt)))
    ) {
      if (run) items.push(run);
      run = null;
      items.push({ heading: { line: line.no, text } });
      continue;
    }
    if (!run || run.units.length > 0) {
      if (run) items.push(run);
      run = { line: line.no, task: [], units: [] };
      // The category's cell (经济发展), merged over the rows, opening the first row of its group.
      if (taskAt === 1 && !num && CATEGORY.test(text) && !unitLine(nextLine(lines, i) ?? "。")) {
        run.category = text;
        continue;
      }
    }
    run.task.push(text);
  }
  if (run) items.push(run);
  const runs = items.filter((it): it is Run => "task" in it);
  // The ordinary reader reads rows of one line a column; this one only rows it cannot (more task lines or
  // more or fewer unit lines than columns), and every row but a cut last one ends in its units.
  const odd = runs.some(
    (r) => r.task.length > 1 || r.units.length !== unitCols.length || (dated && r.deadline === undefined),
  );
  // One row is evidence enough when it closes with its deadline after its units (a table's page after a break).
  const closed =
    runs.length === 1 && dated && runs[0]?.deadline !== undefined && (runs[0]?.units.length ?? 0) > 0;
  if ((runs.length < 2 && !closed) || !(odd || noSeq) || runs.slice(0, -1).some((r) => r.units.length === 0))
    return null;
  const cols = columns.map((k, c) => (c > taskAt && c < unitAt ? "other" : k));
  return { columns: cols, headerLine, items: items.map((it) => toItem(it, cols, taskAt, unitAt)), end: i };
}

/**
 * True when a numbered line heads the task line after it: in a table with a category column before the task, over
 * a bulleted point (——…), or over a line numbered in another style (一、 over 1.); under an empty 序号 column over
 * any line not numbered in its style.
 */
function headsNext(num: Numbering, next: string, taskAt: number): boolean {
  const theirs = readNumbering(fold(next).trim());
  // Under an empty 序号 column (taskAt -1): over any line not numbered in its own style.
  if (taskAt < 0) return theirs === null || theirs.style !== num.style;
  return taskAt === 1 || BULLET.test(next) || (theirs !== null && theirs.style !== num.style);
}

/** The next filled line after `lines[i]`, or null when there is none. */
function nextLine(lines: readonly SourceLine[], i: number): string | null {
  for (let k = i + 1; k < lines.length; k++) {
    const text = cellLine(lines[k] as SourceLine).text.trim();
    if (text !== "") return text;
  }
  return null;
}

/** A run as a table row: the task's points joined (the first bullet dropped), the units over the unit columns. */
function toItem(it: Item | Run, columns: readonly ColumnKind[], taskAt: number, unitAt: number): Item {
  if (!("task" in it)) return it;
  const task = it.task.map((t, k) => (k === 0 ? t.replace(BULLET, "") : t)).join("");
  const last = columns.length - 1;
  // The last unit column takes the rest of the run.
  const lastUnit = columns[last] === "deadline" ? last - 1 : last;
  const cells = columns.map((kind, c) => {
    if (c < taskAt) return { kind, text: it.category ?? "" };
    if (c === taskAt) return { kind, text: task };
    if (c < unitAt) return { kind, text: "" };
    if (kind === "deadline" && c === last) return { kind, text: it.deadline ?? "" };
    // The first unit columns take one unit each, the last the rest of the run.
    const k = c - unitAt;
    const text = c < lastUnit ? (it.units[k] ?? "") : it.units.slice(k).filter(Boolean).join("、");
    return { kind, text };
  });
  return { row: { line: it.line, seq: null, cells } };
}

/** A line opening with a row's number and a space (1 滨江街道…), not with a figure (2008 年, 15 %). */
const SEQ_OPENING = /^\d{1,4}\s+(?![\d年月日%万亿])/;
/** The first row's number run into its cell (1、…, 1.…, 1 …). */
const FIRST_SEQ = /^1\s*[、.\s](?!\d)/;

/**
 * True when the rows under a 序号 column hold no number in it: none of the first lines after the header (three rows'
 * worth) is a bare number or opens with a row's number, and the first does not open with 1.
 */
function emptySeq(
  lines: readonly SourceLine[],
  start: number,
  width: number,
  isEnd: (line: SourceLine) => boolean,
): boolean {
  let seen = 0;
  for (let i = start; i < lines.length && seen < width * 3; i++) {
    const line = cellLine(lines[i] as SourceLine);
    if (line.text.trim() === "") continue;
    if (isEnd(line)) break;
    // A bare number, or a line opening with one (1 滨江街道…: the 序号 run into the next cell).
    // The first row opening with 1 (1、…, 1.…): the 序号 run into its task cell.
    const first = seen === 0 && FIRST_SEQ.test(line.folded.trim());
    if (first || bareNumber(line.folded.trim()) !== null || SEQ_OPENING.test(line.folded.trim()))
      return false;
    seen++;
  }
  return seen >= width;
}
