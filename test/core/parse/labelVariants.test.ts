import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { fold } from "../../../src/core/text/fold";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

describe("role labels and role words as other copies write them", () => {
  it("reads a colon look-alike after a label (the ratio sign ∶, a vertical colon) as a colon", () => {
    expect(fold("牵头部门∶市政府办")).toBe("牵头部门:市政府办");
    expect(fold("责任单位︓县财政局")).toBe("责任单位:县财政局");
    const text = [
      "某县2022年政务公开工作要点",
      "(一)公开财政预决算信息。按时公开部门预决算。(牵头部门∶县财政局;责任单位∶各乡镇人民政府、县政府各部门)",
      "(二)做好政策解读。同步解读重要政策。(牵头单位∶县政府办公室、县融媒体中心)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "公开财政预决", ["县财政局"], ["各乡镇人民政府", "县政府各部门"]],
      ["2", "做好政策解读", ["县政府办公室", "县融媒体中心"], []],
    ]);
  });

  it("reads units that 按职责牵头负责 / 按照职责牵头 as leads, the duty words never part of a name", () => {
    const text = [
      "某市重大工程责任分工",
      "(一)农业重点工程。",
      "实施高标准农田建设工程。(市农业农村局、发改委、财政局按职责牵头负责)",
      "推进农村公路提档升级。(市交通运输局按照职责牵头)",
      "(二)城建重点工程。",
      "实施老旧小区改造工程。(市住建局、自然资源局按照职责分工牵头负责)",
    ].join("\n");
    expect(read(text).map((t) => t[2])).toEqual([
      ["市农业农村局", "发改委", "财政局"],
      ["市交通运输局"],
      ["市住建局", "自然资源局"],
    ]);
  });
});

describe("a bracket saying who helps whom (A配合B落实)", () => {
  it("reads B as the lead and A as its co-unit, never 'A配合B' as one unit's name", () => {
    const text = [
      "某县重点工作分工",
      "1.建立考核制度,纳入年度考核。(县人社局配合县委有关部门落实)",
      "2.推进城东改造。(县财政局、县自然资源局协助县住建局组织实施)",
      "3.推进城西改造。(县住建局牵头)",
    ].join("\n");
    expect(read(text).map((t) => [t[2], t[3]])).toEqual([
      [["县委有关部门"], ["县人社局"]],
      [["县住建局"], ["县财政局", "县自然资源局"]],
      [["县住建局"], []],
    ]);
  });
});

// dropNoticeParagraphs (treeShape.ts) drops a notice's numbered paragraphs before the tasks; a task whose
// numbering runs on into the tasks is one of them, however much prose it holds.
describe("a numbered item with no units of its own before the first task with units", () => {
  it("is kept as a task when its numbering runs on unbroken to an item with units", () => {
    const text = [
      "某区工作目标",
      "1.完成造林1万亩;",
      "2.新建公园3个,提升公园管理水平;请各街道认真抓好。",
      "3.新建学校1所(区教育局负责)",
    ].join("\n");
    expect(read(text).map((t) => [t[0], t[2]])).toEqual([
      ["1", []],
      ["2", []],
      ["3", ["区教育局"]],
    ]);
  });

  it("is dropped as the plan's own section (指导思想, 工作目标) even where the numbering runs on to a task", () => {
    const text = [
      "某县安全生产工作方案",
      "一、指导思想。坚持人民至上、生命至上,统筹发展和安全。",
      "二、工作目标。全年不发生较大以上事故,事故总量下降。",
      "三、开展隐患排查整治。全面排查重点行业领域隐患。(县应急局牵头,县公安局配合)",
    ].join("\n");
    expect(read(text).map((t) => [t[1], t[2], t[3]])).toEqual([["开展隐患排查", ["县应急局"], ["县公安局"]]]);
  });

  it("is dropped as the notice's paragraph when the numbering restarts before the tasks", () => {
    const text = [
      "关于印发某区2023年重点工作任务分解的通知",
      "一、高度重视。各单位要把重点工作摆上重要位置,主要负责同志亲自抓。",
      "二、强化督查。区政府督查室定期督查,结果纳入年度考核。",
      "一、经济发展",
      "1.推进城东工业园建设(区发改局牵头,区财政局配合)",
      "2.新建农贸市场2个(区商务局负责)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "推进城东工业", ["区发改局"], ["区财政局"]],
      ["1.2", "新建农贸市场", ["区商务局"], []],
    ]);
  });
});

describe("item numbers glued to their words (a copy that lost the 、)", () => {
  it("reads 1大力发展… 2加快… as items 1 and 2 where the numbering goes on, never a measure (3个, 2020年)", () => {
    const text = [
      "某省2007年重点任务分解",
      "一、加快结构调整",
      "1大力发展高新技术产业,产值增长20%。(省科技厅、发展改革委)",
      "2加快发展现代服务业,增加值增长12%。(省发展改革委)",
      "二、改善民生",
      "1新建保障性住房3万套。(省住房城乡建设厅)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "大力发展高新", ["省科技厅"], ["发展改革委"]],
      ["1.2", "加快发展现代", ["省发展改革委"], []],
      ["2.1", "新建保障性住", ["省住房城乡建设厅"], []],
    ]);
    // A wrapped line whose number counts a measure (2季度), or that follows words that have not ended (…力争):
    // more of the item's words, not a new item.
    const wrapped = [
      "某县重点任务",
      "一、项目建设",
      "1.推进城东工业园建设,力争",
      "2季度开工建设并完成主体工程。(县住建局)",
    ];
    expect(read(wrapped.join("\n"))).toEqual([["1.1", "推进城东工业", ["县住建局"], []]]);
    const unended = [
      "某县重点任务",
      "一、项目建设",
      "1.推进城东工业园建设,新建标准化厂房",
      "2栋综合楼及配套设施(县住建局)",
    ];
    expect(read(unended.join("\n"))).toEqual([["1.1", "推进城东工业", ["县住建局"], []]]);
    // 2个 after item 1 counts things: more of item 1's words, not item 2.
    const measure = [
      "某县重点任务",
      "一、项目建设",
      "1推进城东工业园建设,",
      "2个重点项目年内开工。(县发改局)",
    ].join("\n");
    expect(parseBreakdown(measure).tasks.map((t) => [t.id, t.text])).toEqual([
      ["1.1", "推进城东工业园建设,2个重点项目年内开工。"],
    ]);
  });
});
