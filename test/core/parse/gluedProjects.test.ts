import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Key-project tables whose cell borders were all lost, the whole table on one line, in our own made-up words:
// the columns are told apart by the header's order, the figures, and how owners, units and names end.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.leader]);

describe("a key-project table run together on one line", () => {
  it.each([
    ["项目业主", "牵头协调部门", "牵头区领导", "区"],
    ["业主单位", "牵头单位", "联系县领导", "县"],
    ["建设单位", "责任单位", "责任领导", "市"],
  ])("reads each row's name, owner, unit and leaders (%s / %s / %s)", (owner, units, leader, level) => {
    const text =
      `某${level}人民政府关于2024年重点推进项目的通知各有关单位:现将重点项目予以印发。附件某${level}2024年重点项目表单位:万元` +
      `序号项目名称建设阶段总投资2024年计划投资${owner}${units}${leader}合计 5200000 86000 ` +
      `1滨江公园项目加快建设12000008000${level}城投集团有限公司${level}住建局王建国李明` +
      `2农产品物流中心项目新开工30000050000某某农业发展有限公司、东风村股份经济合作社${level}农业农村局赵雪` +
      `3城东污水处理厂工程续建90000028000${level}水务投资有限公司${level}水务局刘强`;
    expect(read(text)).toEqual([
      ["1", `滨江公园项目(项目业主:${level}城投集团有限公司)`, [`${level}住建局`], [], "王建国、李明"],
      [
        "2",
        "农产品物流中心项目(项目业主:某某农业发展有限公司、东风村股份经济合作社)",
        [`${level}农业农村局`],
        [],
        "赵雪",
      ],
      ["3", `城东污水处理厂工程(项目业主:${level}水务投资有限公司)`, [`${level}水务局`], [], "刘强"],
    ]);
  });

  it("reads a table with no owner column, and keeps a last row cut short without units", () => {
    const text =
      "附件重点项目推进表序号项目名称建设性质总投资牵头单位责任领导" +
      "1老城区管网改造项目续建45000县住建局张伟2县第二中学扩建工程新建18000县教育局陈红3城北综合市场项目新建";
    expect(read(text)).toEqual([
      ["1", "老城区管网改造项目", ["县住建局"], [], "张伟"],
      ["2", "县第二中学扩建工程", ["县教育局"], [], "陈红"],
      ["3", "城北综合市场项目", [], [], null],
    ]);
  });

  it("keeps digits inside a project's words and takes the figures (with years) as the last run before the names", () => {
    const text =
      "附件重点项目表序号项目名称建设内容总投资建设年限项目业主责任单位责任领导" +
      "1城东片区改造项目新建安置房500套。1200002024-2026区城投公司区住建局张三" +
      "2G318国道改线工程改线12公里。860002024区交投集团区交通局李四王五";
    expect(read(text)).toEqual([
      ["1", "城东片区改造项目新建安置房500套。(项目业主:区城投公司)", ["区住建局"], [], "张三"],
      ["2", "G318国道改线工程改线12公里。(项目业主:区交投集团)", ["区交通局"], [], "李四、王五"],
    ]);
  });

  it("says the table lost its cell borders when its rows cannot be told apart", () => {
    const text =
      "附件重点项目表序号项目名称建设阶段总投资项目业主牵头协调部门牵头区领导" +
      "1滨江公园项目加快建设1200000城投集团住建部门2物流中心项目新开工300000农业公司农业部门";
    const parsed = parseBreakdown(text);
    expect(parsed.tasks).toEqual([]);
    expect(parsed.issues.find((i) => i.code === "no-tasks")?.params).toEqual({ reason: "cells-glued" });
  });
});
