import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rows one a line with cells set apart by runs of spaces (tableGapped.ts) under a header whose names are spaced
// out themselves (主  要  工  作  任  务, 牵 头 领 导), with several role columns (牵头领导 / 牵头责任单位 / 主体责任单位 /
// 配合责任单位), leader cells padded with spaces (汪  峰) holding two names, a units cell left open (、) that goes on
// on the next line, and row numbers that jump. Made-up variants: other places' units, other labels, other gaps.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leader, t.leads, t.coUnits]);

/** Three places' units: a district's, a county's, a city's. */
const PLACES = [
  ["区住建局", "各街道办事处", "区财政局", "区自然资源局", "区大数据中心"],
  ["县交通运输局", "各乡镇人民政府", "县发改局", "县公安局", "县城投公司"],
  ["市水利局", "市生态环境局", "市农业农村局", "市应急管理局", "市气象局"],
] as const;

/** Header spellings: the task column and the leader column spaced out with one space or with two. */
const HEADERS = [
  "序号    主  要  工  作  任  务        牵 头 领 导      牵头责任单位      主体责任单位      配合责任单位",
  "序号    重 点 工 作                   牵  头  领  导   牵头单位          主体责任单位      配合单位",
  "序号    工  作  任  务                分 管 领 导      牵头责任单位      主体责任单位      配合责任单位",
] as const;

describe("rows set apart by runs of spaces, under a spaced-out header with several role columns", () => {
  it.each(HEADERS)("reads every row, padded leaders and open units cells (header %s)", (header) => {
    for (const [a, b, c, d, e] of PLACES) {
      const text = [
        "2024年重点工作任务分解表",
        header,
        `81    推进城市更新,完成老旧小区改造20个    汪  峰   吴蓓蓓    ${a}    ${b}    ${c}、${d}`,
        `85    持续优化营商环境,深化一网通办改革    李  明              ${c}    ${d}    ${a}、${b}、`,
        `                                                                                  ${e}`,
        `87    推进乡村振兴示范村建设                张国华              ${d}    ${a}    ${c}`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["81", "汪峰", [a], [b, c, d]],
        ["85", "李明", [c], [d, a, b, e]],
        ["87", "张国华", [d], [a, c]],
      ]);
    }
  });

  it("reads 主体责任单位 as the lead when no 牵头 column stands beside it", () => {
    for (const [a, b, c, d, e] of PLACES) {
      const text = [
        "序号  重 点 工 作  牵 头 领 导  主体责任单位  配合责任单位  完成时限",
        `3  建成市民中心并投入使用  孙  莉  ${a}  ${c}、${e}  2024年12月`,
        `4  新建乡镇卫生院2所  钱国庆  ${d}  ${b}  2024年10月`,
        `7  推进公办幼儿园扩容  周  涛   吴  刚  ${c}  ${d}、${a}、  2024年9月`,
        `                                        ${e}`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["3", "孙莉", [a], [c, e]],
        ["4", "钱国庆", [d], [b]],
        ["7", "周涛", [c], [d, a, e]],
      ]);
    }
  });

  it("splits two spaced-out header names set side by side into both columns", () => {
    const text = [
      "序号  主  要  任  务  牵  头  领  导  牵头单位  配合单位",
      "1  新建城东污水处理厂一座  王  伟  县住建局  县财政局",
      "2  改造农村公路30公里  李晓东  县交通运输局  各乡镇人民政府",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "王伟", ["县住建局"], ["县财政局"]],
      ["2", "李晓东", ["县交通运输局"], ["各乡镇人民政府"]],
    ]);
  });

  it("reads a header whose every name is spaced out as wide as the gaps between them", () => {
    const text = [
      "序  号  工  作  任  务  牵  头  单  位  配  合  单  位  备  注",
      "1  新建城东污水处理厂一座  镇建设办  镇财政所  新建",
      "2  改造农村公路30公里  镇交通站  各村委会  续建",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", null, ["镇建设办"], ["镇财政所"]],
      ["2", null, ["镇交通站"], ["各村委会"]],
    ]);
  });
});
