import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { account, accountsForMore, isPoor, isSoundTask } from "../../../src/core/parse/plausibility";
import { message } from "../../../src/core/messages";

// Choosing between readings (src/core/parse/plausibility.ts, fallback/regions.ts, fallback/regionItems.ts):
// made-up documents whose units are plainly there but which the main stages read only in part. The region
// the main stages missed or read badly is read by the reader that accounts for more of it, with a finding.
const summary = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.part, t.text, t.leads, t.coUnits]);
const findings = (text: string) =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === "layout-region")
    .map((i) => i.params);

// Numbered tasks with 牵头单位/配合单位 lines: the main stages read these.
const OUTLINE = [
  "某县2024年重点工作任务分解方案",
  "一、总体任务",
  "1.推进产业园区建设。",
  "牵头单位:县发改局",
  "配合单位:县财政局",
  "2.优化营商环境。",
  "牵头单位:县市场监管局",
];
const OUTLINE_TASKS = [
  ["1.1", 1, "推进产业园区建设。", ["县发改局"], ["县财政局"]],
  ["1.2", 1, "优化营商环境。", ["县市场监管局"], []],
];

describe("a second table only the generic reader reads", () => {
  const text = [
    ...OUTLINE,
    "附件2",
    "序号",
    "指标名称",
    "目标值",
    "责任部门",
    "1",
    "地区生产总值增长",
    "6%",
    "县统计局",
    "2",
    "城镇新增就业人数",
    "5000人",
    "县人社局",
  ].join("\n");

  it("is read as a part of its own after the tasks the main stages read, its ids never colliding with theirs", () => {
    expect(summary(text)).toEqual([
      ...OUTLINE_TASKS,
      // Each indicator with its 目标值 (tableTargets.ts).
      ["2:1", 2, "地区生产总值增长6%", ["县统计局"], []],
      ["2:2", 2, "城镇新增就业人数5000人", ["县人社局"], []],
    ]);
    expect(parseBreakdown(text).document.parts.map((p) => [p.index, p.title, p.line])).toEqual([
      [1, "某县2024年重点工作任务分解方案", 1],
      [2, "附件2", 9],
    ]);
  });

  it("comes with a finding that names its lines, its reader and its part, in both languages", () => {
    const params = findings(text);
    expect(params).toEqual([{ reader: "table", count: 2, from: 9, to: 20, replaced: 0, part: 2 }]);
    const p = params[0] as (typeof params)[number];
    const zh = message("layout-region", p, "zh-CN");
    expect(zh).toContain("第 9–20 行另有一张表格");
    expect(zh).toContain("读出 2 项任务");
    expect(zh).toContain("作为第 2 部分");
    expect(message("layout-region", p, "en-US")).toContain("Another table on lines 9–20");
  });
});

describe("a table under a heading that the main stages read as a task without units", () => {
  // Cells separated by single spaces under a 责任科室 column: no main reader knows this table.
  const text = [
    ...OUTLINE,
    "二、民生实事",
    "序号 工作任务 责任科室 时间",
    "1 新建城区停车场3处 县住建局、县城管局 10月底前",
    "2 改造老旧小区12个 县住建局、各乡镇人民政府 12月底前",
    "3 新增公办幼儿园学位600个 县教育局、县财政局 9月底前",
  ].join("\n");

  it("gives the heading's items: the rows, ids under the heading, units and deadlines from their cells", () => {
    expect(summary(text)).toEqual([
      ...OUTLINE_TASKS,
      ["2.1", 1, "新建城区停车场3处", ["县住建局"], ["县城管局"]],
      ["2.2", 1, "改造老旧小区12个", ["县住建局"], ["各乡镇人民政府"]],
      ["2.3", 1, "新增公办幼儿园学位600个", ["县教育局"], ["县财政局"]],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.deadline)).toEqual([
      null,
      null,
      "10月底前",
      "12月底前",
      "9月底前",
    ]);
  });

  it("is read by the main stages now (rows one a line, tableSpacedRows.ts): no finding, nothing replaced", () => {
    // The chooser was written when no main reader knew this table; it leaves a sound main reading alone.
    expect(parseBreakdown(text).issues.map((i) => i.code)).toEqual([]);
    expect(
      message("layout-region", { reader: "table", count: 3, from: 8, to: 12, replaced: 1, part: 1 }, "zh-CN"),
    ).toContain("取代原先读出的 1 项");
  });
});

describe("a table read generically inside an item", () => {
  it("ends at a units label line after its rows: the label is the item's units, not a row's cell", () => {
    const text = [
      "某县2024年重点工作任务分解",
      "1.推进产业园区建设。",
      "牵头单位:县发改局",
      "2.实施民生实事,具体如下:",
      "序号 工作任务 责任科室 时间",
      "1 新建城区停车场3处 县住建局 10月底前",
      "2 新增公办幼儿园学位600个 县教育局 9月底前",
      "牵头单位:县政府办",
    ].join("\n");
    // Read by the main stages now (rows one a line): the item above owns the rows (outlineTable.ts), and the
    // label line right after them gives the item (which had no units) its units, never a row's cell.
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1", ["县发改局"], []],
      ["2", ["县政府办"], []],
      ["2.1", ["县住建局"], []],
      ["2.2", ["县教育局"], []],
    ]);
    expect(doc.issues.filter((i) => i.code === "units-without-task")).toEqual([]);
  });
});

describe("numbered items whose roles only the prose reader reads, beside items the main stages read", () => {
  const text = [
    "某市2024年改革工作要点分工",
    "1.深化国资国企改革,完善现代企业制度。",
    "此项工作由市国资委牵头,市财政局、市发改委参加。",
    "2.推进要素市场化配置改革。",
    "此项工作由市发改委牵头,市自然资源局参加。",
    "3.推进财税体制改革。",
    "牵头单位:市财政局",
  ].join("\n");

  it("are each read by the reader that finds their units, in document order", () => {
    expect(summary(text)).toEqual([
      ["1", 1, "深化国资国企改革,完善现代企业制度。", ["市国资委"], ["市财政局", "市发改委"]],
      ["2", 1, "推进要素市场化配置改革。", ["市发改委"], ["市自然资源局"]],
      ["3", 1, "推进财税体制改革。", ["市财政局"], []],
    ]);
    // The main stages keep items 1 and 2 as tasks (their numbering runs on to item 3's units), with no units; the
    // prose reader's tasks replace them, as under a heading (below).
    expect(findings(text)).toEqual([{ reader: "prose", count: 2, from: 2, to: 5, replaced: 2, part: 1 }]);
  });

  it("replace the main stages' tasks without units on the same lines, with the task-no-units findings", () => {
    const text = [
      "某市2024年改革工作要点分工",
      "一、重点改革",
      "1.深化国资国企改革,完善现代企业制度。",
      "此项工作由市国资委牵头,市财政局、市发改委参加。",
      "2.推进要素市场化配置改革。",
      "此项工作由市发改委牵头,市自然资源局参加。",
      "3.推进财税体制改革。",
      "牵头单位:市财政局",
    ].join("\n");
    expect(summary(text)).toEqual([
      ["1.1", 1, "深化国资国企改革,完善现代企业制度。", ["市国资委"], ["市财政局", "市发改委"]],
      ["1.2", 1, "推进要素市场化配置改革。", ["市发改委"], ["市自然资源局"]],
      ["1.3", 1, "推进财税体制改革。", ["市财政局"], []],
    ]);
    expect(parseBreakdown(text).issues.map((i) => i.code)).toEqual(["layout-region"]);
    expect(findings(text)).toEqual([{ reader: "prose", count: 2, from: 3, to: 6, replaced: 2, part: 1 }]);
  });

  it("are not taken when only one is: a single role sentence is no evidence", () => {
    const one = text.split("\n").slice(0, 3).concat(text.split("\n").slice(5)).join("\n");
    expect(findings(one)).toEqual([]);
  });
});

describe("records after numbered tasks, one field a line, that the main stages run together", () => {
  const OWN = [
    ["2.1", 1, "新建城区停车场3处", ["县住建局"], ["县城管局"]],
    ["2.2", 1, "改造老旧小区12个", ["县住建局"], ["各乡镇人民政府"]],
  ];

  it("reads 'label: | value |' rows as the tasks of the heading above, which had swallowed the first record", () => {
    const text = [
      ...OUTLINE,
      "二、专项任务",
      "重点工作: | 新建城区停车场3处 |",
      "主办单位: | 县住建局 |",
      "协办单位: | 县城管局 |",
      "重点工作: | 改造老旧小区12个 |",
      "主办单位: | 县住建局 |",
      "协办单位: | 各乡镇人民政府 |",
    ].join("\n");
    expect(summary(text)).toEqual([...OUTLINE_TASKS, ...OWN]);
    expect(findings(text)).toEqual([{ reader: "records", count: 2, from: 8, to: 14, replaced: 2, part: 1 }]);
  });

  it("reads a label line followed by its value line (工作任务 / … / 牵头单位 / …), the deadline too", () => {
    const text = [
      ...OUTLINE,
      "二、专项任务",
      "工作任务",
      "新建城区停车场3处",
      "牵头单位",
      "县住建局",
      "配合单位",
      "县城管局",
      "完成时限",
      "10月底前",
      "工作任务",
      "改造老旧小区12个",
      "牵头单位",
      "县住建局",
      "配合单位",
      "各乡镇人民政府",
    ].join("\n");
    expect(summary(text)).toEqual([...OUTLINE_TASKS, ...OWN]);
    expect(parseBreakdown(text).tasks.map((t) => t.deadline)).toEqual([null, null, "10月底前", null]);
    // The main stages read these records (outlineRecords.ts): the chooser has nothing to replace.
    expect(findings(text)).toEqual([]);
  });
});

describe("numbered items whose units follow in shapes the main stages do not read", () => {
  const TITLE = "某县2024年重点工作任务分解";
  const WANT = [
    ["1", 1, "新建城区停车场3处", ["县住建局"], ["县城管局"]],
    ["2", 1, "改造老旧小区12个", ["县住建局"], ["各乡镇人民政府"]],
    ["3", 1, "新增幼儿园学位600个", ["县教育局"], []],
  ];
  const plain = (text: string) =>
    summary(text).map(([id, part, t, leads, co]) => [id, part, String(t).replace(/。$/, ""), leads, co]);

  it("reads a line of bare unit names after each item (spaces between them), the first leading", () => {
    const text = [
      TITLE,
      "1.新建城区停车场3处。",
      "县住建局 县城管局",
      "2.改造老旧小区12个。",
      "县住建局、各乡镇人民政府",
      "3.新增幼儿园学位600个。",
      "县教育局",
    ].join("\n");
    expect(plain(text)).toEqual(WANT);
    expect(parseBreakdown(text).issues.map((i) => i.params)).toEqual([{ reader: "prose", count: 3 }]);
  });

  it("reads units after a dash that closes each item", () => {
    const text = [
      TITLE,
      "1. 新建城区停车场3处——县住建局、县城管局",
      "2. 改造老旧小区12个——县住建局、各乡镇人民政府",
      "3. 新增幼儿园学位600个——县教育局",
    ].join("\n");
    expect(plain(text)).toEqual(WANT);
  });

  it("reads 责任单位为A,B配合 in place of the main reading, whose 'units' kept the label's words", () => {
    const text = [
      TITLE,
      "1.新建城区停车场3处。责任单位为县住建局,县城管局配合。",
      "2.改造老旧小区12个。责任单位为县住建局,各乡镇人民政府配合。",
      "3.新增幼儿园学位600个。责任单位为县教育局。",
    ].join("\n");
    expect(plain(text)).toEqual(WANT);
    // The main stages read 责任单位为A now (prose.ts): nothing to replace.
    expect(findings(text)).toEqual([]);
  });

  it("reads no line of words as units: a sentence after an item is no unit line", () => {
    const text = [
      TITLE,
      "1.新建城区停车场3处。",
      "各单位高度重视",
      "2.改造老旧小区12个。",
      "确保按期完成",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("what is already read well is kept", () => {
  it("keeps the main reading of a table the generic reader reads too", () => {
    const text = [
      "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限",
      "1 | 新建城区停车场3处 | 县住建局 | 县城管局 | 10月底前",
      "2 | 改造老旧小区12个 | 县住建局 | 各乡镇人民政府 | 12月底前",
    ].join("\n");
    expect(findings(text)).toEqual([]);
    expect(summary(text).map((t) => t[0])).toEqual(["1", "2"]);
  });

  it("adds nothing for a table of figures without units after the tasks", () => {
    const text = [
      ...OUTLINE,
      "附件2",
      "序号 指标名称 2023年 2024年",
      "1 地区生产总值 6% 5%",
      "2 城镇新增就业 5000 5200",
    ].join("\n");
    expect(summary(text)).toEqual(OUTLINE_TASKS);
    expect(findings(text)).toEqual([]);
  });
});

describe("the plausibility of a reading", () => {
  const task = (leads: string[], coUnits: string[] = []) => ({ text: "新建停车场", leads, coUnits });

  it("counts a task sound only when it names units and every one looks like a unit", () => {
    expect(isSoundTask(task(["县住建局"], ["各乡镇人民政府"]))).toBe(true);
    expect(isSoundTask(task([]))).toBe(false);
    expect(isSoundTask(task(["县住建局"], ["新增公办幼儿园学位600个"]))).toBe(false);
    expect(isSoundTask(task(["|县住建局"]))).toBe(false);
    expect(isSoundTask(task(["责任单位为县住建局"]))).toBe(false);
  });

  it("counts unit lines left without a task against a reading", () => {
    expect(account([task(["县住建局"]), task([])], 2)).toEqual({ tasks: 2, sound: 1, unsound: 3 });
    expect(isPoor(account([task(["县住建局"]), task([])]))).toBe(false);
    expect(isPoor(account([task(["县住建局"]), task([])], 1))).toBe(true);
  });

  it("prefers another reading only when it accounts for clearly more: the current one poor or all run into one task", () => {
    const three = account([task(["县住建局"]), task(["县教育局"]), task(["县财政局"])]);
    expect(accountsForMore(three, account([task([]), task([]), task(["县住建局"])]))).toBe(true);
    expect(accountsForMore(three, account([task(["县住建局", "县教育局", "县财政局"])]))).toBe(true);
    expect(accountsForMore(three, account([task(["县住建局"]), task(["县教育局"])]))).toBe(false);
    expect(accountsForMore(account([task(["县住建局"])]), account([]))).toBe(false);
  });
});
