import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

// A copy that lost its indent characters shows each as '?', '？', '□' or the replacement character at the start of
// the line: the run is indentation, so the numbering and headings after it are seen.
describe("lost indent characters at a line's start", () => {
  it.each([
    ["ASCII question marks", "??"],
    ["full-width question marks", "？？"],
    ["white squares", "□□"],
    ["replacement characters", "\ufffd\ufffd"],
    ["one mark and a space", "? "],
  ])("read as indentation: %s", (_, mark) => {
    const text = [
      "某县2024年重点工作分工",
      `${mark}一、稳住经济大盘`,
      `${mark}1.推动规上工业增加值增长,抓好技改项目。(责任单位:县经信局、县发改局)`,
      `${mark}2.扩大有效投资,做好专项债券项目储备。(责任单位:县发改局、县财政局)`,
      `${mark}二、办好民生实事`,
      `${mark}3.新建城乡养老服务站五个。(责任单位:县民政局)`,
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "推动规上工业增加值增长,抓好技改项目。", ["县经信局"], ["县发改局"]],
      ["1.2", "扩大有效投资,做好专项债券项目储备。", ["县发改局"], ["县财政局"]],
      ["2.3", "新建城乡养老服务站五个。", ["县民政局"], []],
    ]);
  });
});
