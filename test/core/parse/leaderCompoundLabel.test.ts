/**
 * A leader label with two role words before 领导 (牵头责任领导:X, 分管责任领导:X) on a line of its own over a task's unit
 * lines (anhui-chuzhou's records): the task's leader, never words of the task or the start of a units label. Made-up
 * variants: other role words, a full-width colon, a stop after the name or none.
 */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (lines: readonly string[]) =>
  parseBreakdown(lines.join("\n")).tasks.map((t) => [t.text, t.leader, t.leads, t.coUnits]);

describe("a leader label of two role words on its own line", () => {
  it.each([
    ["牵头责任领导:邓某某。", "邓某某"],
    ["分管责任领导:王某", "王某"],
    ["牵头责任领导：李某某。", "李某某"],
  ])("reads %s as the task's leader", (label, name) => {
    expect(
      read([
        "某市2024年重点工作及责任分解",
        "一、主要预期目标",
        "1. 地区生产总值增长7%。",
        label,
        "牵头责任单位:市发展改革委。",
        "协同责任单位:市统计局、市财政局。",
      ]),
    ).toEqual([["地区生产总值增长7%。", name, ["市发展改革委"], ["市统计局", "市财政局"]]]);
  });
});
