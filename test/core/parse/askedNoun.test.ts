import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// 要求 and a meeting's 决定/明确 after 的 are nouns (落实…的要求, 贯彻…的决定): what the city follows, no one asked.
// A government work report's review said 深入落实“疫情要防住…”的要求,科学统筹… and 科学 was read as the unit asked.
describe("要求 / 决定 after 的 is a noun, not a speech asking a unit", () => {
  const report = (sentence: string): string =>
    [
      "政府工作报告",
      "——2023年1月10日在甲市第八届人民代表大会第三次会议上",
      "一、2022年工作回顾",
      sentence,
    ].join("\n");

  it.each([
    "一年来,我们深入落实“疫情要防住、经济要稳住、发展要安全”的要求,科学统筹疫情防控和经济社会发展,城市建设迈出坚实步伐。",
    "全面贯彻市委全会的决定,科学谋划全年工作,各项事业取得新进展。",
    "认真落实上级的要求,大学城建设加快推进,新增学位3000个。",
  ])("reads no task from %s", (sentence) => {
    expect(parseBreakdown(report(sentence)).tasks).toEqual([]);
  });

  it("still reads a meeting that asks a named unit (会议要求,X… / 要求X…)", () => {
    const text = [
      "甲县召开民生实事推进会",
      "本报讯 3月5日,甲县召开民生实事推进会。",
      "会议要求,县交通局加快推进城乡公交一体化,年底前完成线路优化。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.leads)).toEqual([["县交通局"]]);
  });
});
