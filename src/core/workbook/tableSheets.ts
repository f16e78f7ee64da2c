/** The three table sheets: 任务台账 (Tasks), 任务分工 (Assignments), 单位名录 (Units). */

import { ASSIGNMENT_COLUMNS, TABLES, TASK_COLUMNS, type LedgerModel, type LedgerTask } from "../ledger/types";
import { keptCellOf } from "../ledger/keptCells";
import { UNIT_COLUMNS } from "../units/types";
import { registryToRows } from "../units/registryIo";
import { cnPunct, zh } from "../text/cnPunct";
import type { Assignment } from "./assignments";
import { SheetDraft, statusRules } from "../plan/draft";
import { taskLookup } from "../plan/formulas";
import { statusListSource } from "../plan/listSource";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import { LIGHT_COLUMN, RATE_COLUMN } from "../cycle/lights";
import { lightRules, taskColumnsAfterDocument } from "../year/ledgerLights";
import { taskLightFormula } from "../year/lightFormulas";
import { optionalColumnsOf } from "../cycle/optionalColumns";
import { taskWidths } from "./taskWidths";

const TABLE_STYLE = "TableStyleMedium2";

/**
 * Widths of the Tasks columns of a ledger without tasks, in characters (with tasks, taskWidths.ts chooses
 * them from the content): the long texts wrap into lines, the short ones stay narrow, and the 14 columns
 * (169) print one landscape page wide at 7.3 points or more (docs/printing.md).
 */
const TASK_WIDTHS: Readonly<Record<string, number>> = {
  编号: 5,
  分管领导: 7,
  职务: 9,
  工作任务: 36,
  牵头单位: 11,
  配合单位: 20,
  量化指标: 16,
  完成时限: 8,
  截止日期: 11,
  完成状态: 7,
  进展情况: 20,
  备注: 8,
  [RATE_COLUMN]: 6,
  [LIGHT_COLUMN]: 5,
  责任人: 7,
  联系电话: 12,
  工作措施: 24,
  节点目标: 16,
};

/** 任务台账: one row per task, the `Tasks` table, dropdowns for 牵头单位 and 完成状态, status colouring. */
export function ledgerSheet(model: LedgerModel, name: string, formatting: boolean): SheetPlan {
  const d = new SheetDraft(name, "ledger", "ledger", "#2B579A");
  // The document's columns, then 完成进度(%) (typed) and 亮灯 (a formula column).
  // Optional columns the clerk switched on (责任人 …) stand after 备注.
  const optional = optionalColumnsOf(model.settings);
  const header: string[] = [...TASK_COLUMNS.map(([h]) => h), ...taskColumnsAfterDocument(model.settings)];
  const plain: CellValue[][] = model.tasks.map((t) => [
    ...TASK_COLUMNS.map(([, field]) => (field === "due" ? (t.due ? { date: t.due } : null) : t[field])),
    ...optional.map((h) => t.extra?.[h] ?? ""),
    t.rate ?? null,
  ]);
  // A cell the clerk typed that its field cannot say (6月底前 in 截止日期, "50%", a formula …) is written as typed.
  const cellFormats: Array<{ row: number; col: number; numFmt: string }> = [];
  const rows: CellValue[][] = plain.map((cells, i) => {
    const t = model.tasks[i] as LedgerTask;
    if (!t.kept) return cells;
    return cells.map((v, c) => {
      const kept = keptCellOf(t, header[c] as string);
      if (!kept) return v;
      if (kept.numFmt) cellFormats.push({ row: 1 + i, col: c, numFmt: kept.numFmt });
      return kept.value;
    });
  });
  const formats: ColumnFormat[] = [
    ...TASK_COLUMNS.map(([, field]): ColumnFormat => (field === "due" ? "date" : "text")),
    ...optional.map((): ColumnFormat => "text"),
    "general",
  ];
  d.table({ name: TABLES.tasks, row: 0, col: 0, header, rows, formats, wrap: true, style: TABLE_STYLE });
  const col = (h: string): number => header.indexOf(h);
  const body = (c: number) => ({ row: 1, col: c, rows: Math.max(rows.length, 1), cols: 1 });
  d.validations.push({
    range: body(col("牵头单位")),
    source: { name: "UnitList" },
    prompt: { title: "牵头单位", message: cnPunct("从单位名录中选择一个单位;新单位请先加入单位名录。") },
    errorStyle: "warning",
    errorTitle: "单位不在名录中",
    errorMessage: cnPunct("这个单位不在单位名录中。仍要保留吗?(校验时会提示)"),
  });
  d.validations.push({
    range: body(col("完成状态")),
    source: statusListSource(model.settings.statuses.map((s) => s.name)),
    prompt: null,
    errorStyle: "stop",
    errorTitle: "完成状态",
    errorMessage: zh`请从列表中选择:${model.settings.statuses.map((s) => s.name).join("、")}`,
  });
  if (formatting && rows.length > 0) {
    d.conditionalFormats.push(
      ...statusRules(
        model.settings,
        { row: 1, col: 0, rows: rows.length, cols: header.length },
        col("完成状态"),
        col("截止日期"),
      ),
    );
  }
  if (rows.length > 0) {
    const light = taskLightFormula(model.settings, {
      status: col("完成状态"),
      due: col("截止日期"),
      rate: col(RATE_COLUMN),
    });
    d.blocks.push({
      kind: "formulaColumn",
      row: 1,
      col: col(LIGHT_COLUMN),
      ...light,
      results: model.tasks.map((t) => t.light ?? ""),
      format: "general",
      style: "body",
    });
    if (formatting) d.conditionalFormats.push(...lightRules(model.settings, body(col(LIGHT_COLUMN)), 100));
  }
  const lights = { [LIGHT_COLUMN]: model.tasks.map((t) => t.light ?? "") };
  d.widths = taskWidths(header, rows, lights) ?? header.map((h) => TASK_WIDTHS[h] ?? 12);
  d.freeze = { rows: 1, cols: 1 };
  const sheet = d.done();
  return cellFormats.length > 0 ? { ...sheet, cellFormats } : sheet;
}

/** 任务分工: one row per (task, unit), status looked up live from 任务台账. */
export function assignmentsSheet(
  model: LedgerModel,
  assignments: readonly Assignment[],
  name: string,
  formatting: boolean,
): SheetPlan {
  const d = new SheetDraft(name, "assignments", "assignments", "#2B579A");
  const header = [...ASSIGNMENT_COLUMNS];
  const statusOf = new Map(model.tasks.map((t) => [t.id, t.status]));
  const n = assignments.length;
  const fixed = assignments.map((a) => [a.id, a.unit, a.role, a.via, a.leader]);
  d.table({ name: TABLES.assignments, row: 0, col: 0, header, rows: fixed, style: TABLE_STYLE });
  if (n > 0) {
    const status = taskLookup("完成状态");
    d.blocks.push({
      kind: "formulaColumn",
      row: 1,
      col: header.indexOf("完成状态"),
      r1c1: status.r1c1,
      a1: status.a1,
      results: assignments.map((a) => statusOf.get(a.id) ?? ""),
      format: "general",
      style: "body",
    });
  }
  if (formatting && n > 0) {
    d.conditionalFormats.push(
      ...statusRules(
        model.settings,
        { row: 1, col: 0, rows: n, cols: header.length },
        header.indexOf("完成状态"),
        null,
      ),
    );
  }
  d.widths = [8, 22, 6, 16, 10, 10];
  d.freeze = { rows: 1, cols: 0 };
  return d.done();
}

/** 单位名录: the `Units` table the clerk curates, with how to use it beside it. */
export function unitsSheet(model: LedgerModel, name: string): SheetPlan {
  const d = new SheetDraft(name, "units", "units", "#2B579A");
  const header = [...UNIT_COLUMNS];
  const rows = registryToRows(model.registry);
  d.table({ name: TABLES.units, row: 0, col: 0, header, rows, wrap: true, style: TABLE_STYLE });
  const notes = [
    "单位:规范名称,任务台账中应使用的写法。",
    "别名:同一单位的其他写法,用“、”分隔;校验时提示改为规范名称。",
    "类别:部门、镇街、平台、集团、组(泛指的单位组,如各镇(街道))、其他。",
    "所属组:该单位属于哪些单位组;生成分单位表时,单位组的任务会列入每个成员单位的表。",
    "别名可以修改或删除;删除后,校验和生成不再把它当作这个单位。",
  ].map((t) => cnPunct(t));
  d.sideNotes(header.length + 1, notes);
  d.widths = [24, 40, 8, 24, 2, 70];
  d.freeze = { rows: 1, cols: 0 };
  return d.done();
}
