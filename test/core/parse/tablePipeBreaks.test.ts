import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// '|' rows broken by a line break inside a cell (tablePipeBreaks.ts): the row's first line holds bars but does not
// end in one, the next line ends in one, together they make up one row's cells. Made-up variants: other places'
// units, the break in the lead, co-unit or task cell, a row under a merged cell (fewer cells, closed by its bar).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

const PLACES = [
  ["市住建局", "市水务局", "市财政局", "市发改委"],
  ["县城管局", "县交通局", "县财政局", "各乡镇"],
  ["区教育局", "区卫健委", "区财政局", "各街道办事处"],
] as const;

describe("'|' rows broken inside a cell", () => {
  it("joins the broken cell and reads the row's cells after it in place", () => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
        `1 | 新建城东污水处理厂一座。 | ${a}`,
        `${b} | ${c} | 年底前 |`,
        `2 | 改造老旧小区12个。 | ${a} | ${c}`,
        `${d} | 6月底前 |`,
        `3 | 新增停车位1000个, | ${b} | ${c} | 9月底前 |`,
        `4 | 完成农村公路提质`,
        `改造30公里。 | ${a} | ${d} | 10月底前 |`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "新建城东污水处理厂一座。", [a, b], [c], "年底前"],
        ["2", "改造老旧小区12个。", [a], [c, d], "6月底前"],
        ["3", "新增停车位1000个,", [b], [c], "9月底前"],
        ["4", "完成农村公路提质改造30公里。", [a], [d], "10月底前"],
      ]);
    }
  });

  it("never joins a row missing its last bar to a whole row after it", () => {
    const text = [
      "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
      "1 | 新建城东污水处理厂一座。 | 市住建局 | 市财政局 | 年底前 |",
      "2 | 改造老旧小区12个。 | 市城管局 | 市财政局 | 6月底前",
      "3 | 新增停车位1000个。 | 市交通局 | 市公安局 | 9月底前 |",
    ].join("\n");
    expect(read(text).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["市住建局"]],
      ["2", ["市城管局"]],
      ["3", ["市交通局"]],
    ]);
  });
});
