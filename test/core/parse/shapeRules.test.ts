import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rules found by rendering the corpus's tables in every shape (test/support/renderShapes.ts), each in made-up words.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

describe("table shapes found by the shape property", () => {
  it("reads a table whose cells are set apart by runs of spaces, one row a line", () => {
    const text = [
      "序号  工作任务            牵头单位    配合单位            完成时限",
      "1     新建社区食堂3个。   市商务局    市民政局、市财政局  6月底前",
      "2     改造农贸市场5个。   市市场监管局  各区人民政府       年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建社区食堂3个。", ["市商务局"], ["市民政局", "市财政局"], "6月底前"],
      ["2", "改造农贸市场5个。", ["市市场监管局"], ["各区人民政府"], "年底前"],
    ]);
  });

  it("reads a cell marked empty (无, /) in a table one cell per line as that cell, not the next one's words", () => {
    const text = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"];
    const rows = [
      "1",
      "新建老年食堂2个。",
      "市民政局",
      "无",
      "5月底前",
      "2",
      "改造公厕10座。",
      "市城管局",
      "/",
      "9月底前",
    ];
    expect(read([...text, ...rows].join("\n"))).toEqual([
      ["1", "新建老年食堂2个。", ["市民政局"], [], "5月底前"],
      ["2", "改造公厕10座。", ["市城管局"], [], "9月底前"],
    ]);
  });

  it("gives no deadline for a deadline cell marked empty", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t完成时限",
      "1\t新建口袋公园3个。\t市园林局\t—",
      "2\t建设充电桩100个。\t市发改委\t年底前",
    ];
    expect(read(text.join("\n")).map((t) => t[4])).toEqual([null, "年底前"]);
  });

  it("never takes a deadline cell for a leader's name in a table one cell per line", () => {
    const text = [
      "序号",
      "工作任务",
      "责任领导",
      "完成时限",
      "牵头单位",
      "1",
      "推进背街小巷改造8条。",
      "李建华",
      "年底前",
      "市住建局",
      "2",
      "完善农村寄递物流体系。",
      "长期坚持",
      "市邮政管理局",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.deadline, t.leads])).toEqual([
      ["年底前", ["市住建局"]],
      ["长期坚持", ["市邮政管理局"]],
    ]);
  });
});
