import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Copies of one document made the ways real copies are made read as the document (the transforms property,
// test/core/parse/transforms.property.test.ts, found each of these on the real corpus): made-up documents here.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits, t.text]);

describe("a title spaced out a character at a time above a record's opening paragraph", () => {
  const body = [
    "10000亩高产农田建设,推广绿肥种植和秸秆还田等技术。",
    "责任单位:县农业局、各乡镇人民政府。",
    "(七)抓好农业技能培训",
    "围绕秋冬农业开发,开展培训。",
    "责任单位:县农业局、各乡镇人民政府。",
  ];
  it.each(["县小春生产意见", "县 小 春 生 产 意 见"])("is no line of the paragraph: %s", (title) => {
    expect(read([title, ...body].join("\n"))[0]).toEqual([
      "6.1",
      ["县农业局"],
      ["各乡镇人民政府"],
      "10000亩高产农田建设,推广绿肥种植和秸秆还田等技术。",
    ]);
  });
});

describe("a record's numbered fields with a blank line between every two lines", () => {
  const record = [
    "四、建设通村水泥路1500公里",
    "(一)责任领导:梁某某",
    "(二)责任单位:市交通局",
    "(三)协办单位:各县市区人民政府",
    "(四)项目内容及任务分解:",
    "1、新建通村水泥路1500公里。",
    "2、将7500公里通村水泥路纳入养护范围。",
    "3、建立农村公路养护机制。",
    "(五)资金筹措:由各县市区自筹。",
    "(六)完成时限:2008年内",
  ];
  it.each([
    ["as written", "\n"],
    ["doubled", "\n\n"],
  ])("keeps the field's points in the record, line breaks %s", (_, br) => {
    expect(read(record.join(br)).map((t) => t.slice(0, 3))).toEqual([
      ["4", ["市交通局"], ["各县市区人民政府"]],
    ]);
  });
});

describe("a unit label's list written with commas for 、 before the clause that leads", () => {
  it.each([
    ["责任单位:市人力社保局，市农业农村局分别牵头", ["市人力社保局", "市农业农村局"], []],
    ["责任单位:市人力社保局,市农业农村局牵头,市财政局配合", ["市人力社保局", "市农业农村局"], ["市财政局"]],
    ["责任单位:市人力社保局；市农业农村局分别牵头", ["市人力社保局", "市农业农村局"], []],
    ["责任单位:市人力社保局,市财政局,市农业农村局牵头", ["市人力社保局", "市财政局", "市农业农村局"], []],
    ["责任单位:市人力社保局、市农业农村局分别牵头", ["市人力社保局", "市农业农村局"], []],
    // One name before a lead list written with 、: set apart as written (a co-unit by the list's order).
    ["责任单位:各县(区)政府,市应急管理局、市委组织部牵头", ["市应急管理局", "市委组织部"], ["各县(区)政府"]],
    // A name and a co-units' clause: the name is the list's first, leading as written.
    ["责任单位:市人力社保局，市农业农村局配合", ["市人力社保局"], ["市农业农村局"]],
    // A name set off by its comma where its words also stand earlier, before a 、 (县林业局、): told by its own place.
    ["责任单位:县林业局、县水利局;林业局,县财政局分别牵头", ["林业局", "县财政局"], ["县林业局", "县水利局"]],
  ])("reads %s", (line, leads, co) => {
    const [task] = parseBreakdown(`一、重点工作\n1.推进城东改造。\n${line}`).tasks;
    expect([task?.leads, task?.coUnits]).toEqual([leads, co]);
  });
});

// Found by the prose phrasings (proseVariants) once Set J was drawn in: a bank's branch is an office.
describe("a role verb the parser does not know after a bank's branch", () => {
  it("reads the branch as the lead", () => {
    const [task] = parseBreakdown("一、金融工作\n1.贯彻执行征信业管理条例。(人行某某分行卖力)").tasks;
    expect([task?.leads, task?.coUnits]).toEqual([["人行某某分行"], []]);
  });
});
