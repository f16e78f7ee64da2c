/** A table inside a numbered item: its rows are the item's sub-tasks, in every table shape. */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const TITLE = "某县2024年重点工作任务分解";
const ITEM1 = ["1.推进产业园区建设。", "牵头单位:县发改局"];
const ITEM2 = "2.实施民生实事,具体如下:";
const AFTER = "3.优化营商环境。";
const AFTER_UNITS = "牵头单位:县政务服务中心";

const ids = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

const EXPECTED = [
  ["1", "推进产业园区建设。", ["县发改局"], [], null],
  ["2.1", "新建城区停车场3处", ["县住建局"], [], "10月底前"],
  ["2.2", "新增公办幼儿园学位600个", ["县教育局"], [], "9月底前"],
  ["3", "优化营商环境。", ["县政务服务中心"], [], null],
];

const SHAPES: Record<string, string[]> = {
  "rows one a line, single spaces": [
    "序号 工作任务 责任科室 时间",
    "1 新建城区停车场3处 县住建局 10月底前",
    "2 新增公办幼儿园学位600个 县教育局 9月底前",
  ],
  "tab-separated cells": [
    "序号\t工作任务\t责任科室\t时间",
    "1\t新建城区停车场3处\t县住建局\t10月底前",
    "2\t新增公办幼儿园学位600个\t县教育局\t9月底前",
  ],
  "'|'-separated cells": [
    "| 序号 | 工作任务 | 责任科室 | 时间 |",
    "| 1 | 新建城区停车场3处 | 县住建局 | 10月底前 |",
    "| 2 | 新增公办幼儿园学位600个 | 县教育局 | 9月底前 |",
  ],
  "runs of spaces": [
    "序号    工作任务                  责任科室    时间",
    "1       新建城区停车场3处         县住建局    10月底前",
    "2       新增公办幼儿园学位600个   县教育局    9月底前",
  ],
  "one cell a line": [
    "序号",
    "工作任务",
    "责任科室",
    "时间",
    "1",
    "新建城区停车场3处",
    "县住建局",
    "10月底前",
    "2",
    "新增公办幼儿园学位600个",
    "县教育局",
    "9月底前",
  ],
};

describe("a table inside a numbered item without units of its own", () => {
  for (const [shape, table] of Object.entries(SHAPES)) {
    it(`gives the item's sub-tasks (2.1, 2.2), not duplicated ids, in ${shape}`, () => {
      const text = [TITLE, ...ITEM1, ITEM2, ...table, AFTER, AFTER_UNITS].join("\n");
      expect(ids(text)).toEqual(EXPECTED);
      const codes = parseBreakdown(text).issues.map((i) => i.code);
      expect(codes).not.toContain("duplicate-id");
      expect(codes).not.toContain("task-no-units");
    });
  }

  it("in an item under a 一、 heading gives 1.2.1, 1.2.2, and ends at the next heading (二、), in any shape", () => {
    for (const table of [SHAPES["tab-separated cells"], SHAPES["rows one a line, single spaces"]]) {
      const text = [
        TITLE,
        "一、产业发展",
        ...ITEM1,
        ITEM2,
        ...(table as string[]),
        "二、社会事业",
        "1.办好教育。",
        "牵头单位:县教育局",
      ].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads])).toEqual([
        ["1.1", ["县发改局"]],
        ["1.2.1", ["县住建局"]],
        ["1.2.2", ["县教育局"]],
        ["2.1", ["县教育局"]],
      ]);
    }
  });

  it("without a 序号 column still gives the item's sub-tasks, and ends at the item after it", () => {
    const table = [
      "工作任务\t责任科室\t时间",
      "新建城区停车场3处\t县住建局\t10月底前",
      "新增公办幼儿园学位600个\t县教育局\t9月底前",
    ];
    const text = [TITLE, ...ITEM1, ITEM2, ...table, AFTER, AFTER_UNITS].join("\n");
    expect(ids(text)).toEqual(EXPECTED);
  });

  it("reads rows numbered under the item (2.1, 2.2) as its sub-tasks, with tabs or single spaces", () => {
    for (const gap of ["\t", " "]) {
      const table = [
        ["序号", "工作任务", "责任科室", "时间"],
        ["2.1", "新建城区停车场3处", "县住建局", "10月底前"],
        ["2.2", "新增公办幼儿园学位600个", "县教育局", "9月底前"],
      ].map((cells) => cells.join(gap));
      const text = [TITLE, ...ITEM1, ITEM2, ...table, AFTER, AFTER_UNITS].join("\n");
      expect(ids(text)).toEqual(EXPECTED);
    }
  });

  it("gives the sub-tasks of an item that announces them (…具体如下:) after its own units line; the item keeps its units", () => {
    const table = SHAPES["tab-separated cells"] as string[];
    const text = [TITLE, ...ITEM1, ITEM2, "牵头单位:县政府办", ...table, AFTER, AFTER_UNITS].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1", ["县发改局"]],
      ["2", ["县政府办"]],
      ["2.1", ["县住建局"]],
      ["2.2", ["县教育局"]],
      ["3", ["县政务服务中心"]],
    ]);
  });

  it("nests a row numbered under a row (1.1 under 1) under that row, inside the item", () => {
    const table = [
      "序号\t工作任务\t责任科室",
      "1\t新建城区停车场\t县住建局",
      "1.1\t新建东区停车场\t县城管局",
      "2\t新增公办幼儿园学位600个\t县教育局",
    ];
    const text = [TITLE, ...ITEM1, ITEM2, ...table, AFTER, AFTER_UNITS].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(["1", "2.1", "2.1.1", "2.2", "3"]);
  });

  it("leaves rows numbered on from the items (3, 4 after 2.) the items' siblings", () => {
    const table = [
      "序号\t工作任务\t责任科室",
      "3\t新建城区停车场3处\t县住建局",
      "4\t新增公办幼儿园学位600个\t县教育局",
    ];
    const text = [TITLE, ...ITEM1, "2.实施民生实事。", "牵头单位:县政府办", ...table].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(["1", "2", "3", "4"]);
  });

  it("reads a numbered caption between the item and its table (表1 …项目表) as the table's caption, not a new part", () => {
    const table = SHAPES["tab-separated cells"] as string[];
    const text = [TITLE, ...ITEM1, ITEM2, "表1 民生实事项目表", ...table, AFTER, AFTER_UNITS].join("\n");
    expect(ids(text)).toEqual(EXPECTED);
  });

  it("leaves a table at the top level numbered by its own 序号", () => {
    const text = [TITLE, ...(SHAPES["tab-separated cells"] as string[])].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(["1", "2"]);
  });

  it("leaves an item with its own units a task, and makes the table after it, numbered from 1 again, its sub-tasks (never duplicated ids)", () => {
    const text = [TITLE, ...ITEM1, ...(SHAPES["tab-separated cells"] as string[])].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1", ["县发改局"]],
      ["1.1", ["县住建局"]],
      ["1.2", ["县教育局"]],
    ]);
    expect(parsed.issues.map((i) => i.code)).not.toContain("number-duplicated");
  });
});
