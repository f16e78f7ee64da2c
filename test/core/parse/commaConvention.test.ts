import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { firstGroupOf } from "../../../src/core/parse/commaConvention";

// A document that says how its lists of units read: the units before the first comma lead (逗号前为牵头单位), the
// others help; a list with no comma leads as a whole — for the lists above the sentence too. Made-up texts.
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits]);

describe("a stated rule: the units before the comma lead", () => {
  it("reads every list by it, in a bracket of the list that says it and in the lists above and below", () => {
    const text = [
      "甲区推动城乡融合发展规划责任分工",
      "一、做强产业支撑",
      "1.建设城南食品产业园,引进龙头企业3家。",
      "责任单位:区经济信息化局、区农业农村局、区投资促进局",
      "2.推动文旅融合发展。",
      "责任单位:区文旅局、区交通运输局(逗号前为牵头单位,下同),区财政局、区自然资源局",
      "3.完善城乡供水管网。",
      "责任单位:区水务局,区住建局、各镇(街道)",
    ].join("\n");
    expect(roles(text)).toEqual([
      ["1.1", ["区经济信息化局", "区农业农村局", "区投资促进局"], []],
      ["1.2", ["区文旅局", "区交通运输局"], ["区财政局", "区自然资源局"]],
      ["1.3", ["区水务局"], ["区住建局", "各镇(街道)"]],
    ]);
  });

  it("reads the rule stated in the notice, and leaves lists as before where no rule is stated", () => {
    const body = [
      "一、做强产业支撑",
      "1.建设城南食品产业园。",
      "责任单位:区经济信息化局、区农业农村局,区财政局",
    ];
    const stated = ["甲区推动城乡融合发展规划责任分工", "责任单位中逗号前的单位为牵头单位。", ...body].join(
      "\n",
    );
    expect(roles(stated)).toEqual([["1.1", ["区经济信息化局", "区农业农村局"], ["区财政局"]]]);
    const plain = ["甲区推动城乡融合发展规划责任分工", ...body].join("\n");
    expect(roles(plain)).toEqual([["1.1", ["区经济信息化局"], ["区农业农村局", "区财政局"]]]);
  });

  it("counts the units before a list's first comma, a comma inside a bracket not counted", () => {
    expect(firstGroupOf("区发改局、区财政局,区住建局")).toBe(2);
    expect(firstGroupOf("各县(市,区)政府、区财政局,区住建局")).toBe(2);
    expect(firstGroupOf("区发改局、区财政局")).toBe(2);
  });
});
