/** Failures: every Office error reaches the caller as an OfficeActionError saying what to do, and events come back on. */

import { applyFixes } from "../../src/excel/applyFixes";
import { applyPlan } from "../../src/excel/applyPlan";
import { OfficeActionError, toOfficeActionError } from "../../src/excel/errors";
import { readLedger } from "../../src/excel/readLedger";
import { FakeOfficeError, installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { smallPlan } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
// Sheet tags and PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
beforeEach(() => ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" })));
afterEach(() => uninstall());

test.each([
  ["creating a table", "Worksheet.tables.add", "GeneralException", /Excel 内部错误/],
  ["creating a pivot", "PivotTableCollection.add", "InvalidArgument", /参数无效/],
  ["filtering a pivot (second request)", "PivotField.applyFilter", "ItemAlreadyExists", /已有同名/],
])(
  "a failure while %s: events are switched back on and the caller gets an OfficeActionError",
  async (_what, call, code, zh) => {
    host.failOn(call, code);
    const error: unknown = await applyPlan(smallPlan(), { replaceGenerated: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeActionError);
    const e = error as OfficeActionError;
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(zh);
    expect(e.en.length).toBeGreaterThan(10);
    expect(e.message).toContain(`simulated failure of ${call}`);
    expect(e.cause).toBeInstanceOf(FakeOfficeError);
    expect(host.eventsEnabled).toBe(true);
    // Events came back on with a recalculation (writes had suspended it), after the failure.
    expect(host.calculations).toBe(1);
  },
);

test("when switching events back on fails too, the first failure is reported with the second in its detail", async () => {
  host.failOn("Worksheet.tables.add", "GeneralException");
  host.failOn("Runtime.enableEvents", "Conflict", 2);
  const error = (await applyPlan(smallPlan(), { replaceGenerated: false }).catch(
    (e: unknown) => e,
  )) as OfficeActionError;
  expect(error.code).toBe("GeneralException");
  expect(error.detail).toMatch(/then Conflict/);
});

test("a protected sheet: the message says to unprotect it", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.protect("任务台账");
  const fix = {
    where: { sheet: "任务台账", cell: "F2" },
    action: { op: "units" as const, renames: [], drop: [] },
    preview: "",
  };
  const error = (await applyFixes([fix]).catch((e: unknown) => e)) as OfficeActionError;
  expect(error.code).toBe("AccessDenied");
  expect(error.zh).toMatch(/请先撤销工作表保护/);
  expect(host.eventsEnabled).toBe(true);
});

test("an Excel without ExcelApi 1.8 is told it needs a newer Excel, before anything is read", async () => {
  host.apiVersion = "1.7";
  const error = (await applyPlan(smallPlan(), { replaceGenerated: false }).catch(
    (e: unknown) => e,
  )) as OfficeActionError;
  expect(error).toMatchObject({ code: "ApiNotFound", detail: "ExcelApi 1.8" });
  expect(error.zh).toMatch(/此功能需要较新的 Excel/);
  expect(host.syncCount).toBe(0);
});

test("the clerk editing a cell does not fail the write: batches wait for the edit to end (delayForCellEdit)", async () => {
  host.cellEditMode = true;
  await expect(applyPlan(smallPlan(), { replaceGenerated: false })).resolves.toMatchObject({
    sheets: smallPlan().sheets.length,
  });
  await expect(readLedger()).resolves.toMatchObject({ tasks: { sheet: "任务台账" } });
});

test("Office error codes map to what to do next; anything else is Unknown with its message", () => {
  const cases: Array<[unknown, string, RegExp]> = [
    [
      new FakeOfficeError("InvalidOperationInCellEditMode", "x"),
      "InvalidOperationInCellEditMode",
      /请先结束单元格编辑\uff08按 Enter 或 Esc\uff09再试/,
    ],
    [new FakeOfficeError("RequestPayloadSizeLimitExceeded", "x"), "RequestPayloadSizeLimitExceeded", /5 MB/],
    [new FakeOfficeError("ItemAlreadyExists", "x"), "ItemAlreadyExists", /已有同名/],
    [new FakeOfficeError("InvalidOperation", "The sheet is protected"), "AccessDenied", /撤销工作表保护/],
    [new FakeOfficeError("ApiNotAvailable", "x"), "ApiNotFound", /较新的 Excel/],
    [new FakeOfficeError("SomethingNew", "odd"), "Unknown", /Excel 操作失败/],
    [new Error("plain"), "Unknown", /Excel 操作失败/],
  ];
  for (const [input, code, zh] of cases) {
    const e = toOfficeActionError(input);
    expect(e).toBeInstanceOf(OfficeActionError);
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(zh);
  }
  expect(toOfficeActionError(new FakeOfficeError("SomethingNew", "odd")).detail).toBe("SomethingNew: odd");
  const same = new OfficeActionError("Conflict");
  expect(toOfficeActionError(same)).toBe(same);
  expect(same.messageFor("en-US")).toBe(same.en);
  expect(same.messageFor("zh-CN")).toBe(same.zh);
});

test("Excel refusing to freeze panes (some Office 2019 builds) costs the panes only: the ledger is written and the result says so", async () => {
  host.failOn("WorksheetFreezePanes.freezeAt", "GeneralException");
  const result = await applyPlan(smallPlan(), { replaceGenerated: false });
  expect(result.notes).toContain("freeze-failed");
  expect(host.table("Tasks").rect.rows).toBeGreaterThan(1);
  expect(host.sheet("汇总").pivots).toHaveLength(2);
  expect(host.eventsEnabled).toBe(true);
  expect(result.syncs).toBe(host.syncCount);
});
