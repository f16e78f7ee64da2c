/** Reading the ledger back: the Tasks, Units and Statuses tables wherever the clerk moved them, values only. */

import { generateBreakdown } from "../../bench/generate";
import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { applyPlan } from "../../src/excel/applyPlan";
import { isDateFormat } from "../../src/excel/cellValues";
import { readLedger } from "../../src/excel/readLedger";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { TASK_HEADER, handTasks, smallPlan, unitName } from "../support/excelPlans";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

test("the ledger as written reads back in two syncs, dates as dates, empty cells as null", async () => {
  await applyPlan(smallPlan(), { replaceGenerated: false });
  host.resetCounters();
  const ledger = await readLedger();
  expect(host.syncCount).toBe(2);
  expect(ledger.tasks).toMatchObject({ sheet: "任务台账", top: 0, left: 0, header: TASK_HEADER });
  expect(ledger.tasks?.rows).toHaveLength(70);
  const [t0, t] = handTasks(70, 10) as [
    ReturnType<typeof handTasks>[number],
    ReturnType<typeof handTasks>[number],
  ];
  expect(ledger.tasks?.rows[1]).toEqual([
    t.id,
    t.leader,
    "副市长",
    t.text,
    t.units[0],
    t.units.slice(1).join("、"),
    null,
    "年内",
    { date: "2020-02-28" },
    t.status,
    null,
    null,
  ]);
  expect(ledger.units?.rows[0]).toEqual([unitName(0), `市${unitName(0)}`, "部门", null]);
  expect(ledger.statuses).toEqual(["未启动", "推进中", "已完成", "滞后"]);
  expect(ledger.assignments).toMatchObject({
    sheet: "任务分工",
    header: ["编号", "单位", "角色", "经由", "分管领导", "完成状态"],
  });
  expect(ledger.assignments?.rows[0]?.slice(0, 3)).toEqual([t0.id, t0.units[0], "牵头"]);
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
    // No unit list was cut at build (core/ledger/cutUnits.ts): none to read whole from 任务分工.
    cut: [],
  });
  expect(ledger.units).toMatchObject({ sheet: "名录", top: 2, left: 1, rows: [["财政局", "财政"]] });
  expect(ledger.statuses).toBeNull();
});

test("a workbook without the ledger reads as nulls", async () => {
  await expect(readLedger()).resolves.toEqual({
    tasks: null,
    units: null,
    assignments: null,
    statuses: null,
    about: null,
    progress: null,
    targets: null,
    revoked: null,
    revokedProgress: null,
  });
});

test("a date in 完成时限 reads as a date, not as its serial number; a plain number stays a number", async () => {
  host.placeTable(
    "任务台账",
    "Tasks",
    "A1",
    ["编号", "完成时限", "截止日期"],
    [
      ["'1.1", "2020-06-30", 44012.6],
      ["'1.2", 44012, ""],
    ],
  );
  // 1.1's 截止日期 holds a date and a time of day, shown as a date: the day counts.
  host.cell("任务台账", "C2").numberFormat = 'yyyy"年"m"月"d"日"';
  const ledger = await readLedger();
  expect(ledger.tasks?.rows).toEqual([
    ["1.1", { date: "2020-06-30" }, { date: "2020-06-30" }],
    ["1.2", 44012, null],
  ]);
});

test("number formats that show a date are told from those that do not", () => {
  const dates = ["yyyy/m/d", "m/d/yyyy", "yyyy-mm-dd h:mm", '[$-804]yyyy"年"m"月"d"日"', "d-mmm"];
  const others = ["General", "@", "0.00", '#,##0"天"', "[h]:mm:ss", "[Red]0", "mm:ss"];
  expect(dates.filter((f) => !isDateFormat(f))).toEqual([]);
  expect(others.filter(isDateFormat)).toEqual([]);
});

describe("a large ledger on Excel on the web, which refuses an answer over 5 MB (ResponsePayloadSizeLimitExceeded)", () => {
  test("an update's read of a 2,000-task ledger (formulas weigh 10 MB) comes in slices, each answer under 5 MB", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.12" })));
    const parsed = parseBreakdown(generateBreakdown({ tasks: 2000, units: 150 }).text);
    const plan = buildPlan(
      ledgerFromParsed(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, {
        importedAt: "2020-06-01T08:00:00.000Z",
      }),
    );
    await applyPlan(plan, { replaceGenerated: false });
    host.resetCounters();
    const typed = await readLedger({ sources: true });
    const answers = host.requests.map((r) => r.responseBytes);
    // The one read was refused (the double counts a refused answer as it would have been), then Targets whole
    // (6.9 MB); its halves, and every other table whole, fit.
    expect(answers.filter((b) => b > 5_000_000)).toHaveLength(2);
    expect(host.syncCount).toBeLessThanOrEqual(16);
    expect(typed.tasks?.rows).toHaveLength(2000);
    expect(typed.targets?.rows).toHaveLength(2000);
    // The same cells as the read without formulas (which fits in one answer), and the formulas as typed.
    const plain = await readLedger();
    expect(typed.tasks?.rows).toEqual(plain.tasks?.rows);
    expect(typed.assignments?.rows).toEqual(plain.assignments?.rows);
    expect(typed.targets?.sources?.filter(Boolean)).toHaveLength(2000);
    expect(typed.tasks?.sources?.[1999]).toBeDefined();
  }, 180_000);
});
