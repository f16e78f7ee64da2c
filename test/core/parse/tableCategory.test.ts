import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { detectHeader } from "../../../src/core/parse/table";
import { toLines } from "../../../src/core/text/lines";

// One-cell-per-line tables of assessment lists and report breakdowns, in our own made-up words: a category
// column before 序号 merged over its rows, columns of figures (单位, 年度目标) and of scoring bodies (评分部门).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits]);

describe("one-cell-per-line tables with a category before 序号 and columns that are not units", () => {
  it("reads a category cell before 序号 as a heading over its rows, wherever the next category starts", () => {
    const text = [
      "分类",
      "序号",
      "事项",
      "责任单位",
      "牵头单位",
      "稳定增长",
      "1",
      "全县生产总值增长6%。",
      "县统计局、县发改局",
      "县发改局",
      "2",
      "财政收入增长5%。",
      "县财政局",
      "县财政局",
      "3",
      "规上工业增加值增长8%。",
      "县工信局、县开发区管委会",
      "县工信局",
      "4",
      "外贸出口保持稳定。",
      "县商务局",
      "县商务局",
      "改善民生",
      "5",
      "新增城镇就业2000人。",
      "县人社局",
      "县人社局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["全县生产总值增长6%。", ["县发改局"], ["县统计局"]],
      ["财政收入增长5%。", ["县财政局"], []],
      ["规上工业增加值增长8%。", ["县工信局"], ["县开发区管委会"]],
      ["外贸出口保持稳定。", ["县商务局"], []],
      ["新增城镇就业2000人。", ["县人社局"], []],
    ]);
  });

  it("never takes a figure, its unit of measure or a scoring body (评分部门) for the task or its units; keeps the 年度目标", () => {
    const text = [
      "考核项目",
      "序号",
      "考核指标",
      "考核内容",
      "单位",
      "年度目标",
      "责任部门",
      "评分部门",
      "生态宜居",
      "1",
      "污水处理设施覆盖率",
      "%",
      "≥95%",
      "县住建局",
      "县生态环境分局",
      "市住建局",
      "2",
      "垃圾分类责任制",
      "-",
      "良好以上",
      "县综合执法局",
      "市城管局",
      "3",
      "新建农村公厕",
      "座",
      "12",
      "县农业农村局",
      "市农业农村局",
      "4",
      "改造提升绿道",
      "3",
      "县交通局",
      "市交通局",
    ].join("\n");
    expect(read(text)).toEqual([
      // The 年度目标 cell after the task's words: glued when it is a figure (with the 单位 cell's measure), set
      // apart by ，when it is words; the 单位 cell "-" is no measure.
      ["污水处理设施覆盖率≥95%", ["县住建局"], ["县生态环境分局"]],
      ["垃圾分类责任制，良好以上", ["县综合执法局"], []],
      ["新建农村公厕12座", ["县农业农村局"], []],
      ["改造提升绿道", ["县交通局"], []],
    ]);
  });
});

describe("a progress table of groups (一, 二) whose lead is merged over items numbered in their own cell", () => {
  it("gives each item the group's lead, its owner cell (业主单位) as co-units, and nests 1. items under a (一) item without cells", () => {
    const text = [
      "序号 |",
      "牵头单位 |",
      "项目数量 |",
      "项目名称 |",
      "业主单位 |",
      "本月进展情况 |",
      "||||",
      "一 |",
      "县教育局 |",
      "民生实事项目(2个) |",
      "(一)新建城南小学 |",
      "县城投 |",
      "主体完工 |",
      "|",
      "(二)校园安全提升工程 |",
      "1.东关中学 |",
      "县教育局 |",
      "已完工 |",
      "2.实验幼儿园 |",
      "县交投 县文旅投 |",
      "已完工 |",
      "二 |",
      "县卫健局 |",
      "民生实事项目(1个) |",
      "(一)乡镇卫生院改造 |",
      "县卫健局 |",
      "已完工 |",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", "新建城南小学", ["县教育局"], ["县城投"]],
      ["1.2.1", "东关中学", ["县教育局"], []],
      ["1.2.2", "实验幼儿园", ["县教育局"], ["县交投", "县文旅投"]],
      ["2.1", "乡镇卫生院改造", ["县卫健局"], []],
    ]);
  });
});

describe("a one-cell-per-line header", () => {
  it("never takes a unit list or a numbered task line between two column-like words for a header cell", () => {
    const text = [
      "责任单位",
      "市国资委、市财政局",
      "2.盘活存量资产。",
      "推进某某工作",
      "牵头单位:",
      "市国资委",
    ];
    const lines = toLines(text.join("\n"));
    expect(lines.map((_, i) => detectHeader(lines, i))).toEqual(lines.map(() => null));
    expect(parseBreakdown(["1.推进国企改革。", ...text].join("\n")).tasks.map((t) => t.leads)).toEqual([
      ["市国资委"],
      ["市国资委"],
    ]);
  });
});
