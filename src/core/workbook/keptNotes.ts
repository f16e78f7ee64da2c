/**
 * Comments (批注) a clerk put on the cells of 任务台账's Tasks table, carried into the workbook written anew by
 * `update` and `regenerate`: each follows its cell's task and column as the typed values do (the row the task
 * now stands on, the column of the same header). A comment that cannot follow (its task was revoked, or it sat
 * on a sheet the tool makes anew, off the table) is not written, and is named so the report can say so.
 */

import { a1 } from "../plan/formulas";
import { zh } from "../text/cnPunct";
import type { WorkbookPlan } from "../plan/types";
import type { LedgerTask } from "../ledger/types";
import { tableMoves, type TasksOrigin } from "./keptFormulas";

/** A comment as read back: its sheet, cell (0-based), its text, and the note itself as the reader gave it. */
export interface CellNote {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly note: unknown;
}

/**
 * Where each comment of `notes` stands in the workbook `plan` writes, and those that stand nowhere (by the
 * cell they were on). Comments on sheets the plan does not write are left to the sheet carried whole.
 * @example placedNotes([{ sheet: "任务台账", row: 1, col: 10, text: "督查室核实", note }], plan, tasks, origin)
 */
export function placedNotes(
  notes: readonly CellNote[],
  plan: WorkbookPlan,
  tasks: readonly LedgerTask[],
  origin: TasksOrigin | null,
): { placed: CellNote[]; lost: Array<{ cell: string; text: string }> } {
  const planned = new Set(plan.sheets.map((s) => s.name));
  const sheet = plan.sheets.find((s) => s.kind === "ledger");
  const table = sheet?.tables.find((t) => t.name === "Tasks");
  const { rowMap, colMap } =
    sheet && table
      ? tableMoves(origin, table, tasks)
      : { rowMap: new Map<number, number>(), colMap: new Map<number, number>() };
  const placed: CellNote[] = [];
  const lost: Array<{ cell: string; text: string }> = [];
  for (const n of notes) {
    if (!planned.has(n.sheet) && n.sheet !== origin?.sheet) continue;
    const row = n.sheet === origin?.sheet ? rowMap.get(n.row) : undefined;
    const col = n.sheet === origin?.sheet ? colMap.get(n.col) : undefined;
    if (sheet && row !== undefined && col !== undefined) placed.push({ ...n, sheet: sheet.name, row, col });
    else lost.push({ cell: `${n.sheet}!${a1(n.row, n.col)}`, text: n.text });
  }
  return { placed, lost };
}

/**
 * For the commands that rewrite a ledger: `keep` (given to writeWorkbookWith) places the comments read from the
 * previous file on the Tasks table as read (`tasksTable`), and `lost` then holds those it could not.
 */
export function notesKeeper(
  tasksTable: { sheet: string; top: number; left: number; header: readonly string[] } | null | undefined,
  plan: WorkbookPlan,
  tasks: readonly LedgerTask[],
): { keep: (notes: CellNote[]) => CellNote[]; lost: Array<{ cell: string; text: string }> } {
  const origin = tasksTable
    ? { sheet: tasksTable.sheet, top: tasksTable.top, left: tasksTable.left, header: tasksTable.header }
    : null;
  const lost: Array<{ cell: string; text: string }> = [];
  return {
    lost,
    keep: (notes) => {
      const out = placedNotes(notes, plan, tasks, origin);
      lost.push(...out.lost);
      return out.placed;
    },
  };
}

/** The report's line for a comment not kept. */
export function noteLostLine(n: { cell: string; text: string }, isZh: boolean): string {
  return isZh
    ? zh`${n.cell} 的批注“${n.text}”未能保留(所在行的任务已撤销,或该处已重新生成),请按需手工补回。`
    : `The comment on ${n.cell} ("${n.text}") was not kept (its task was removed, or the cell is made anew); add it back by hand if needed.`;
}
