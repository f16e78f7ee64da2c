import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

const codes = (text: string, code: string): unknown[] =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === code)
    .map((i) => i.params.id);

// A heading over unnumbered paragraphs that each end in their own units, where one heading holds only one such
// paragraph (docs/layouts.md, "Cut ends and lone paragraphs").
describe("a lone paragraph under a heading whose siblings hold several", () => {
  it("is a task under its heading, as its siblings' paragraphs are, not run into the heading's words", () => {
    const text = [
      "某县重点工作分工",
      "一、交通建设",
      "新建城北公路10公里。(县交通局牵头)",
      "改造危桥3座。(县交通局、县财政局负责)",
      "二、水利建设",
      "完成小型水库除险加固5座。(县水利局牵头,县应急局配合)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建城北公路", ["县交通局"], []],
      ["1.2", "改造危桥3座", ["县交通局"], ["县财政局"]],
      ["2.1", "完成小型水库", ["县水利局"], ["县应急局"]],
    ]);
  });

  it("holds for a sub-heading written with a stop, the lone one first, and labels in the brackets", () => {
    const text = [
      "关于分解落实2024年民生工作任务的通知",
      "一、社会事业",
      "(一)办好人民满意教育。",
      "新建公办幼儿园4所。[牵头单位:区教育局;配合单位:区住建局]",
      "(二)提升医疗服务水平。",
      "建成区域医疗中心。[牵头单位:区卫健委]",
      "推进家庭医生签约。[牵头单位:区卫健委;配合单位:区医保局]",
      "(三)促进就业创业。",
      "新增城镇就业6000人。[牵头单位:区人社局]",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1.1", "新建公办幼儿", ["区教育局"], ["区住建局"]],
      ["1.2.1", "建成区域医疗", ["区卫健委"], []],
      ["1.2.2", "推进家庭医生", ["区卫健委"], ["区医保局"]],
      ["1.3.1", "新增城镇就业", ["区人社局"], []],
    ]);
  });

  it("is still the heading's own text where every heading holds one paragraph", () => {
    const text = [
      "某县重点工作分工",
      "一、推进重大项目建设",
      "全年开工亿元以上项目20个。(县发改局牵头)",
      "二、优化营商环境",
      "压减审批时限一半以上。(县政务服务局牵头)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进重大项目", ["县发改局"], []],
      ["2", "优化营商环境", ["县政务服务局"], []],
    ]);
  });
});

// The page (or the excerpt) ends inside the last paragraph, before its units.
describe("a cut last paragraph under a heading", () => {
  const head = [
    "某市“十四五”规划任务分工",
    "一、重点工程",
    "(一)交通工程。",
    "建成城际铁路一期。(市发改委牵头)",
    "新建高速公路80公里。(市交通局牵头,市自然资源局配合)",
  ];

  it("is kept as a task of its own with a task-cut finding, and the heading and the tasks before read as without it", () => {
    const whole = [...head, "(二)能源工程。", "争取早日开工建设城东电厂二期,加快推进风电项目建设进"].join(
      "\n",
    );
    const without = [...head, "(二)能源工程。"].join("\n");
    const tasks = read(whole);
    expect(tasks).toEqual([
      ["1.1.1", "建成城际铁路", ["市发改委"], []],
      ["1.1.2", "新建高速公路", ["市交通局"], ["市自然资源局"]],
      ["1.2.1", "争取早日开工", [], []],
    ]);
    expect(tasks.slice(0, 2)).toEqual(read(without).slice(0, 2));
    expect(codes(whole, "task-cut")).toEqual(["1.2.1"]);
  });

  it("holds under a heading with no stop after numbered sub-headings, with the task before under a deeper heading", () => {
    const text = [
      "某省落实规划纲要工作分工",
      "一、约束性指标",
      "1、指标的责任部门",
      "耕地保有量不低于国家下达指标。(省自然资源厅负责)",
      "森林覆盖率达到25%。(省林业局负责)",
      "2、指标考核制度",
      "将约束性指标纳入综合考核。(省考核办负责)",
      "二、重大工程",
      "对纲要提出的重大工程,省发展改革委要会同有关部门逐项",
    ].join("\n");
    expect(read(text).map(([id, words]) => [id, words])).toEqual([
      ["1.1.1", "耕地保有量不"],
      ["1.1.2", "森林覆盖率达"],
      ["1.2.1", "将约束性指标"],
      ["2.1", "对纲要提出的"],
    ]);
    expect(codes(text, "task-cut")).toEqual(["2.1"]);
  });

  it("holds with page marks between the sections and numbered tasks before the cut one", () => {
    const paged = [
      "某市“十四五”规划任务分工",
      "一、重点工程",
      "(一)交通工程",
      "建成城际铁路一期。(市发改委牵头)",
      "新建高速公路80公里。(市交通局牵头,市自然资源局配合)",
      "- 2 -",
      "(二)水利工程",
      "完成水库除险加固5座。(市水利局牵头)",
      "第 3 页 共 5 页",
      "(三)能源工程。",
      "争取早日开工建设城东电厂二期,加快推进风电项目建",
    ].join("\n");
    expect(read(paged)).toEqual([
      ["1.1.1", "建成城际铁路", ["市发改委"], []],
      ["1.1.2", "新建高速公路", ["市交通局"], ["市自然资源局"]],
      ["1.2.1", "完成水库除险", ["市水利局"], []],
      ["1.3.1", "争取早日开工", [], []],
    ]);
    const numbered = [
      "某县重点工作分工",
      "一、交通建设",
      "1.新建城北公路10公里。(县交通局牵头)",
      "2.改造危桥3座。(县交通局负责)",
      "二、水利建设",
      "完成小型水库除险加固5座,加快推进灌区续建配套与节水改造,力争年底前",
    ].join("\n");
    expect(read(numbered).at(-1)).toEqual(["2.1", "完成小型水库", [], []]);
    expect(codes(numbered, "task-cut")).toEqual(["2.1"]);
  });

  it("is no cut end when it closes its sentence: no task-cut finding", () => {
    const text = [...head, "(二)能源工程。", "加快推进风电项目建设。"].join("\n");
    expect(codes(text, "task-cut")).toEqual([]);
  });
});

// The page ends inside the closing bracket of the last item, whose sibling before was read as a title over its runs.
describe("a last item cut inside its closing bracket", () => {
  it("reads as its sibling does: its short title a heading over the cut run", () => {
    const text = [
      "关于深化改革的实施意见",
      "一、重点改革任务",
      "1.加快产业升级。推进传统产业技术改造(县发改局牵头)。培育规上工业企业10家(县工信局牵头)。",
      "2.优化营商环境。压减审批时限一半以上,推行一网通办(县政务服务局、",
    ].join("\n");
    expect(read(text).map(([id, words]) => [id, words])).toEqual([
      ["1.1.1", "推进传统产业"],
      ["1.1.2", "培育规上工业"],
      ["1.2.1", "压减审批时限"],
    ]);
  });

  it("holds where the runs stand on lines of their own, in another numbering and bracket", () => {
    const text = [
      "某县改革任务分工",
      "(一)深化财税改革。",
      "推进预算绩效管理。【县财政局牵头】",
      "清理规范财政专户。【县财政局负责】",
      "(二)深化投融资改革。规范政府投资项目管理,推广政府和社会资本合作模式【县发改局、县财",
    ].join("\n");
    expect(read(text).map(([id, words]) => [id, words])).toEqual([
      ["1.1", "推进预算绩效"],
      ["1.2", "清理规范财政"],
      ["2.1", "规范政府投资"],
    ]);
  });

  it("stays one task where the items before it are one task each", () => {
    const text = [
      "关于深化改革的实施意见",
      "1.加快产业升级。推进传统产业技术改造(县发改局牵头)。",
      "2.优化营商环境。压减审批时限一半以上,推行一网通办(县政务服务局、",
    ].join("\n");
    expect(read(text).map(([id, words]) => [id, words])).toEqual([
      ["1", "加快产业升级"],
      ["2", "优化营商环境"],
    ]);
  });
});

// A notice whose page breaks off inside the first target's unit (…(牵头单位:县教): the cut name was the only unit
// in the text, so no task is given to any unit whole — not a breakdown, as a text with no units at all.
describe("a text whose only unit is the name its page breaks off in", () => {
  const text = [
    "各乡镇人民政府,县政府各部门:",
    "现将《2024年全县教育提质工作分工方案》印发给你们,请认真贯彻执行。",
    "一、提高认识,加强领导。各乡镇、各部门要把教育提质摆上重要位置,主要负责同志亲自抓。",
    "二、细化措施,落实责任。各牵头单位要制定推进计划,各配合单位要主动对接,形成合力。",
    "三、强化督查。县教育局负责统筹调度,定期通报进展情况。",
    "1. 全县义务教育巩固率保持在99%以上,学前三年毛入园率达到92%。(牵头单位:县教",
  ].join("\n");

  it("reads no task, and says the name is cut", () => {
    const doc = parseBreakdown(text);
    expect(doc.tasks).toEqual([]);
    expect(codes(text, "unit-cut")).toEqual(["1"]);
    expect(doc.issues.find((i) => i.code === "no-tasks")?.params.reason).toBe("no-units");
  });

  it("still reads the target when one whole unit stands before the cut name", () => {
    const whole = text.replace("(牵头单位:县教", "(牵头单位:县教体局、县财");
    expect(read(whole)).toEqual([["1", "全县义务教育", ["县教体局"], []]]);
  });
});
