/**
 * 量化指标: the `Targets` table — one row per target read from the tasks (编号, 序号, 指标, 目标值, 计量单位, 类型,
 * 界限, 原文) and one 实际值 column per reporting period, where the clerk types what each period reached.
 */

import { TABLES, type LedgerModel } from "../ledger/types";
import { SheetDraft } from "../plan/draft";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import { cnPunct, zh } from "../text/cnPunct";
import { cycleOf, periodsOf } from "../cycle/periods";
import { targetsOfTasks } from "../cycle/targets";
import type { Target, TargetKind } from "../targets/targetTypes";
import { LIGHT_COLUMN } from "../cycle/lights";
import { lightRules, targetLight } from "./ledgerLights";
import { latestActualFormula, targetLightFormula } from "./lightFormulas";

/** The column after the 实际值 ones: the latest actual typed. */
export const LATEST_COLUMN = "最新实际值";

/** The fixed columns of the `Targets` table; the 实际值 columns follow. */
export const TARGET_COLUMNS = ["编号", "序号", "指标", "目标值", "计量单位", "类型", "界限", "原文"] as const;

/** The kinds a 类型 cell may hold. */
export const TARGET_KINDS: readonly TargetKind[] = ["增长", "累计新增", "达到", "压减"];

/** The header of a period's 实际值 column: 实际值2026-03. */
export const actualHeader = (period: string): string => `实际值${period}`;

/** The targets a model holds, or those its task texts give when it holds none (a new ledger). */
export function modelTargets(model: LedgerModel): readonly Target[] {
  return model.targets ?? targetsOfTasks(model.tasks);
}

/** 量化指标 with the `Targets` table, dropdowns for 类型 and 界限, and how to fill it beside it. */
export function targetsSheet(model: LedgerModel, name: string): SheetPlan {
  const d = new SheetDraft(name, "targets", "targets", "#2B579A");
  const periods = periodsOf(model.settings.year, cycleOf(model.settings).period);
  const header = [...TARGET_COLUMNS, ...periods.map(actualHeader), LATEST_COLUMN, LIGHT_COLUMN];
  const targets = modelTargets(model);
  const rows: CellValue[][] = targets.map((t) => [
    t.taskId,
    t.seq,
    t.indicator,
    t.value,
    t.unit,
    t.kind,
    t.bound ?? "",
    t.phrase,
    ...periods.map((p) => t.actuals?.[p] ?? null),
  ]);
  const formats: ColumnFormat[] = [
    "text",
    "integer",
    "text",
    "general",
    "text",
    "text",
    "text",
    "text",
    ...periods.map((): ColumnFormat => "general"),
  ];
  const body = (col: number) => ({ row: 1, col, rows: Math.max(rows.length, 1), cols: 1 });
  d.table({ name: TABLES.targets, row: 0, col: 0, header, rows, formats, style: "TableStyleMedium2" });
  if (rows.length > 0) {
    const col = (h: string): number => header.indexOf(h);
    const cols = {
      value: col("目标值"),
      unit: col("计量单位"),
      kind: col("类型"),
      bound: col("界限"),
      firstActual: TARGET_COLUMNS.length,
      periods: periods.length,
    };
    const latest = (t: Target): number | string =>
      [...periods]
        .reverse()
        .map((p) => t.actuals?.[p])
        .find((v) => typeof v === "number") ?? "";
    d.blocks.push(
      {
        kind: "formulaColumn",
        row: 1,
        col: col(LATEST_COLUMN),
        ...latestActualFormula(cols),
        results: targets.map(latest),
        format: "general",
        style: "body",
      },
      {
        kind: "formulaColumn",
        row: 1,
        col: col(LIGHT_COLUMN),
        ...targetLightFormula(model.settings, cols),
        results: targets.map((t) => targetLight(t, model.settings, periods)),
        format: "general",
        style: "body",
      },
    );
    d.conditionalFormats.push(...lightRules(model.settings, body(col(LIGHT_COLUMN)), 1));
  }
  d.validations.push({
    range: body(TARGET_COLUMNS.indexOf("类型")),
    source: { values: TARGET_KINDS },
    prompt: null,
    errorStyle: "stop",
    errorTitle: "类型",
    errorMessage: zh`请从列表中选择:${TARGET_KINDS.join("、")}`,
  });
  d.validations.push({
    range: body(TARGET_COLUMNS.indexOf("界限")),
    source: { values: ["下限", "上限"] },
    prompt: null,
    errorStyle: "stop",
    errorTitle: "界限",
    errorMessage: cnPunct("下限:不少于目标值(以上);上限:不超过目标值(以内);不限则留空。"),
  });
  const notes = [
    "本表由各任务的工作任务文字读出,请核对:删去不是指标的行,补上漏读的指标(编号填任务编号)。",
    "类型:增长(增速、增幅)、累计新增(年内完成的数量)、达到(比率或水平)、压减(下降、减少)。",
    "界限:下限为“以上、不少于”,上限为“以内、不超过”,未写明则留空。",
    `实际值:每期填写截至该期的数值;增长、达到类填当期的增速或水平,累计新增、压减类填年初以来的累计数。`,
    "最新实际值和亮灯由公式计算,请勿填写。",
  ].map((t) => cnPunct(t));
  d.sideNotes(header.length + 1, notes);
  // Narrow enough to print a year of monthly values one landscape page wide at a readable size: a value
  // column holds a number (docs/printing.md).
  d.widths = [5, 4, 14, 7, 6, 8, 5, 18, ...periods.map(() => 7), 8, 5, 2, 70];
  d.freeze = { rows: 1, cols: 3 };
  return d.done();
}
