/**
 * Progress by period (进展记录): the `Progress` table's rows, read back from a ledger, and the snapshot
 * (存档本期) that copies the current state of every task into it. History is never overwritten: a snapshot
 * of a period already archived replaces only that period's 存档 rows, and only when asked to.
 */

import { readPeriod } from "../cycle/periods";
import { readDueCell } from "../ledger/fromTables";
import type { LedgerTask } from "../ledger/types";
import type { LedgerTable, LedgerValue } from "../types";

/** The columns of the `Progress` table, in order. */
export const PROGRESS_COLUMNS = [
  "编号",
  "期次",
  "单位",
  "完成状态",
  "进展情况",
  "存在问题",
  "下步计划",
  "报送日期",
  "来源",
] as const;

/** Where a progress row came from: typed by the clerk, returned by a unit, or archived from the ledger. */
export const PROGRESS_SOURCES = { typed: "录入", returned: "报送", snapshot: "存档" } as const;

/** One row of `Progress`. Cells the clerk added beside the table's columns are kept in `extra`, by header. */
export interface ProgressRow {
  readonly id: string;
  readonly period: string;
  readonly unit: string;
  readonly status: string;
  readonly progress: string;
  readonly problems: string;
  readonly nextSteps: string;
  /** 报送日期 as an ISO date; null when empty. Text that is no date is kept in `reportedText`. */
  readonly reportedOn: string | null;
  readonly reportedText?: string;
  readonly source: string;
  readonly extra?: Readonly<Record<string, LedgerValue>>;
  /** The row of the Progress table it was read from (0-based, below the header), for the formulas typed there. */
  readonly row?: number;
}

const text = (v: LedgerValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? ("date" in v ? v.date : "") : String(v).trim();

/** The rows of a `Progress` table as read back; columns found by header, empty rows skipped. */
export function progressFromTable(table: LedgerTable | null): ProgressRow[] {
  if (!table) return [];
  const index = new Map(table.header.map((h, i) => [String(h).trim(), i]));
  const known = new Set<string>(PROGRESS_COLUMNS);
  return table.rows
    .map((r, row) => ({ r, row }))
    .filter(({ r }) => r.some((v) => text(v) !== ""))
    .map(({ r, row }) => {
      const get = (h: string): LedgerValue | undefined => {
        const i = index.get(h);
        return i === undefined ? undefined : r[i];
      };
      const due = readDueCell(get("报送日期"));
      const period = text(get("期次"));
      const extra = Object.fromEntries(
        table.header.flatMap((h, i) => (known.has(String(h).trim()) || h === "" ? [] : [[h, r[i] ?? null]])),
      );
      return {
        id: text(get("编号")),
        period: readPeriod(period) ?? period,
        unit: text(get("单位")),
        status: text(get("完成状态")),
        progress: text(get("进展情况")),
        problems: text(get("存在问题")),
        nextSteps: text(get("下步计划")),
        reportedOn: due && "date" in due ? due.date : null,
        ...(due && "unreadable" in due ? { reportedText: due.unreadable } : {}),
        source: text(get("来源")),
        ...(Object.keys(extra).length > 0 ? { extra } : {}),
        row,
      };
    });
}

/** The archive of every task's current state for a period: one 存档 row per task, under its lead unit. */
export function snapshotRows(tasks: readonly LedgerTask[], period: string, today: string): ProgressRow[] {
  return tasks.map((t) => ({
    id: t.id,
    period,
    unit: t.lead.split(/[、,，;；]/)[0]?.trim() ?? "",
    status: t.status,
    progress: t.progress,
    problems: "",
    nextSteps: "",
    reportedOn: today,
    source: PROGRESS_SOURCES.snapshot,
  }));
}

/** What a snapshot would do to the existing rows: how many 存档 rows of the period it replaces. */
export function archivedRows(existing: readonly ProgressRow[], period: string): number {
  return existing.filter((r) => r.period === period && r.source === PROGRESS_SOURCES.snapshot).length;
}

/**
 * The rows after a snapshot: every existing row kept, except the period's earlier 存档 rows, which the new
 * ones replace; the new rows follow the existing ones.
 */
export function withSnapshot(
  existing: readonly ProgressRow[],
  fresh: readonly ProgressRow[],
  period: string,
): ProgressRow[] {
  return [
    ...existing.filter((r) => !(r.period === period && r.source === PROGRESS_SOURCES.snapshot)),
    ...fresh,
  ];
}
