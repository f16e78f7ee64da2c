import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up progress tables one cell a line of the family "a lead column with no units column after it, its cell
// written one unit a line" (Set M's wuhu-2024: 牵头责任单位 then 二季度进展情况, five units on five lines, the progress
// in numbered points): every line of the cell is a lead. Beside a co-units column, a lead cell's second line is still
// likelier the co-units' cell.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => ({ leads: t.leads, co: t.coUnits }));

describe("a lead cell one unit a line, no units column after it", () => {
  it.each([
    ["牵头责任单位", "二季度进展情况", ["1.完成规划审查。", "2.印发试点方案。", "3.推进奖补兑现。"]],
    ["牵头单位", "工作进展", ["已完成政策梳理,正在征求意见。"]],
    ["牵头部门", "推进情况", ["(1)召开专题会议2次。", "(2)出台实施细则。"]],
  ])("reads every line of the %s cell as a lead (then %s)", (lead, progress, points) => {
    const text = [
      "序号",
      "目标与任务",
      lead,
      progress,
      "1",
      "全面优化整合政策体系,放大组合效应。",
      "县发改委",
      "县自然资源局",
      "县财政局",
      "县科技局",
      ...points,
      "2",
      "建立政策动态评估机制。",
      "县财政局",
      "完成绩效评价。",
    ].join("\n");
    expect(read(text)).toEqual([
      { leads: ["县发改委", "县自然资源局", "县财政局", "县科技局"], co: [] },
      { leads: ["县财政局"], co: [] },
    ]);
  });

  it("keeps a lead cell's second line for the co-units' column after it", () => {
    const text = [
      "序号",
      "工作任务",
      "牵头单位",
      "配合单位",
      "1",
      "全面优化整合政策体系,放大组合效应。",
      "县发改委",
      "县自然资源局",
      "县财政局",
      "2",
      "建立政策动态评估机制。",
      "县财政局",
      "县审计局",
    ].join("\n");
    expect(read(text)).toEqual([
      { leads: ["县发改委"], co: ["县自然资源局", "县财政局"] },
      { leads: ["县财政局"], co: ["县审计局"] },
    ]);
  });
});
