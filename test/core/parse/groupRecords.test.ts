import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Group records (督查组, 检查组, 工作专班的组): each group one field a line under its name, the leading unit's label
// (组长单位, 牵头部门) and the deputy or member units' (副组长单位, 成员单位) written with a colon or with the units in
// a bracket after the label. Made-up documents in the shapes of other places (docs/layouts.md, "Group records").
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const doc = (...lines: string[]) => lines.join("\n");

describe("group records", () => {
  it("reads each 第N组 with its units in brackets after the labels as a task: the leading unit leads, the deputy helps", () => {
    const text = doc(
      "(二)督查安排",
      "第一组:组长单位(市发改委)",
      "副组长单位(市统计局)",
      "督查单位:城关镇、河西乡。",
      "第二组:组长单位 (市财政局)",
      "副组长单位(市审计局)",
      "督查单位:东城街道。",
      "第一次督查时间:5月中旬",
    );
    expect(read(text)).toEqual([
      ["2.1", "组长单位(市发改委) 副组长单位(市统计局)", ["市发改委"], ["市统计局"]],
      ["2.2", "组长单位 (市财政局) 副组长单位(市审计局)", ["市财政局"], ["市审计局"]],
    ]);
  });

  it("reads groups named otherwise (检查一组, 第二检查组), labels with colons, member units, blank lines and a page mark between", () => {
    const text = doc(
      "关于开展安全生产大检查的通知",
      "三、检查安排",
      "检查一组:组长单位:市应急管理局;成员单位:市住建局、市交通运输局",
      "检查范围:城东区、城西区。",
      "",
      "第二检查组:组长单位:市市场监管局;成员单位:市消防救援支队",
      "检查范围:高新区。",
      "- 3 -",
      "第三检查组:组长单位:市卫健委",
      "检查范围:经开区。",
    );
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["3.1", ["市应急管理局"], ["市住建局", "市交通运输局"]],
      ["3.2", ["市市场监管局"], ["市消防救援支队"]],
      ["3.3", ["市卫健委"], []],
    ]);
  });

  it("reads groups run together on one line (a page that lost its line breaks), with a forum's jammer strings", () => {
    const text =
      "二、督导安排。全区分三组:第1组:组长单位(区教育局) 副组长单位(区财政局) 督导对象:城关镇、河西乡。" +
      "第2组:组长单位(区卫健局) 副组长单位(区民政局) 督导对象:东城街道。 I% H9 r: m2 |* { " +
      "第3组:组长单位(区住建局) 副组长单位(区自然资源局) 督导对象:全区各村。";
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["2.1", ["区教育局"], ["区财政局"]],
      ["2.2", ["区卫健局"], ["区民政局"]],
      ["2.3", ["区住建局"], ["区自然资源局"]],
    ]);
  });

  it("reads a group named by a numbered heading over 牵头部门(X) and 成员单位, its duties kept with its words", () => {
    const text = doc(
      "县创建工作专班分组方案",
      "(一)综合协调组",
      "牵头部门(县政府办)",
      "成员单位:县发改局、县财政局",
      "主要职责:负责专班日常工作的组织协调。",
      "(二)宣传报道组",
      "牵头部门(县委宣传部)",
      "成员单位:县融媒体中心",
    );
    expect(read(text)).toEqual([
      ["1", "综合协调组主要职责:负责专班日常工作的组织协调。", ["县政府办"], ["县发改局", "县财政局"]],
      ["2", "宣传报道组", ["县委宣传部"], ["县融媒体中心"]],
    ]);
  });

  it("leaves a group cut inside its leading unit's name without units, the groups before it read", () => {
    const text = doc(
      "(三)督查分组",
      "第一组:组长单位(县审计局)",
      "副组长单位(县发改局)",
      "第二组:组长单位(县审",
    );
    const tasks = parseBreakdown(text).tasks;
    expect(tasks[0]?.leads).toEqual(["县审计局"]);
    expect(tasks.flatMap((t) => t.leads)).not.toContain("县审");
  });

  it("reads no task from groups of persons (组长:张三) or groups that name no leading unit", () => {
    const persons = doc(
      "关于成立督查组的通知",
      "第一组:组长:张三(县长)",
      "副组长:李四",
      "第二组:组长:王五",
      "副组长:赵六",
    );
    expect(parseBreakdown(persons).tasks).toEqual([]);
    const places = doc("督查安排", "第一组:城关镇、河西乡", "第二组:东城街道、西城街道");
    expect(parseBreakdown(places).tasks.flatMap((t) => t.leads)).toEqual([]);
  });
});
