/**
 * Setting some cells of tasks in the Tasks table where it now sits (collect's current state: 完成状态 and
 * 进展情况 from the lead units' words). The rows are found by 编号 in the same batch that writes them, so a
 * clerk who sorted the table meanwhile loses nothing: two syncs to read the header and the 编号 column, then the
 * writes in requests under the payload budget. Text is written as text (guarded), never as a formula.
 */

import { TABLES } from "../core/ledger/types";
import { guardText } from "./cellValues";
import { withEventsOff } from "./events";
import type { SyncCounter } from "./events";
import { op, splitRequests } from "./payload";
import type { WriteOp } from "./payload";
import { asOwnWrite, runExcel } from "./run";

/** New values of one task, by column header. */
export interface TaskCells {
  readonly id: string;
  readonly values: Readonly<Record<string, string>>;
}

/** What was written: cells set, and the ids and columns not found (the clerk deleted a row or a column). */
export interface TaskCellsResult {
  readonly cells: number;
  readonly missingIds: readonly string[];
  readonly missingColumns: readonly string[];
  readonly syncs: number;
}

/** Sets the given cells of the Tasks table, finding each task's row by its 编号. */
export async function setTaskCells(updates: readonly TaskCells[]): Promise<TaskCellsResult> {
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const counter: SyncCounter = { syncs: 0 };
      const table = context.workbook.tables.getItem(TABLES.tasks);
      const header = table.getHeaderRowRange();
      header.load("values,rowIndex,columnIndex");
      const body = table.getDataBodyRange();
      body.load("rowCount");
      await context.sync();
      counter.syncs += 1;

      // A navigation property: a proxy, nothing to load (the rule takes it for a scalar).
      // eslint-disable-next-line office-addins/load-object-before-read
      const sheet = table.worksheet;
      const names = (header.values[0] ?? []).map((h) => String(h).trim());
      const top = header.rowIndex + 1;
      const left = header.columnIndex;
      const idCol = names.indexOf("编号");
      const ids =
        idCol >= 0 && body.rowCount > 0 ? sheet.getRangeByIndexes(top, left + idCol, body.rowCount, 1) : null;
      ids?.load("values");
      await context.sync();
      counter.syncs += 1;

      const rowOf = new Map<string, number>();
      (ids?.values ?? []).forEach((r, i) => {
        const id = String(r[0] ?? "").trim();
        if (id !== "" && !rowOf.has(id)) rowOf.set(id, i);
      });
      const ops: WriteOp[] = [];
      const missingIds: string[] = [];
      const missingColumns = new Set<string>();
      for (const u of updates) {
        const row = rowOf.get(u.id);
        if (row === undefined) {
          missingIds.push(u.id);
          continue;
        }
        for (const [column, value] of Object.entries(u.values)) {
          const col = names.indexOf(column);
          if (col < 0) {
            missingColumns.add(column);
            continue;
          }
          const input = guardText(value);
          ops.push(
            op(
              2,
              input,
              () => void (sheet.getRangeByIndexes(top + row, left + col, 1, 1).values = [[input]]),
            ),
          );
        }
      }
      await withEventsOff(context, counter, async () => {
        for (const request of splitRequests(ops)) {
          for (const o of request) o.queue();
          // One sync per request under the payload budget, never one per cell.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          counter.syncs += 1;
        }
      });
      return { cells: ops.length, missingIds, missingColumns: [...missingColumns], syncs: counter.syncs };
    }),
  );
}
