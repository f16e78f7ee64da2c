/**
 * Re-dressing the ledger where the clerk left it (against the strict Excel double of test/support): the
 * status colours, deadline rules and status dropdown land on the Tasks table's actual body — moved, grown or
 * shrunk — with formulas relative to it, and nothing outside that body changes.
 */

import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { suggestRegistry } from "../../src/core/units/registry";
import { OfficeActionError } from "../../src/excel/errors";
import { reformatLedger } from "../../src/excel/reformatLedger";
import { installExcelHost, parseAddress } from "../support/excelHost";
import type { CellScalar, ConditionalFormatState, ExcelHost, Rect } from "../support/excelHost";
import { TASK_HEADER } from "../support/excelPlans";
import { sampleText } from "../support/paths";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

/** The core's plan of the sample (73 tasks): the ledger the pane writes, with the default statuses. */
const plan: WorkbookPlan = (() => {
  const parsed = parseBreakdown(sampleText());
  return buildPlan(
    ledgerFromParsed(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, {
      importedAt: "2020-06-01T08:00:00Z",
    }),
  );
})();
const statuses = plan.settings.statuses.map((s) => s.name);

/** Task rows as a clerk might have them: text, a deadline serial, a status. */
const rows = (n: number): CellScalar[][] =>
  Array.from({ length: n }, (_, i) =>
    TASK_HEADER.map((h) =>
      h === "完成状态"
        ? (statuses[i % statuses.length] as string)
        : h === "截止日期"
          ? 43889 + i
          : `${h}${i}`,
    ),
  );

/** The Tasks table placed on 任务台账 at `topLeft` with `n` body rows, as a clerk left it. */
function ledgerAt(topLeft: string, n: number) {
  host.addSheet("任务台账");
  return host.placeTable("任务台账", "Tasks", topLeft, TASK_HEADER, rows(n));
}

const ledgerSheet = () => host.sheet("任务台账");
const rect = (address: string): Rect => parseAddress(address);
/** A person's conditional format over `address` (a green fill where the cell says 重点). */
const personsRule = (address: string): ConditionalFormatState => ({
  type: "CellValue",
  rect: rect(address),
  rule: { formula1: '="重点"', operator: "EqualTo" },
  format: { fill: "#00FF00" },
});

describe("a table the clerk moved to C5 and grew by 3 rows", () => {
  const n = 73 + 3;
  beforeEach(() => ledgerAt("C5", n));

  test("gets the status rules on exactly its body, formulas relative to the body's top-left cell", async () => {
    const result = await reformatLedger(plan);
    expect(result).toEqual({ sheets: 1, renamed: [], notes: [], syncs: 3 });

    // Body C6:N81; 截止日期 is column K, 完成状态 column L.
    const cfs = ledgerSheet().conditionalFormats;
    expect(cfs.map((c) => [c.type, c.rect, c.rule])).toEqual([
      ...statuses.map((s) => [
        "CellValue",
        rect(`L6:L${5 + n}`),
        { formula1: `="${s}"`, operator: "EqualTo" },
      ]),
      ["Custom", rect(`C6:N${5 + n}`), { formula: '=AND(ISNUMBER($K6),$K6<TODAY(),$L6<>"已完成")' }],
      [
        "Custom",
        rect(`K6:K${5 + n}`),
        {
          formula: `=AND(ISNUMBER($K6),$K6>=TODAY(),$K6-TODAY()<=${plan.settings.dueSoonDays},$L6<>"已完成")`,
        },
      ],
    ]);
    const done = plan.settings.statuses.find((s) => s.name === "已完成");
    expect(cfs[statuses.indexOf("已完成")]?.format).toEqual({ fill: done?.fill, fontColor: done?.font });
    expect(cfs[statuses.length]?.format).toEqual({
      fill: plan.settings.overdueFill,
      fontColor: plan.settings.overdueFont,
      bold: true,
    });
  });

  test("gets the plan's status dropdown on its 完成状态 body only", async () => {
    await reformatLedger(plan);
    const planned = plan.sheets
      .find((s) => s.kind === "ledger")
      ?.validations.find((v) => "values" in v.source);
    expect(ledgerSheet().validations).toEqual([
      {
        rect: rect(`L6:L${5 + n}`),
        rule: { list: { inCellDropDown: true, source: statuses.join(",") } },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: planned?.errorTitle,
          message: planned?.errorMessage,
        },
        prompt: { showPrompt: false, title: "", message: "" },
      },
    ]);
  });

  test("replaces the rules and dropdown left from before, and changes no cell", async () => {
    const sheet = ledgerSheet();
    // What the first write left, moved with the table by Excel: rules over the first 73 rows only.
    sheet.conditionalFormats.push({
      ...personsRule("L6:L78"),
      rule: { formula1: '="旧状态"', operator: "EqualTo" },
    });
    sheet.validations.push({
      rect: rect("L6:L78"),
      rule: { list: { inCellDropDown: true, source: "旧状态" } },
      errorAlert: null,
      prompt: null,
    });
    const unitDropdown = {
      rect: rect(`G6:G${5 + n}`),
      rule: { list: { inCellDropDown: true, source: "=UnitList" } },
      errorAlert: null,
      prompt: null,
    };
    sheet.validations.push(unitDropdown);
    const cells = JSON.stringify([...sheet.cells]);

    await reformatLedger(plan);
    expect(sheet.conditionalFormats.some((c) => c.rule.formula1 === '="旧状态"')).toBe(false);
    expect(sheet.conditionalFormats).toHaveLength(statuses.length + 2);
    expect(sheet.validations.map((v) => v.rule)).toEqual([
      unitDropdown.rule,
      { list: { inCellDropDown: true, source: statuses.join(",") } },
    ]);
    expect(JSON.stringify([...sheet.cells])).toBe(cells);
  });

  test("keeps a person's own rules elsewhere, and the parts outside the body of a rule reaching into it", async () => {
    const sheet = ledgerSheet();
    const aside = personsRule("P1:P20");
    sheet.conditionalFormats.push(aside, personsRule("C1:C200"));
    const other = host.addSheet("我的表");
    other.conditionalFormats.push(personsRule("L6:L80"));

    await reformatLedger(plan);
    const persons = sheet.conditionalFormats.filter((c) => c.format.fill === "#00FF00");
    expect(persons.map((c) => c.rect)).toEqual([rect("P1:P20"), rect("C1:C5"), rect(`C${6 + n}:C200`)]);
    expect(persons[0]).toBe(aside);
    expect(other.conditionalFormats).toEqual([personsRule("L6:L80")]);
  });

  test("runs with events off, restored in a request of its own: one read, one write", async () => {
    const edits = jest.fn();
    await Excel.run(async (context) => {
      context.workbook.tables.onChanged.add(async () => edits());
      await context.sync();
    });
    host.resetCounters();
    await reformatLedger(plan);
    await host.settle();
    expect(edits).not.toHaveBeenCalled();
    expect(host.eventsEnabled).toBe(true);
    // Writes suspended calculation, so the workbook is recalculated once events are back on.
    expect(host.calculations).toBe(1);
  });
});

test.each([
  ["in place, as written", "A1", 73, "A2:L74", "$I2", "$J2"],
  ["shrunk to two rows and moved to B10", "B10", 2, "B11:M12", "$J11", "$K11"],
])("a table %s gets its rules over its actual body", async (_what, at, n, body, due, status) => {
  ledgerAt(at, n);
  await reformatLedger(plan);
  const overdue = ledgerSheet().conditionalFormats.find((c) => c.type === "Custom" && c.rect.cols > 1);
  expect(overdue?.rect).toEqual(rect(body));
  expect(overdue?.rule).toEqual({
    formula: `=AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>"已完成")`,
  });
});

test("a workbook without the Tasks table is told so, with events back on and nothing written", async () => {
  host.addSheet("任务台账").conditionalFormats.push(personsRule("A1:A5"));
  const error = await reformatLedger(plan).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OfficeActionError);
  expect(error).toMatchObject({ code: "LedgerMissing", detail: "Tasks" });
  expect((error as OfficeActionError).zh).toMatch(/找不到任务台账的表 Tasks/);
  expect((error as OfficeActionError).en).toMatch(/Tasks table was not found/);
  expect(host.eventsEnabled).toBe(true);
  expect(host.sheet("任务台账").conditionalFormats).toEqual([personsRule("A1:A5")]);
});

test("a Tasks table whose 截止日期 heading was changed is told so before anything is cleared", async () => {
  ledgerAt("A1", 5);
  host.userEdit("任务台账", "I1", "期限");
  ledgerSheet().conditionalFormats.push(personsRule("J2:J6"));
  await expect(reformatLedger(plan)).rejects.toMatchObject({
    code: "ColumnMissing",
    detail: "Tasks[截止日期]",
  });
  expect(ledgerSheet().conditionalFormats).toEqual([personsRule("J2:J6")]);
  expect(host.eventsEnabled).toBe(true);
});

test("a plan without 任务台账 is a mistake of the caller, reported as an Office action error", async () => {
  ledgerAt("A1", 5);
  const withoutLedger = { ...plan, sheets: plan.sheets.filter((s) => s.kind !== "ledger") };
  await expect(reformatLedger(withoutLedger)).rejects.toMatchObject({
    name: "OfficeActionError",
    detail: expect.stringMatching(/任务台账/),
  });
});

test("a protected ledger sheet reports what to do", async () => {
  ledgerAt("A1", 5);
  host.protect("任务台账");
  await expect(reformatLedger(plan)).rejects.toMatchObject({ code: "AccessDenied" });
  expect(host.eventsEnabled).toBe(true);
});
