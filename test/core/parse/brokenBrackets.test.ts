import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { mendClosers } from "../../../src/core/text/brackets";
import { joinBrokenBrackets } from "../../../src/core/parse/brokenBrackets";

const read = (text: string): Array<[string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 6), t.leads, t.coUnits]);

// Unit brackets a copy broke: over lines with blank lines between (a forum's copy of a PDF), or closed with the
// wrong kind and then the right one (docs/layouts.md, "One-line pages, glued labels and broken brackets").
describe("a unit bracket broken over lines", () => {
  it.each([
    ["blank lines between the pieces", "\n\n"],
    ["no blank line", "\n"],
    ["two blank lines and spaces", "\n  \n\n"],
    ["three blank lines (a copy that doubled the forum's one)", "\n\n\n\n"],
    ["four blank lines", "\n\n\n\n\n"],
  ])("is read with its task: %s", (_, gap) => {
    const text = [
      "某区2023年重点工作分工",
      `1.新建城东污水处理厂一座。(牵头单位:区水务局;${gap}协办单位:区发改局、城 东街道办)`,
      `2.完成老旧小区改造12个。(主责单位:区住建局;${gap}配合单位:区财政局) 3.建成口袋公园5个。(牵头单位:区城管局;${gap}配合单位:各街道办)`,
    ].join("\n");
    expect(read(text)).toEqual([
      ["新建城东污水", ["区水务局"], ["区发改局", "城东街道办"]],
      ["完成老旧小区", ["区住建局"], ["区财政局"]],
      ["建成口袋公园", ["区城管局"], ["各街道办"]],
    ]);
  });

  it("joins a bracket of role verbs too (A牵头, / B配合)", () => {
    const text = [
      "二、重点任务",
      "(一)推进河道整治,年内完成8公里。(县水利局牵头,",
      "",
      "县农业农村局、各乡镇配合)",
    ].join("\n");
    expect(read(text)).toEqual([["推进河道整治", ["县水利局"], ["县农业农村局", "各乡镇"]]]);
  });

  it.each([
    ["the pieces name no roles", ["1.建设城市绿道(一期工程,", "", "全长12公里)。"]],
    ["a piece opens an item", ["1.推进公园建设(牵头单位:市园林局;", "2.建设绿道(一期)。"]],
    ["it closes more than two lines on", ["1.建园(牵头单位:A局;", "配合单位:B局、", "C局、", "D局)"]],
  ])("leaves an open bracket alone when %s", (_, lines) => {
    const given = lines.map((text, i) => ({ no: i + 1, text, folded: text, raw: text }));
    expect(joinBrokenBrackets(given).map((l) => l.text)).toEqual(lines);
  });
});

describe("a bracket closed with the wrong kind, then its own", () => {
  it.each([
    ["[市水务局牵头,各县(市)区政府负责落实)]", "[市水务局牵头,各县(市)区政府负责落实]"],
    ["(牵头单位:市住建局]）", "(牵头单位:市住建局）"],
    ["【责任单位:县交通局) 】", "【责任单位:县交通局 】"],
  ])("keeps only the right closer: %s", (given, expected) => {
    expect(mendClosers(given)).toBe(expected);
  });

  it.each(["(一)建园(二)", "各县(市)区政府", "《规划》)", "[A](B)", "完成(市)。)"])(
    "leaves brackets that close in their own kind alone: %s",
    (given) => {
      expect(mendClosers(given)).toBe(given);
    },
  );

  it("reads the units of such a bracket, and its standing rule names no unit", () => {
    const text = [
      "二、工作任务",
      "(一)实施最严格水资源管理。",
      "1.控制用水总量。强化用水监督管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,不再列出)]",
      "2.强化水功能区管理。加强监测。[市环保局牵头,市水务局配合)]",
    ].join("\n");
    expect(read(text)).toEqual([
      ["控制用水总量", ["市水务局"], ["市工信委", "城乡建设局", "各县(市)区政府"]],
      ["强化水功能区", ["市环保局"], ["市水务局"]],
    ]);
  });
});
