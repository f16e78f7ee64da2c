import { cellRoles } from "../../../src/core/parse/cellRoles";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A table's units cell that names the roles itself, read by the prose role-clause reader: 会 for 会同 between two
// whole units' names, 等 closing a list before the duty, a role clause ended by 、. Words in which 会 is no join
// (社会, 管委会, 会展) and plain lists are no roles.
const roles = (text: string) => {
  const r = cellRoles(text);
  return r && { leads: r.leads, listed: r.listed, coUnits: r.coUnits };
};

describe("the roles a units cell names", () => {
  it("reads a bare 会 between two units' names as 会同: the first leads, the second helps", () => {
    expect(roles("宣传处会办公室")).toEqual({ leads: ["宣传处"], listed: [], coUnits: ["办公室"] });
    expect(roles("县教育局会县财政局")).toEqual({ leads: ["县教育局"], listed: [], coUnits: ["县财政局"] });
    expect(roles("规划科会法规科")).toEqual({ leads: ["规划科"], listed: [], coUnits: ["法规科"] });
  });

  it("never splits a name at a 会 that belongs to a word (社会, 管委会, 会展)", () => {
    expect(roles("人力资源社会保障局")).toBeNull();
    expect(roles("区科技工业区管委会、各街道")).toBeNull();
    expect(roles("市商务局会展中心")).toBeNull();
    expect(roles("市总工会")).toBeNull();
  });

  it("reads a list closed by 等 and a duty after it: the units listed, the duty no unit", () => {
    expect(roles("应急处、监督处、疾控处等按职责分工落实")).toEqual({
      leads: [],
      listed: ["应急处", "监督处", "疾控处"],
      coUnits: [],
    });
    expect(roles("区住建局、区城管局等按职责落实")?.listed).toEqual(["区住建局", "区城管局"]);
    expect(roles("县民政局、县财政局等按职责分工抓好落实")?.listed).toEqual(["县民政局", "县财政局"]);
  });

  it("reads role clauses set apart by 、 as by a comma", () => {
    expect(roles("信息中心牵头、各科室配合")).toEqual({
      leads: ["信息中心"],
      listed: [],
      coUnits: ["各科室"],
    });
  });

  it("gives no roles for a plain list of units", () => {
    expect(roles("县住建局、县财政局")).toBeNull();
  });

  it("reads a roles cell as the units cell of a row one cell a line that leaves its merged name out", () => {
    const text = [
      "序号",
      "项目名称",
      "建设内容",
      "责任单位",
      "1",
      "城市更新",
      "改造背街小巷12条",
      "县住建局牵头,县城投公司配合",
      "2",
      "井盖整治项目",
      "县城管局牵头,县水务公司配合",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县住建局"], ["县城投公司"]],
      [["县城管局"], ["县水务公司"]],
    ]);
  });
});
