/** Page fields a web page prints around a breakdown (its date, source, author, font buttons) are never units. */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const TITLE = "某区2025年重点工作任务分解表";
const BODY = ["1.推进产业园区建设。", "牵头单位:区发改委", "2.完成时间:2025年12月底前", "牵头单位:区财政局"];

describe("a web page's byline lines around a breakdown", () => {
  const bylines = [
    "时间:2025-09-19 来源:政府办",
    "发布时间:2025-01-02 14:30 浏览次数:56",
    "日期:2024年3月5日 作者:张三 来源:区政府办公室",
    "作者:李四",
    "责任编辑:王五",
    "【字体: 打印",
    "【字号:大 中 小】",
  ];
  for (const byline of bylines) {
    it(`are page chrome, no units and no finding: ${byline}`, () => {
      const doc = parseBreakdown([TITLE, byline, ...BODY].join("\n"));
      expect(doc.issues.map((i) => i.code)).toEqual([]);
      expect(doc.tasks.map((t) => [t.id, t.leads])).toEqual([
        ["1", ["区发改委"]],
        ["2", ["区财政局"]],
      ]);
    });
  }

  it("leave a deadline line with a date alone a deadline (时间: with no other page field)", () => {
    const doc = parseBreakdown(
      [TITLE, "1.推进产业园区建设。", "牵头单位:区发改委", "时间:2025-12-31"].join("\n"),
    );
    expect(doc.tasks.map((t) => t.deadline)).toEqual(["2025-12-31"]);
  });
});
