import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

// A 考核目标 list: each unit's name on a line of its own, its targets numbered from 1 under it (docs/layouts.md,
// "A unit's name over its targets").
describe("a unit's name on a line of its own over targets numbered from 1", () => {
  it("leads every target under it, each unit's targets with ids of their own", () => {
    const text = [
      "各县区政府、市直各部门2015年工作考核目标",
      "",
      "  市教育局",
      "",
      "  1.新建公办幼儿园5所。(分值:10分)",
      "",
      "  2.义务教育巩固率达到98%。(分值:5分)",
      "",
      "  市卫生健康委",
      "",
      "  1.建成社区卫生服务中心3个。(分值:10分)",
      "  2.家庭医生签约率达到60%。(分值:5分)",
      "  3.完成基层医疗机构改造20个。(分值:5分)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建公办幼儿", ["市教育局"], []],
      ["1.2", "义务教育巩固", ["市教育局"], []],
      ["2.1", "建成社区卫生", ["市卫生健康委"], []],
      ["2.2", "家庭医生签约", ["市卫生健康委"], []],
      ["2.3", "完成基层医疗", ["市卫生健康委"], []],
    ]);
  });

  it("gives way to a target's own units, and reads a town's government the same way", () => {
    const text = [
      "2020年乡镇目标责任分解",
      "城关镇人民政府",
      "1.完成农村改厕500户",
      "2.新建村级文化广场2个(县文旅局配合)",
      "河口乡人民政府",
      "1.完成植树造林3000亩(县林业局负责)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "完成农村改厕", ["城关镇人民政府"], []],
      ["1.2", "新建村级文化", ["城关镇人民政府"], ["县文旅局"]],
      ["2.1", "完成植树造林", ["县林业局"], []],
    ]);
  });

  it("is not a heading when it is the only such name (an issuer under the title), or a section's unit line", () => {
    const issuer = [
      "某县2023年重点工作任务分解表",
      "某县人民政府办公室",
      "1.推进城东改造(县住建局负责)",
      "2.新建县二中(县教育局负责)",
      "3.推进全域旅游发展",
    ].join("\n");
    expect(read(issuer).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["县住建局"]],
      ["2", ["县教育局"]],
      ["3", []],
    ]);
    // Under (一)/(二) the name is the section's unit line, as the outline reads it without this rule.
    const sections = [
      "某县重点工作分解",
      "(一)城市建设",
      "县住建局",
      "1.推进城东改造",
      "(二)教育",
      "县教育局",
      "1.新建县二中",
    ];
    expect(read(sections.join("\n")).map((t) => [t[0], t[1], t[2]])).toEqual([
      ["1", "城市建设", ["县住建局"]],
      ["2", "教育", ["县教育局"]],
    ]);
  });

  it("is a task's unit line, not a heading, before the task's sub-points or where the numbering goes on", () => {
    const points = [
      "某县重点工作分解",
      "1.推进城东改造",
      "县住建局",
      "(1)完成拆迁100户",
      "(2)新建道路2公里",
      "2.新建县二中",
      "县教育局",
    ];
    expect(read(points.join("\n")).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["县住建局"]],
      ["2", ["县教育局"]],
    ]);
  });

  it("is a task's unit line, not a heading, where the numbering goes on after it", () => {
    const text = ["某县重点工作分解", "1.推进城东改造", "县住建局", "2.新建县二中", "县教育局"].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进城东改造", ["县住建局"], []],
      ["2", "新建县二中", ["县教育局"], []],
    ]);
  });
});

// One office's section of a report by department (a newspaper page of the half-year report): the office's name
// alone, an opening paragraph whose subject is that office (…,某局承担重点工作N项…), a short sub-heading, then its
// items — each a title sentence and the progress made. The office leads every item.
describe("one office's section of a report: its name, its opening sentence, its items", () => {
  const page = (opening: string) =>
    [
      "当前版:03版",
      "县交通运输局",
      opening,
      "工作进度",
      "(一)加快农村公路提档升级。完成县乡道改造45公里,新建桥梁2座。",
      "(二)推进客运站改造。县客运中心主体完工,正在进行内部装修。",
      "(三)提升公交服务水平。新开通城乡公交线路3条,新增公交车20辆。",
    ].join("\n");

  it("gives the office as the lead of each item", () => {
    const text = page("上半年,县交通运输局承担县政府重点工作8项,已完成1项,按序时进度推进7项。");
    expect(parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 6), t.leads])).toEqual([
      ["加快农村公路", ["县交通运输局"]],
      ["推进客运站改", ["县交通运输局"]],
      ["提升公交服务", ["县交通运输局"]],
    ]);
  });

  it("gives nothing when the paragraph after the name is not that office's", () => {
    const text = page("上半年,全县交通运输系统干部职工攻坚克难,各项工作稳步推进。");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});
