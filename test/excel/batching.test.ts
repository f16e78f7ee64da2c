/** Round trips and request sizes: few syncs, the same for 70 tasks as for 2,000 tasks and 150 unit sheets, no request over 5 MB. */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { REQUEST_BUDGET_BYTES, op, packFirst, payloadBytes, splitRequests } from "../../src/excel/payload";
import { installExcelHost } from "../support/excelHost";
import { requestMessageBytes } from "../support/requestSize";
import { largePlan, smallPlan } from "../support/excelPlans";
import { measureApply } from "../support/excelMeasure";

const TWO_MB = 2_000_000;

test("the shell's count of a request is never below its size as Excel receives it (measured independently)", () => {
  const text = "推进营商环境优化提升，确保年度目标任务全面完成".repeat(4);
  const shapes: Array<{ calls: number; name: string; payload: unknown }> = [
    { calls: 1, name: "Range.values", payload: Array.from({ length: 500 }, (_, i) => [String(i), text]) },
    { calls: 1, name: "Range.numberFormat", payload: "@" },
    { calls: 1, name: "WorksheetFreezePanes.freezeRows", payload: 1 },
    {
      calls: 1,
      name: "DataValidation.rule",
      payload: { list: { inCellDropDown: true, source: "=UnitList" } },
    },
  ];
  for (const shape of shapes) {
    const counted = op(shape.calls, shape.payload, () => undefined).bytes;
    const measured = requestMessageBytes([{ name: shape.name, payload: shape.payload }]);
    expect(counted).toBeGreaterThanOrEqual(measured);
  }
  const many = Array.from({ length: 1000 }, () => ({ name: "RangeFormat.columnWidth", payload: 48 }));
  expect(op(1000, 48, () => undefined).bytes).toBeGreaterThanOrEqual(requestMessageBytes(many));
});

test("a 2,000-task, 150-unit ledger goes to Excel in requests of at most 2 MB each, measured as Excel receives them", async () => {
  const large = await measureApply(largePlan());
  expect(large.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);
  expect(large.syncs).toBeLessThanOrEqual(8);
}, 60_000);

test("a 70-task plan takes a few syncs, and a 2,000-task plan at most two more, with larger requests", async () => {
  const small = await measureApply(smallPlan());
  const large = await measureApply(largePlan());
  expect(small.syncs).toBeLessThanOrEqual(6);
  expect(large.syncs).toBeLessThanOrEqual(small.syncs + 2);
  expect(large.maxRequestBytes).toBeGreaterThan(small.maxRequestBytes);
}, 60_000);

test("the syncs applyPlan reports are the round trips Excel saw", async () => {
  const { host, uninstall } = installExcelHost();
  try {
    const result = await applyPlan(smallPlan(), { replaceGenerated: false });
    expect(result.syncs).toBe(host.syncCount);
  } finally {
    uninstall();
  }
});

test("an older Excel (ExcelApi 1.8: no screen-updating suspend, no custom properties) takes the same syncs", async () => {
  const modern = await measureApply(smallPlan());
  const old = await measureApply(smallPlan(), { apiVersion: "1.8" });
  expect(old.syncs).toBe(modern.syncs);
});

/** One sheet of `rows` rows of long Chinese text: far over one request. */
function hugePlan(rows: number): WorkbookPlan {
  const text = "推进营商环境优化提升加快数字化改革完善基层治理体系建设确保年度目标任务全面完成".repeat(2);
  return {
    sheets: [
      {
        name: "大表",
        kind: "ledger",
        key: "ledger",
        tabColor: null,
        blocks: [
          {
            kind: "values",
            row: 0,
            col: 0,
            values: Array.from({ length: rows }, (_, i) => [String(i + 1), text, text]),
            formats: ["text", "text", "text"],
            style: "body",
          },
        ],
        tables: [],
        validations: [],
        conditionalFormats: [],
        pivots: [],
        widths: [],
        freeze: null,
        autoFilter: null,
      },
    ],
    names: [],
    settings: smallPlan().settings,
  };
}

test("a write larger than a request is cut into requests of at most 2 MB: a boundary adds a sync only when needed", async () => {
  const { host, uninstall } = installExcelHost();
  try {
    const result = await applyPlan(hugePlan(20_000), { replaceGenerated: false });
    expect(result.syncs).toBeGreaterThan(5);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(TWO_MB);
    expect(host.cell("大表", "A20000").value).toBe("20000");
    const writes = host.requests.filter((r) => r.callNames.some((n) => /^Range\.(values|formulas)/.test(n)));
    for (const r of writes) expect(r.suspendedCalculation).toBe(true);
  } finally {
    uninstall();
  }
}, 30_000);

test("payload counts take CJK as 6 bytes, and requests are split under the budget in order", () => {
  expect(payloadBytes([["财政局"]])).toBe(24);
  const ops = Array.from({ length: 10 }, () => op(0, "x".repeat(999_998), () => undefined));
  const requests = splitRequests(ops);
  expect(requests.map((r) => r.length)).toEqual([2, 2, 2, 2, 2]);
  const { first, later } = packFirst(
    ops.slice(0, 1),
    [ops.slice(1, 2), ops.slice(2, 4)],
    REQUEST_BUDGET_BYTES,
  );
  expect([first.length, later.length]).toEqual([2, 2]);
});
