import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up tables one cell a line with a pair of unit columns (责任单位 / 协办单位, 主办 / 协办, 牵头 / 配合) whose unit
// lines are split between them unevenly: each row read once, its first unit leading.
const read = (lines: readonly string[]) =>
  parseBreakdown(lines.join("\n")).tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline]);

describe("a pair of unit columns one cell a line", () => {
  it("reads rows numbered by 序号 with three co-unit lines and a deadline after them", () => {
    expect(
      read([
        "序号",
        "工作任务",
        "责任单位",
        "协办单位",
        "完成时限",
        "1",
        "全面推进城区道路改造工程",
        "市住建局",
        "市交通局",
        "市财政局",
        "市城管局",
        "2024年底",
        "2",
        "加快建设养老服务中心",
        "市民政局",
        "市卫健委",
        "2024年6月",
      ]),
    ).toEqual([
      ["全面推进城区道路改造工程", ["市住建局"], ["市交通局", "市财政局", "市城管局"], "2024年底"],
      ["加快建设养老服务中心", ["市民政局"], ["市卫健委"], "2024年6月"],
    ]);
  });

  it("reads rows with no 序号 whose cells list names set off by 、 (主办单位 / 协办单位)", () => {
    expect(
      read([
        "重点工作任务分解表",
        "工作任务",
        "主办单位",
        "协办单位",
        "全面推进城区道路改造工程",
        "市住建局、市交通局",
        "市财政局、市城管局",
        "加快建设养老服务中心",
        "市民政局",
        "市卫健委、市医保局",
      ]),
    ).toEqual([
      ["全面推进城区道路改造工程", ["市住建局", "市交通局"], ["市财政局", "市城管局"], null],
      ["加快建设养老服务中心", ["市民政局"], ["市卫健委", "市医保局"], null],
    ]);
  });

  it("reads units columns before the task (序号 / 责任单位 / 协办单位 / 工作任务)", () => {
    expect(
      read([
        "序号",
        "责任单位",
        "协办单位",
        "工作任务",
        "1",
        "市住建局",
        "市交通局",
        "市财政局",
        "全面推进城区道路改造工程",
        "2",
        "市民政局",
        "市卫健委",
        "加快建设养老服务中心",
      ]),
    ).toEqual([
      ["全面推进城区道路改造工程", ["市住建局"], ["市交通局", "市财政局"], null],
      ["加快建设养老服务中心", ["市民政局"], ["市卫健委"], null],
    ]);
  });

  it("reads rows with a leader column, a row with no co-unit line, never twice", () => {
    expect(
      read([
        "序号",
        "工作任务",
        "责任领导",
        "责任单位",
        "协办单位",
        "1",
        "全面推进城区道路改造工程",
        "张建国",
        "市住建局",
        "市交通局",
        "市财政局",
        "2",
        "加快建设养老服务中心",
        "李明",
        "市民政局",
        "市卫健委",
        "3",
        "新增就业岗位五千个",
        "王强",
        "市人社局",
      ]).map(([t, l, c]) => [t, l, c]),
    ).toEqual([
      ["全面推进城区道路改造工程", ["市住建局"], ["市交通局", "市财政局"]],
      ["加快建设养老服务中心", ["市民政局"], ["市卫健委"]],
      ["新增就业岗位五千个", ["市人社局"], []],
    ]);
  });
});
