import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Look-alikes: a notice of complaints (信访 / 群众投诉) lists each complaint with the office that took it (受理部门)
// and the one that handled it (承办部门) — no task of a breakdown (docs/layouts.md, "Labels and records").
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("a notice of complaints with the offices that took and handled each", () => {
  it.each([
    [
      "受理部门 / 承办部门 on the complaint's line, with its result",
      [
        "某县信访事项办理情况公示",
        "1.群众反映某小区噪音扰民问题。受理部门:县信访局 承办部门:县生态环境局 办理结果:已处理",
        "2.群众反映某路段积水问题。受理部门:县信访局 承办部门:县住建局 办理结果:已完成",
      ],
    ],
    [
      "受理单位 / 承办单位 in a bracket, numbered (一)",
      [
        "某区12345热线群众诉求办理情况通报",
        "(一)市民来电反映某菜市场占道经营。(受理单位:区热线办;承办单位:区城管局)",
        "(二)市民来电反映某路灯不亮。(受理单位:区热线办;承办单位:区住建局)",
      ],
    ],
  ])("gives no tasks: %s", (_, lines) => {
    const text = lines.join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
    expect(codes(text)).toContain("no-tasks");
  });

  it("still reads 承办单位 as a task's units where no 受理 label stands beside it, and reads a result field past", () => {
    const text = [
      "某区2024年民生实事分解",
      "1.新建社区养老服务中心3个。责任单位:区民政局 办理情况:已完成",
      "2.改造老旧管网10公里。承办单位:区水务局 处理结果:推进中",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["新建社区养老服务中心3个。", ["区民政局"], []],
      ["改造老旧管网10公里。", ["区水务局"], []],
    ]);
  });
});
