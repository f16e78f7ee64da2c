/** Unit pivots: filtered with PivotFilters (ExcelApi 1.12); the plan's formula fallback and a note without them. */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { refreshPivots } from "../../src/excel/refreshPivots";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { FALLBACK_NOTE, smallPlan, unitName, unitPivot } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
// Sheet tags and PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
beforeEach(() => ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" })));
afterEach(() => uninstall());

test("with ExcelApi 1.12 each unit pivot is filtered to its unit and nothing is noted", async () => {
  const result = await applyPlan(smallPlan(), { replaceGenerated: false });
  expect(result.notes).toEqual([]);
  for (let i = 0; i < 10; i += 1) {
    const [pivot] = host.sheet(unitName(i)).pivots;
    expect(pivot?.filters).toEqual(["单位"]);
    expect(pivot?.manualFilters.get("单位")).toEqual([unitName(i)]);
  }
});

test("without ExcelApi 1.12 the unit sheets get the plan's formula counts and its note instead, and the result says so", async () => {
  host.apiVersion = "1.11";
  const result = await applyPlan(smallPlan(), { replaceGenerated: false });
  expect(result.notes).toEqual(["pivot-filter-unsupported"]);
  const sheet = unitName(2);
  expect(host.sheet(sheet).pivots).toEqual([]);
  expect(host.cell(sheet, "A3")).toMatchObject({ value: FALLBACK_NOTE, format: { italic: true } });
  expect(host.cell(sheet, "A4").value).toBe("角色");
  expect(host.cell(sheet, "B4").value).toBe("未启动");
  expect(host.formulaA1(sheet, "B5")).toBe(
    `=COUNTIFS(Assignments[单位],"${sheet}",Assignments[角色],$A5,Assignments[完成状态],B$4)`,
  );
  // Pivots without a filter need only ExcelApi 1.8: 汇总 keeps its real pivots.
  expect(host.sheet("汇总").pivots).toHaveLength(2);
});

test("a unit with no rows in the source gets the fallback too: a filter must name existing items", async () => {
  const plan = smallPlan();
  const ghost: WorkbookPlan = {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.name === unitName(4) ? { ...s, pivots: [{ ...unitPivot("已撤销单位", 4) }] } : s,
    ),
  };
  const result = await applyPlan(ghost, { replaceGenerated: false });
  expect(result.notes).toEqual(["pivot-filter-item-missing"]);
  expect(host.sheet(unitName(4)).pivots).toEqual([]);
  expect(host.cell(unitName(4), "A3").value).toBe(FALLBACK_NOTE);
  expect(host.sheet(unitName(5)).pivots[0]?.manualFilters.get("单位")).toEqual([unitName(5)]);
});

test("refreshPivots refreshes every pivot of the workbook in one sync", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.resetCounters();
  await refreshPivots();
  expect(host.syncCount).toBe(1);
  expect(host.refreshAllCalls).toBe(1);
  expect(host.sheet(unitName(0)).pivots[0]?.refreshed).toBe(1);
});

test("a unit pivot's report filter sits in its own rows: the note above stays, and the body starts two rows lower", async () => {
  const plan = smallPlan();
  const sheet = unitName(3);
  const planned = plan.sheets.find((s) => s.name === sheet)?.pivots[0];
  const result = await applyPlan(plan, { replaceGenerated: false });
  expect(result.notes).toEqual([]);
  const pivot = host.sheet(sheet).pivots[0]!;
  const area = host.pivotArea(pivot);
  // The plan reserves rows from A4: filter (单位) on row 4, a blank row 5, the body from row 6.
  expect(area.filter).toEqual({ row: 3, col: 0, rows: 1, cols: 2 });
  expect(area.body.row).toBe(5);
  expect(area.body.row + area.body.rows).toBeLessThanOrEqual(3 + (planned?.reservedRows ?? 0));
  expect(host.cell(sheet, "A2").value).toMatch(/^共 \d+ 项。$/);
});

test("a pivot whose source was deleted stays, and refreshing fails with Excel's error; the others were not laid over anything", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("任务分工").delete();
    await context.sync();
  });
  expect(host.sheet(unitName(0)).pivots).toHaveLength(1);
  await expect(refreshPivots()).rejects.toMatchObject({ code: "InvalidReference" });
});
