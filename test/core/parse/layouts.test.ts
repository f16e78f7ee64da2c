import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Layouts found in real documents of other places (issue 7 §2), each in our own made-up words.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("layouts of other places", () => {
  it("reads unnumbered paragraphs under a heading, each ending in its own unit bracket, as tasks under it", () => {
    const text = [
      "一、扩大有效需求",
      "落实积极的财政政策,加快专项债券发行使用。(财政厅牵头)",
      "加强银企对接,引导信贷投向实体经济。(人行某某中心支行、金融局按职责分工负责)",
      "二、稳定就业",
      "实施就业优先政策,城镇新增就业5万人。(人社厅牵头,教育厅配合)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "落实积极的财政政策,加快专项债券发行使用。", ["财政厅"], []],
      ["1.2", "加强银企对接,引导信贷投向实体经济。", ["人行某某中心支行"], ["金融局"]],
      // Alone under 二、 while 一、 holds two: a task under its heading as theirs are, never glued to its words.
      ["2.1", "实施就业优先政策,城镇新增就业5万人。", ["人社厅"], ["教育厅"]],
    ]);
  });

  it("reads 由X副市长负责,A牵头,B配合 opening a task's paragraph as its leader and units", () => {
    const doc = parseBreakdown(
      "1、建设综合物流园事宜\n由李某某副市长负责,市商务局牵头,相关部门配合,尽快完成方案编制。",
    );
    expect(doc.tasks.map((t) => [t.leader, t.leads, t.coUnits])).toEqual([
      ["李某某", ["市商务局"], ["相关部门"]],
    ]);
    expect(doc.tasks[0]?.text).toBe("建设综合物流园事宜尽快完成方案编制。");
  });

  it("reads a closing sentence 由A会同B、C等部门负责落实 as the task's units", () => {
    expect(read("(一)关于完善粮食收储制度的问题,由发展改革委会同财政部、农业部等部门负责落实。")).toEqual([
      [
        "1",
        "关于完善粮食收储制度的问题,由发展改革委会同财政部、农业部等部门负责落实。",
        ["发展改革委"],
        ["财政部", "农业部"],
      ],
    ]);
  });

  it("splits a page that lost its line breaks before its numbering markers", () => {
    const notice =
      "现将重点工作任务予以分解并明确责任单位,各责任单位要尽快制定具体落实方案,明确时间节点、责任领导和主要措施。".repeat(
        3,
      );
    const text = `${notice} 一、稳定增长 (一)促进消费。 1.扩大汽车消费。(市商务局牵头,市财政局配合) 2.发展夜间经济。(市商务局牵头)`;
    expect(read(text)).toEqual([
      ["1.1.1", "扩大汽车消费。", ["市商务局"], ["市财政局"]],
      ["1.1.2", "发展夜间经济。", ["市商务局"], []],
    ]);
  });

  it("reads numbering and separators written in small forms (1﹒)", () => {
    expect(read("1\ufe52扩大投资。(市发改委牵头\ufe50市财政局配合)")).toEqual([
      ["1", "扩大投资。", ["市发改委"], ["市财政局"]],
    ]);
  });

  it("reads task numbers set off by the Chinese full stop (1。) as numbers, running on across the headings", () => {
    const text = [
      "一、城乡出行",
      "1。新建乡村公路80公里。(牵头单位:县交通局)",
      "2。改造公交站台30座。(牵头单位:县交通局、县城管局)",
      "二、绿化环境",
      "3。新增口袋公园6个。(牵头单位:县林业局)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "新建乡村公路80公里。", ["县交通局"], []],
      ["1.2", "改造公交站台30座。", ["县交通局", "县城管局"], []],
      ["2.3", "新增口袋公园6个。", ["县林业局"], []],
    ]);
  });

  // A、B主办: every unit before 主办 leads, as before 牵头 (jiangsu-nanjing-2026's reading, Set N: "two units before
  // 主办: both lead"; this test read the last one alone as lead before any real document had the shape).
  it("reads A、B主办 as two leads, as A、B牵头, and A、B分别牵头 as two leads", () => {
    expect(
      read("1.落实减税降费政策。(省税务局、省财政厅主办)\n2.稳定农业生产。(省农业厅、省水利厅分别牵头)"),
    ).toEqual([
      ["1", "落实减税降费政策。", ["省税务局", "省财政厅"], []],
      ["2", "稳定农业生产。", ["省农业厅", "省水利厅"], []],
    ]);
  });

  it("reads a header whose cell names a year (2022年预期目标) or is broken over two cells (市政府 / 分管领导)", () => {
    const first =
      "序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5%\n区发展改革委\n2\n税收增长6%\n区税务局";
    expect(read(first)).toEqual([
      ["1", "地区生产总值增长5%", ["区发展改革委"], []],
      ["2", "税收增长6%", ["区税务局"], []],
    ]);
    const second =
      "序号\n重点工作\n市政府\n分管领导\n牵头单位\n配合单位\n1\n建设科创走廊。\n王某\n市科技局\n市财政局";
    const doc = parseBreakdown(second);
    expect(doc.tasks.map((t) => [t.leader, t.leads, t.coUnits])).toEqual([
      ["王某", ["市科技局"], ["市财政局"]],
    ]);
  });

  it("gives the lead unit a heading names (一、X牵头工作(8项)) to the tasks under it", () => {
    const doc = parseBreakdown(
      "一、县开发区管委会牵头工作(2项)\n1.建设食品产业园。\n2.打造冷链物流基地。\n协同单位:县商务局",
    );
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", ["县开发区管委会"], []],
      ["1.2", ["县开发区管委会"], ["县商务局"]],
    ]);
  });

  it("gives a place's government a heading names alone (三、儋州市政府) to the projects under it", () => {
    // A key-project list sorted by place: each place's government answers for the projects under its heading.
    const doc = parseBreakdown(
      "一、儋州市政府\n(一)重点项目(2个)。\n1.竣工项目:海南西部中心医院一期工程。\n2.续建项目:儋州滨海新区开发项目。\n二、琼海市人民政府\n(一)新开工项目(1个):博鳌会客厅。",
    );
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1.1", ["儋州市政府"], []],
      ["1.1.2", ["儋州市政府"], []],
      ["2.1", ["琼海市人民政府"], []],
    ]);
  });

  it("says, at its header, that a table whose cell borders were lost cannot be split into columns", () => {
    const doc = parseBreakdown(
      "民生实事项目责任分解表\n序号项目名称主要内容分管领导牵头单位配合单位1新建学校新建小学2所。林某教育局各街道",
    );
    expect(doc.tasks).toEqual([]);
    expect(doc.issues.map((i) => [i.code, i.line, i.params])).toEqual([
      ["no-tasks", 2, { reason: "cells-glued" }],
    ]);
  });

  it("keeps a table with separated cells out of that finding, and reads it", () => {
    const doc = parseBreakdown("序号\t项目名称\t牵头单位\t配合单位\n1\t新建小学2所。\t教育局\t各街道");
    expect(doc.tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["新建小学2所。", ["教育局"], ["各街道"]],
    ]);
  });
});
