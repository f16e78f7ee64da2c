import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up breakdowns whose items a copy ran together: a unit bracket with the next heading or item on its line,
// items and paragraphs on one line, numbers running on under new headings, a short last item.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits]);
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

describe("a unit bracket with the next heading or item on the same line", () => {
  it.each([
    ["（县教育局）", "二、卫生"],
    ["〔县教育局〕", "二、卫生"],
    ["【牵头单位：县教育局】", "(二)卫生"],
    ["(县教育局牵头)", "（二）卫生"],
  ])("closes the task with %s and starts %s", (bracket, heading) => {
    const text = [
      "甲县2024年重点工作任务分解",
      heading.startsWith("二") ? "一、教育" : "(一)教育",
      `1.改造农村薄弱学校10所。${bracket}${heading}`,
      "2.建设乡镇卫生院3家。（县卫健委牵头，县财政局配合）",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", "改造农村薄弱学校10所。", ["县教育局"], []],
      ["2.2", "建设乡镇卫生院3家。", ["县卫健委"], ["县财政局"]],
    ]);
  });

  it("closes a task before the next numbered item on the same line, with or without a full stop", () => {
    const text = [
      "甲市2024年重点工作任务分解",
      "1.推进学校建设〔市教育局〕2.建设公园（市住建局牵头，市财政局配合）。3、完善路网【市交通局】",
      "4.新建医院。(市卫健委)5.扩建养老院(市民政局)",
    ].join("\n");
    expect(roles(text)).toEqual([
      [["市教育局"], []],
      [["市住建局"], ["市财政局"]],
      [["市交通局"], []],
      [["市卫健委"], []],
      [["市民政局"], []],
    ]);
  });

  it("leaves a bracket that is not units and a number inside the words alone", () => {
    const text = [
      "甲市2024年重点工作任务分解",
      "1.建设公园（含绿道）2.5公里，新增绿地。（市住建局）",
      "2.新建学校（小学）3所。（市教育局）",
    ].join("\n");
    expect(read(text)).toEqual([
      ["建设公园（含绿道）2.5公里，新增绿地。", ["市住建局"], []],
      ["新建学校（小学）3所。", ["市教育局"], []],
    ]);
  });
});

describe("numbers that run on under a new heading", () => {
  it("does not report a gap when items go on from the last number under a (一) heading", () => {
    const text = [
      "甲县2024年重点工作任务分解",
      "一、教育",
      "1.新建城东幼儿园一所。（县教育局）",
      "2.改造农村薄弱学校10所。（县教育局）",
      "二、卫生",
      "（一）加强医保",
      "3.扩大医保覆盖。(县医保局)",
      "（二）建设医院",
      "4.建设乡镇卫生院3家。（县卫健委）",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "2.1.3", "2.2.4"]);
    expect(parsed.issues.filter((i) => i.code === "number-skipped")).toEqual([]);
  });

  it("still reports a real gap", () => {
    const text = [
      "甲县2024年重点工作任务分解",
      "一、教育",
      "1.新建城东幼儿园一所。（县教育局）",
      "3.改造农村薄弱学校10所。（县教育局）",
    ].join("\n");
    expect(parseBreakdown(text).issues.filter((i) => i.code === "number-skipped")).toHaveLength(1);
  });
});

describe("a short numbered last line", () => {
  it.each(["2.扩建城东养老院(市民政局)", "2、新建公厕〔区城管局〕", "（2）建设公园【县住建局】"])(
    "is the last task, not the signature: %s",
    (last) => {
      const text = [
        "甲市2024年重点工作任务分解",
        last.startsWith("（") ? "（1）新建医院。(市卫健委)" : "1.新建医院。(市卫健委)",
        last,
      ].join("\n");
      expect(parseBreakdown(text).tasks).toHaveLength(2);
    },
  );
});

describe("a tortoise-shell bracket of unit names after a task's sentence", () => {
  it.each([
    ["numbered", (k: number, s: string) => `${k}.${s}`],
    ["unnumbered", (_k: number, s: string) => s],
  ])("reads the %s task, never drops it as the notice's prose", (_name, item) => {
    const text = [
      "甲市2024年民生实事项目",
      item(1, "推进园区建设工作。(县教育局)"),
      item(2, "对行政规范性文件进行全面清理。〔办公室〕"),
      item(3, "新建城东幼儿园一所。〔县教育局、县财政局〕"),
    ].join("\n");
    expect(roles(text)).toEqual([
      [["县教育局"], []],
      [["办公室"], []],
      [["县教育局"], ["县财政局"]],
    ]);
  });
});

describe("items run together on one line", () => {
  it.each([
    ["1.", "2.", "3."],
    ["1、", "2、", "3、"],
    ["（1）", "（2）", "（3）"],
  ])("cuts numbered items %s %s %s after each one's units sentence", (a, b, c) => {
    const text = [
      "甲县2024年民生实事项目",
      `${a}新建城东幼儿园一所。责任单位：县教育局。${b}改造农村薄弱学校10所。责任单位：县住建局、县财政局。${c}建设乡镇卫生院3家。牵头单位：县卫健委；配合单位：县医保局。`,
    ].join("\n");
    expect(roles(text)).toEqual([
      [["县教育局"], []],
      [["县住建局"], ["县财政局"]],
      [["县卫健委"], ["县医保局"]],
    ]);
  });

  it("never cuts at a number that does not go on from the line's own", () => {
    const text = [
      "甲县2024年民生实事项目",
      "1.新建幼儿园。3.5万平方米，2.3亿元投资。责任单位：县教育局。",
    ].join("\n");
    expect(read(text)).toEqual([["新建幼儿园。3.5万平方米，2.3亿元投资。", ["县教育局"], []]]);
  });

  it.each([
    ["（", "）"],
    ["【", "】"],
    ["〔", "〕"],
  ])(
    "cuts unnumbered paragraphs each closed by a %s bracket of unit names, under a heading or none",
    (o, c) => {
      const run = `新建城东幼儿园一所，新增学位360个。${o}县教育局${c}改造农村薄弱学校10所。${o}县住建局、县财政局${c}`;
      const want = [
        [["县教育局"], []],
        [["县住建局"], ["县财政局"]],
      ];
      expect(roles(["甲县2024年民生实事项目", run].join("\n"))).toEqual(want);
      expect(roles(["甲县2024年民生实事项目", "一、教育", run].join("\n"))).toEqual(want);
    },
  );

  it("keeps a bracket that is no list of units inside its paragraph", () => {
    const text = ["甲县2024年民生实事项目", "新建公园一所。（含绿道）全长3公里。（县住建局）"].join("\n");
    expect(read(text)).toEqual([["新建公园一所。（含绿道）全长3公里。", ["县住建局"], []]]);
  });
});

describe("a heading and its first item on one line", () => {
  it.each(["一、", "一.", "一．", "（一）"])(
    "cuts a heading numbered %s before the item after the spaces",
    (mark) => {
      const second = mark.replace("一", "二");
      const text = [
        "甲县2024年法治政府建设工作计划",
        `${mark}强化学习宣传 1.推动学习宣传走深走实。〔牵头单位:县司法局;责任单位:各镇人民政府〕`,
        `${second}压实第一责任人职责 2.落实年度报告制度。〔牵头单位:县政府办公室〕`,
      ].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
        ["1.1", "推动学习宣传走深走实。", ["县司法局"], ["各镇人民政府"]],
        ["2.2", "落实年度报告制度。", ["县政府办公室"], []],
      ]);
    },
  );
});

describe("a closing sentence of roles with no bracket, the next heading or item after it on the same line", () => {
  it.each([
    ["各科室负责。", "二、公开平台", [["各科室"], []]],
    ["县财政局牵头,县发改局配合。", "(二)公开平台", [["县财政局"], ["县发改局"]]],
    ["由县政务服务中心负责落实;", "二、公开平台", [["县政务服务中心"], []]],
    ["县卫健委、各乡镇按职责分工负责。", "二、公开平台", [["县卫健委"], ["各乡镇"]]],
  ])("closes the task with %s and starts %s", (roleSentence, heading, want) => {
    const top = heading.startsWith("(") ? "(一)政务公开" : "一、政务公开";
    const text = [
      "乙县2024年政务公开工作要点分工",
      top,
      `1.严格规范政府信息公开专栏,做到及时、集中发布。${roleSentence}${heading}`,
      "2.做好政府信息公开年度报告编制发布。县政府办负责。",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual([want, [["县政府办"], []]]);
    expect(tasks[0]?.text).not.toContain("公开平台");
    expect(tasks[1]?.id.startsWith("2")).toBe(true);
  });
});
