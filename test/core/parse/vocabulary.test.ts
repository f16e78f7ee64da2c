import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { lineLabelKind } from "../../../src/core/parse/labels";
import { columnKind } from "../../../src/core/parse/table";

// One vocabulary: a word the parser knows as a label is known as a column header too, with the same role.
describe("the vocabulary shared by labels and columns", () => {
  it.each([
    ["牵头单位", "lead"],
    ["主办单位", "lead"],
    ["配合单位", "co"],
    ["协作单位", "co"],
    ["协办单位", "co"],
    ["参与单位", "co"],
    ["协同单位", "co"],
    ["责任单位", "list"],
    ["责任处室", "list"],
    ["责任科室", "list"],
    ["实施主体", "list"],
    ["落实单位", "list"],
  ])("%s is a %s label and the matching column", (word, kind) => {
    expect(lineLabelKind(`${word}:市财政局`)).toBe(kind);
    expect(columnKind(word)).toBe(kind === "list" ? "units" : kind);
  });

  it.each([
    ["序号", "seq"],
    ["项目名称", "task"],
    ["主要内容", "task"],
    ["目标任务", "task"],
    ["预期目标", "task"],
    ["民生实事", "task"],
    ["责任领导", "leader"],
    ["分管领导", "leader"],
    ["时间节点", "deadline"],
    ["完成时限", "deadline"],
    ["备注", "note"],
    ["进展情况", "progress"],
    ["具体举措", "task"],
    ["改革举措", "task"],
    ["领域", "other"],
    ["类别", "other"],
    ["第一季度", "other"],
  ])("reads the header %s as a %s column", (word, kind) => {
    expect(columnKind(word)).toBe(kind);
  });
});

describe("tables whose unit columns use other wordings", () => {
  it("keeps the units of a 协作单位 column as co-units", () => {
    const text =
      "序号\t工作任务\t牵头单位\t协作单位\t完成时限\n" +
      "1\t推进城东片区改造。\t市住建局\t市发改委、市财政局\t2024年底\n" +
      "2\t建设乡村公路50公里。\t市交通局\t各县区政府\t2024年6月底";
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1", ["市住建局"], ["市发改委", "市财政局"]],
      ["2", ["市交通局"], ["各县区政府"]],
    ]);
  });

  it("reads a 责任处室 column as the units, the first leading", () => {
    const text =
      "序号\t重点工作\t责任处室\t完成时限\n" +
      "1\t修订本局权责清单。\t法规处、办公室\t6月底前\n" +
      "2\t组织年度安全生产检查。\t安监处\t全年";
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.id, t.leads, t.coUnits, t.deadline])).toEqual([
      ["1", ["法规处"], ["办公室"], "6月底前"],
      ["2", ["安监处"], [], "全年"],
    ]);
  });
});

// A shop, a hotel or a market hall named with a role (a health campaign's 整改 list): an organisation like an office.
describe("businesses named as units", () => {
  const read = (body: string) =>
    parseBreakdown(`甲区2014年创卫问题整改责任分解\n${body}`).tasks.map((t) => [t.leads, t.coUnits]);

  it.each([
    ["(区政府办牵头,南方商场配合)", [["区政府办"], ["南方商场"]]],
    ["(东风商厦牵头,区商务局配合)", [["东风商厦"], ["区商务局"]]],
    ["(区政府办、南方商场)", [["区政府办"], ["南方商场"]]],
    ["(责任单位:区卫健局、金桥酒店、滨江饭店、迎宾馆)", [["区卫健局"], ["金桥酒店", "滨江饭店", "迎宾馆"]]],
  ])("reads %s", (bracket, want) => {
    expect(read(`1.设置控烟警示标识,更新健康教育宣传栏。${bracket}`)).toEqual([want]);
  });
});
