/** Regenerating: only sheets the tool made are replaced, only when allowed; a person's sheet is never touched. */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { OfficeActionError } from "../../src/excel/errors";
import { inspectWorkbook } from "../../src/excel/inspectWorkbook";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost, SheetState } from "../support/excelHost";
import { smallPlan, unitName } from "../support/excelPlans";
import { sampleLedger } from "../support/sampleLedger";

let host: ExcelHost;
let uninstall: () => void;
// Sheet tags and PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
beforeEach(() => ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" })));
afterEach(() => uninstall());

/** A person's sheet with content: a note, a tab colour. */
function personsSheet(name: string): SheetState {
  const sheet = host.addSheet(name);
  host.userEdit(name, "A1:B1", [["我的笔记", 42]]);
  sheet.tabColor = "#FFFF00";
  return sheet;
}

const snapshot = (s: SheetState) => ({
  id: s.id,
  name: s.name,
  cells: JSON.stringify([...s.cells]),
  tab: s.tabColor,
  props: s.customProperties.size,
});

test("a person's sheet with a planned name survives unchanged; ours takes another name and is reported", async () => {
  const mine = personsSheet(unitName(1));
  const before = snapshot(mine);
  const result = await applyPlan(smallPlan(), { replaceGenerated: true });
  expect(snapshot(host.sheet(unitName(1)))).toEqual(before);
  expect(result.renamed).toEqual([{ wanted: unitName(1), used: `${unitName(1)} (2)` }]);
  const ours = host.sheet(`${unitName(1)} (2)`);
  expect(ours.customProperties.get("taizhang.key")?.value).toBe(unitName(1));
  expect(ours.pivots[0]?.manualFilters.get("单位")).toEqual([unitName(1)]);
});

test("the same name in other letter case clashes too (Excel sheet names ignore case)", async () => {
  const plan = smallPlan();
  const renamedPlan: WorkbookPlan = {
    ...plan,
    sheets: plan.sheets.map((s) => (s.kind === "about" ? { ...s, name: "About" } : s)),
  };
  personsSheet("ABOUT");
  const result = await applyPlan(renamedPlan, { replaceGenerated: true });
  expect(result.renamed).toEqual([{ wanted: "About", used: "About (2)" }]);
});

test("without replaceGenerated nothing is deleted: a second write goes beside the first", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.userEdit("任务台账", "J2", "已完成");
  const before = host.sheets.map(snapshot);
  await expect(applyPlan(smallPlan(), { replaceGenerated: false })).rejects.toMatchObject({
    code: "TableNameTaken",
  });
  // Refused before anything was written: the tables' names are held by the first ledger.
  expect(host.sheets.map(snapshot)).toEqual(before);

  const unitsOnly = await applyPlan(smallPlan(), { onlyKinds: ["unit"], replaceGenerated: false });
  expect(unitsOnly.renamed).toHaveLength(10);
  expect(unitsOnly.renamed[0]).toEqual({ wanted: unitName(0), used: `${unitName(0)} (2)` });
  for (const s of before) expect(host.findSheet(s.id)).toBeDefined();
  expect(host.cell("任务台账", "J2").value).toBe("已完成");
});

test("with replaceGenerated the tagged sheets are replaced (same names, new sheets) and untagged ones stay", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const oldIds = new Set(host.sheets.filter((s) => s.customProperties.size > 0).map((s) => s.id));
  const copy = personsSheet("财政局 副本"); // a person's copy: custom properties are not copied with a sheet
  const result = await applyPlan(smallPlan(), { replaceGenerated: true });
  expect(result.renamed).toEqual([]);
  for (const id of oldIds) expect(host.findSheet(id)).toBeUndefined();
  expect(host.sheets.filter((s) => s.customProperties.size > 0)).toHaveLength(smallPlan().sheets.length);
  expect(host.findSheet(copy.id)).toBe(copy);
  expect(host.findSheet("Sheet1")).toBeDefined();
  expect(host.sheets.some((s) => s.name.startsWith("~taizhang-old"))).toBe(false);
  expect(host.table("Tasks").sheet.name).toBe("任务台账");
  expect(host.names.get("unitlist")?.formula).toBe("=Units[单位]");
});

test("regenerating unit sheets replaces the unit sheets only", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const ledgerId = host.sheet("任务台账").id;
  const unitId = host.sheet(unitName(0)).id;
  await applyPlan(smallPlan(), { onlyKinds: ["unit"], replaceGenerated: true });
  expect(host.sheet("任务台账").id).toBe(ledgerId);
  expect(host.sheet(unitName(0)).id).not.toBe(unitId);
  expect(host.sheet(unitName(0)).pivots[0]?.manualFilters.get("单位")).toEqual([unitName(0)]);
});

test("without ExcelApi 1.12 the generated sheets are registered in workbook.settings and replaced by that registry", async () => {
  host.apiVersion = "1.9";
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const registry = JSON.parse(host.settings.get("taizhang.generated") as string) as Array<{
    id: string;
    name: string;
    kind: string;
    key: string;
  }>;
  expect(registry).toHaveLength(smallPlan().sheets.length);
  expect(registry[0]).toEqual({
    id: host.sheet("任务台账").id,
    name: "任务台账",
    kind: "ledger",
    key: "ledger",
  });
  expect(host.sheet("任务台账").customProperties.size).toBe(0);

  const mine = personsSheet("我的表");
  const oldIds = registry.map((e) => e.id);
  await applyPlan(smallPlan(), { replaceGenerated: true });
  for (const id of oldIds) expect(host.findSheet(id)).toBeUndefined();
  expect(host.findSheet(mine.id)).toBe(mine);
  const after = JSON.parse(host.settings.get("taizhang.generated") as string) as Array<{ id: string }>;
  expect(after.map((e) => e.id)).toEqual(smallPlan().sheets.map((s) => host.sheet(s.name).id));
});

test("inspectWorkbook tells which generated sheets a write would replace and which sheets of people clash", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  personsSheet("汇总 (副本)");
  host.sheet("汇总").name = "汇总 old";
  personsSheet("汇总");
  host.resetCounters();
  const preview = await inspectWorkbook(smallPlan());
  expect(preview.clashes).toEqual(["汇总"]);
  expect(preview.replaces).toEqual(expect.arrayContaining(["任务台账", "汇总 old", unitName(0), "说明"]));
  expect(preview.replaces).toHaveLength(smallPlan().sheets.length);
  expect(host.syncCount).toBe(2);
  const unitsOnly = await inspectWorkbook(smallPlan(), ["unit"]);
  expect(unitsOnly).toEqual({ replaces: Array.from({ length: 10 }, (_, i) => unitName(i)), clashes: [] });
});

test("a planned table whose name a person's sheet holds is refused before anything is written", async () => {
  host.placeTable("我的任务", "Tasks", "B2", ["编号", "事项"], [["1", "自己的事"]]);
  const before = host.sheets.map(snapshot);
  const error: unknown = await applyPlan(smallPlan(), { replaceGenerated: true }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeActionError);
  expect(error).toMatchObject({ code: "TableNameTaken", detail: "Tasks @ 我的任务" });
  expect((error as OfficeActionError).zh).toMatch(/已有同名的表/);
  expect(host.sheets.map(snapshot)).toEqual(before);
  expect(host.eventsEnabled).toBe(true);
});

test("a partial regeneration lists in 说明 the names the kept generated sheets actually have", async () => {
  const { plan } = sampleLedger();
  personsSheet("财政局");
  await applyPlan(plan, { replaceGenerated: true });
  expect(host.sheet("财政局 (2)").customProperties.get("taizhang.key")?.value).toBe("财政局");
  // Regenerating only the leader sheets (and 说明) leaves 财政局 (2) as it is; 说明 must still say so.
  await applyPlan(plan, { onlyKinds: ["leader", "about"], replaceGenerated: true });
  const about = [...host.sheet("说明").cells.values()].map((c) => c.value);
  expect(about).toContain("财政局 (2)");
  expect(host.sheet("财政局").cells.size).toBeGreaterThan(0);
});
