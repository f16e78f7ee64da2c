/** Reading the ledger back: the Tasks, Units and Statuses tables wherever the clerk moved them, values only. */

import { applyPlan } from "../../src/excel/applyPlan";
import { readLedger } from "../../src/excel/readLedger";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { TASK_HEADER, handTasks, smallPlan, unitName } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("the ledger as written reads back in two syncs, dates as serial numbers, empty cells as null", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.resetCounters();
  const ledger = await readLedger();
  expect(host.syncCount).toBe(2);
  expect(ledger.tasks).toMatchObject({ sheet: "任务台账", top: 0, left: 0, header: TASK_HEADER });
  expect(ledger.tasks?.rows).toHaveLength(70);
  const t = handTasks(70, 10)[1]!;
  expect(ledger.tasks?.rows[1]).toEqual([
    t.id,
    t.leader,
    "副市长",
    t.text,
    t.units[0],
    t.units.slice(1).join("、"),
    null,
    "年内",
    43889,
    t.status,
    null,
    null,
  ]);
  expect(ledger.units?.rows[0]).toEqual([unitName(0), `市${unitName(0)}`, "部门", null]);
  expect(ledger.statuses).toEqual(["未启动", "推进中", "已完成", "滞后"]);
  // Reading never touches formulas (the double throws if the shell reads Range.formulas).
  expect(host.requests.flatMap((r) => r.callNames).filter((n) => /formulas/i.test(n))).toEqual([]);
});

test("tables moved by the clerk to another sheet and position are found there", async () => {
  host.placeTable(
    "台账(2021)",
    "Tasks",
    "C5",
    ["编号", "工作任务", "完成状态", "截止日期"],
    [
      ["'1.1", "'=不是公式", "推进中", 44196],
      ["'1.2", "第二项", "", ""],
      ["", "", "", ""],
    ],
  );
  host.placeTable("名录", "Units", "B3", ["单位", "别名"], [["财政局", "财政"]]);
  const ledger = await readLedger();
  expect(ledger.tasks).toEqual({
    sheet: "台账(2021)",
    top: 4,
    left: 2,
    header: ["编号", "工作任务", "完成状态", "截止日期"],
    rows: [
      ["1.1", "=不是公式", "推进中", 44196],
      ["1.2", "第二项", null, null],
    ],
  });
  expect(ledger.units).toMatchObject({ sheet: "名录", top: 2, left: 1, rows: [["财政局", "财政"]] });
  expect(ledger.statuses).toBeNull();
});

test("a workbook without the ledger reads as nulls", async () => {
  await expect(readLedger()).resolves.toEqual({ tasks: null, units: null, statuses: null, about: null });
});
