/**
 * A task that comes back: a revision names again a task an earlier update moved to 已撤销. Its row there holds
 * everything the clerk had typed (完成状态, 进展情况, 备注, 完成进度, their columns, the targets' actuals in words)
 * and its progress history in the table beside it; this reads them back so the update can put them on the
 * task again and take them out of 已撤销.
 */

import { ledgerFromTables } from "../ledger/fromTables";
import type { LedgerTask } from "../ledger/types";
import type { LedgerSettings } from "../plan/types";
import { cellText } from "../text/cellText";
import type { Target } from "../targets/targetTypes";
import { progressFromTable, type ProgressRow } from "./progress";
import { REVOKED_ACTUALS, REVOKED_WHEN, REVOKED_WHY, type RevokedTables } from "./revokedSheet";

/** A row of 已撤销 as a task that may come back. */
export interface RevokedRow {
  /** The row of the Revoked table (0-based, below the header). */
  readonly index: number;
  /** The task as it stood when set aside (its 编号 the one it had then). */
  readonly task: LedgerTask;
  /** 撤销日期 as written (ISO for a date). */
  readonly when: string;
  /** Its progress rows (those of the same 编号 set aside the same day). */
  readonly progress: readonly ProgressRow[];
  /** Where those progress rows stand in the RevokedProgress table (0-based, below the header). */
  readonly progressAt: readonly number[];
  /** 量化指标实际值 as written: 60亿元:2020-03=18,2020-06=30;… */
  readonly actuals: string;
}

/** The columns only 已撤销 has: not carried back onto 任务台账. */
const REVOKED_ONLY = new Set([REVOKED_WHEN, REVOKED_WHY, REVOKED_ACTUALS]);

function without<T>(record: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined {
  if (!record) return undefined;
  const out = Object.fromEntries(Object.entries(record).filter(([k]) => !REVOKED_ONLY.has(k)));
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The rows of 已撤销 as tasks, with their progress rows (those of the same 编号 set aside the same day).
 * @example revokedRows(earlier, settings).map(r => r.task.id) → ["2.5", "2.7"]
 */
export function revokedRows(earlier: RevokedTables, settings: LedgerSettings): RevokedRow[] {
  const table = earlier.tasks;
  if (!table || table.rows.length === 0) return [];
  const read = ledgerFromTables(table, null, settings);
  if (!read) return [];
  const col = (t: typeof table, h: string) => t.header.findIndex((x) => String(x).trim() === h);
  const whenAt = col(table, REVOKED_WHEN);
  const actualsAt = col(table, REVOKED_ACTUALS);
  const progressTable = earlier.progress;
  const progressWhenAt = progressTable ? col(progressTable, REVOKED_WHEN) : -1;
  const progress = progressFromTable(progressTable);
  return read.tasks.map((t) => {
    const index = (t.row ?? 0) - table.top - 1;
    const cells = table.rows[index] ?? [];
    const when = cellText(cells[whenAt]).trim();
    // Its row of 已撤销 is no row of 任务台账: no formula or comment there is to follow it.
    const task: LedgerTask = { ...t };
    delete (task as { row?: number }).row;
    const extra = without(t.extra);
    const kept = without(t.kept);
    if (extra) Object.assign(task, { extra });
    else delete (task as { extra?: unknown }).extra;
    if (kept) Object.assign(task, { kept });
    else delete (task as { kept?: unknown }).kept;
    const own = progress.filter(
      (p) => p.id === t.id && cellText(progressTable?.rows[p.row ?? -1]?.[progressWhenAt]).trim() === when,
    );
    const rows = own.map((p) => {
      const left = p.extra
        ? Object.fromEntries(Object.entries(p.extra).filter(([k]) => String(k).trim() !== REVOKED_WHEN))
        : {};
      // Its row of RevokedProgress is no row of 进展记录: no formula typed there is to follow it.
      const bare: ProgressRow = { ...p };
      delete (bare as { row?: number }).row;
      delete (bare as { extra?: unknown }).extra;
      return Object.keys(left).length > 0 ? { ...bare, extra: left } : bare;
    });
    return {
      index,
      task,
      when,
      progress: rows,
      progressAt: own.map((p) => p.row ?? -1),
      actuals: cellText(cells[actualsAt]).trim(),
    };
  });
}

/**
 * The actuals 已撤销 wrote in words put back on the task's targets, each by its phrase (or value and unit).
 * @example withActuals(targets, "60亿元:2020-03=18") → the target 60亿元 with actuals { "2020-03": 18 }
 */
export function withActuals(targets: readonly Target[], words: string): Target[] {
  const byName = new Map<string, Record<string, number | string>>();
  for (const part of words.split(/[;；]/)) {
    const at = Math.max(part.lastIndexOf(":"), part.lastIndexOf("："));
    if (at <= 0) continue;
    const values: Record<string, number | string> = {};
    for (const pair of part.slice(at + 1).split(/[,，]/)) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const value = pair.slice(eq + 1).trim();
      values[pair.slice(0, eq).trim()] =
        value !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
    }
    if (Object.keys(values).length > 0) byName.set(part.slice(0, at).trim(), values);
  }
  return targets.map((t) => {
    const actuals = byName.get(t.phrase || `${t.value}${t.unit}`) ?? byName.get(`${t.value}${t.unit}`);
    return actuals ? { ...t, actuals } : t;
  });
}
