import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up progress tables whose cell borders were lost (a progress column after the units, cells run together
// with no separator): read where the columns can be told apart (src/core/parse/fallback/gluedProgress.ts).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const codes = (text: string) => parseBreakdown(text).issues.map((i) => [i.code, i.params]);

describe("a glued table with a progress column after its units", () => {
  it("reads each row's task to its full stop, its names set off by 、, and leaves the progress text (rows run on one line, a header set off by spaces)", () => {
    const text = [
      "某县2023年为民办实事进展表",
      "序号 工作任务 责任单位 进展情况",
      "1新建农贸市场2个,改造提升3个。县商务局、县市场监管局截至9月底,已建成1个。2实施老旧小区改造15个。县住建局城关镇已完成8个,3个正在施工。3新增城镇就业2000人。县人社局全县新增就业1680人。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建农贸市场2个,改造提升3个。", ["县商务局"], ["县市场监管局"]],
      // The progress text opens with a place (城关镇): not a unit of the task.
      ["2", "实施老旧小区改造15个。", ["县住建局"], []],
      ["3", "新增城镇就业2000人。", ["县人社局"], []],
    ]);
    expect(codes(text)).toEqual([["layout-generic", { reader: "glued", count: 3 }]]);
  });

  it("skips a category cell before each row's number, one name per units column, a name never run into the place that opens the progress (市区两级) and never cut before a bare organ (各县区人民政府)", () => {
    const text = [
      "领域序号督办事项责任单位配合单位推进情况",
      "产业发展1建成智能制造产业园一期。市工信局市发改委市区两级已完成投资3亿元,5个项目入驻。",
      "产业发展2新引进亿元以上项目10个。市商务局各县区人民政府已签约7个。",
      "民生保障3改造农村危房500户。市住建局市财政局已开工420户",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "建成智能制造产业园一期。", ["市工信局"], ["市发改委"]],
      ["2", "新引进亿元以上项目10个。", ["市商务局"], ["各县区人民政府"]],
      ["3", "改造农村危房500户。", ["市住建局"], ["市财政局"]],
    ]);
  });

  it("reads a header whose task column it knows only by its kind (重点督办内容), the category repeated on every row", () => {
    const text = [
      "类别序号重点督办内容牵头单位全年完成情况",
      "主要预期目标1地区生产总值增长6%。区发展改革委全年增长6.2%。",
      "主要预期目标2城镇登记失业率控制在2%以内。区人力社保局全年1.4%。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "地区生产总值增长6%。", ["区发展改革委"], []],
      ["2", "城镇登记失业率控制在2%以内。", ["区人力社保局"], []],
    ]);
  });

  it("reads nothing where no name follows a task's full stop, and says the borders were lost at the header", () => {
    const text = [
      "类别序号重点督办内容牵头单位全年完成情况",
      "主要预期目标1地区生产总值增长6%。全年增长6.2%。",
      "主要预期目标2城镇登记失业率控制在2%以内。全年1.4%。",
    ].join("\n");
    expect(read(text)).toEqual([]);
    expect(codes(text)).toEqual([["no-tasks", { reason: "cells-glued" }]]);
  });

  it("reads a header with no 序号, one row a line: a name cell merged over its rows, names set off by a comma", () => {
    const text = [
      "主题:",
      "就业创业",
      "项目名称工作任务责任单位完成情况",
      "一季度二季度三季度四季度",
      "就业创业新增城镇就业2000人。县人社局,各乡镇1.完成500人; 2.完成1100人。截至9月底新增1680人。",
      "扶持创业带动就业500人。县人社局,相关镇街已扶持312人。",
      "",
      "全年新增城镇就业2000人以上。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新增城镇就业2000人。", ["县人社局"], ["各乡镇"]],
      ["2", "扶持创业带动就业500人。", ["县人社局"], ["相关镇街"]],
    ]);
    expect(codes(text)).toEqual([["layout-generic", { reader: "glued", count: 2 }]]);
  });

  it("says the borders were lost at a header with no 序号 whose rows it cannot read", () => {
    const text = [
      "主题:",
      "就业创业",
      "项目名称工作任务责任单位完成情况",
      "就业创业新增城镇就业2000人。截至9月底新增1680人。",
      "扶持创业带动就业500人。已扶持312人。",
    ].join("\n");
    expect(read(text)).toEqual([]);
    expect(parseBreakdown(text).issues).toEqual([
      { code: "no-tasks", severity: "error", line: 3, params: { reason: "cells-glued" } },
    ]);
  });
});
