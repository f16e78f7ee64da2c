import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Header cells that only open a column name, broken over two lines of a table one cell a line (headerHalves.ts): a
// name ending in a joining word (重点工作及 / 责任分解内容), a period before the column it qualifies (前三季度 / 进展情况,
// 上半年 / 目标任务), a role word over a units column's name (牵头 / 责任单位). Each pair is one column, so the rows'
// cells fall in their columns and a progress cell never runs into the task's words. Made-up variants.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("a header cell that only opens a column name", () => {
  it("joins the next header cell: the task keeps its own words, the progress cell stays out", () => {
    const text = [
      "序号",
      "重点任务及",
      "具体内容",
      "牵头",
      "责任单位",
      "上半年",
      "目标任务",
      "上半年",
      "进展情况",
      "1",
      "建成城东污水处理厂",
      "区水务局",
      "完成主体工程",
      "主体工程已完成八成,设备已进场。",
      "2",
      "新增停车泊位五百个",
      "区城管局",
      "完成选址",
      "已完成选址和设计,正在招标。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "建成城东污水处理厂", ["区水务局"], []],
      ["2", "新增停车泊位五百个", ["区城管局"], []],
    ]);
  });

  it("reads the same with blank lines between cells, a '和' opening half and a month period", () => {
    const text = [
      "序号",
      "",
      "工作任务和",
      "",
      "工作措施",
      "",
      "配合",
      "",
      "责任单位",
      "",
      "1-9月",
      "",
      "完成情况",
      "",
      "1",
      "",
      "改造老旧燃气管道十公里",
      "",
      "县住建局",
      "",
      "已改造六公里。",
      "",
      "2",
      "",
      "创建省级卫生村三个",
      "",
      "县卫健委",
      "",
      "两个村已通过验收。",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.text)).toEqual(["改造老旧燃气管道十公里", "创建省级卫生村三个"]);
  });
});
