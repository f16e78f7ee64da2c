/** Live checks: a person's edit of Tasks or Units marks the ledger dirty; the tool's own writes do not. */

import { applyFixes } from "../../src/excel/applyFixes";
import { applyPlan } from "../../src/excel/applyPlan";
import { asOwnWrite } from "../../src/excel/run";
import { watchLedger } from "../../src/excel/watchLedger";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { smallPlan } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("fires for edits of Tasks and Units, not for other tables or cells outside tables", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const onDirty = jest.fn();
  const unwatch = await watchLedger(onDirty);
  host.userEdit("任务台账", "J2", "已完成");
  await host.settle();
  expect(onDirty).toHaveBeenCalledTimes(1);
  host.userEdit("单位名录", "B2", "市发改委");
  await host.settle();
  expect(onDirty).toHaveBeenCalledTimes(2);
  host.userEdit("说明", "A9", "未开始"); // the Statuses table
  host.userEdit("任务台账", "Z1", "旁注"); // outside the table
  await host.settle();
  expect(onDirty).toHaveBeenCalledTimes(2);
  await unwatch();
});

test("the tool's own writes (fixes, a regeneration) do not fire it", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const onDirty = jest.fn();
  const unwatch = await watchLedger(onDirty);
  await applyFixes([
    { where: { sheet: "任务台账", cell: "F2" }, action: { op: "units", renames: [], drop: [] }, preview: "" },
  ]);
  await applyPlan(smallPlan(), { replaceGenerated: true });
  await host.settle();
  expect(onDirty).not.toHaveBeenCalled();
  // The regenerated Tasks table has a new id: it is recognised by name.
  host.userEdit("任务台账", "J3", "滞后");
  await host.settle();
  expect(onDirty).toHaveBeenCalledTimes(1);
  await unwatch();
});

test("events that arrive while the tool is writing are ignored (re-entrancy flag)", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const onDirty = jest.fn();
  const unwatch = await watchLedger(onDirty);
  await asOwnWrite(async () => {
    host.userEdit("任务台账", "J2", "已完成");
    await host.settle();
  });
  expect(onDirty).not.toHaveBeenCalled();
  await unwatch();
});

test("unsubscribing removes the handler with its own context", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  const onDirty = jest.fn();
  const unwatch = await watchLedger(onDirty);
  expect(host.handlerCount).toBe(1);
  await unwatch();
  expect(host.handlerCount).toBe(0);
  host.userEdit("任务台账", "J2", "已完成");
  await host.settle();
  expect(onDirty).not.toHaveBeenCalled();
});
