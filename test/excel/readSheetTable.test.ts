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

/**
 * A breakdown whose 责任单位 cell is merged over the three tasks it covers, and whose 分管领导 cell over two
 * of them, as clerks lay tables out in Excel (each task keeps its own 序号).
 */
function placeMergedBreakdown(): void {
  host.activeSheetId = host.addSheet("分解表").id;
  host.userEdit("分解表", "B4:E8", [
    ["序号", "工作任务", "分管领导", "责任单位"],
    [1, "推进城东改造。", "王某市长", "建设局、发改局"],
    [2, "新建人行天桥2座。", "", ""],
    [3, "改造农贸市场3个。", "李某副市长", ""],
    [4, "完善养老服务体系。", "李某副市长", "民政局"],
  ]);
  host.userMerge("分解表", "E5:E7");
  host.userMerge("分解表", "D5:D6");
}

const tasksOf = (grid: Awaited<ReturnType<typeof readSheetTable>>) =>
  parseBreakdown(gridText([grid])).tasks.map((t) => [t.id, t.leader, t.leads, t.coUnits]);

describe("merged cells (Range.getMergedAreasOrNullObject, ExcelApi 1.13)", () => {
  test("a units cell merged over three tasks stands in each of them, as in the .xlsx reader", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.13" })));
    placeMergedBreakdown();
    host.resetCounters();
    const grid = await readSheetTable();
    // The text, then the merges in a request of their own (Excel refuses past 512 merged areas).
    expect(host.syncCount).toBe(2);
    expect(grid.merges).toEqual([
      { top: 1, left: 3, bottom: 3, right: 3 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ]);
    expect(tasksOf(grid)).toEqual([
      ["1", "王某", ["建设局"], ["发改局"]],
      ["2", "王某", ["建设局"], ["发改局"]],
      ["3", "李某", ["建设局"], ["发改局"]],
      ["4", "李某", ["民政局"], []],
    ]);
  });

  test("a selection starting inside a merge keeps the merges whose first cell it holds, relative to it", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.13" })));
    placeMergedBreakdown();
    host.selection = { sheet: "分解表", address: "C6:E8" };
    const grid = await readSheetTable();
    // D5:D6 and E5:E7 start above the selection: their value is not in it, so they fill nothing.
    expect(grid.merges).toEqual([]);
    expect(grid.cells[0]).toEqual(["新建人行天桥2座。", "", ""]);
  });

  test("before ExcelApi 1.13 the sheet is read without merges, in one sync, and nothing fails", async () => {
    placeMergedBreakdown();
    host.resetCounters();
    const grid = await readSheetTable();
    expect(host.syncCount).toBe(1);
    expect(grid.merges).toEqual([]);
    expect(grid.cells).toHaveLength(5);
  });

  test("past 512 merged areas Excel refuses them: the table is read without merges, not failed", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.13" })));
    placeMergedBreakdown();
    for (let r = 20; r < 20 + 1026; r += 2) host.userMerge("分解表", `G${r}:G${r + 1}`);
    host.userEdit("分解表", "G1100", [["末行"]]);
    const grid = await readSheetTable();
    expect(grid.merges).toEqual([]);
    expect(grid.cells[1]?.slice(0, 4)).toEqual(["1", "推进城东改造。", "王某市长", "建设局、发改局"]);
  });
});

describe("selections Excel gives in several areas (Ctrl+click)", () => {
  test("getSelectedRange refuses them (ExcelApi 1.1 reference): on 1.8 the used range is read instead", async () => {
    placeBreakdown();
    host.selection = { sheet: "分解表", address: "B4:C6,E4:E6" };
    host.resetCounters();
    const grid = await readSheetTable();
    expect(host.syncCount).toBe(2); // the refused request, then the sheet without the selection
    expect(grid.cells).toHaveLength(9);
  });

  test("with ExcelApi 1.9 (getSelectedRanges) the areas are seen in the same sync, and the used range read", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.9" })));
    placeBreakdown();
    host.selection = { sheet: "分解表", address: "B4:C6,E4:E6" };
    host.resetCounters();
    const grid = await readSheetTable();
    expect(host.syncCount).toBe(1);
    expect(grid.cells).toHaveLength(9);
  });

  test("with ExcelApi 1.9 a selection of one block is still read alone", async () => {
    ({ host, uninstall } = (uninstall(), installExcelHost({ apiVersion: "1.9" })));
    placeBreakdown();
    host.selection = { sheet: "分解表", address: "B4:E6" };
    const grid = await readSheetTable();
    expect(grid.cells).toHaveLength(3);
  });
});

test("while the clerk edits a cell the read waits (delayForCellEdit) instead of failing, as every other action", async () => {
  ({ host, uninstall } = (uninstall(), installExcelHost({ cellEditMode: true })));
  placeBreakdown();
  const grid = await readSheetTable();
  expect(grid.name).toBe("分解表");
});
