/**
 * Tables drawn with box characters (tableBoxed.ts): one text line a line of the drawing, cells between the bars,
 * rows between rules, a cell's words wrapped over several lines, merged cells that no rule crosses. Made-up
 * drawings in other places' wording: box characters and ASCII (+---+), a 序号 column or none, units one a line or
 * wrapped inside a name, a leader and a deadline merged over rows, headings across the table and unmarked
 * themes over marked tasks.
 */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (lines: readonly string[]) =>
  parseBreakdown(lines.join("\n")).tasks.map((t) => ({
    id: t.id,
    text: t.text,
    leads: t.leads,
    co: t.coUnits,
    leader: t.leader,
    deadline: t.deadline,
  }));

describe("a table drawn with box characters", () => {
  it("reads each ruled row, its cells' wrapped lines joined (a name broken at the cell's edge kept whole)", () => {
    const tasks = read([
      "某市2023年重点工作任务分解表",
      "┌──┬──────────┬──────┬──────┬────┐",
      "│序号│ 工 作 任 务 │牵头单位│配合单位│完成时限│",
      "├──┼──────────┼──────┼──────┼────┤",
      "│1 │推进城东片区改造,完│市住建局│市发展和改革│6月底前│",
      "│ │成棚户区征收1200户 │ │委员会 │ │",
      "├──┼──────────┼──────┼──────┼────┤",
      "│2 │新建城市书房20家 │市文广旅游│市财政局 │年底前 │",
      "│ │ │局 │市教育局 │ │",
      "└──┴──────────┴──────┴──────┴────┘",
    ]);
    expect(tasks).toEqual([
      {
        id: "1",
        text: "推进城东片区改造,完成棚户区征收1200户",
        leads: ["市住建局"],
        co: ["市发展和改革委员会"],
        leader: null,
        deadline: "6月底前",
      },
      {
        id: "2",
        text: "新建城市书房20家",
        leads: ["市文广旅游局"],
        co: ["市财政局", "市教育局"],
        leader: null,
        deadline: "年底前",
      },
    ]);
  });

  it("reads an ASCII drawing (+----+, | cells |), a plus inside a cell's words kept, a leader merged over rows", () => {
    const tasks = read([
      "区2024年重点工作责任分工",
      "+----+------------------------+--------------+----------+",
      "| 序号 |        重点任务          |   责任单位   | 责任领导 |",
      "+----+------------------------+--------------+----------+",
      "| 1  | 推进“互联网+政务服务”  | 区行政审批局 | 李明     |",
      "|    | 改革                   | 区大数据中心 |          |",
      "+----+------------------------+--------------+          |",
      "| 2  | 开展营商环境评价       | 区发改局     |          |",
      "+----+------------------------+--------------+----------+",
    ]);
    expect(tasks.map((t) => [t.id, t.text, t.leads, t.co, t.leader])).toEqual([
      ["1", "推进“互联网+政务服务”改革", ["区行政审批局"], ["区大数据中心"], "李明"],
      ["2", "开展营商环境评价", ["区发改局"], [], "李明"],
    ]);
  });

  it("gives marked tasks (●) the cells beside their cell's first line, under the theme above them and a heading across the table", () => {
    const tasks = read([
      "┌────────────┬────┬──────┬────┐",
      "│重点工作 │责任领导│责任单位│完成时限│",
      "├────────────┼────┼──────┼────┤",
      "│一、稳定经济增长 │",
      "├────────────┬────┬──────┬────┤",
      "│(一)扩大有效投资 │王五 │区发改局│全年 │",
      "├────────────┤ │区财政局│ │",
      "│●实施重大项目50个 │ │ │ │",
      "│●争取专项债券 │ ├──────┤ │",
      "│ │ │区统计局│ │",
      "├────────────┤ │ │ │",
      "│(二)促进消费 │ │ │ │",
      "├────────────┤ │ │ │",
      "│●举办消费季活动 │ │ │ │",
      "└────────────┴────┴──────┴────┘",
    ]);
    expect(tasks.map((t) => [t.id, t.text, t.leads, t.co, t.leader, t.deadline])).toEqual([
      ["1.1.1", "实施重大项目50个", ["区发改局"], ["区财政局"], "王五", "全年"],
      ["1.1.2", "争取专项债券", ["区发改局"], ["区财政局"], "王五", "全年"],
      ["1.2.1", "举办消费季活动", ["区统计局"], [], "王五", "全年"],
    ]);
  });

  it("names a column 牵头 with the work's verb before the unit word (牵头组织实施单位) a column of leads", () => {
    const tasks = read([
      "┌──────────┬────────┬────┐",
      "│ 工 作 任 务 │牵头组织实施单位│完成时限│",
      "├──────────┼────────┼────┤",
      "│△开展安全生产大检查 │县应急局、县公安局│三季度 │",
      "└──────────┴────────┴────┘",
    ]);
    expect(tasks.map((t) => [t.text, t.leads, t.co])).toEqual([
      ["开展安全生产大检查", ["县应急局", "县公安局"], []],
    ]);
  });

  it("takes the drawing's bottom rule for the table's end, not for words cut off", () => {
    const doc = parseBreakdown(
      [
        "┌──────────┬──────┐",
        "│工作任务 │责任单位│",
        "├──────────┼──────┤",
        "│开展消防安全检查 │县消防大队│",
        "└──────────┴──────┘",
      ].join("\n"),
    );
    expect(doc.tasks.map((t) => t.leads)).toEqual([["县消防大队"]]);
    expect(doc.issues.filter((i) => i.code === "text-unattached")).toEqual([]);
  });

  it("leaves a drawing that is no table (a framed title) to the outline, and a row of cells it cannot place unread", () => {
    const framed = read([
      "┌──────────────┐",
      "│ 重点工作任务分解 │",
      "└──────────────┘",
      "1.推进老旧小区改造。",
      "责任单位:县住建局",
    ]);
    expect(framed.map((t) => [t.text, t.leads])).toEqual([["推进老旧小区改造。", ["县住建局"]]]);
    expect(() =>
      read([
        "┌────┬────┬────┐",
        "│工作任务│责任单位│完成时限│",
        "├────┼────┼────┤",
        "│修路│县交通局 │年底│多一格│",
        "└────┴────┴────┘",
      ]),
    ).not.toThrow();
  });
});
