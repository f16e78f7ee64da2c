import { message } from "../../../src/core/messages";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

describe("a task with co-units and no lead", () => {
  it("is read with its co-units, the lead not guessed, and said at its line as validate will say it", () => {
    const text = [
      "一、张三副市长",
      "1.开展营商环境评估。",
      "牵头单位:",
      "配合单位:发改局、财政局",
      "2.推进老旧小区改造。",
      "牵头单位:建设局",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", [], ["发改局", "财政局"]],
      ["1.2", ["建设局"], []],
    ]);
    const found = doc.issues.filter((i) => i.code === "task-no-lead");
    expect(found).toEqual([
      {
        code: "task-no-lead",
        severity: "warning",
        line: 2,
        params: { id: "1.1", units: ["发改局", "财政局"] },
      },
    ]);
    expect(message("task-no-lead", found[0]!.params, "zh-CN")).toBe(
      "任务 1.1 只列了配合单位\uff08发改局、财政局\uff09\uff0c没有牵头单位\uff1b写入台账后请在牵头单位列填写。",
    );
  });

  it("is said for a table row whose 牵头单位 cell is empty, too", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t推进老旧小区改造20个\t建设局\t财政局\t年底前",
      "2\t开展营商环境评估\t\t发改局\t年底前",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1", ["建设局"], ["财政局"]],
      ["2", [], ["发改局"]],
    ]);
    expect(doc.issues.map((i) => [i.code, i.line, i.params.id])).toEqual([["task-no-lead", 3, "2"]]);
  });
});
