import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitUnitList } from "../../../src/core/parse/splitUnits";

// A units cell whose last name carries the document's convention in a bracket (A、B,各镇人民政府(列在首位的为牵头
// 部门,有关部门按职责分工负责,下同)): the bracket says how the roles read, it is no part of the name, and the cell stays
// a units cell in any table shape. Made-up variants: other wordings of the convention, '|' cells one a line, tab rows.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

describe("a convention bracket closing a units cell", () => {
  it("is no part of the last unit's name", () => {
    expect(splitUnitList("市商务局、市财政局,各区政府(排第一位的为牵头单位,其余为配合单位,下同)")).toEqual([
      "市商务局",
      "市财政局",
      "各区政府",
    ]);
  });

  it("keeps the units cell of a '|' table one cell a line, the first unit leading", () => {
    const text = [
      "序号 |",
      "重点工作 |",
      "责任单位 |",
      "完成时间 |",
      "1 |",
      "建立困难群众救助台账 |",
      "区民政局、区财政局,各街道办事处(区直部门中排第一位的为牵头单位,其他单位按职责分工负责,下同) |",
      "2020年6月底前 |",
      "2 |",
      "开展临时救助专项检查 |",
      "区民政局、区审计局 |",
      "2020年9月底前 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "建立困难群众救助", ["区民政局"], ["区财政局", "各街道办事处"]],
      ["2", "开展临时救助专项", ["区民政局"], ["区审计局"]],
    ]);
  });

  it("keeps the units cell of a tab table", () => {
    const text = [
      "序号\t主要任务\t责任单位\t时限",
      "1\t修订城市绿化管理办法\t市园林局、市司法局(列第一位的为牵头单位,下同)\t年底前",
      "2\t新建口袋公园八处\t市园林局、各区政府\t10月底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "修订城市绿化管理", ["市园林局"], ["市司法局"]],
      ["2", "新建口袋公园八处", ["市园林局"], ["各区政府"]],
    ]);
  });
});
