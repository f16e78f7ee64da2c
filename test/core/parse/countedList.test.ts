import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up progress notices of the family "a heading that counts the items listed under it" (Set M's jiaozuo-2013:
// (三)进展缓慢的有1项。 over one unnumbered project line closed by its units' bracket): the one line is an item of the
// list, as two would be, never run into the heading's words. A heading that counts nothing keeps its lone paragraph
// as its own words (一、推进重大项目建设 / 建立健全…(A牵头)).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("a heading that counts its items, one item under it", () => {
  it.each([
    ["(二)进展缓慢的有1项。", "(责任单位:市国土资源局、博爱县政府)"],
    ["(二)未按期推进的共1个。", "【责任单位:市国土资源局、博爱县政府】"],
    ["(二)滞后项目(计1项)", "(牵头单位:市国土资源局;配合单位:博爱县政府)"],
    ["(二)尚未开工的项目有一项。", "(市国土资源局、博爱县政府)"],
  ])("reads the line under %s as an item", (heading, bracket) => {
    const text = [
      "全市重点项目建设进展情况通报",
      "一、生态建设(共9项)",
      "(一)已完成的有8项。",
      heading,
      `月山废弃矿山地质环境治理工程。${bracket}`,
      "二、城市建设(共3项)",
      "(一)已完成的有1项。",
      "(二)进展缓慢的有2项。",
      "1.新区道路工程。(责任单位:市住建局)",
      "2.老城管网改造工程。(责任单位:市城管局)",
    ].join("\n");
    expect(read(text).filter(([, , leads]) => (leads as string[]).length > 0)).toEqual([
      ["1.2.1", "月山废弃矿山地质环境治理工程。", ["市国土资源局"], ["博爱县政府"]],
      ["2.2.1", "新区道路工程。", ["市住建局"], []],
      ["2.2.2", "老城管网改造工程。", ["市城管局"], []],
    ]);
  });

  it("keeps a lone paragraph as the words of a heading that counts nothing", () => {
    const text = [
      "全市重点工作分工方案",
      "一、推进重大项目建设",
      "建立健全重大项目调度机制。(市发改委牵头,市财政局配合)",
      "二、优化营商环境",
      "深化一网通办改革。(市政务服务中心牵头)",
    ].join("\n");
    expect(read(text).map(([id, words]) => [id, (words as string).slice(0, 8)])).toEqual([
      ["1", "推进重大项目建设"],
      ["2", "优化营商环境深化"],
    ]);
  });
});
