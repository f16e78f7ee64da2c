import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

// Units named once for a group of tasks, in a closing line after them or in the heading over them (docs/layouts.md,
// "Cut ends, lone paragraphs and group roles").
describe("a closing line that names the roles of the tasks above it", () => {
  it("gives them the roles whatever the numbering, the bracket and the wording (由…牵头, …负责, 牵头单位:)", () => {
    const text = [
      "某县重点工作任务分解",
      "一、产业发展",
      "1.新建标准厂房10万平方米;",
      "2.引进亿元以上项目5个;",
      "(以上由县发改局牵头,县财政局、县自然资源局配合)",
      "二、社会事业",
      "1.新建幼儿园2所;",
      "2.改造农村学校5所;",
      "以上工作由县教育局负责。",
      "三、生态环境",
      "(一)完成造林1万亩;",
      "(二)治理水土流失20平方公里;",
      "上述2项任务牵头单位:县林业局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建标准厂房", ["县发改局"], ["县财政局", "县自然资源局"]],
      ["1.2", "引进亿元以上", ["县发改局"], ["县财政局", "县自然资源局"]],
      ["2.1", "新建幼儿园2", ["县教育局"], []],
      ["2.2", "改造农村学校", ["县教育局"], []],
      ["3.1", "完成造林1万", ["县林业局"], []],
      ["3.2", "治理水土流失", ["县林业局"], []],
    ]);
  });

  it("holds for unnumbered targets, a target wrapped onto two lines, 【】 and 为-labels, and a count", () => {
    const text = [
      "关于分解2024年重点任务的通知",
      "一、社会事业",
      "新建幼儿园2所;",
      "改造农村学校5所;",
      "以上工作均由县教育局负责,县财政局配合。",
      "二、产业发展",
      "1.新建标准厂房10万平方米,重点引进电子信息、新材料等产业项目,力争年内",
      "全部投入使用;",
      "2.引进亿元以上项目5个。",
      "【以上2项由县发改局牵头】",
      "三、生态环境",
      "1)完成造林1万亩",
      "2)治理水土流失20平方公里",
      "3)新建湿地公园1处",
      "前述2项任务牵头单位为县水利局,配合单位为县林业局。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建幼儿园2", ["县教育局"], ["县财政局"]],
      ["1.2", "改造农村学校", ["县教育局"], ["县财政局"]],
      ["2.1", "新建标准厂房", ["县发改局"], []],
      ["2.2", "引进亿元以上", ["县发改局"], []],
      // The count covers the last two targets only: the first keeps none, as written.
      ["3.1", "完成造林1万", [], []],
      ["3.2", "治理水土流失", ["县水利局"], ["县林业局"]],
      ["3.3", "新建湿地公园", ["县水利局"], ["县林业局"]],
    ]);
    // Never the sentence's words as a unit (以上2项由县发改局).
    expect(parseBreakdown(text).issues.filter((i) => i.code === "unit-unusual")).toEqual([]);
  });

  it("gives nothing to a group where the sentence names the units of its points one by one", () => {
    const text = [
      "某县重点工作任务分解",
      "一、城市建设",
      "1.建设城东污水厂;",
      "2.改造老旧小区10个;",
      "以上第1项由县住建局负责,第2项由县城管局负责。",
    ].join("\n");
    const tasks = read(text);
    expect(tasks.map(([, , leads]) => leads).slice(0, 1)).toEqual([[]]);
    expect(tasks.some(([, , leads]) => leads.length > 1)).toBe(false);
  });
});

describe("a heading that names the lead of the tasks under it with a label in a bracket", () => {
  it("reads 县发改局(牵头单位) at any level as the lead, never the label as a unit", () => {
    const text = [
      "某县重点工作任务分解",
      "一、县发改局(牵头单位)",
      "1.新建标准厂房10万平方米;",
      "2.引进亿元以上项目5个。",
      "二、社会事业",
      "(一)县教育局(牵头)",
      "1.新建幼儿园2所;",
      "2.改造农村学校5所。",
      "(二)县卫健委(主责单位)",
      "1.建成区域医疗中心。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建标准厂房", ["县发改局"], []],
      ["1.2", "引进亿元以上", ["县发改局"], []],
      ["2.1.1", "新建幼儿园2", ["县教育局"], []],
      ["2.1.2", "改造农村学校", ["县教育局"], []],
      ["2.2.1", "建成区域医疗", ["县卫健委"], []],
    ]);
  });

  it("keeps the points under a numbered heading that names their lead (1.县发改局牵头 / (1)… (2)…) as its tasks", () => {
    const text = [
      "某县重点工作任务分解",
      "一、产业发展",
      "1.县发改局牵头",
      "(1)新建标准厂房10万平方米;",
      "(2)引进亿元以上项目5个。",
      "2.县工信局牵头的工作",
      "(1)培育规上企业10家;",
      "(2)推进技术改造项目20个。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1.1", "新建标准厂房", ["县发改局"], []],
      ["1.1.2", "引进亿元以上", ["县发改局"], []],
      ["1.2.1", "培育规上企业", ["县工信局"], []],
      ["1.2.2", "推进技术改造", ["县工信局"], []],
    ]);
  });

  it("never reads words run into the name before the label as a unit (社会事业县教育局(牵头单位))", () => {
    const text = [
      "某县重点工作任务分解",
      "二、社会事业",
      "县教育局(牵头单位)",
      "1.新建幼儿园2所;",
      "2.改造农村学校5所。",
    ];
    const units = parseBreakdown(text.join("\n")).tasks.flatMap((t) => [...t.leads, ...t.coUnits]);
    expect(units.filter((u) => u !== "县教育局")).toEqual([]);
  });

  it("reads an office's name with the label on a line of its own over targets from 1 (unit headings) as their lead", () => {
    const text = [
      "某县2024年重点任务清单",
      "县发改局(牵头单位)",
      "1.新建标准厂房10万平方米;",
      "2.引进亿元以上项目5个。",
      "县教育局【牵头】",
      "1.新建幼儿园2所;",
      "2.改造农村学校5所。",
      "县住建局 牵头",
      "1.改造老旧小区10个。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建标准厂房", ["县发改局"], []],
      ["1.2", "引进亿元以上", ["县发改局"], []],
      ["2.1", "新建幼儿园2", ["县教育局"], []],
      ["2.2", "改造农村学校", ["县教育局"], []],
      ["3.1", "改造老旧小区", ["县住建局"], []],
    ]);
  });

  it("never reads a bare lead label after a task's words as a unit", () => {
    const tasks = parseBreakdown(
      "某县重点工作任务分解\n一、城市建设\n1.新建城东学校(牵头单位)\n2.改造老旧小区。(县住建局牵头)",
    ).tasks;
    expect(tasks.flatMap((t) => [...t.leads, ...t.coUnits])).not.toContain("牵头单位");
  });
});
