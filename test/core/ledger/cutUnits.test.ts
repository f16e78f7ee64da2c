import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { ledgerFromTables } from "../../../src/core/ledger/fromTables";
import { restoreCutUnits } from "../../../src/core/ledger/cutUnits";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../../src/core/workbook/buildPlan";
import { CELL_LIMIT, clipLongCells, cutUnitsOf } from "../../../src/core/plan/longCells";
import { settingsWithStatuses } from "../../../src/core/plan/settings";
import { checkLedger } from "../../../src/core/checks/checkLedger";
import type { LedgerTable } from "../../../src/core/types";
import { PlanGrid } from "../../support/planGrid";
import type { WorkbookPlan } from "../../../src/core/plan/types";

// 600 co-units of 59 characters: 35,999 characters with their 、, more than a cell holds.
const UNITS = Array.from(
  { length: 600 },
  (_, i) => `测试${"长".repeat(50)}第${String(i).padStart(3, "0")}号单位`,
);
const TEXT = `一、王某副市长\n1.一项有很多配合单位的任务。\n责任单位:牵头局、${UNITS.join("、")}\n2.另一项任务。\n责任单位:财政局、发改局`;

/** A table of a planned sheet as a ledger reader gives it back: its header row and the rows below it. */
function tableOf(plan: WorkbookPlan, sheetName: string, first: string): LedgerTable {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(sheetName);
  const grid = new PlanGrid(sheet);
  const top = grid.findHeader(first);
  const header: string[] = [];
  for (let c = 0; grid.get(top, c) !== undefined; c++) header.push(String(grid.get(top, c)));
  const rows = grid.records(top).map((r) => header.map((h) => r[h] ?? null));
  return { sheet: sheetName, top, left: 0, header, rows };
}

describe("a list of units longer than a cell", () => {
  const parsed = parseBreakdown(TEXT);
  const settings = settingsWithStatuses(["未启动", "推进中", "已完成"]);
  const { plan, long } = clipLongCells(
    // No registry: suggesting one compares every pair of 600 names, which takes long and is beside the point.
    buildPlan(ledgerFromParsed(parsed, { units: [], suggestions: [] }, settings), { version: "test" }),
  );
  const tasks = tableOf(plan, "任务台账", "编号");
  const assignments = tableOf(plan, "任务分工", "编号");
  const units: LedgerTable = {
    sheet: "单位名录",
    top: 0,
    left: 0,
    header: ["单位", "别名", "类别", "所属组"],
    rows: ["牵头局", ...UNITS, "财政局", "发改局"].map((u) => [u, "", "", ""]),
  };
  const cell = tasks.rows[0]?.[tasks.header.indexOf("配合单位")] as string;

  it("is cut between two names at build, and says how many it lists of how many", () => {
    expect(cell.length).toBeLessThanOrEqual(CELL_LIMIT);
    const cut = cutUnitsOf(cell);
    expect(cut?.total).toBe(600);
    const listed = cut?.listed.split("、") ?? [];
    // Every name listed is whole, and they are the first ones.
    expect(listed).toEqual(UNITS.slice(0, listed.length));
    expect(cut?.count).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(500);
    expect(long).toContainEqual({
      sheet: "任务台账",
      cell: "F2",
      length: 35999,
      units: { total: 600, listed: listed.length, id: "1.1" },
    });
    // 任务分工 keeps every unit, one row each.
    expect(assignments.rows.filter((r) => r[0] === "1.1")).toHaveLength(601);
  });

  it("is read whole again from 任务分工: no unknown unit, nothing stale, one line saying it was cut", () => {
    const findings = checkLedger({ tasks, units: null, assignments, settings, today: "2020-01-01" });
    expect(findings.filter((f) => f.code !== "table-missing")).toEqual([
      {
        code: "units-cut",
        severity: "info",
        where: { sheet: "任务台账", cell: "F2" },
        params: expect.objectContaining({ id: "1.1", total: 600, missing: 0, whole: 1 }),
      },
    ]);
    const checked = checkLedger({ tasks, units, assignments, settings, today: "2020-01-01" });
    expect(checked.map((f) => f.code)).toEqual(["units-cut"]);
    const model = ledgerFromTables(restoreCutUnits(tasks, assignments), units, settings);
    expect(model?.tasks[0]?.co.split("、")).toEqual(UNITS);
  });

  it("without 任务分工, says how many units neither holds and takes no cut name for a unit", () => {
    const findings = checkLedger({ tasks, units, assignments: null, settings, today: "2020-01-01" });
    const listed = cutUnitsOf(cell)?.count ?? 0;
    expect(findings.filter((f) => f.code !== "assignments-missing")).toEqual([
      {
        code: "units-cut",
        severity: "warning",
        where: { sheet: "任务台账", cell: "F2" },
        params: expect.objectContaining({ id: "1.1", total: 600, listed, missing: 600 - listed, whole: 0 }),
      },
    ]);
  });
});
