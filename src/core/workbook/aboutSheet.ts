/** 说明: where the ledger came from, its settings, and which sheet stands for which unit or leader. */

import type { LedgerModel } from "../ledger/types";
import { TABLES } from "../ledger/types";
import { ABOUT_HEADER, aboutRows } from "../ledger/about";
import { cnPunct, zh } from "../text/cnPunct";
import type { AliasSuggestion } from "../units/types";
import { SheetDraft } from "../plan/draft";
import { lightRuleText } from "../cycle/lights";
import type { SheetKind, SheetPlan } from "../plan/types";

/** Kind of a sheet in words, for the sheet list. */
export const KIND_LABEL: Readonly<Record<SheetKind, string>> = {
  ledger: "任务台账",
  assignments: "任务分工",
  units: "单位名录",
  summary: "汇总",
  about: "说明",
  leader: "分管领导",
  unit: "单位",
  targets: "量化指标",
  progress: "进展记录",
  revoked: "已撤销",
  round: "报送情况",
  bulletin: "通报",
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
  let row = 0;
  d.blocks.push({ kind: "values", row, col: 0, values: [["台账说明"]], style: "title" });
  row += 2;
  const info = aboutRows(model, options.version);
  d.table({
    name: TABLES.about,
    row,
    col: 0,
    header: [...ABOUT_HEADER],
    rows: info,
    formats: ["text", "general"],
    style: "TableStyleLight1",
  });
  row += info.length + 2;

  const statusRows = model.settings.statuses.map((s) => [s.name, s.fill, s.font]);
  d.table({
    name: TABLES.statuses,
    row,
    col: 0,
    header: ["状态", "底色", "字色"],
    rows: statusRows,
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

  // 对象 names the unit or leader a sheet stands for; the fixed sheets stand for nothing else (no internal keys).
  const sheetRows = sheets.map((s) => [
    s.name,
    KIND_LABEL[s.kind],
    s.kind === "unit" || s.kind === "leader" ? s.key : "",
  ]);
  d.table({
    name: SHEETS_TABLE,
    row,
    col: 0,
    header: ["工作表", "类别", "对象"],
    rows: sheetRows,
    style: "TableStyleLight1",
  });
  row += sheetRows.length + 2;

  // Fixed wording gets full-width punctuation; unit names stay exactly as the ledger writes them.
  const notes: string[] = [
    cnPunct(
      "台账中的任务台账、任务分工、单位名录为表格(Tasks、Assignments、Units),可以移动位置,但请勿改表名和列名。",
    ),
    cnPunct("分单位表、分领导表、汇总由台账助手生成,重新生成时会被替换;请只在任务台账中填写状态和进展。"),
  ];
  notes.push(...lightRuleText(model.settings));
  if (!model.document?.roleConvention)
    notes.push(cnPunct("文件未写明角色约定,按惯例以列第一位者为牵头单位。"));
  // What the import wrote as another name: the document's wording stays on record here and in 单位名录.
  const renamed = model.renamed?.length
    ? model.renamed.map((r) => `${r.from}→${r.to}`)
    : options.applied.map((s) => `${s.alias}→${s.canonical}`);
  if (renamed.length > 0) {
    notes.push(
      zh`导入时确认的别名,任务台账中已写为规范名称(原文写法记在单位名录的别名列):${renamed.join("、")}`,
    );
  }
  d.blocks.push({
    kind: "values",
    row,
    col: 0,
    // The notes stand in the wide column, so that they wrap in a few lines rather than down column A.
    values: notes.map((t, i) => [i === 0 ? "说明" : "", t]),
    style: "note",
  });
  d.widths = [18, 60, 24];
  return d.done();
}
