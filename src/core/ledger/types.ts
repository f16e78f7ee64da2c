/**
 * The ledger model: what the workbook holds, independent of how it was obtained — from a parsed document at
 * import, or read back from the `Tasks` and `Units` tables after clerks edited them. The plan is built from it.
 */

import type { CellValue, LedgerSettings } from "../plan/types";
import type { DocumentInfo } from "../types";
import type { Registry } from "../units/types";
import type { Target } from "../targets/targetTypes";

/** One row of 任务台账 (the `Tasks` table). Unit cells are kept as text, as people typed them. */
export interface LedgerTask {
  /** 编号: the stable key. */
  readonly id: string;
  readonly leader: string;
  readonly leaderTitle: string;
  readonly text: string;
  /** 牵头单位 cell text. */
  readonly lead: string;
  /** 配合单位 cell text, units separated by 、. */
  readonly co: string;
  /** 量化指标. */
  readonly target: string;
  /** 完成时限, as written (6月底前). */
  readonly deadline: string;
  /** 截止日期: the date the deadline stands for (ISO), used by the overdue rules; null when unknown. */
  readonly due: string | null;
  /**
   * 截止日期 as typed when it is text that reads as a date (2020.3.5): `due` holds the date, but the sheet's
   * formulas (亮灯, the overdue colour) see no date there, so the 通报 counts none either and names it. Absent
   * for a date cell.
   */
  readonly dueWritten?: string;
  readonly status: string;
  readonly progress: string;
  readonly note: string;
  /** 完成进度(%): how far the clerk says the task has got, 0–100; null or absent when not typed. */
  readonly rate?: number | null;
  /** 亮灯 as computed when the plan was made (the sheet's formula is what counts afterwards). */
  readonly light?: string;
  /** Cells of the Tasks table's other columns (责任人, 联系电话, a column the clerk added …), by header. */
  readonly extra?: Readonly<Record<string, string>>;
  /**
   * Cells of this row as the clerk left them where the fields above cannot say it, by header: text in 截止日期 or
   * 完成进度(%) (6月底前, 50%), a formula, a number or date in a text column, a number format (0% on 0.5).
   * Written back in place of the field while the field still reads as it did (see `KeptCell.read`).
   */
  readonly kept?: Readonly<Record<string, KeptCell>>;
  /** The sheet row (0-based) the task was read from, for the formulas that refer to it; absent when not read back. */
  readonly row?: number;
}

/** A cell as the clerk typed it (see `LedgerTask.kept`). */
export interface KeptCell {
  /** The value to write: the text, number or date typed, or the formula with its cached value. */
  readonly value: CellValue;
  /** The cell's number format, when it had one of its own (0%, yyyy"年"m"月"d"日"). */
  readonly numFmt?: string;
  /**
   * The field's text when the cell was read ("" for a 截止日期 that is no date). A command that changes the
   * field (a revision's new 完成时限, a unit's report in 进展情况) makes it read otherwise: then the field is
   * written, not this cell.
   */
  readonly read: string;
}

/** The ledger: its tasks, the unit registry, the settings and what is known of the source document. */
export interface LedgerModel {
  readonly tasks: readonly LedgerTask[];
  readonly registry: Registry;
  readonly settings: LedgerSettings;
  readonly document: DocumentInfo | null;
  /**
   * When the ledger was made, for 说明: an ISO date-time when made now; read back from 说明, the local date
   * and time it shows (2026-11-26 14:52), which 说明 then keeps.
   */
  readonly importedAt: string;
  /** The name of the file the ledger was imported from, for 说明; absent when pasted or unknown. */
  readonly sourceFile?: string | null;
  /** Names of the document written as their canonical unit at import (accepted aliases), for 说明. */
  readonly renamed?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** The quantitative targets (the `Targets` table); absent means read them from the task texts. */
  readonly targets?: readonly Target[];
}

/** The columns of the `Tasks` table, in order: header text and the field it holds. */
export const TASK_COLUMNS = [
  ["编号", "id"],
  ["分管领导", "leader"],
  ["职务", "leaderTitle"],
  ["工作任务", "text"],
  ["牵头单位", "lead"],
  ["配合单位", "co"],
  ["量化指标", "target"],
  ["完成时限", "deadline"],
  ["截止日期", "due"],
  ["完成状态", "status"],
  ["进展情况", "progress"],
  ["备注", "note"],
] as const satisfies ReadonlyArray<readonly [string, keyof LedgerTask]>;

/** The columns of the `Assignments` table. */
export const ASSIGNMENT_COLUMNS = ["编号", "单位", "角色", "经由", "分管领导", "完成状态"] as const;

/** Names of the tables and fixed sheets: tables are ASCII and stable, sheets Chinese by default. */
export const TABLES = {
  tasks: "Tasks",
  assignments: "Assignments",
  units: "Units",
  statuses: "Statuses",
  about: "About",
  targets: "Targets",
  progress: "Progress",
} as const;
export const SHEETS = {
  ledger: "任务台账",
  assignments: "任务分工",
  units: "单位名录",
  summary: "汇总",
  about: "说明",
  targets: "量化指标",
  progress: "进展记录",
} as const;
