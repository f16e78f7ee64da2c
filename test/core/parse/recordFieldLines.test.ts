import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Records one field a line after each task, in the shapes Set L showed (a task then 责任人: / 协调人: /
// 责任单位: lines; fields sub-numbered (一)责任领导 … (六)完成时限; 责任单位 then 主要责任人): made-up documents
// that differ from the real copies in numbering, names, label wording, order and punctuation
// (docs/layouts.md, "Record fields of Set L").
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const doc = (...lines: string[]) => lines.join("\n");

describe("a task followed by person lines and a units line", () => {
  it("reads the units line as the task's, the 责任人 and 协调人 lines as persons, never a task", () => {
    const text = doc(
      "某县2023年重点工作责任分解",
      "一、推进乡村振兴",
      "(一)完成高标准农田建设3万亩,配套灌溉设施。",
      "协调人:赵某某县长助理",
      "责任人:钱某副县长",
      "责任单位:县农业农村局、县水利局和各乡镇",
      "(二)新建村级便民服务站20个",
      "责任单位:县民政局",
      "联络人:孙某某",
    );
    expect(read(text)).toEqual([
      ["1.1", "完成高标准农田建设3万亩,配套灌溉设施。", ["县农业农村局"], ["县水利局", "各乡镇"]],
      ["1.2", "新建村级便民服务站20个", ["县民政局"], []],
    ]);
  });

  it("reads a page that opens with the last person and units lines of a task on the page before as no task", () => {
    const text = doc(
      "协调人:周某副秘书长",
      "责任单位:区财政局。",
      "三、优化营商环境",
      "1. 压缩企业开办时间至1个工作日。",
      "责任人:吴某副区长",
      "协调人:郑某副秘书长",
      "责任单位:区市场监管局、区政务服务中心。",
    );
    expect(read(text)).toEqual([
      ["3.1", "压缩企业开办时间至1个工作日。", ["区市场监管局"], ["区政务服务中心"]],
    ]);
  });
});

describe("records whose fields are sub-numbered under the task's heading", () => {
  it("reads one task per record, a long unknown field's points as its value, a stray deadline field as none", () => {
    const text = doc(
      "某市2019年为民办实事任务分解",
      "1.完成时间:2019年底前",
      "二、改造老旧小区40个",
      "1.分管领导:王某",
      "2.牵头单位:市住建局",
      "3.配合单位:市财政局;各区政府",
      "4.工作内容及目标分解:",
      "(1)完成外墙保温改造25个小区。",
      "(2)完成管网改造15个小区。",
      "5.经费:市区两级按比例承担",
      "6.完成时间:2019年12月",
      "三、新增公共停车泊位3000个",
      "1.分管领导:李某",
      "2.牵头单位:市交通局",
      "3.配合单位:市城管局",
      "4.工作内容及目标分解:在医院、学校周边新增泊位。",
    );
    expect(read(text)).toEqual([
      ["2", "改造老旧小区40个", ["市住建局"], ["市财政局", "各区政府"]],
      ["3", "新增公共停车泊位3000个", ["市交通局"], ["市城管局"]],
    ]);
  });
});

describe("named staff after a task's own units line", () => {
  it("reads 主要责任人 / 具体责任人 after 责任单位 as persons in the unit, never the lead", () => {
    const text = doc(
      "某区十件实事分解",
      "建成社区养老服务中心5个。",
      "分管领导:冯某",
      "责任单位:区民政局、区卫健委",
      "主要责任人:陈某",
      "完成时限:10月底前",
      "改造农贸市场3个。",
      "责任单位:区商务局",
      "具体责任人:褚某、卫某",
    );
    expect(read(text)).toEqual([
      ["1", "建成社区养老服务中心5个。", ["区民政局"], ["区卫健委"]],
      ["2", "改造农贸市场3个。", ["区商务局"], []],
    ]);
  });
});

describe("groups numbered 第N组 whose paragraphs open with a role clause", () => {
  it("reads 第N组 as the numbering and the clause up to its comma or full stop as the roles, not the words", () => {
    const text = doc(
      "某县开展安全生产联合检查",
      "县政府决定成立两个联合检查组,开展为期一个月的检查。",
      "第一组由县应急局牵头,县消防救援大队、县住建局等部门配合。重点检查建筑工地和人员密集场所。",
      "第二组由县市场监管局牵头,县商务局配合,重点检查商场超市的消防通道。",
    );
    expect(read(text)).toEqual([
      ["1", "重点检查建筑工地和人员密集场所。", ["县应急局"], ["县消防救援大队", "县住建局"]],
      ["2", "重点检查商场超市的消防通道。", ["县市场监管局"], ["县商务局"]],
    ]);
  });
});

describe("unit-then-colon duty lines under an item that introduces them", () => {
  it("reads each line as a task of its unit under the item, whatever its verb, its words after the colon", () => {
    const text = doc(
      "某县防汛工作实施方案",
      "一、各单位要按照分工抓好落实,确保安全度汛。具体分工如下:",
      "县水利局:编制防汛预案,组织河道清障。",
      "县气象局:及时发布暴雨预警信息。",
      "县民政局:负责受灾群众的转移安置。",
      "二、做好物资储备",
      "1.储备编织袋5万条。(责任单位:县应急局)",
    );
    expect(read(text)).toEqual([
      ["1.1", "编制防汛预案,组织河道清障。", ["县水利局"], []],
      ["1.2", "及时发布暴雨预警信息。", ["县气象局"], []],
      ["1.3", "负责受灾群众的转移安置。", ["县民政局"], []],
      ["2.1", "储备编织袋5万条。", ["县应急局"], []],
    ]);
  });
});
