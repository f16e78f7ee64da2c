import { proseSentence } from "../../../src/core/parse/fallback/proseRoles";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A copy's punctuation of the other width (，；： for ,;: and back) reads the same; names are kept as written.
describe("role sentences in punctuation of either width", () => {
  it.each([
    ["此项工作由市教育局牵头，市财政局、编办参加。", ["市教育局"], ["市财政局", "编办"]],
    ["此项工作由市教育局牵头,市财政局、编办参加。", ["市教育局"], ["市财政局", "编办"]],
    ["由区民政局会同区财政局（国资办）、区审计局负责。", ["区民政局"], ["区财政局(国资办)", "区审计局"]],
    ["县住建局负责；县自然资源局、县城管局配合。", ["县住建局"], ["县自然资源局", "县城管局"]],
  ])("reads %s", (sentence, leads, co) => {
    const roles = proseSentence(sentence);
    expect(roles && { leads: roles.leads, co: roles.coUnits }).toEqual({ leads, co });
  });

  it("reads a page of tasks each followed by its role sentence with full-width commas", () => {
    const text = [
      "25.深化基础教育体制改革。合理配置公共教育资源，均衡发展中小学教育。",
      "此项工作由市教育局牵头，市发展改革局、财政局，各区政府参加。",
      "26.深化文化管理体制改革。进一步开放文化市场。",
      "此项工作由市文化局牵头，市财政局、编办参加。",
      "27.全面启动行政事业性国有资产监管体制改革。",
      "此项工作由市国资委牵头，市财政局、监察局参加。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["25", ["市教育局"], ["市发展改革局", "财政局", "各区政府"]],
      ["26", ["市文化局"], ["市财政局", "编办"]],
      ["27", ["市国资委"], ["市财政局", "监察局"]],
    ]);
  });
});
