/**
 * The deadline checks of one task: 完成时限 that reads as no date or phrase, 截止日期 that is no date, and
 * overdue or due-soon tasks — judged by what the sheet colours, a date cell in 截止日期.
 */

import { cellText } from "../text/cellText";
import { readDueCell } from "../ledger/fromTables";
import { readDue } from "../plan/settings";
import type { LedgerSettings } from "../plan/types";
import type { Finding, LedgerValue, Params, Severity } from "../types";

/** A deadline finding of a row, at one of its columns (`deadline` for 完成时限, `due` for 截止日期). */
export interface DeadlineFinding {
  readonly code: Finding["code"];
  readonly severity: Severity;
  readonly column: "deadline" | "due";
  readonly params: Params;
}

/**
 * The deadline findings of a row: `deadline` and `due` are its 完成时限 and 截止日期 cells (undefined when the
 * table has no such column). The colouring reads a date cell in 截止日期, and so does "overdue"; a date read
 * only from text (2020/7/10 typed as text, 6月底前 with 截止日期 empty) is not coloured, which is said, with the
 * date, when it matters now (overdue or due soon).
 * @example checkDeadline({ id: "1.1", deadline: "6月底前", due: 44012, status: "推进中" }, settings, "2020-07-01") → [overdue 2020-06-30]
 */
export function checkDeadline(
  row: {
    readonly id: string;
    readonly deadline: LedgerValue | undefined;
    readonly due: LedgerValue | undefined;
    readonly hasDue: boolean;
    readonly status: string;
  },
  settings: LedgerSettings,
  today: string,
): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  const deadline = cellText(row.deadline).trim();
  const reading = readDue(deadline, settings.year);
  if (deadline && reading.kind === "unreadable")
    out.push({ code: "deadline-unreadable", severity: "warning", column: "deadline", params: { deadline } });
  const dueCell = row.hasDue ? readDueCell(row.due) : null;
  if (dueCell && "unreadable" in dueCell)
    out.push({
      code: "due-unreadable",
      severity: "warning",
      column: "due",
      params: { due: dueCell.unreadable },
    });
  const v = row.due;
  const isDateCell = (typeof v === "number" && v > 0) || (typeof v === "object" && v !== null && "date" in v);
  const textDate =
    dueCell && "date" in dueCell ? dueCell.date : reading.kind === "date" ? reading.date : null;
  const due = isDateCell || !row.hasDue ? textDate : null;
  const date = due ?? textDate;
  if (!date || row.status === settings.doneStatus) return out;
  const days = Math.round((Date.parse(date) - Date.parse(today)) / 86400000);
  if (days > settings.dueSoonDays) return out;
  const column = row.hasDue ? "due" : "deadline";
  // The message quotes the date it used, 完成时限 as written beside it, and the day it judged on.
  const params = { id: row.id, date, deadline, today, ...(days >= 0 ? { days } : {}) };
  if (!due) {
    const written = dueCell && "date" in dueCell ? cellText(v).trim() : deadline;
    out.push({
      code: "due-uncoloured",
      severity: days < 0 ? "warning" : "info",
      column,
      params: { ...params, written },
    });
  } else
    out.push({
      code: days < 0 ? "overdue" : "due-soon",
      severity: days < 0 ? "warning" : "info",
      column,
      params,
    });
  return out;
}
