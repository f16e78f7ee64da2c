import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

const found = (text: string, code: string): Array<[number | null, unknown]> =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === code)
    .map((i) => [i.line, i.params.id ?? i.params.end]);

// The page's end cuts the last task: it never goes without a word (cutEnd.ts, cutName.ts, fallback/tables.ts).
describe("a text cut by the page's end", () => {
  it("keeps a one-cell-a-line indicator table's last row cut before its units cell, with task-cut", () => {
    const text = [
      "某区2021年主要指标",
      "指标名称",
      "年度目标",
      "完成情况",
      "责任部门",
      "1、地区生产总值增长率",
      "6%",
      "7.1%",
      "区发改委",
      "2、新增就业岗位",
      "3万个",
      "3.2万个",
      "区人社局",
      "3、新建社区卫生服务站点",
      "2个",
      "1个",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "地区生产总值增长", ["区发改委"], []],
      ["2", "新增就业岗位", ["区人社局"], []],
      ["3", "新建社区卫生服务", [], []],
    ]);
    expect(found(text, "task-cut")).toEqual([[16, "3"]]);
  });

  it("keeps a numbered item cut before its prose role line (此项工作由…), with task-cut", () => {
    const text = [
      "某市重点工作任务清单",
      "一、深化改革",
      "1.深化教育改革。均衡配置教育资源。",
      "此项工作由市教育局牵头,市财政局参加。",
      "2.深化医疗改革。推进分级诊疗。",
      "此项工作由市卫健委牵头,市医保局参加。",
      "3.建立和完善社会救助体系。全面整合社会救助资源,以社会互助为补充,政",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "深化教育改革。均", ["市教育局"], ["市财政局"]],
      ["1.2", "深化医疗改革。推", ["市卫健委"], ["市医保局"]],
      ["1.3", "建立和完善社会救", [], []],
    ]);
    expect(found(text, "task-cut")).toEqual([[7, "1.3"]]);
    // A last item that ends its sentence is no cut: not a task without roles.
    expect(read(text.replace(/,政$/, "。")).map((t) => t[0])).toEqual(["1.1", "1.2"]);
  });

  it("keeps a numbered record (③工作任务:…) cut before its unit field as a record, not a point under the one before", () => {
    const text = [
      "①工作任务：推进老旧小区改造2个。",
      "牵头单位：市发改委",
      "",
      "②工作任务：推进老旧小区改造3个。",
      "牵头单位：市财政局",
      "",
      "③工作任务：推进老旧小区",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进老旧小区改造", ["市发改委"], []],
      ["2", "推进老旧小区改造", ["市财政局"], []],
      ["3", "推进老旧小区", [], []],
    ]);
    expect(found(text, "task-cut")).toEqual([[7, "3"]]);
  });

  it("reads a tab row cut after its first characters as the next row, not as the row above's units cell going on", () => {
    const text = [
      "工作任务\t责任领导\t牵头单位",
      "推进老旧小区改造2个。\t\t市农业农村局",
      "推进老旧小区改造3个。\t\t市人力资源社会保障局",
      "推进老",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进老旧小区改造", ["市农业农村局"], []],
      ["2", "推进老旧小区改造", ["市人力资源社会保障局"], []],
      ["3", "推进老", [], []],
    ]);
    expect(found(text, "task-cut")).toEqual([[4, "3"]]);
  });

  it("keeps a '|' row's units when the text ends in the next row's first cell, and says where it ends", () => {
    const text = [
      "| 工作任务 | 牵头单位 |",
      "| 推进老旧小区改造2个。 | 市农业农村局 |",
      "| 推进老旧小区改造3个。 | 市人力资源社会保障局 |",
      "| 推进老",
    ].join("\n");
    expect(read(text).map((t) => t[2])).toEqual([["市农业农村局"], ["市人力资源社会保障局"]]);
    expect(found(text, "text-unattached")).toEqual([[4, "cut"]]);
  });

  it("says nothing of a last line that is a signature, a date or a whole sentence", () => {
    const base = [
      "某市重点工作任务清单",
      "1.深化教育改革。(市教育局牵头,市财政局配合)",
      "2.深化医疗改革。(市卫健委牵头,市医保局配合)",
    ];
    for (const tail of [
      "某市人民政府办公室",
      "2021年3月5日",
      "某市人民政府办公室　　2021年3月5日印发",
      "请各单位认真抓好落实。",
    ]) {
      const issues = parseBreakdown([...base, tail].join("\n")).issues;
      expect(issues.filter((i) => i.code === "task-cut" || i.params.end === "cut")).toEqual([]);
    }
  });

  it("says no task without units is cut where the last line closes with 》 or is a date in Chinese numerals", () => {
    const base = ["一、重点工作", "1.推进城东改造。", "责任单位:县建设局"];
    for (const tail of [
      ["2.开展城市管理专项整治,", "严格执行《县城市管理办法》"],
      ["2.开展城市管理专项整治。", "二〇二四年三月一日"],
    ]) {
      const text = [...base, ...tail].join("\n");
      // The task without units is said (task-no-units), never a text cut on its last line.
      expect(found(text, "task-no-units")).toEqual([[4, "1.2"]]);
      expect(found(text, "task-cut")).toEqual([]);
    }
    // A last line that breaks off is still said.
    expect(found([...base, "2.开展城市管理专项整治,", "严格执行县城市管理"].join("\n"), "task-cut")).toEqual([
      [5, "1.2"],
    ]);
  });
});
