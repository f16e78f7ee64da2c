/**
 * Dropdown lists as Excel takes them: a literal list is one string of at most 255 characters split at its
 * commas, so statuses that do not fit one are read from the Statuses table through a defined name.
 */

import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { fitsLiteralList } from "../../src/core/plan/listSource";
import { DEFAULT_SETTINGS, settingsWithStatuses } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { applyPlan } from "../../src/excel/applyPlan";
import { reformatLedger } from "../../src/excel/reformatLedger";
import { colLetters, installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

const planWith = (statuses: readonly string[]) => {
  const parsed = parseBreakdown(sampleText());
  return buildPlan(
    ledgerFromParsed(parsed, suggestRegistry(parsed), settingsWithStatuses(statuses, DEFAULT_SETTINGS)),
  );
};

/** The address of the first 完成状态 cell of the Tasks table. */
const statusCell = (): string => {
  const t = host.table("Tasks");
  return `${colLetters(t.rect.col + t.columns.indexOf("完成状态"))}${t.rect.row + 2}`;
};

test("a status holding a comma is offered whole: the dropdown reads the Statuses table, not a comma list", async () => {
  const statuses = ["未启动", "推进中,待验收", "已完成"];
  await applyPlan(planWith(statuses), { replaceGenerated: true });
  expect(host.dropdownItems("任务台账", statusCell())).toEqual(statuses);
});

test("statuses longer than a 255-character list are all offered", async () => {
  const statuses = Array.from({ length: 30 }, (_, i) => `第${i + 1}阶段工作推进中的状态`);
  expect(statuses.join(",").length).toBeGreaterThan(255);
  const plan = planWith(statuses);
  await applyPlan(plan, { replaceGenerated: true });
  expect(host.dropdownItems("任务台账", statusCell())).toEqual(statuses);
  await reformatLedger(plan);
  expect(host.dropdownItems("任务台账", statusCell())).toEqual(statuses);
});

test("short statuses stay a literal list, as before", async () => {
  await applyPlan(planWith(["未启动", "已完成"]), { replaceGenerated: true });
  expect(host.dropdownItems("任务台账", statusCell())).toEqual(["未启动", "已完成"]);
  expect(host.names.has("statuslist")).toBe(false);
});

test("a literal list fits when no item is empty or holds a comma or a quote, within 255 characters", () => {
  expect(fitsLiteralList(["未启动", "已完成"])).toBe(true);
  expect(fitsLiteralList(["a,b"])).toBe(false);
  expect(fitsLiteralList(['说"明'])).toBe(false);
  expect(fitsLiteralList([" "])).toBe(false);
  expect(fitsLiteralList([])).toBe(false);
  expect(fitsLiteralList(["x".repeat(255)])).toBe(true);
  expect(fitsLiteralList(["x".repeat(128), "y".repeat(127)])).toBe(false);
});
