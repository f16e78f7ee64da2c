/** A header's columns read again: a schedule under a spanning cell (two-row headers), an indicator as the task. */

import { fold } from "../text/fold";
import { INDICATOR_COLUMN, NAME_COLUMN, SCHEDULE_COLUMN, type ColumnKind } from "./vocabulary";

/**
 * A two-row header flattened one cell per line: the first row's cells, one of them spanning several
 * columns (阶段性目标 / 时间节点), then the second row's cells under it (第一季度 … 第四季度). The cells of
 * the second row take the spanning cell's place, as the rows give their cells. In one run of cells, a
 * schedule that follows its spanning cell directly reads the same either way and is left as it is;
 * `twoRows` says the schedule was a line of its own (a tab or | table), where it may follow it directly.
 */
export function underSpanningCell<T>(kinds: readonly T[], names: readonly string[], twoRows = false): T[] {
  const isSchedule = (n: string): boolean => SCHEDULE_COLUMN.test(n.replace(/\s+/g, ""));
  let from = names.length;
  while (from > 0 && isSchedule(names[from - 1] as string)) from--;
  if (names.length - from < 2 || from === 0) return [...kinds];
  // The spanning cell: the last cell before the schedule that names no task, unit, leader or 序号,
  // with at least one other column between it and the schedule.
  const SPAN_KINDS: ReadonlyArray<unknown> = [null, "other", "deadline", "progress"];
  for (let k = from - (twoRows ? 1 : 2); k >= 0; k--) {
    if (!SPAN_KINDS.includes(kinds[k])) continue;
    if (isSchedule(names[k] as string)) return [...kinds];
    return [...kinds.slice(0, k), ...kinds.slice(from), ...kinds.slice(k + 1, from)];
  }
  return [...kinds];
}

/**
 * A table of indicators (序号 | 指标名称 | 责任单位): with no other task column,
 * the indicator's name is the task.
 */
export function indicatorTask(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  if (kinds.includes("task")) return [...kinds];
  const at = names.findIndex((n) => INDICATOR_COLUMN.test(fold(n).replace(/\s+/g, "")));
  return kinds.map((k, i) => (i === at ? "task" : k));
}

/**
 * A short name column right before a task column (序号 | 名称 | 工作任务 …, 指标名称 | 工作目标): a task column
 * too, the row's text its name then its content. Often merged over the rows under its first: the rows that
 * leave it out are fitted to the columns by content.
 */
export function nameColumn(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  return kinds.map((k, i) =>
    (k === null || k === "other") &&
    kinds[i + 1] === "task" &&
    NAME_COLUMN.test(fold(names[i] ?? "").replace(/\s+/g, ""))
      ? "task"
      : k,
  );
}
