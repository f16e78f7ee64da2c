import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const ids = (text: string): string[] => parseBreakdown(text).tasks.map((t) => t.id);
const skipped = (text: string): unknown[] =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === "number-skipped")
    .map((i) => i.params);

// A page that starts inside a section: its unnumbered tasks, then the next numbered section (docs/layouts.md, "Cut
// ends, lone paragraphs and group roles").
describe("unnumbered tasks that open a page before its first numbered item", () => {
  it("are the tail of the section before it: ids in document order, none colliding, no number skipped", () => {
    const text = [
      "[接上页]",
      "交通部门,负责农村公路建设。",
      "教育部门,负责义务教育均衡发展。",
      "水利部门,负责饮水安全工程。",
      "(七)严格目标考核。领导小组办公室负责考核验收。",
      "(八)加强宣传引导。县委宣传部负责宣传报道。",
    ].join("\n");
    expect(ids(text)).toEqual(["6.1", "6.2", "6.3", "7", "8"]);
    expect(skipped(text)).toEqual([]);
  });

  it("holds under a heading, with brackets of units and an arabic number", () => {
    const text = [
      "二、社会事业",
      "新建幼儿园2所。(县教育局牵头)",
      "改造农村学校5所。(县教育局、县财政局负责)",
      "3.建成区域医疗中心。(县卫健委牵头)",
      "4.新增城镇就业3000人。(县人社局牵头)",
    ].join("\n");
    expect(ids(text)).toEqual(["2.2.1", "2.2.2", "2.3", "2.4"]);
    // 二、 with no 一、 before it is a gap the text has; 3. after the tail is none.
    expect(skipped(text)).toEqual([{ expected: 1, found: 2 }]);
  });

  it("leaves tasks before a first item numbered 1 as they were", () => {
    const text = [
      "一、社会事业",
      "新建幼儿园2所。(县教育局牵头)",
      "1.建成区域医疗中心。(县卫健委牵头)",
      "2.新增城镇就业3000人。(县人社局牵头)",
    ].join("\n");
    expect(new Set(ids(text)).size).toBe(3);
    expect(ids(text).some((id) => id.split(".").length > 2)).toBe(false);
  });
});
