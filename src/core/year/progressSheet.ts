/** 进展记录: the `Progress` table — one row per task, period and unit, typed, returned or archived. */

import { TABLES, type LedgerModel } from "../ledger/types";
import { SheetDraft } from "../plan/draft";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import { cnPunct, zh } from "../text/cnPunct";
import { cycleOf } from "../cycle/periods";
import { PROGRESS_COLUMNS, PROGRESS_SOURCES, type ProgressRow } from "./progress";
import { statusListSource } from "../plan/listSource";

/** A progress row as the table's cells, in PROGRESS_COLUMNS order. */
export function progressCells(r: ProgressRow): CellValue[] {
  return [
    r.id,
    r.period,
    r.unit,
    r.status,
    r.progress,
    r.problems,
    r.nextSteps,
    r.reportedOn ? { date: r.reportedOn } : (r.reportedText ?? null),
    r.source,
  ];
}

/** 进展记录 with the `Progress` table (empty at import), dropdowns for 完成状态 and 来源, and how to use it. */
export function progressSheet(
  model: LedgerModel,
  name: string,
  rows: readonly ProgressRow[] = [],
): SheetPlan {
  const d = new SheetDraft(name, "progress", "progress", "#2B579A");
  const header: string[] = [...PROGRESS_COLUMNS];
  const formats: ColumnFormat[] = header.map((h) => (h === "报送日期" ? "date" : "text"));
  d.table({
    name: TABLES.progress,
    row: 0,
    col: 0,
    header,
    rows: rows.map(progressCells),
    formats,
    wrap: true,
    style: "TableStyleMedium2",
  });
  const body = (h: string) => ({ row: 1, col: header.indexOf(h), rows: Math.max(rows.length, 1), cols: 1 });
  const statuses = model.settings.statuses.map((s) => s.name);
  d.validations.push({
    range: body("完成状态"),
    source: statusListSource(statuses),
    prompt: null,
    errorStyle: "warning",
    errorTitle: "完成状态",
    errorMessage: zh`请从列表中选择:${statuses.join("、")}`,
  });
  const sources = Object.values(PROGRESS_SOURCES);
  d.validations.push({
    range: body("来源"),
    source: { values: sources },
    prompt: null,
    errorStyle: "stop",
    errorTitle: "来源",
    errorMessage: zh`请从列表中选择:${sources.join("、")}`,
  });
  const example =
    cycleOf(model.settings).period === "quarter" ? `${model.settings.year}Q1` : `${model.settings.year}-03`;
  const notes = [
    zh`每行是一项任务在一个期次的进展:期次写作 ${example};单位为报送的单位。`,
    "来源:录入(在此手工填写)、报送(各单位报回)、存档(“存档本期”从任务台账复制)。",
    "任务台账始终显示当前状态;本表保存历次记录,不会被覆盖。同一期次再次存档时,只替换该期次的存档行,并先提示。",
  ].map((t) => cnPunct(t));
  d.sideNotes(header.length + 1, notes);
  // The three texts wrap; the list prints one page wide at a readable size (docs/printing.md).
  d.widths = [5, 8, 12, 7, 30, 20, 20, 11, 6, 2, 70];
  d.freeze = { rows: 1, cols: 2 };
  return d.done();
}
