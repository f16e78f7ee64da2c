import ExcelJS from "exceljs";
import { gridOf } from "../../support/planGrid";
import { sampleLedger } from "../../support/sampleLedger";
import { periodsOf, readPeriod } from "../../../src/core/cycle/periods";
import { writeWorkbook } from "../../../src/xlsx/writeWorkbook";

describe("the 量化指标 sheet of the sample's ledger", () => {
  const { model, plan } = sampleLedger();
  const grid = gridOf(plan, "targets");
  const rows = grid.records(0);
  const has = (id: string, value: number, unit: string) =>
    rows.some((r) => r["编号"] === id && r["目标值"] === value && r["计量单位"] === unit);

  it("holds a Targets table over 编号 … 原文, 实际值 per month of 2020, 最新实际值 and 亮灯", () => {
    const sheet = plan.sheets.find((s) => s.kind === "targets");
    expect(sheet?.name).toBe("量化指标");
    const table = sheet?.tables.find((t) => t.name === "Targets");
    expect(table?.columns.slice(0, 8)).toEqual([
      "编号",
      "序号",
      "指标",
      "目标值",
      "计量单位",
      "类型",
      "界限",
      "原文",
    ]);
    expect(table?.columns.slice(8)).toEqual([
      ...periodsOf(2020, "month").map((p) => `实际值${p}`),
      "最新实际值",
      "亮灯",
    ]);
    expect(table?.range.rows).toBe(rows.length + 1);
  });

  it("has 12.4% for 1.3, 60 亿元 for 3.1, 4 家 for 3.14, 36 公里 and 15 座 for 4.6", () => {
    expect(has("1.3", 12.4, "%")).toBe(true);
    expect(has("3.1", 60, "亿元")).toBe(true);
    expect(has("3.14", 4, "家")).toBe(true);
    expect(has("4.6", 36, "公里")).toBe(true);
    expect(has("4.6", 15, "座")).toBe(true);
  });

  it("has the issue's examples with their kind and bound", () => {
    const row = (id: string, value: number) => rows.find((r) => r["编号"] === id && r["目标值"] === value);
    expect(row("2.1", 10)).toMatchObject({ 计量单位: "%", 类型: "增长", 界限: "下限" });
    expect(row("3.23", 35)).toMatchObject({ 计量单位: "微克/立方米", 类型: "达到", 界限: "上限" });
    expect(rows.filter((r) => r["编号"] === "3.13").map((r) => [r["序号"], r["目标值"]])).toEqual([
      [1, 2],
      [2, 400],
    ]);
  });

  it("takes none of the numbers that are not targets", () => {
    // 1.1 “1+4+8”, 1.2 “22条” “10项举措”, 2.2 172个 (a scope), 2.6 85项/20个, 2.12 “最多80天”, 4.3 320国道, years.
    const values = rows.map((r) => `${String(r["编号"])}:${String(r["目标值"])}`);
    for (const v of [
      "1.1:1",
      "1.1:4",
      "1.1:8",
      "1.2:22",
      "1.2:10",
      "2.2:172",
      "2.6:85",
      "2.6:20",
      "2.12:80",
      "4.3:320",
    ])
      expect(values).not.toContain(v);
    expect(rows.some((r) => r["目标值"] === 2020)).toBe(false);
  });

  it("fills 任务台账's 量化指标 with each task's targets in the document's words", () => {
    const task = (id: string) => model.tasks.find((t) => t.id === id)?.target;
    expect(task("2.1")).toBe("固定资产投资增长10%以上");
    expect(task("4.6")).toBe("实施农村公路改造和县道大中修36公里；完成农村桥梁改造15座");
    expect(task("1.1")).toBe("");
    const ledger = gridOf(plan, "ledger").records(0);
    expect(ledger.find((r) => r["编号"] === "3.1")?.["量化指标"]).toBe("新增中小微企业贷款60亿元");
  });

  it("has one 实际值 column per quarter when the period is a quarter", () => {
    const quarterly = sampleLedger((m) => ({
      ...m,
      settings: { ...m.settings, cycle: { period: "quarter" } },
    }));
    const table = quarterly.plan.sheets.find((s) => s.kind === "targets")?.tables[0];
    expect(table?.columns.slice(8, 12)).toEqual([
      "实际值2020Q1",
      "实际值2020Q2",
      "实际值2020Q3",
      "实际值2020Q4",
    ]);
  });

  it("keeps the 实际值 a ledger already holds, under its period", () => {
    const kept = sampleLedger((m) => ({
      ...m,
      targets: [
        {
          taskId: "3.1",
          seq: 1,
          indicator: "贷款",
          value: 60,
          unit: "亿元",
          kind: "累计新增",
          bound: null,
          written: "60亿元",
          phrase: "新增贷款60亿元",
          actuals: { "2020-03": 18.5 },
        },
      ],
    }));
    const r = gridOf(kept.plan, "targets").records(0);
    expect(r).toHaveLength(1);
    expect(r[0]?.["实际值2020-03"]).toBe(18.5);
    expect(r[0]?.["实际值2020-04"]).toBeUndefined();
  });

  it("is written to the file as a table whose 目标值 are numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(plan)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("量化指标");
    const tables = ws?.getTables() as unknown as Array<{ table: { name: string; tableRef: string } }>;
    expect(tables.map((t) => t.table.name)).toEqual(["Targets"]);
    expect(tables[0]?.table.tableRef).toBe(`A1:V${rows.length + 1}`); // 8 columns, 12 months, 最新实际值, 亮灯
    expect(ws?.getCell("D2").value).toBe(60);
    expect(ws?.getCell("A2").value).toBe("1.2");
  }, 60_000); // writes the whole 60-sheet workbook: seconds on a loaded machine
});

describe("periods", () => {
  it("reads the ways a period is written", () => {
    expect(readPeriod("2026-03")).toBe("2026-03");
    expect(readPeriod("2026-3")).toBe("2026-03");
    expect(readPeriod("2026年3月")).toBe("2026-03");
    expect(readPeriod("2026Q1")).toBe("2026Q1");
    expect(readPeriod("2026年一季度")).toBe("2026Q1");
    expect(readPeriod("2026年第4季度")).toBe("2026Q4");
    expect(readPeriod("2026-13")).toBeNull();
    expect(readPeriod("2026Q5")).toBeNull();
    expect(readPeriod("三月")).toBeNull();
  });
});
