import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import {
  endAtDebris,
  takeLeadingPersons,
  takePersons,
  takeTrailingPersons,
} from "../../../src/core/parse/unitValues";

const parse = (body: string) => parseBreakdown(`甲县2024年重点工作任务分解\n${body}`).tasks;

describe("a unit list that runs into figures or debris", () => {
  it("ends at the last whole unit before a space followed by words that are no unit", () => {
    expect(endAtDebris("市城管局,各区政府 鄞州 海曙 合计 新辟线路 2 5 1")).toEqual({
      units: "市城管局,各区政府",
      debris: "鄞州 海曙 合计 新辟线路 2 5 1",
    });
    expect(endAtDebris("市财政局、县供电公司 东城 12 西城 8").units).toBe("市财政局、县供电公司");
  });

  it("ends nothing at a space before another unit, a bracket, a deadline or a single word", () => {
    for (const value of [
      "财政局 发改局 住建局",
      "发改局 、 经信局 、 科技局",
      "发改局 (服务业局)",
      "县财政局 2024年底前",
      "县财政局 等",
    ]) {
      expect(endAtDebris(value)).toEqual({ units: value, debris: "" });
    }
  });

  it("keeps a flattened figure grid after a one-line page's co-units out of the units", () => {
    const lines = [
      "1.新辟公交线路10条。 牵头领导:王某 责任单位:市交通委 配合单位:市公安局、各区政府 东区 西区 合计 年度目标 2 5 7 实际完成 1 2 3",
      "2.新建公园。 责任单位:市住建局 配合单位:市财政局 鄞州 海曙 合计",
    ];
    expect(parse(lines.join("\n")).map((t) => [t.leads, t.coUnits])).toEqual([
      [["市交通委"], ["市公安局", "各区政府"]],
      [["市住建局"], ["市财政局"]],
    ]);
  });
});

describe("a person in charge named beside a unit", () => {
  it("takes the person out of a unit under a label that asks for units and persons", () => {
    expect(takePersons("县住建局(张三)、县财政局")).toEqual({
      units: "县住建局、县财政局",
      persons: ["县住建局 张三"],
    });
    expect(takePersons("县教育局 李四").persons).toEqual(["县教育局 李四"]);
    // A bracket that is a unit's alias, or a unit after a space, is no person.
    expect(takePersons("高新区(邹区镇)、县财政局 县发改局").persons).toEqual([]);
  });

  it("reads the unit and keeps the person with the task's words, under 牵头单位及责任人 or (责任人:…)", () => {
    const tasks = parse(
      [
        "1.推进城东改造。",
        "牵头单位及责任人:县住建局(张三)",
        "配合单位:县财政局",
        "2.建设县二中。",
        "责任单位及责任人:县教育局 李四、县财政局",
        "3.新建公园。",
        "牵头单位:县住建局(责任人:王五)",
        "4.新建广场。",
        "牵头单位:县住建局(牵头人:赵六)",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["推进城东改造。(责任人:县住建局 张三)", ["县住建局"], ["县财政局"]],
      ["建设县二中。(责任人:县教育局 李四)", ["县教育局"], ["县财政局"]],
      ["新建公园。(责任人:王五)", ["县住建局"], []],
      ["新建广场。(责任人:赵六)", ["县住建局"], []],
    ]);
  });

  it("takes out a person named after a unit and a space in a table's units cell, never a unit's short name", () => {
    expect(takeTrailingPersons("市民政局 伍泽国")).toEqual({
      units: "市民政局",
      persons: ["市民政局 伍泽国"],
    });
    expect(takeTrailingPersons("区教育局 王小红、区财政局")).toEqual({
      units: "区教育局、区财政局",
      persons: ["区教育局 王小红"],
    });
    // A second unit, a department's short name, a place or a sector after the space is no person; nor is any
    // two-character word (县公安局 武警, 县水利局 黄河), which is as often one of those as a name.
    expect(takeTrailingPersons("县公安局 武警").persons).toEqual([]);
    expect(takeTrailingPersons("区住建局 何丽").persons).toEqual([]);
    expect(takeTrailingPersons("市财政局 市发改委").persons).toEqual([]);
    expect(takeTrailingPersons("县农业农村局 林业").persons).toEqual([]);
    expect(takeTrailingPersons("高新区管委会 东区").persons).toEqual([]);
    const table = [
      "某区2021年民生实事落实情况",
      "序号 | 工作任务 | 分管区领导 | 牵头单位及主要负责人 | 进展情况 |",
      "1 | 新建社区养老服务站10个 | 李明 | 区民政局 张国强 | 已完成 |",
      "2 | 改造老旧小区5个 | 李明 | 区住建局 何丽娟、区财政局 | 推进中 |",
    ].join("\n");
    expect(parseBreakdown(table).tasks.map((t) => [t.text.slice(0, 6), t.leads, t.coUnits])).toEqual([
      ["新建社区养老", ["区民政局"], []],
      // Every unit of a 牵头单位 column leads.
      ["改造老旧小区", ["区住建局", "区财政局"], []],
    ]);
  });

  it("keeps a bracket after a unit under a plain unit label part of the name", () => {
    expect(parse("1.推进城东改造。\n牵头单位:县住建局(城建办)")[0]?.leads).toEqual(["县住建局(城建办)"]);
  });
});

describe("a counted list of projects under a heading that names their lead", () => {
  it("reads a bracket after a project as one of the projects, the heading's government leading", () => {
    const tasks = parse(
      [
        "一、乙市政府",
        "1.竣工项目(2个):体育中心、五星级酒店项目(滨海国宾馆)。",
        "2.新开工项目(1个):乙市图书馆。",
      ].join("\n"),
    );
    expect(tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1.1", ["乙市政府"]],
      ["1.2", ["乙市政府"]],
    ]);
  });

  it("still reads a bare bracket of units after a counted list without such a heading", () => {
    expect(parse("一、城市建设\n1.新建农贸市场(3个):东市、西市、南市(县商务局)。")[0]?.leads).toEqual([
      "县商务局",
    ]);
  });
});

describe("a person named first in a units list", () => {
  it("takes the names before the first unit out as persons when every other piece is a unit", () => {
    expect(takeLeadingPersons("张三、县住建局、县财政局")).toEqual({
      units: "县住建局、县财政局",
      persons: ["张三"],
    });
    expect(takeLeadingPersons("王芳，赵强，区卫健委").persons).toEqual(["王芳", "赵强"]);
    expect(takeLeadingPersons("李建华、镇社会事务办").units).toBe("镇社会事务办");
  });

  it("takes nothing from a list of short names, a department's short name or a name after the first unit", () => {
    for (const value of [
      "张三、李四",
      "商务、县住建局",
      "金融、林业、县财政局",
      "县住建局、张三",
      "住建、财政",
      "张三",
    ])
      expect(takeLeadingPersons(value)).toEqual({ units: value, persons: [] });
  });

  it("keeps the person with the task's words in a tab table, '|' rows and a table one cell a line", () => {
    const rows = [
      ["1", "新建城东污水处理厂一座。", "张三、县住建局、县财政局", "年底前"],
      ["2", "改造老旧小区12个。", "李建华、区城管局", "6月底前"],
      ["3", "新建幼儿园3所。", "镇社会事务办", "9月底前"],
    ];
    const header = ["序号", "工作任务", "责任单位", "完成时限"];
    const shapes = [
      [header, ...rows].map((r) => r.join("\t")).join("\n"),
      [header, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n"),
      [header, ...rows].flat().join("\n"),
    ];
    for (const text of shapes) {
      const tasks = parse(text);
      expect(tasks.map((t) => [t.leads, t.coUnits, t.deadline])).toEqual([
        [["县住建局"], ["县财政局"], "年底前"],
        [["区城管局"], [], "6月底前"],
        [["镇社会事务办"], [], "9月底前"],
      ]);
      expect(tasks[0]?.text).toContain("张三");
      expect(tasks[1]?.text).toContain("李建华");
    }
  });
});
