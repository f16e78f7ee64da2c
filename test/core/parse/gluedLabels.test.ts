import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Labels and items glued together on one line, no separator before them, as a copy that lost its line breaks and
// spaces gives them (docs/layouts.md, "Labels and records"): made-up documents in the shapes of other places.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.leader]);
const doc = (...lines: string[]) => ["某某县2026年重点工作责任分解", ...lines].join("\n");

describe("the next item glued right after a unit label's names", () => {
  it("starts the next (二) item after the units, with a leader label glued to the title before them", () => {
    const text = doc(
      "一、加快城市建设",
      "(一)推进老旧小区改造,完成改造50个。牵头领导:王某副局长责任部门:市政科、质监站(二)加强道路养护,新增绿地10公顷。牵头领导:李某副局长责任部门:养护中心、园林科",
      "(三)完善排水设施。牵头领导:赵某副局长责任部门:排水科配合部门:财务科",
    );
    expect(read(text)).toEqual([
      ["1.1", "推进老旧小区改造,完成改造50个。", ["市政科"], ["质监站"], "王某"],
      ["1.2", "加强道路养护,新增绿地10公顷。", ["养护中心"], ["园林科"], "李某"],
      ["1.3", "完善排水设施。", ["排水科"], ["财务科"], "赵某"],
    ]);
  });

  it("cuts arabic-numbered items glued after a 牵头单位 / 配合单位 / 协助部门 value, in either 1. or 1、 style", () => {
    const text = doc(
      "1.建设城区污水管网5公里。牵头单位:县水务局 配合单位:县财政局、县住建局2.新建公办幼儿园2所。牵头单位:县教育局 配合单位:县自然资源局3.改造农村公路30公里。牵头单位:县交通运输局",
      "4、完成危房改造100户。牵头部门:县住建局协助部门:各镇人民政府5、建成农贸市场1个。牵头部门:县市场监管局",
    );
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["县水务局"], ["县财政局", "县住建局"]],
      ["2", ["县教育局"], ["县自然资源局"]],
      ["3", ["县交通运输局"], []],
      ["4", ["县住建局"], ["各镇人民政府"]],
      ["5", ["县市场监管局"], []],
    ]);
  });

  it("never cuts where the number is not the next one, or the words before it are not unit names", () => {
    const text = doc(
      "1.建设污水管网。责任单位:县水务局3.新建幼儿园。",
      "2.完成改造任务的2.5倍。责任单位:县住建局",
    );
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(tasks[1]?.text).toBe("完成改造任务的2.5倍。");
  });
});

describe("a modifier glued between a unit's name and the next unit label", () => {
  it("reads 主体责任单位 / 重点责任单位 glued after a lead's name as the label, its units as co-units", () => {
    const text = doc(
      "1.新建学校3所。牵头单位:县教育局主体责任单位:各乡镇人民政府",
      "2.整治农村人居环境。牵头部门:区农业农村局重点责任部门:区住建局、区生态环境分局",
    );
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["县教育局"], ["各乡镇人民政府"]],
      ["2", ["区农业农村局"], ["区住建局", "区生态环境分局"]],
    ]);
  });

  it("keeps a unit whose name ends in such a word's characters whole when a separator comes first", () => {
    const text = doc("1.举办全民健身活动。牵头单位:县文体局;责任单位:县体育中心、各乡镇");
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["县文体局"], ["县体育中心", "各乡镇"]],
    ]);
  });
});
