/** A header's columns read again: a schedule under a spanning cell (two-row headers), an indicator as the task. */

import { fold } from "../text/fold";
import {
  INDICATOR_COLUMN,
  NAME_COLUMN,
  NEXT_STEP_COLUMN,
  PROBLEM_COLUMN,
  SCHEDULE_COLUMN,
  TARGET_TASK_COLUMN,
  type ColumnKind,
} from "./vocabulary";

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
  const named = kinds.map((k, i) =>
    (k === null || k === "other") &&
    kinds[i + 1] === "task" &&
    NAME_COLUMN.test(fold(names[i] ?? "").replace(/\s+/g, ""))
      ? "task"
      : k,
  );
  return mainUnitsList(targetBesideTask(targetTask(followOnColumns(named, names), names), names), names);
}

/**
 * A task column named for a target (工作目标, 预期目标) after another task column (重点工作 | 工作目标): the row's target,
 * its text kept after the task's and set apart (tableTargets.ts); alone, or as the content after a name column
 * (指标名称 | 工作目标), it is the task.
 */
function targetBesideTask(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  const first = kinds.indexOf("task");
  return kinds.map((k, i) =>
    k === "task" &&
    i > first &&
    first >= 0 &&
    !(i === first + 1 && NAME_COLUMN.test(fold(names[first] ?? "").replace(/\s+/g, ""))) &&
    TARGET_TASK_COLUMN.test(
      fold(names[i] ?? "")
        .replace(/\s+/g, "")
        .replace(/^\d{4}年度?/, ""),
    )
      ? "target"
      : k,
  );
}

/**
 * A progress table's columns after its task's that say what comes next or what stands in the way (序号 | 实事工程项目 |
 * 年度目标 | 目前进度 | 下一步工作措施 | 存在问题 | 责任领导 | 牵头部门): remarks on the progress, never another task
 * column — the next steps wherever they stand after the task, the problems beside a progress or next-step column.
 */
function followOnColumns(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  const first = kinds.indexOf("task");
  if (first < 0) return [...kinds];
  const bare = names.map((n) =>
    fold(n)
      .replace(/\s+/g, "")
      .replace(/[((][^()()]*[))]$/, ""),
  );
  const next = bare.map((n, i) => i > first && NEXT_STEP_COLUMN.test(n));
  const progress = kinds.some((k, i) => i > first && k === "progress") || next.includes(true);
  return kinds.map((k, i) =>
    next[i] || (progress && i > first && PROBLEM_COLUMN.test(bare[i] ?? "")) ? "progress" : k,
  );
}

/** A target column (年度目标, 目标, 目标内容, 目标要求): what the row sets out to do. */
const TARGET_COLUMN = /^(\d{4}年度?|年度|全年)?(工作|发展|建设)?目标(内容|要求)?$/;

/**
 * A table of targets that starts at 序号, with no task column and no indicator's name (序号 | 年度目标 | 第二季度任务目标 | 责任单位): the
 * first target column is the task, the later ones (a quarter's target) stay other columns.
 */
function targetTask(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  const bare = names.map((n) => fold(n).replace(/\s+/g, ""));
  // Only from 序号 on: a header found from its third cell on (年度目标 after 类别 / 指标名称) is no header.
  if (kinds[0] !== "seq" || kinds.includes("task") || bare.some((n) => INDICATOR_COLUMN.test(n)))
    return [...kinds];
  const at = bare.findIndex(
    (n, i) => (kinds[i] === "other" || kinds[i] === "target") && TARGET_COLUMN.test(n),
  );
  return kinds.map((k, i) => (i === at ? "task" : k));
}

/** 主要责任单位, 主要负责部门: the units mainly answerable, a list (the first leads) when no other units column stands beside. */
const MAIN_UNITS = /^主要(责任|负责|承办|落实)(单位|部门|处室|科室)$/;

/**
 * The only units column, named for the units mainly answerable (主要责任单位): a list, as 责任单位 is — its first
 * unit leads, the others help (市发改委、统计局). Beside a co-unit column (协同配合单位) it is the lead's.
 */
function mainUnitsList(
  kinds: ReadonlyArray<ColumnKind | null>,
  names: readonly string[],
): Array<ColumnKind | null> {
  if (kinds.some((k) => k === "co" || k === "units") || kinds.filter((k) => k === "lead").length !== 1)
    return [...kinds];
  return kinds.map((k, i) =>
    k === "lead" && MAIN_UNITS.test(fold(names[i] ?? "").replace(/\s+/g, "")) ? "units" : k,
  );
}
