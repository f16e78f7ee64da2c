/**
 * A table without a units column right under a heading that names the units of all its rows (tableUnitsAbove.ts):
 * 一、各区、县(市)政府、市政府各部门负责落实的工作任务 over 序号 / 任务事项 / 完成时限. Made-up variants: one cell a
 * line or one row a line, collectives or named offices, 负责落实 / 承担; and the same table under a heading that
 * names no units, which stays no breakdown.
 */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (lines: readonly string[]) =>
  parseBreakdown(lines.join("\n")).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

describe("a table without a units column under a heading naming its units", () => {
  it("gives every row a heading's collectives (one cell a line, 承担的重点任务)", () => {
    expect(
      read([
        "某县2024年重点工作任务分解",
        "二、县直各部门承担的重点任务",
        "序号",
        "工作任务",
        "完成时限",
        "1",
        "开展农村人居环境整治",
        "年底前",
        "2",
        "推进校园安全建设",
        "9月底前",
      ]),
    ).toEqual([
      ["2.1", "开展农村人居环境整治", ["县直各部门"], [], "年底前"],
      ["2.2", "推进校园安全建设", ["县直各部门"], [], "9月底前"],
    ]);
  });

  it("gives every row a heading's named offices, the first leading (rows one a line)", () => {
    expect(
      read([
        "某区重点工作",
        "(一)区发改局、区财政局负责落实的任务",
        "序号\t工作任务\t时间节点",
        "1\t争取专项债券资金\t6月底前",
        "2\t编制十五五规划\t年底前",
      ]),
    ).toEqual([
      ["1.1", "争取专项债券资金", ["区发改局"], ["区财政局"], "6月底前"],
      ["1.2", "编制十五五规划", ["区发改局"], ["区财政局"], "年底前"],
    ]);
  });

  it("gives a mixed heading's units (an office and a collective) to the rows, the office leading", () => {
    expect(
      read([
        "某区重点工作",
        "一、区住建局、各镇街负责落实的工作任务",
        "序号\t工作任务\t完成时限",
        "1\t完成老旧小区改造10个\t11月底前",
      ]),
    ).toEqual([["1.1", "完成老旧小区改造10个", ["区住建局"], ["各镇街"], "11月底前"]]);
  });

  it("reads no tasks from the same table under a heading that names no units", () => {
    expect(
      read([
        "某县2024年重点工作任务分解",
        "二、重点任务",
        "序号",
        "工作任务",
        "完成时限",
        "1",
        "开展农村人居环境整治",
        "年底前",
      ]),
    ).toEqual([]);
  });
});
