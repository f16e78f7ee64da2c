/** Writing a plan: what the workbook holds afterwards, sheet by sheet (values, formats, tables, names, rules, pivots). */

import { applyPlan } from "../../src/excel/applyPlan";
import { installExcelHost, parseAddress } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { FALLBACK_NOTE, SETTINGS, TASK_HEADER, handTasks, smallPlan, unitName } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
// Sheet tags and PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
beforeEach(() => ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" })));
afterEach(() => uninstall());

/** Values of a sheet's rectangle (A1 address). */
const values = (sheet: string, address: string) => host.valuesOf(host.sheet(sheet), parseAddress(address));

describe("a small ledger written into an empty workbook", () => {
  beforeEach(async () => {
    await applyPlan(smallPlan(), { replaceGenerated: false });
  });

  test("every planned sheet exists, in plan order, tagged as generated with its kind and key", () => {
    const plan = smallPlan();
    expect(host.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    for (const s of plan.sheets) {
      const props = host.sheet(s.name).customProperties;
      expect(props.get("taizhang.kind")?.value).toBe(s.kind);
      expect(props.get("taizhang.key")?.value).toBe(s.key);
    }
    expect(host.sheet("Sheet1").customProperties.size).toBe(0);
    expect(host.activeSheetId).toBe(host.sheet("任务台账").id);
  });

  test("the Tasks table holds the header and one row per task, text as text, dates as serial numbers", () => {
    const tasks = host.table("Tasks");
    expect(tasks.sheet.name).toBe("任务台账");
    expect(tasks.rect).toEqual({ row: 0, col: 0, rows: 71, cols: 12 });
    expect(tasks.columns).toEqual(TASK_HEADER);
    expect(tasks.style).toBe("TableStyleMedium2");
    const t = handTasks(70, 10)[5]!;
    expect(values("任务台账", "A7:F7")[0]).toEqual([
      t.id,
      t.leader,
      "副市长",
      t.text,
      t.units[0],
      t.units.slice(1).join("、"),
    ]);
    // 编号 "1.10" would become the number 1.1 without the text format.
    expect(host.cell("任务台账", "A11")).toMatchObject({ value: "1.10", numberFormat: "@" });
    expect(host.cell("任务台账", "I3")).toMatchObject({ value: 43889, numberFormat: "yyyy-mm-dd" }); // 2020-02-28
    expect(host.cell("任务台账", "I2")).toMatchObject({ value: "", numberFormat: "yyyy-mm-dd" });
  });

  test("header and title styles, column widths, frozen panes and tab colours are set", () => {
    expect(host.cell("任务台账", "A1").format).toMatchObject({ bold: true, fill: "#D9E2F3" });
    expect(host.cell("任务台账", "D2").format.wrap).toBe(true);
    expect(host.cell("汇总", "A1").format).toMatchObject({ bold: true, size: 14 });
    expect(host.sheet("任务台账").columnWidths.get(3)).toBeCloseTo((60 * 7 + 5) * 0.75);
    expect(host.sheet("任务台账").freeze).toEqual({ rows: 1, cols: 1 });
    expect(host.sheet("任务分工").freeze).toEqual({ rows: 1, cols: 0 });
    expect(host.sheet("任务台账").tabColor).toBe("#2B579A");
    expect(host.sheet(unitName(0)).autoFilter).toEqual({ row: 16, col: 0, rows: 22, cols: 4 });
  });

  test("a formula column is one R1C1 formula, relative to each row", () => {
    const a1 = (row: number) => `=IFERROR(INDEX(Tasks[完成状态],MATCH($A${row},Tasks[编号],0))&"","")`;
    expect(host.formulaA1("任务分工", "F2")).toBe(a1(2));
    expect(host.formulaA1("任务分工", "F150")).toBe(a1(150));
    // A text-formatted formula column would show the formula as text: it is written general.
    expect(host.cell("任务分工", "F2").numberFormat).toBe("General");
    expect(host.formulaA1("任务分工", "F1")).toBeNull();
  });

  test("formula cells of a value block are formulas; numbers and dates of a general column are values", () => {
    expect(host.formulaA1("说明", "B5")).toBe("=ROWS(Tasks[编号])");
    expect(host.cell("说明", "B3").value).toBe(43973); // 2020-05-22
    expect(host.cell("说明", "B4").value).toBe(70);
    expect(host.cell("说明", "B6")).toMatchObject({ value: "0.1.0", formula: null });
  });

  test("the unit list is a defined name over the Units column, used by the lead-unit dropdown", () => {
    expect(host.names.get("unitlist")).toEqual({ name: "UnitList", formula: "=Units[单位]" });
    const dv = host.sheet("任务台账").validations;
    expect(dv).toEqual([
      {
        rect: { row: 1, col: 4, rows: 70, cols: 1 },
        rule: { list: { inCellDropDown: true, source: "=UnitList" } },
        errorAlert: {
          showAlert: true,
          style: "Warning",
          title: "单位不在名录中",
          message: "这个单位不在单位名录中。仍要保留吗?",
        },
        prompt: { showPrompt: true, title: "牵头单位", message: "从单位名录中选择一个单位。" },
      },
      {
        rect: { row: 1, col: 9, rows: 70, cols: 1 },
        rule: { list: { inCellDropDown: true, source: "未启动,推进中,已完成,滞后" } },
        errorAlert: { showAlert: true, style: "Stop", title: "完成状态", message: "请从列表中选择。" },
        prompt: { showPrompt: false, title: "", message: "" },
      },
    ]);
  });

  test("status colours match the exact status (cellValue EqualTo, not containsText) and apply in priority order", () => {
    const cfs = host.sheet("任务台账").conditionalFormats;
    expect(cfs.map((c) => c.rule)).toEqual([
      { formula1: '="未启动"', operator: "EqualTo" },
      { formula1: '="推进中"', operator: "EqualTo" },
      { formula1: '="已完成"', operator: "EqualTo" },
      { formula1: '="滞后"', operator: "EqualTo" },
      { formula: '=AND(ISNUMBER($I2),$I2<TODAY(),$J2<>"已完成")' },
    ]);
    expect(cfs[2]).toMatchObject({
      type: "CellValue",
      rect: { row: 1, col: 9, rows: 70, cols: 1 },
      format: { fill: "#DFF6DD", fontColor: "#0B6A0B" },
    });
    expect(cfs[4]).toMatchObject({
      type: "Custom",
      format: { fill: SETTINGS.overdueFill, fontColor: SETTINGS.overdueFont, bold: true },
    });
  });

  test("汇总 holds real pivots over the source tables: rows, columns, a count, tabular, no subtotals", () => {
    const [byUnit, byLeader] = host.sheet("汇总").pivots;
    expect(byUnit).toMatchObject({
      name: "PT_UnitRole",
      anchor: { row: 3, col: 0, rows: 1, cols: 1 },
      rows: ["单位"],
      columns: ["角色"],
      filters: [],
      data: [{ field: "编号", summarizeBy: "Count" }],
      layoutType: "Tabular",
      subtotalLocation: "Off",
    });
    expect(byUnit?.source.name).toBe("Assignments");
    expect(byLeader?.source.name).toBe("Tasks");
    expect(byLeader?.manualFilters.size).toBe(0);
  });

  test("each unit sheet has its own pivot filtered to the unit, in the filter area; no fallback is written", () => {
    const sheet = host.sheet(unitName(3));
    expect(sheet.pivots).toHaveLength(1);
    const pivot = sheet.pivots[0]!;
    expect(pivot).toMatchObject({ rows: ["分管领导", "角色"], columns: ["完成状态"], filters: ["单位"] });
    expect([...pivot.manualFilters]).toEqual([["单位", [unitName(3)]]]);
    expect(host.cell(unitName(3), "C3").value).toBe("");
    expect(values(unitName(3), "A3:A3")[0]).not.toContain(FALLBACK_NOTE);
  });

  test("events are back on, and every write request suspended calculation and screen updating", () => {
    expect(host.eventsEnabled).toBe(true);
    const writes = host.requests.filter((r) => r.callNames.some((n) => /^Range\.(values|formulas)/.test(n)));
    expect(writes.length).toBeGreaterThan(0);
    for (const r of writes)
      expect(r).toMatchObject({ suspendedCalculation: true, suspendedScreenUpdating: true });
    expect(host.calculations).toBe(1);
  });
});

test("formulas that refer to tables are written once every table exists, whatever the order of the sheets", async () => {
  const plan = smallPlan();
  const reversed = { ...plan, sheets: [...plan.sheets].reverse() };
  await applyPlan(reversed, { replaceGenerated: false });
  expect(host.formulaA1("说明", "B5")).toBe("=ROWS(Tasks[编号])");
  expect(host.formulaA1("任务分工", "F2")).toMatch(/^=IFERROR\(INDEX\(Tasks\[完成状态\]/);
});

test("progress is reported phase by phase, in Office's UI language", async () => {
  const seen: Array<[number, number, string]> = [];
  await applyPlan(smallPlan(), { replaceGenerated: false, progress: (d, t, l) => seen.push([d, t, l]) });
  expect(seen).toEqual([
    [0, 3, "读取工作簿"],
    [1, 3, "写入工作表"],
    [2, 3, "筛选透视表、检查名称"],
    [3, 3, "完成"],
  ]);
  host.displayLanguage = "en-US";
  const english: string[] = [];
  await applyPlan(smallPlan(), { replaceGenerated: true, progress: (_d, _t, l) => english.push(l) });
  expect(english[0]).toBe("Reading the workbook");
});

test("a name that comes back as a fixed address (OfficeDev/office-js#740) is repaired to the structured reference", async () => {
  host.structuredNameBecomesAddress = true;
  const result = await applyPlan(smallPlan(), { replaceGenerated: false });
  expect(host.names.get("unitlist")?.formula).toBe("=Units[单位]");
  expect(result.notes).not.toContain("name-fixed-address");
});

test("only the kinds asked for are written; existing names are left alone", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const before = host.sheets.length;
  host.resetCounters();
  const result = await applyPlan(smallPlan(), { onlyKinds: ["summary"], replaceGenerated: true });
  expect(result).toMatchObject({ sheets: 1, renamed: [] });
  expect(host.sheets.length).toBe(before);
  expect(host.sheet("汇总").pivots).toHaveLength(2);
});
