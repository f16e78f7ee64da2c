/**
 * Where the cells of a ledger read back stand in the workbook written anew from it (update, regenerate): each
 * typed table's header, rows and columns (typedPlaces), and the rows set aside in 已撤销 — a task the revision
 * dropped, from its row on 任务台账 (and its progress rows from 进展记录), and the rows 已撤销 held before. What
 * follows a cell (its comment, keptNotes.ts) goes where its cell goes.
 */

import type { CellMove, WorkbookPlan } from "../plan/types";
import type { LedgerTable } from "../types";
import type { ProgressRow } from "../year/progress";
import { REVOKED_TABLES, type RevokedTables } from "../year/revokedSheet";
import type { RevokedTask } from "../year/updateLedger";
import { typedPlaces, type Place, type TypedRows, type TypedTables } from "./typedFormulas";

/** A place as a move. */
const moveOf = (p: Place): CellMove => ({
  from: p.oldSheet,
  to: p.newSheet,
  rows: [...p.rowMap],
  cols: [...p.colMap],
});

/** The plan's table `name` (its sheet and range, and columns), or null. */
function tableOf(plan: WorkbookPlan, name: string) {
  for (const sheet of plan.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (table) return { sheet: sheet.name, table };
  }
  return null;
}

/**
 * The move of rows of a table read back (`old`, its body rows given by `bodyRows`: old body index → new body
 * index) into the plan's table `name`, columns by header; null when either is missing.
 */
function rowsInto(
  plan: WorkbookPlan,
  name: string,
  old: Pick<LedgerTable, "sheet" | "top" | "left" | "header"> | null,
  bodyRows: ReadonlyArray<readonly [number, number]>,
  header = true,
): CellMove | null {
  const found = tableOf(plan, name);
  if (!old || !found || bodyRows.length + (header ? 1 : 0) === 0) return null;
  const { table } = found;
  return {
    from: old.sheet,
    to: found.sheet,
    rows: [
      ...(header ? [[old.top, table.range.row] as const] : []),
      ...bodyRows.map(([i, j]) => [old.top + 1 + i, table.range.row + 1 + j] as const),
    ],
    cols: old.header.flatMap((h, k) => {
      const at = table.columns.indexOf(String(h).trim());
      return at >= 0 ? [[old.left + k, table.range.col + at] as const] : [];
    }),
  };
}

/**
 * The move of 进展记录's Progress table as read (`table`) into `plan`, which writes `rows` as its body (each
 * kept row with the row it was read from; new rows without): for the writes that rewrite only 进展记录 (存档本期,
 * 汇总各单位报送 in Excel). Null when either table is missing.
 * @example progressMove(progressPlan(model, withSnapshot(existing, fresh, "2026-03"), table.header), table, rows)
 */
export function progressMove(
  plan: WorkbookPlan,
  table: LedgerTable | null,
  rows: readonly ProgressRow[],
): CellMove | null {
  const at = typedPlaces(plan, { progress: table }, { tasks: [], progress: rows, targets: [] });
  return at.progress ? moveOf(at.progress) : null;
}

/**
 * Every move of cells from the ledger read back into `plan`: the typed tables', then 已撤销's (earlier rows in
 * place, then each task dropped now, with its progress rows).
 */
export function cellMoves(
  plan: WorkbookPlan,
  typed: TypedTables,
  rows: TypedRows & { readonly revoked: readonly RevokedTask[] },
  earlier: RevokedTables,
): CellMove[] {
  const at = typedPlaces(plan, typed, rows);
  const moves = [at.tasks, at.progress, at.units, at.targets].flatMap((p) => (p ? [moveOf(p)] : []));
  const earlierTasks = earlier.tasks?.rows.length ?? 0;
  const earlierProgress = earlier.progress?.rows.length ?? 0;
  const top = typed.tasks?.top ?? 0;
  const dropped = rows.revoked.flatMap((r, i) =>
    r.task.row === undefined ? [] : [[r.task.row - top - 1, earlierTasks + i] as const],
  );
  const droppedProgress = rows.revoked
    .flatMap((r) => r.progress)
    .flatMap((p: ProgressRow, k) => (p.row === undefined ? [] : [[p.row, earlierProgress + k] as const]));
  const more = [
    rowsInto(
      plan,
      REVOKED_TABLES.tasks,
      earlier.tasks,
      (earlier.tasks?.rows ?? []).map((_, i) => [i, i] as const),
    ),
    rowsInto(
      plan,
      REVOKED_TABLES.progress,
      earlier.progress,
      (earlier.progress?.rows ?? []).map((_, i) => [i, i] as const),
    ),
    rowsInto(plan, REVOKED_TABLES.tasks, typed.tasks ?? null, dropped, false),
    rowsInto(plan, REVOKED_TABLES.progress, typed.progress ?? null, droppedProgress, false),
  ];
  return [...moves, ...more.filter((m): m is CellMove => m !== null)];
}
