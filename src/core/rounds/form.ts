/**
 * The reporting form (报送表) a unit receives for a period: its tasks, the columns it fills, and the metadata
 * that lets `collect` match the returned file. The metadata is a hidden sheet of plain cell values, which
 * Excel, WPS and LibreOffice all keep when they save.
 */

import { cnPunct, zh } from "../text/cnPunct";

/** The visible sheet a unit fills. */
export const FORM_SHEET = "填报";
/** The hidden sheet holding what collect needs; its first cell is FORM_MARK. */
export const META_SHEET = "报送信息";
/** The first cell of META_SHEET: it marks a workbook as a reporting form, and its layout's version. */
export const FORM_MARK = "台账助手报送表 v1";

/** The columns a unit reads but may not change, in order. */
export const LOCKED_COLUMNS = [
  "编号",
  "工作任务",
  "角色",
  "牵头单位",
  "完成时限",
  "当前状态",
  "当前进展",
] as const;
/** The columns every unit fills, in order; the clerk's own follow them. */
export const FILL_COLUMNS = ["完成状态", "进展情况", "存在问题", "下步计划"] as const;
/** The header of the task list in META_SHEET. */
export const META_TASK_HEADER = [
  "编号",
  "角色",
  "经由",
  "任务指纹",
  "牵头指纹",
  "时限指纹",
  "状态指纹",
  "进展指纹",
] as const;

/** One task of a form: what the unit sees of it, and its role. */
export interface FormRow {
  readonly id: string;
  readonly text: string;
  readonly role: "牵头" | "配合";
  /** The collective the task reached the unit through, or "". */
  readonly via: string;
  readonly lead: string;
  readonly deadline: string;
  readonly status: string;
  readonly progress: string;
}

/** What a form carries to be matched on return. */
export interface FormMeta {
  readonly ledgerId: string;
  readonly ledgerTitle: string;
  readonly unit: string;
  readonly period: string;
  /** The fill columns of this form, in order (FILL_COLUMNS and the clerk's). */
  readonly fillColumns: readonly string[];
  readonly tasks: ReadonlyArray<{
    readonly id: string;
    readonly role: string;
    readonly via: string;
    readonly textPrint: string;
    readonly leadPrint: string;
    readonly deadlinePrint: string;
    /** Fingerprints of the 当前状态 and 当前进展 sent; "" in forms made before they were recorded. */
    readonly statusPrint?: string;
    readonly progressPrint?: string;
  }>;
}

/** A form to write: the metadata, the rows, the statuses of the dropdown and the 填报说明 lines. */
export interface ReturnForm {
  readonly meta: FormMeta;
  readonly rows: readonly FormRow[];
  readonly statuses: readonly string[];
  readonly instructions: readonly string[];
  /** The file name, from the unit and the period (characters no file system takes replaced). */
  readonly fileName: string;
}

/** The 填报说明 heading a form. */
export function instructionsOf(unit: string, period: string, statuses: readonly string[]): string[] {
  return [
    zh`${unit} ${period} 工作任务进展报送表`,
    zh`填报说明:请只填写浅黄色的列(${FILL_COLUMNS.join("、")}等);完成状态请从下拉列表选择(${statuses.join("、")})。`,
    "编号、工作任务、牵头单位、完成时限等不可修改;请勿增删行、改动工作表名称或删除隐藏的“报送信息”表。",
    "牵头单位填报的完成状态将作为任务的当前状态;配合单位请填写本单位承担部分的进展。填好后保存,文件名可以修改,直接报回即可。",
  ].map(cnPunct);
}

/** A file name for a unit's form: 经信局-2026-03.xlsx. */
export function formFileName(unit: string, period: string): string {
  return `${unit.replace(/[\\/:*?"<>|\s]+/g, "_")}-${period}.xlsx`;
}
