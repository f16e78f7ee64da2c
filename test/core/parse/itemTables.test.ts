import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A table inside a numbered item, its rows numbered from 1 again: the item's sub-tasks, with ids of their own.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits] as const);
const idsAndIssues = (text: string) => {
  const parsed = parseBreakdown(text);
  return { ids: parsed.tasks.map((t) => t.id), codes: parsed.issues.map((i) => i.code) };
};

describe("a table inside an item that already has its units", () => {
  it.each([
    ["tab cells", (cells: string[]) => cells.join("\t")],
    ["pipe cells", (cells: string[]) => `| ${cells.join(" | ")} |`],
  ])(
    "gives its rows restarting at 1 unique ids under the item, and ends at the next item (%s)",
    (_n, row) => {
      const text = [
        "甲县2024年重点工作任务分解",
        "一、民生实事",
        "1.实施民生实事项目。",
        "责任单位：县发改局",
        row(["序号", "项目名称", "责任单位"]),
        row(["1", "新建幼儿园", "县教育局"]),
        row(["2", "改造学校", "县住建局"]),
        "2.加强师资。",
        "责任单位：县人社局",
      ].join("\n");
      expect(idsAndIssues(text)).toEqual({ ids: ["1.1", "1.1.1", "1.1.2", "1.2"], codes: [] });
      expect(read(text).at(-1)).toEqual(["1.2", "加强师资。", ["县人社局"], []]);
    },
  );

  it("reads rows numbered 1、 2、 after an item numbered 3、 under the item", () => {
    const text = [
      "乙市2023年为民办实事任务清单",
      "1、推进道路建设。责任单位：市交通局",
      "2、推进公园建设。责任单位：市住建局",
      "3、实施以下项目：",
      "牵头单位：市发改委",
      "序号\t项目\t责任单位",
      "1\t新建体育馆\t市体育局",
      "2\t新建图书馆\t市文旅局",
      "4、加强养老服务。责任单位：市民政局",
    ].join("\n");
    expect(idsAndIssues(text)).toEqual({ ids: ["1", "2", "3", "3.1", "3.2", "4"], codes: [] });
  });
});

describe("a units line right after the table of an item without units", () => {
  it.each(["责任单位：县发改局", "牵头单位：县发改局"])(
    "belongs to the item, not the last row: %s",
    (units) => {
      const text = [
        "甲县2024年重点工作任务分解",
        "一、民生实事",
        "1.实施民生实事项目，具体如下：",
        "序号\t项目名称\t责任单位",
        "1\t新建幼儿园\t县教育局",
        "2\t改造学校\t县住建局",
        units,
        "2.加强师资。",
        "责任单位：县人社局",
      ].join("\n");
      expect(read(text)).toEqual([
        ["1.1", "实施民生实事项目，具体如下：", ["县发改局"], []],
        ["1.1.1", "新建幼儿园", ["县教育局"], []],
        ["1.1.2", "改造学校", ["县住建局"], []],
        ["1.2", "加强师资。", ["县人社局"], []],
      ]);
    },
  );
});
