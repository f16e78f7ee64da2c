/**
 * The ledger's dressing — status colours, deadline rules and the 完成状态 dropdown — for wherever its Tasks
 * table now sits. The rules come from the core's own builder (`statusRules`) at the table's actual position;
 * the dropdown is the plan's, moved onto the actual 完成状态 column. Pure: no Excel here.
 */

import { statusRules } from "../core/plan/draft";
import type {
  CellRange,
  ConditionalFormatPlan,
  LedgerSettings,
  ListValidation,
  WorkbookPlan,
} from "../core/plan/types";
import { TABLES } from "../core/ledger/types";
import { OfficeActionError } from "./errors";
import { LIGHT_COLUMN } from "../core/cycle/lights";
import { lightRules } from "../core/year/ledgerLights";

/** The column holding each task's status. */
export const STATUS_COLUMN = "完成状态";
/** The column holding each task's deadline as a date. */
export const DUE_COLUMN = "截止日期";

/** Where the Tasks table sits now: its body (0-based, absolute) and its header texts, left to right. */
export interface TasksAt {
  readonly body: CellRange;
  readonly header: readonly string[];
}

/** What the ledger is dressed with, at absolute positions on the table's sheet. */
export interface LedgerDressing {
  /** The range whose conditional formats are replaced: the table's body. */
  readonly body: CellRange;
  /** The range whose dropdown is replaced: the body of the 完成状态 column. */
  readonly statusBody: CellRange;
  readonly formats: readonly ConditionalFormatPlan[];
  readonly dropdown: ListValidation;
}

/**
 * The plan's 完成状态 dropdown on 任务台账 (a literal list of the statuses, with its error texts).
 * Throws when the plan has no ledger sheet with one: the caller must plan the ledger.
 */
export function statusDropdownOf(plan: WorkbookPlan): ListValidation {
  const ledger = plan.sheets.find((s) => s.kind === "ledger");
  const table = ledger?.tables.find((t) => t.name === TABLES.tasks);
  const col = table ? table.range.col + table.columns.indexOf(STATUS_COLUMN) : -1;
  const dropdown = ledger?.validations.find((v) => v.range.col === col);
  if (!dropdown) throw new Error("reformatLedger needs a plan with 任务台账 and its 完成状态 dropdown");
  return dropdown;
}

/** The absolute column of a header in the table, or ColumnMissing naming it. */
function columnOf(at: TasksAt, name: string): number {
  const i = at.header.findIndex((h) => h.trim() === name);
  if (i < 0) throw new OfficeActionError("ColumnMissing", `${TABLES.tasks}[${name}]`);
  return at.body.col + i;
}

/**
 * The dressing for the table at `at`: the core's status rules over its actual body and columns (formulas
 * relative to the body's top-left cell), and `dropdown` moved onto the actual 完成状态 body.
 * @example with the body at C6:N20, the overdue rule reads AND(ISNUMBER($K6),$K6<TODAY(),$L6<>"已完成")
 */
export function ledgerDressing(
  settings: LedgerSettings,
  dropdown: ListValidation,
  at: TasksAt,
): LedgerDressing {
  const statusCol = columnOf(at, STATUS_COLUMN);
  const dueCol = columnOf(at, DUE_COLUMN);
  const statusBody: CellRange = { row: at.body.row, col: statusCol, rows: at.body.rows, cols: 1 };
  return {
    body: at.body,
    statusBody,
    formats: [...statusRules(settings, at.body, statusCol, dueCol), ...lightsOfTable(settings, at)],
    dropdown: { ...dropdown, range: statusBody },
  };
}

/** The light colours over the 亮灯 column, when the table has one (ledgers made before lights have none). */
function lightsOfTable(settings: LedgerSettings, at: TasksAt): ConditionalFormatPlan[] {
  const i = at.header.findIndex((h) => h.trim() === LIGHT_COLUMN);
  return i < 0
    ? []
    : lightRules(settings, { row: at.body.row, col: at.body.col + i, rows: at.body.rows, cols: 1 }, 100);
}
