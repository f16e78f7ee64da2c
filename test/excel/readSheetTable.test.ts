/** 从当前工作表导入: the breakdown table already in the workbook, read in one sync. */

import { gridText } from "../../src/core/files/grid";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { readSheetTable } from "../../src/excel/readSheetTable";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => ({ host, uninstall } = installExcelHost()));
afterEach(() => uninstall());

/** A breakdown table below a title, starting in column B, with a note beside it in column G. */
function placeBreakdown(): void {
  host.activeSheetId = host.addSheet("分解表").id;
  host.userEdit("分解表", "B2", [["2020年重点工作责任分解"]]);
  host.userEdit("分解表", "B4:E6", [
    ["序号", "工作任务", "分管领导", "责任单位"],
    [1, "推进城东改造。", "王某市长", "建设局、发改局"],
    [2, "完善养老服务体系。", "李某副市长", "民政局\n卫生健康局"],
  ]);
  host.userEdit("分解表", "G10", [["备忘"]]);
}

test("with one cell selected, reads the whole used range in one sync, from the table's own first column", async () => {
  placeBreakdown();
  host.selection = { sheet: "分解表", address: "C5" };
  host.resetCounters();
  const grid = await readSheetTable();
  expect(host.syncCount).toBe(1);
  expect(grid.name).toBe("分解表");
  expect(grid.cells).toHaveLength(9); // rows 2 to 10
  expect(grid.cells[0]).toEqual(["2020年重点工作责任分解", "", "", "", "", ""]);
  expect(grid.cells[2]).toEqual(["序号", "工作任务", "分管领导", "责任单位", "", ""]);
  expect(grid.cells[8]).toEqual(["", "", "", "", "", "备忘"]);
});

test("a selection of several cells is read alone: the note beside the table is left out", async () => {
  placeBreakdown();
  host.selection = { sheet: "分解表", address: "B4:E6" };
  const grid = await readSheetTable();
  expect(grid.cells).toEqual([
    ["序号", "工作任务", "分管领导", "责任单位"],
    ["1", "推进城东改造。", "王某市长", "建设局、发改局"],
    ["2", "完善养老服务体系。", "李某副市长", "民政局\n卫生健康局"],
  ]);
  // The same rows the .xlsx reader makes: a cell's lines of unit names become one 、-separated cell.
  const parsed = parseBreakdown(gridText([grid]));
  expect(parsed.tasks.map((t) => [t.text, t.leader, t.leads, t.coUnits])).toEqual([
    ["推进城东改造。", "王某", ["建设局"], ["发改局"]],
    ["完善养老服务体系。", "李某", ["民政局"], ["卫生健康局"]],
  ]);
});

test("an empty sheet reads as no cells, and parses to the no-tasks finding", async () => {
  host.activeSheetId = host.addSheet("空白").id;
  const grid = await readSheetTable();
  expect(grid.cells).toEqual([]);
  expect(parseBreakdown(gridText([grid])).issues.map((i) => i.code)).toEqual(["no-tasks"]);
});
