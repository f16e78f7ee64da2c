import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables flattened one cell per line, a blank line between cells (tableFit.ts): where a cell of several lines ends.
const read = (lines: readonly string[]) =>
  parseBreakdown(lines.join("\n")).tasks.map((t) => [t.leads, t.coUnits, t.deadline]);

describe("one cell per line: where a cell ends", () => {
  it("a co-units cell of one unit a line ends at a deadline told by its words, not a date (省出台办法后完成)", () => {
    const text = ["序号", "", "工作任务", "", "牵头单位", "", "配合单位", "", "完成时限"];
    const rows = [
      [
        "1",
        "",
        "建立困难群众救助联动机制",
        "",
        "区民政局",
        "",
        "区财政局",
        "区人社局",
        "区卫健局",
        "",
        "省出台办法后完成",
      ],
      ["2", "", "完善临时救助制度", "", "区民政局", "", "区财政局", "", "6月底前"],
    ];
    expect(read([...text, ...rows.flat()])).toEqual([
      [["区民政局"], ["区财政局", "区人社局", "区卫健局"], "省出台办法后完成"],
      [["区民政局"], ["区财政局"], "6月底前"],
    ]);
  });

  it("a lead written with its person in charge (市财政局局长李明华) is the lead's cell, under a name merged over rows", () => {
    const head = ["序号", "", "名称", "", "工作任务", "", "牵头单位", "", "配合单位"];
    const rows = [
      [
        "1",
        "",
        "财政",
        "",
        "一般公共预算收入增长8%",
        "",
        "市财政局局长李明华",
        "",
        "市税务局",
        "",
        "市统计局",
      ],
      ["2", "", "财政收入", "", "市财政局局长李明华", "", "国税局", "地税局"],
    ];
    const got = parseBreakdown([...head, ...rows.flat()].join("\n")).tasks;
    expect(got.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市财政局"], ["市税务局", "市统计局"]],
      [["市财政局"], ["国税局", "地税局"]],
    ]);
    expect(got[1]?.text).toContain("财政收入");
  });
});

describe("one cell per line: a units cell of one name a line", () => {
  it("ends where a cell that is no unit starts (按省里要求 is the deadline's cell, not the co-units' last line)", () => {
    const head = ["序号", "", "工作任务", "", "牵头单位", "", "配合单位", "", "完成时限"];
    const rows = [
      ["1", "", "建立困难群众救助联动机制", "", "区民政局", "", "区财政局", "区人社局", "", "按省里要求"],
      ["2", "", "完善临时救助制度", "", "区民政局", "", "区财政局", "", "6月底前"],
    ];
    expect(read([...head, ...rows.flat()])[0]?.slice(0, 2)).toEqual([["区民政局"], ["区财政局", "区人社局"]]);
  });
});
