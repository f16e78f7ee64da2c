/** The targets of a ledger's tasks, and how a task's targets read in 任务台账's 量化指标 column. */

import { extractTargets } from "../targets/extractTargets";
import type { Target, TargetReading } from "../targets/targetTypes";

/** Every target of the tasks, in task order, numbered within each task from 1. */
export function targetsOfTasks(
  tasks: ReadonlyArray<{ readonly id: string; readonly text: string }>,
): Target[] {
  return tasks.flatMap((t) => extractTargets(t.text).map((r, i) => ({ ...r, taskId: t.id, seq: i + 1 })));
}

/**
 * The 量化指标 cell of a task: its targets in the document's words, separated by ；.
 * @example targetSummary(extractTargets("固定资产投资增长10%以上,确保开工率达95%以上。")) === "固定资产投资增长10%以上；开工率达95%以上"
 */
export function targetSummary(readings: readonly TargetReading[]): string {
  return readings.map((r) => r.phrase).join("；");
}
