import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up breakdowns with notes ahead of their tasks: `说明` alone on its line, then numbered points saying what the
// breakdown is and asking the addressees to carry it out (各区县政府…要高度重视). The points are notice text, never
// tasks, whatever units they name; a section heading, or a number that does not go on from theirs, starts the tasks.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads]);

const notes = [
  "某市2023年《政府工作报告》任务分解意见",
  "说明",
  "1.任务分解意见是对《政府工作报告》中重点工作任务的逐条细化分解。",
  "2.任务分解意见将各项任务的主要负责单位确定为责任单位,其他负责单位确定为配合单位。",
  "3.对任务分解意见涉及的86项任务,各区县政府、高新区管委会和市级各部门要高度重视,认真抓好落实。",
];

describe("notes ahead of a breakdown's tasks", () => {
  it("are no tasks when the page breaks off inside them", () => {
    expect(read(notes.join("\n"))).toEqual([]);
    expect(
      read([...notes.slice(0, 4), "3.对分解意见涉及的86项任务,各区县政府、市级各部门要高度"].join("\n")),
    ).toEqual([]);
  });

  it("end at a section heading, the tasks under it read", () => {
    const text = [
      ...notes,
      "一、主要发展指标",
      "1.地区生产总值增长6%左右。(责任单位:市发展改革委)",
      "2.城镇新增就业3万人。(责任单位:市人社局)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "地区生产总值增长", ["市发展改革委"]],
      ["1.2", "城镇新增就业3万", ["市人社局"]],
    ]);
  });

  it("end at a number that starts a list again (1. after 3.)", () => {
    const text = [
      ...notes,
      "1.地区生产总值增长6%左右。(责任单位:市发展改革委)",
      "2.城镇新增就业3万人。(责任单位:市人社局)",
    ];
    expect(read(text.join("\n"))).toEqual([
      ["1", "地区生产总值增长", ["市发展改革委"]],
      ["2", "城镇新增就业3万", ["市人社局"]],
    ]);
  });
});
