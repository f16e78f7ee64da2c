/** Text that begins with = + - @ stays text: a task never becomes a formula (formula injection). */

import type { WorkbookPlan } from "../../src/core/plan/types";
import { applyPlan } from "../../src/excel/applyPlan";
import { guardText } from "../../src/excel/cellValues";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { INJECTIONS, smallPlan } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("task texts beginning with = + - @ are stored as text in the text-formatted column", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  INJECTIONS.forEach((text, i) => {
    const cell = host.cell("任务台账", `D${i + 2}`);
    expect(cell).toMatchObject({ value: text, formula: null, formulaR1C1: null, numberFormat: "@" });
  });
});

test("the text format reaches the cells before the values: the same text typed before its format would be a formula", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  // The double types each value into the cell as it is then: had the values come first, "=1+1 …" would be a formula.
  expect(host.cell("任务台账", "D2")).toMatchObject({ formula: null, numberFormat: "@" });
  // Negative control: the same text written before its format becomes a formula in the double.
  await Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    cell.values = [[INJECTIONS[0]]];
    cell.numberFormat = [["@"]];
    await context.sync();
  });
  expect(host.cell("Sheet1", "A1").formula).toBe(INJECTIONS[0]);
});

test("outside text columns, such text gets Excel's quote prefix and stays text", async () => {
  const plan: WorkbookPlan = {
    ...smallPlan(),
    sheets: [
      {
        name: "注入",
        kind: "about",
        key: "about",
        tabColor: null,
        blocks: [
          {
            kind: "values",
            row: 0,
            col: 0,
            values: [[...INJECTIONS, "1.10", "2020-05-22", "5月22日", "财政局"]],
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
  };
  await applyPlan(plan, { replaceGenerated: false });
  const row = host.valuesOf(host.sheet("注入"), { row: 0, col: 0, rows: 1, cols: 8 })[0];
  expect(row).toEqual([...INJECTIONS, "1.10", "2020-05-22", "5月22日", "财政局"]);
  for (let c = 0; c < 7; c += 1) {
    const cell = host.sheet("注入").cellAt(0, c);
    expect(cell).toMatchObject({ formula: null, quotePrefix: true, numberFormat: "General" });
  }
  expect(host.sheet("注入").cellAt(0, 7)?.quotePrefix).toBe(false);
});

test("guardText prefixes exactly what Excel would not keep as typed", () => {
  expect(
    ["=SUM(A1)", "+1", "-x", "@a", "12", "-3.5%", "1,000", "2020/5/22", "2020年5月", "TRUE", "9:30"].map(
      guardText,
    ),
  ).toEqual(
    ["=SUM(A1)", "+1", "-x", "@a", "12", "-3.5%", "1,000", "2020/5/22", "2020年5月", "TRUE", "9:30"].map(
      (t) => `'${t}`,
    ),
  );
  expect(["财政局", "6月底前", "年内持续推进", "第1项", "A-1"].map(guardText)).toEqual([
    "财政局",
    "6月底前",
    "年内持续推进",
    "第1项",
    "A-1",
  ]);
});
