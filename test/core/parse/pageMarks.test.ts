import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { stripNoise } from "../../../src/core/text/noise";

// Page noise inside a document's lines: a PDF copy's page mark in mid-sentence (―10 ―, - 3 -) and a law
// database's record header run into the title line (【法规类别】… 【发文字号】…) (docs/layouts.md, "Labels and records").
describe("a page mark left inside a sentence", () => {
  it.each([
    ["整治河 ―10 ― 道20公里。", "整治河道20公里。"],
    ["建成数据 - 3 - 中心。", "建成数据中心。"],
    ["新建学校－12－所,", "新建学校所,"],
    ["完成改造,—7—新增绿地。", "完成改造,新增绿地。"],
  ])("is taken out: %s", (given, expected) => {
    expect(stripNoise(given)).toBe(expected);
  });

  it.each(["第3-5-7条", "G318-2-3线", "2023-10-01", "A-1-B地块", "——10——年"])(
    "leaves numbers joined by dashes that are no page mark alone: %s",
    (given) => {
      expect(stripNoise(given)).toBe(given);
    },
  );

  it("reads the task's words whole when a page mark falls inside them", () => {
    const text = [
      "某市2023年重点任务分解",
      "1.开展河道整治工作,整治河 ―10 ― 道20公里。责任单位:市水务局",
      "2.推进智慧城市建设,建成数据 - 3 - 中心。责任单位:市大数据局",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.text)).toEqual([
      "开展河道整治工作,整治河道20公里。",
      "推进智慧城市建设,建成数据中心。",
    ]);
  });
});

describe("a law database's record header on the title's line", () => {
  it("is read past: the title and the tasks read as without it", () => {
    const text = [
      "某市人民政府办公室关于印发重点工作分工方案的通知 【法规类别】政府工作 【发文字号】某政办发〔2023〕5号 【发布部门】某市人民政府办公室 【发布日期】2023.03.01 【时效性】现行有效",
      "1.加快产业转型升级。(牵头单位:市发改委;配合单位:市工信局)",
      "2.推进乡村振兴。(牵头单位:市农业农村局)",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.document.title).toBe("某市人民政府办公室关于印发重点工作分工方案的通知");
    expect(parsed.tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市发改委"], ["市工信局"]],
      [["市农业农村局"], []],
    ]);
  });

  it("keeps a single bracketed word that is no database field run (【发布日期】 alone)", () => {
    expect(stripNoise("【发布日期】2023.03.01")).toBe("【发布日期】2023.03.01");
  });
});
