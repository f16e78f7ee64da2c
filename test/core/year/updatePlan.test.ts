import { sampleLedger } from "../../support/sampleLedger";
import { progressSheet } from "../../../src/core/year/progressSheet";
import { revokedSheet, revokedWhy } from "../../../src/core/year/revokedSheet";
import { withTableColumns } from "../../../src/core/year/tableColumns";
import { targetsFromTable } from "../../../src/core/year/targetsTable";
import type { LedgerTable } from "../../../src/core/types";
import type { ProgressRow } from "../../../src/core/year/progress";

const row = (id: string, progress: string): ProgressRow => ({
  id,
  period: "2020-03",
  unit: "财政局",
  status: "推进中",
  progress,
  problems: "",
  nextSteps: "",
  reportedOn: "2020-03-31",
  source: "存档",
});

describe("a clerk's columns put back on a planned table", () => {
  const { model } = sampleLedger();
  const sheet = progressSheet(model, "进展记录", [row("1.1", "甲"), row("1.2", "乙")]);
  const widened = withTableColumns(sheet, "Progress", ["核实人"], [["张三"], ["李四"]]);

  it("appends the column at the table's right end with each row's value", () => {
    const table = widened.tables.find((t) => t.name === "Progress")!;
    expect([table.columns.at(-1), table.range.cols]).toEqual(["核实人", 10]);
    const cells = widened.blocks.flatMap((b) => (b.kind === "values" && b.col === 9 ? [b.values] : []));
    expect(cells).toEqual([[["核实人"]], [["张三"], ["李四"]]]);
  });

  it("moves what stood to the right of the table over by the columns added", () => {
    // The note beside the table starts one column after it: at 10 before, at 11 after.
    const note = (s: typeof sheet) =>
      s.blocks.find((b) => b.kind === "values" && b.values[0]?.[0] === "说明")?.col;
    expect([note(sheet), note(widened)]).toEqual([10, 11]);
  });
});

describe("the Targets table read back", () => {
  const table: LedgerTable = {
    sheet: "量化指标",
    top: 0,
    left: 0,
    header: [
      "编号",
      "序号",
      "指标",
      "目标值",
      "计量单位",
      "类型",
      "界限",
      "原文",
      "实际值2020-03",
      "实际值2020-04",
    ],
    rows: [
      ["3.1", 1, "新增融资担保", 60, "亿元", "累计新增", "", "60亿元", 18, "约20"],
      [null, null, null, null, null, null, null, null, null, null],
    ],
  };

  it("keeps each target with the actuals typed per period, text kept as typed", () => {
    expect(targetsFromTable(table)).toEqual([
      {
        taskId: "3.1",
        seq: 1,
        indicator: "新增融资担保",
        value: 60,
        unit: "亿元",
        kind: "累计新增",
        bound: null,
        written: "60亿元",
        phrase: "60亿元",
        actuals: { "2020-03": 18, "2020-04": "约20" },
        row: 0,
      },
    ]);
  });

  it("reads an 实际值 as a clerk types a number, and keeps 0x10 or 1e3 as the text typed", () => {
    const typed: LedgerTable = {
      ...table,
      rows: [["3.1", 1, "新增融资担保", 60, "亿元", "累计新增", "", "60亿元", "\uff11\uff18", "0x10"]],
    };
    expect(targetsFromTable(typed)?.[0]?.actuals).toEqual({ "2020-03": 18, "2020-04": "0x10" });
    const junk: LedgerTable = { ...typed, rows: [[...(typed.rows[0] ?? []).slice(0, 8), "1e3", "1,234.5"]] };
    expect(targetsFromTable(junk)?.[0]?.actuals).toEqual({ "2020-03": "1e3", "2020-04": 1234.5 });
  });

  it("is nothing when the ledger has no Targets table", () => {
    expect(targetsFromTable(null)).toBeNull();
  });
});

describe("已撤销", () => {
  const { model } = sampleLedger();
  const task = { ...model.tasks[0]!, note: "备注甲", extra: { 核实人: "张三" } };
  const earlier: LedgerTable = {
    sheet: "已撤销",
    top: 0,
    left: 0,
    header: ["撤销日期", "编号", "旧列"],
    rows: [[{ date: "2020-02-01" }, "9.9", "旧值"]],
  };

  it("keeps the rows set aside before under their headers and adds the new ones after", () => {
    const sheet = revokedSheet(
      [{ task, progress: [row("1.1", "史")], targets: [] }],
      { tasks: earlier, progress: null },
      "2020-04-15",
      "修订稿",
    )!;
    const table = sheet.tables.find((t) => t.name === "Revoked")!;
    expect(table.columns.slice(0, 4)).toEqual(["撤销日期", "编号", "旧列", "撤销依据"]);
    const body = sheet.blocks.find((b) => b.kind === "values" && b.row === 1 && b.col === 0)!;
    const cells = (body.kind === "values" ? body.values : []).map((r) =>
      ["编号", "旧列", "备注", "核实人", "撤销依据"].map((h) => r[table.columns.indexOf(h)]),
    );
    expect(cells).toEqual([
      ["9.9", "旧值", null, null, null],
      ["1.1", null, "备注甲", "张三", "修订稿"],
    ]);
    expect(sheet.tables.find((t) => t.name === "RevokedProgress")?.range.rows).toBe(2);
  });

  it("keeps the number formats of the rows set aside before (0% on 0.5), in both tables", () => {
    const formatted: LedgerTable = {
      ...earlier,
      header: ["撤销日期", "编号", "完成进度(%)"],
      rows: [[{ date: "2020-02-01" }, "9.9", 0.5]],
      sources: [{ 2: { numFmt: "0%" } }],
    };
    const history: LedgerTable = {
      sheet: "已撤销",
      top: 0,
      left: 15,
      header: ["撤销日期", "编号", "进度"],
      rows: [[{ date: "2020-02-01" }, "9.9", 0.25]],
      sources: [{ 2: { numFmt: "0.0%" } }],
    };
    const sheet = revokedSheet(
      [{ task, progress: [], targets: [] }],
      { tasks: formatted, progress: history },
      "2020-04-15",
      "修订稿",
    )!;
    const tasks = sheet.tables.find((t) => t.name === "Revoked")!;
    const progress = sheet.tables.find((t) => t.name === "RevokedProgress")!;
    expect([
      tasks.columns.indexOf("完成进度(%)"),
      progress.range.col,
      progress.columns.indexOf("进度"),
    ]).toEqual([2, tasks.columns.length + 1, 2]);
    expect(sheet.cellFormats).toEqual([
      { row: 1, col: 2, numFmt: "0%" },
      { row: 1, col: progress.range.col + 2, numFmt: "0.0%" },
    ]);
  });

  it("is not planned when nothing was ever set aside", () => {
    expect(revokedSheet([], { tasks: null, progress: null }, "2020-04-15", "")).toBeNull();
  });
});

describe("撤销依据", () => {
  it("names the revision by its title, its date and its file, those known", () => {
    const title = "2020年政府工作报告主要工作责任分解";
    expect(revokedWhy({ title, date: "2020年6月1日" }, "rev1.txt")).toBe(
      `${title}\uff082020年6月1日\uff0c文件 rev1.txt\uff09`,
    );
    expect(revokedWhy({ title, date: null }, null)).toBe(title);
    expect(revokedWhy({ title: null, date: null }, "rev1.txt")).toBe("文件 rev1.txt");
    expect(revokedWhy({ title: " ", date: "2020年6月1日" }, null)).toBe("2020年6月1日");
  });
});
