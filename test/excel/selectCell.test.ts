/** Going to a finding's cell. */

import { applyPlan } from "../../src/excel/applyPlan";
import { selectCell } from "../../src/excel/selectCell";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { smallPlan } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("activates the finding's sheet and selects its cell, in one sync", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.resetCounters();
  await selectCell({ sheet: "单位名录", cell: "B7" });
  expect(host.activeSheetId).toBe(host.sheet("单位名录").id);
  expect(host.selection).toEqual({ sheet: "单位名录", address: "B7" });
  expect(host.syncCount).toBe(1);
});

test("a sheet that was renamed or deleted is reported as SheetNotFound with what to do", async () => {
  const error = await selectCell({ sheet: "任务台账", cell: "E5" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "SheetNotFound", detail: "任务台账!E5" });
  expect((error as { zh: string }).zh).toMatch(/重新校验/);
});
