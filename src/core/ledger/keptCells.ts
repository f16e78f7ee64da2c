/**
 * Cells kept as the clerk typed them (`LedgerTask.kept`): which field text each stands for, and whether it still
 * stands for it when the ledger is written anew.
 */

import { RATE_COLUMN } from "../cycle/lights";
import { TASK_COLUMNS, type KeptCell, type LedgerTask } from "./types";

const FIELD_OF: ReadonlyMap<string, (typeof TASK_COLUMNS)[number][1]> = new Map(TASK_COLUMNS);

/**
 * The text a task's field holds for the column `header`: "" for an empty 截止日期 or 完成进度(%).
 * @example keptFieldText({ ...task, rate: 40 }, "完成进度(%)") === "40"
 */
export function keptFieldText(t: LedgerTask, header: string): string {
  const field = FIELD_OF.get(header);
  if (field === "due") return t.due ?? "";
  if (field !== undefined) return t[field];
  if (header === RATE_COLUMN) return t.rate === null || t.rate === undefined ? "" : String(t.rate);
  return t.extra?.[header] ?? "";
}

/**
 * The cell of `header` to write as the clerk typed it, or null to write the field: a kept cell stands while the
 * field reads as it did when the cell was read (an update's new 完成时限, or a unit's report in 进展情况, replaces it).
 */
export function keptCellOf(t: LedgerTask, header: string): KeptCell | null {
  const kept = t.kept?.[header];
  return kept && kept.read === keptFieldText(t, header) ? kept : null;
}
