/**
 * The ledger workbook after an update, planned as `build` plans it (任务分工, the leader and unit sheets, 汇总
 * and 量化指标 regenerated from the updated tasks), with what the clerk added kept: their columns on 任务台账, 单位名录
 * and 进展记录, the whole progress history, and 已撤销 for the dropped tasks.
 */

import { cellText } from "../text/cellText";
import { TASK_COLUMNS, type LedgerModel, type LedgerTask } from "../ledger/types";
import { UNIT_COLUMNS } from "../units/types";
import { aboutSheet } from "./aboutSheet";
import { buildPlan } from "./buildPlan";
import { sheetName } from "../plan/sheetNames";
import type { CellValue, PlanNoteParams, SheetPlan, WorkbookPlan } from "../plan/types";
import { a1 } from "../plan/formulas";
import { settleFormulas, type TasksOrigin } from "./keptFormulas";
import { keepTypedFormulas, type TypedTables } from "./typedFormulas";
import { cellMoves } from "./cellMoves";
import { extraFormats } from "./progressPlan";
import type { LedgerTable } from "../types";
import { RATE_COLUMN, YEAR_TASK_COLUMNS } from "../cycle/lights";
import { optionalColumnsOf } from "../cycle/optionalColumns";
import { PROGRESS_COLUMNS } from "../year/progress";
import { progressSheet } from "../year/progressSheet";
import { REVOKED_SHEET, revokedSheet, withoutRestored, type RevokedTables } from "../year/revokedSheet";
import { cellOfValue, withTableColumns } from "../year/tableColumns";
import { refitTable } from "./taskWidths";
import { keptCellOf } from "../ledger/keptCells";
import type { UpdateResult } from "../year/updateLedger";

/** What the plan needs besides the update's result: the tables' headers as read, and the earlier 已撤销. */
export interface UpdateContext {
  /** The Tasks table's header as the clerk left it (their columns among it). */
  readonly taskHeader: readonly string[];
  /** The Progress table's header as read; null when the ledger had none. */
  readonly progressHeader: readonly string[] | null;
  /** The Units table as read (the clerk's columns among it, carried by 单位); null or absent when there is none. */
  readonly units?: LedgerTable | null;
  readonly earlier: RevokedTables;
  /** The day of the update (ISO): 撤销日期, and the day the lights written as values are computed for. */
  readonly today: string;
  /** Why the rows were set aside: the revised document's title or file name. */
  readonly why: string;
  readonly version: string;
  /** Whether the shell makes PivotTables (Excel, the default) or writes their formula fallbacks (a file). */
  readonly pivots?: boolean;
  /** Where the Tasks table stood when read back, for the formulas typed in it (null or absent: not known). */
  readonly taskOrigin?: TasksOrigin | null;
  /** The typed tables as read, for the formulas typed in them (typedFormulas.ts); absent: none kept. */
  readonly typed?: TypedTables;
}

/** The columns of `header` that none of ours are: the clerk's. */
function clerkColumns(header: readonly string[], ours: readonly string[]): string[] {
  const own = new Set(ours);
  return header.map((h) => h.trim()).filter((h) => h !== "" && !own.has(h));
}

/** The clerk's columns of the Units table as read, and their cells for each unit of the registry, by 单位. */
function unitExtras(table: LedgerTable | null | undefined, model: LedgerModel) {
  const headers = clerkColumns(table?.header ?? [], UNIT_COLUMNS);
  if (!table || headers.length === 0) return { headers, values: [], numFmts: [] };
  const at = (h: string) => table.header.findIndex((x) => x.trim() === h);
  const byName = new Map(table.rows.map((r, i) => [cellText(r[at("单位")]).trim(), i]));
  // A unit an update renamed finds its row by its old name, now an alias.
  const rowOf = (u: LedgerModel["registry"]["units"][number]): number =>
    byName.get(u.name) ?? u.aliases.map((a) => byName.get(a)).find((i) => i !== undefined) ?? -1;
  const values = model.registry.units.map((u): CellValue[] =>
    headers.map((h) => cellOfValue(table.rows[rowOf(u)]?.[at(h)])),
  );
  // A number or a date keeps the number format it was typed with.
  const numFmts = model.registry.units.map((u) =>
    headers.map((h) => table.sources?.[rowOf(u)]?.[at(h)]?.numFmt),
  );
  return { headers, values, numFmts };
}

/**
 * The workbook plan of an updated ledger.
 * @example updatedPlan(updateLedger(model, progress, revised), context).sheets.map(s => s.name) → [任务台账, …, 已撤销, 说明]
 */
export function updatedPlan(result: UpdateResult, context: UpdateContext): WorkbookPlan {
  const model: LedgerModel = result.model;
  const plan = buildPlan(model, {
    version: context.version,
    today: context.today,
    ...(context.pivots === undefined ? {} : { pivots: context.pivots }),
  });
  const taskExtras = clerkColumns(context.taskHeader, [
    ...TASK_COLUMNS.map(([h]) => h),
    ...YEAR_TASK_COLUMNS,
    ...optionalColumnsOf(model.settings),
  ]);
  const progressExtras = clerkColumns(context.progressHeader ?? [], PROGRESS_COLUMNS);
  const units = unitExtras(context.units, model);
  const sheets: SheetPlan[] = plan.sheets
    .filter((s) => s.kind !== "about")
    .map((s) => {
      if (s.kind === "ledger") {
        const widened = withTableColumns(
          s,
          "Tasks",
          taskExtras,
          model.tasks.map((t) => taskExtras.map((h) => keptCellOf(t, h)?.value ?? t.extra?.[h] ?? "")),
          model.tasks.map((t) => taskExtras.map((h) => keptCellOf(t, h)?.numFmt)),
        );
        // The clerk's columns given widths with ours, so the list still prints one page wide, readably.
        return taskExtras.length > 0 ? refitTable(widened, "Tasks") : widened;
      }
      if (s.kind === "units") return withTableColumns(s, "Units", units.headers, units.values, units.numFmts);
      if (s.kind === "progress")
        return withTableColumns(
          progressSheet(model, s.name, result.progress),
          "Progress",
          progressExtras,
          result.progress.map((r) => progressExtras.map((h) => cellOfValue(r.extra?.[h]))),
          // A number or a date typed in the clerk's columns keeps its number format.
          extraFormats(
            result.progress,
            context.progressHeader ?? [],
            progressExtras,
            context.typed?.progress?.sources,
          ),
        );
      return s;
    });
  const taken = new Set(plan.sheets.map((s) => s.name));
  const revoked = revokedSheet(
    result.revoked,
    withoutRestored(context.earlier, result.restoredRows),
    context.today,
    context.why,
    sheetName(REVOKED_SHEET, taken),
  );
  if (revoked) sheets.push(revoked);
  const about = plan.sheets.find((s) => s.kind === "about") as SheetPlan;
  sheets.push(
    aboutSheet(
      model,
      about.name,
      [...sheets, about].map((s) => ({ name: s.name, kind: s.kind, key: s.key })),
      { version: context.version, applied: [] },
    ),
  );
  // Formulas typed on 任务台账 stay formulas unless they refer to cells that move (keptFormulas.ts).
  const settled = settleFormulas({ ...plan, sheets }, model.tasks, context.taskOrigin ?? null);
  // Those typed in 进展记录, 单位名录 and 量化指标 too (typedFormulas.ts).
  const typed = keepTypedFormulas(settled.plan, context.typed ?? {}, {
    tasks: model.tasks,
    progress: result.progress,
    targets: model.targets ?? [],
  });
  const notes = [...textKeptNotes(typed.plan, model.tasks), ...settled.notes, ...typed.notes];
  // Where each typed cell now stands, for its comment (keptNotes.ts).
  const moves = cellMoves(
    typed.plan,
    context.typed ?? {},
    { tasks: model.tasks, progress: result.progress, targets: model.targets ?? [], revoked: result.revoked },
    context.earlier,
  );
  return { ...typed.plan, ...(notes.length > 0 ? { notes } : {}), moves };
}

/**
 * The cells of 截止日期 and 完成进度(%) written as the text the clerk typed (6月底前, 50%): the column cannot hold it
 * as a date or a number, so it stays text, and each is named where it now stands.
 */
function textKeptNotes(
  plan: WorkbookPlan,
  tasks: readonly LedgerTask[],
): Array<{ code: "kept-as-text"; params: PlanNoteParams }> {
  const sheet = plan.sheets.find((s) => s.kind === "ledger");
  const table = sheet?.tables.find((t) => t.name === "Tasks");
  if (!sheet || !table) return [];
  const columns: Array<[string, "date" | "number"]> = [
    ["截止日期", "date"],
    [RATE_COLUMN, "number"],
  ];
  return tasks.flatMap((t, i) =>
    columns.flatMap(([column, kind]) => {
      const kept = keptCellOf(t, column);
      const at = table.columns.indexOf(column);
      if (!kept || typeof kept.value !== "string" || at < 0) return [];
      const cell = `${sheet.name}!${a1(table.range.row + 1 + i, table.range.col + at)}`;
      return [{ code: "kept-as-text" as const, params: { cell, column, text: kept.value, kind } }];
    }),
  );
}
