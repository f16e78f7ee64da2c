/** Applying fixes: read every affected cell once, compose each cell's fixes in order, write text back once. */

import type { Fix } from "../../src/core/types";
import { applyFixes, fixesByCell } from "../../src/excel/applyFixes";
import { applyPlan } from "../../src/excel/applyPlan";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { smallPlan } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

const at = (cell: string, action: Fix["action"]): Fix => ({
  where: { sheet: "任务台账", cell },
  action,
  preview: "",
});

test("two fixes on one cell compose: separators and spaces normalised, then an alias replaced by its canonical name", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.userEdit("任务台账", "F3", "财政局, 发改局(服务业局);科技局");
  host.userEdit("任务台账", "E4", " 经信局 ");
  host.resetCounters();
  await applyFixes([
    at("F3", { op: "units", renames: [], drop: [] }),
    at("E4", { op: "units", renames: [], drop: [] }),
    at("F3", { op: "units", renames: [{ from: "发改局(服务业局)", to: "发改局" }], drop: [] }),
  ]);
  expect(host.cell("任务台账", "F3")).toMatchObject({
    value: "财政局、发改局、科技局",
    numberFormat: "@",
    formula: null,
  });
  expect(host.cell("任务台账", "E4").value).toBe("经信局");
  // Read once, write once, events back on.
  expect(host.syncCount).toBe(3);
  expect(host.eventsEnabled).toBe(true);
});

test("a fixed text that begins with = stays text", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.userEdit("任务台账", "F5", "'=财政局 ");
  await applyFixes([at("F5", { op: "units", renames: [], drop: [] })]);
  expect(host.cell("任务台账", "F5")).toMatchObject({ value: "=财政局", formula: null });
});

test("no fixes, no round trip; fixes are grouped by cell in order, the address ignoring case", async () => {
  await expect(applyFixes([])).resolves.toEqual({ syncs: 0 });
  expect(host.syncCount).toBe(0);
  const groups = fixesByCell([
    at("f3", { op: "units", renames: [], drop: [] }),
    at("E4", { op: "units", renames: [], drop: [] }),
    at("F3", { op: "units", renames: [], drop: [] }),
  ]);
  expect(groups.map((g) => [g.where.cell, g.fixes.map((f) => f.action.op)])).toEqual([
    ["f3", ["units", "units"]],
    ["E4", ["units"]],
  ]);
});

test("a fix on a sheet that is gone fails with a message, and events come back on", async () => {
  const error = await applyFixes([
    { where: { sheet: "不存在", cell: "A1" }, action: { op: "units", renames: [], drop: [] }, preview: "" },
  ]).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "ItemNotFound" });
  expect(host.eventsEnabled).toBe(true);
});

test("fixes are one undo step where Excel can group them (ExcelApi 1.20), and are never asked to group where it cannot (1.8)", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const fix = [
    at("F3", { op: "units", renames: [], drop: [] }),
    at("E4", { op: "units", renames: [], drop: [] }),
  ];
  // 1.8: each change is a step of its own (the format and the text of each cell), after the clerk's edit.
  host.userEdit("任务台账", "F3", "财政局, 科技局");
  await applyFixes(fix);
  const steps = host.undoStack.slice(host.undoStack.lastIndexOf("edit 任务台账!F3") + 1);
  expect(steps.length).toBeGreaterThan(1);
  expect(steps.every((step) => step.startsWith("add-in "))).toBe(true);

  host.apiVersion = "1.20";
  host.userEdit("任务台账", "F3", "财政局, 科技局");
  const depth = host.undoStack.length;
  await applyFixes(fix);
  expect(host.undoStack).toHaveLength(depth + 1);
  expect(host.undoStack.at(-2)).toBe("edit 任务台账!F3");
  expect(host.cell("任务台账", "F3").value).toBe("财政局、科技局");
});
