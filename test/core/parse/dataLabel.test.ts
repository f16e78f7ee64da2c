import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up indicator lists whose targets name the unit that supplies their figures (数据提供单位 / 数据来源单位): alone,
// it is who answers for the target (the lead); beside a lead or a list of units named for the task, it helps.
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

describe("the unit that supplies a target's figures", () => {
  it.each([
    [
      "on a line of its own",
      "1.地区生产总值增长6%\n数据提供单位:县统计局\n2.城镇化率达到60%\n数据提供单位:县住建局\n",
    ],
    [
      "under another label word",
      "1.地区生产总值增长6%\n数据来源单位:县统计局\n2.城镇化率达到60%\n数据来源单位:县住建局\n",
    ],
    [
      "in a bracket closing the target",
      "1.地区生产总值增长6%。(数据提供单位:县统计局)\n2.城镇化率达到60%。(数据提供部门:县住建局)\n",
    ],
  ])("leads a target that names no other unit, %s", (_how, body) => {
    expect(roles(`一、主要指标\n${body}`)).toEqual([
      [["县统计局"], []],
      [["县住建局"], []],
    ]);
  });

  it("helps beside a lead label or a list of units", () => {
    const text =
      "一、主要指标\n" +
      "1.地区生产总值增长6%。(牵头单位:县发改局;数据提供单位:县统计局)\n" +
      "2.粮食产量稳定。(责任单位:县农业农村局、县水利局;数据提供单位:县统计局)\n";
    expect(roles(text)).toEqual([
      [["县发改局"], ["县统计局"]],
      [["县农业农村局"], ["县水利局", "县统计局"]],
    ]);
  });
});
