/** 说明: where the ledger came from, its settings, and which sheet stands for which unit or leader. */

import type { LedgerModel } from "../ledger/types";
import { TABLES } from "../ledger/types";
import { cnPunct, zh } from "../text/cnPunct";
import type { AliasSuggestion } from "../units/types";
import { SheetDraft } from "./draft";
import type { CellValue, SheetKind, SheetPlan } from "./types";

/** Kind of a sheet in words, for the sheet list. */
export const KIND_LABEL: Readonly<Record<SheetKind, string>> = {
  ledger: "任务台账",
  assignments: "任务分工",
  units: "单位名录",
  summary: "汇总",
  about: "说明",
  leader: "分管领导",
  unit: "单位",
};

/** The table in 说明 that lists the sheets the tool generated: 工作表, 类别, 对象. */
export const SHEETS_TABLE = "Sheets";

export function aboutSheet(
  model: LedgerModel,
  name: string,
  sheets: ReadonlyArray<{ name: string; kind: SheetKind; key: string }>,
  options: { version: string; applied: readonly AliasSuggestion[] },
): SheetPlan {
  const d = new SheetDraft(name, "about", "about", "#605E5C");
  const doc = model.document;
  const info: CellValue[][] = [
    ["源文件标题", doc?.title ?? ""],
    ["发文单位", doc?.issuer ?? ""],
    ["发文日期", doc?.date ?? ""],
    [
      "角色约定",
      doc?.roleConvention
        ? zh`${doc.roleConvention.text}(原文第 ${doc.roleConvention.line} 行)`
        : "未写明;按惯例以列第一位者为牵头单位",
    ],
    ["导入时间", model.importedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC")],
    ["工具版本", `台账助手 ${options.version}`],
    ["任务数", model.tasks.length],
    ["时限年度", model.settings.year],
    ["已完成状态", model.settings.doneStatus],
    ["临期提醒(天)", model.settings.dueSoonDays],
  ];
  let row = 0;
  d.blocks.push({ kind: "values", row, col: 0, values: [["台账说明"]], style: "title" });
  row += 2;
  d.blocks.push({
    kind: "values",
    row,
    col: 0,
    values: info.map((r) => [cnPunct(String(r[0])), r[1] ?? ""]),
    formats: ["text", "general"],
    style: "body",
  });
  row += info.length + 1;

  const statusHeader = ["状态", "底色", "字色"];
  d.blocks.push({
    kind: "values",
    row,
    col: 0,
    values: [statusHeader],
    formats: ["text", "text", "text"],
    style: "header",
  });
  const statusRows = model.settings.statuses.map((s) => [s.name, s.fill, s.font]);
  d.blocks.push({
    kind: "values",
    row: row + 1,
    col: 0,
    values: statusRows,
    formats: ["text", "text", "text"],
    style: "body",
  });
  d.tables.push({
    name: TABLES.statuses,
    range: { row, col: 0, rows: statusRows.length + 1, cols: 3 },
    columns: statusHeader,
    style: "TableStyleLight1",
  });
  // Each status cell shows its own colours.
  statusRows.forEach((r, i) => {
    d.conditionalFormats.push({
      range: { row: row + 1 + i, col: 0, rows: 1, cols: 1 },
      rule: { kind: "formula", formula: "TRUE" },
      fill: r[1] as string,
      font: r[2] as string,
      priority: i + 1,
    });
  });
  row += statusRows.length + 2;

  const sheetHeader = ["工作表", "类别", "对象"];
  d.blocks.push({
    kind: "values",
    row,
    col: 0,
    values: [sheetHeader],
    formats: ["text", "text", "text"],
    style: "header",
  });
  const sheetRows = sheets.map((s) => [s.name, KIND_LABEL[s.kind], s.key]);
  d.blocks.push({
    kind: "values",
    row: row + 1,
    col: 0,
    values: sheetRows,
    formats: ["text", "text", "text"],
    style: "body",
  });
  d.tables.push({
    name: SHEETS_TABLE,
    range: { row, col: 0, rows: sheetRows.length + 1, cols: 3 },
    columns: sheetHeader,
    style: "TableStyleLight1",
  });
  row += sheetRows.length + 2;

  const notes: string[] = [
    "台账中的任务台账、任务分工、单位名录为表格(Tasks、Assignments、Units),可以移动位置,但请勿改表名和列名。",
    "分单位表、分领导表、汇总由台账助手生成,重新生成时会被替换;请只在任务台账中填写状态和进展。",
  ];
  if (options.applied.length > 0) {
    notes.push(
      `导入时按建议合并的别名(可在单位名录中删除以撤销):${options.applied.map((s) => `${s.alias}→${s.canonical}`).join("、")}`,
    );
  }
  d.blocks.push({
    kind: "values",
    row,
    col: 0,
    values: [["说明"], ...notes.map((t) => [cnPunct(t)])],
    style: "note",
  });
  d.widths = [18, 60, 24];
  return d.done();
}
