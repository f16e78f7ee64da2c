import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.text.replace(/\s/g, "").slice(0, 8), t.leads, t.coUnits]);

// An excerpt (one page of a PDF, copied by a forum) that opens inside a task, and one that breaks off inside the
// next paragraph after a numbered item closed by its bracket (docs/layouts.md, "One-line pages, glued labels and
// broken brackets").
describe("an excerpt that opens inside a task", () => {
  it.each([
    ["blank lines between the PDF's lines", "\n\n"],
    ["no blank lines", "\n"],
  ])("reads the page's first lines as that task's words: %s", (_, gap) => {
    const text = [
      "4 座污水处理厂提标改造;",
      "2021 年底前,上述",
      "改造工程全部完工。(牵头单位:县水务局;协作单位:县发改局、城关 镇)",
      "(三)推进黑臭水体治理",
      "12.完成城区3条黑臭水体整治。(牵头单位:县住建局;协作单位:县环保局)",
    ].join(gap);
    expect(read(text)).toEqual([
      ["4座污水处理厂提", ["县水务局"], ["县发改局", "城关镇"]],
      ["完成城区3条黑臭", ["县住建局"], ["县环保局"]],
    ]);
  });

  it.each([
    ["an annex's mark", "附件2"],
    ["a date's end the width cut off a dropped editor line", "-31"],
    ["a page number", "- 4 -"],
  ])("reads the page's first lines as that task's words under %s", (_, above) => {
    const text = [
      above,
      "",
      "4 座污水处理厂提标改造;",
      "2021 年底前,上述",
      "改造工程全部完工。(牵头单位:县水务局;协作单位:县发改局)",
      "12.完成城区3条黑臭水体整治。(牵头单位:县住建局)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["4座污水处理厂提", ["县水务局"], ["县发改局"]],
      ["完成城区3条黑臭", ["县住建局"], []],
    ]);
  });

  it.each([
    ["a title first", ["某县2021年水污染防治任务分解", "", "完成污水厂改造。(牵头单位:县水务局)"]],
    ["a sentence's end first", ["上述工作要抓紧落实。", "", "完成污水厂改造。(牵头单位:县水务局)"]],
  ])("leaves the opening lines alone with %s", (_, lines) => {
    const tasks = parseBreakdown(lines.join("\n")).tasks;
    expect(tasks.every((t) => t.text.startsWith("完成污水厂改造"))).toBe(true);
  });
});

describe("an excerpt cut inside the paragraph after a numbered item closed by its bracket", () => {
  it("reads the cut paragraph as a task without units", () => {
    const text = [
      "二、工作任务",
      "(一)全面控制污染物排放。",
      "1.狠抓工业污染防治。取缔小型造纸企业。(市环保局牵头,市工信委配合)",
      "2.强化城镇生活污染治理。加快管网建设。(市住建局牵头,市环保局配合)",
      "  推进污泥处理处",
    ].join("\n");
    expect(read(text)).toEqual([
      ["狠抓工业污染防治", ["市环保局"], ["市工信委"]],
      ["强化城镇生活污染", ["市住建局"], ["市环保局"]],
      ["推进污泥处理处", [], []],
    ]);
  });

  it("does not take a closing sentence after the items for a task", () => {
    const text = [
      "二、工作任务",
      "1.狠抓工业污染防治。取缔小型造纸企业。(市环保局牵头,市工信委配合)",
      "各单位要按照分工抓好落实。",
    ].join("\n");
    expect(read(text).map(([t]) => t)).toEqual(["狠抓工业污染防治"]);
  });
});
