import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import type { ParsedDocument } from "../../../src/core/types";

// Hostile input loses nothing (issue 11): unclosed brackets, a title line mid-document, huge unit lists.
const FW = { lp: "\uff08", rp: "\uff09", colon: "\uff1a" };
const summary = (doc: ParsedDocument) => doc.tasks.map((t) => [t.id, t.leads, t.coUnits]);
const codes = (doc: ParsedDocument) => doc.issues.map((i) => [i.code, i.line]);

describe("a bracket that never closes", () => {
  it.each([
    ["ASCII", "(", ")"],
    ["full-width", FW.lp, FW.rp],
  ])(
    "in a task's text (%s) is closed at the end of its line, with a finding, and swallows no later task",
    (_w, lp) => {
      const text = [
        "一、稳增长",
        `1.扩大有效投资${lp}力争增长10%。`,
        `牵头单位${FW.colon}市发改委`,
        "2.促进消费回升。",
        `牵头单位${FW.colon}市商务局`,
        "3.稳定外贸。",
        `牵头单位${FW.colon}市商务局`,
      ].join("\n");
      const doc = parseBreakdown(text);
      expect(summary(doc)).toEqual([
        ["1.1", ["市发改委"], []],
        ["1.2", ["市商务局"], []],
        ["1.3", ["市商务局"], []],
      ]);
      expect(doc.tasks[0]?.text).toBe(`扩大有效投资${lp}力争增长10%。`);
      expect(codes(doc)).toEqual([["bracket-unclosed", 2]]);
    },
  );

  it("in a role bracket is read as closed at the end of the line: its units are the task's", () => {
    const doc = parseBreakdown(
      "1.加快项目建设(市住建局牵头,市财政局配合\n2.优化营商环境。(市政务服务局牵头)",
    );
    expect(summary(doc)).toEqual([
      ["1", ["市住建局"], ["市财政局"]],
      ["2", ["市政务服务局"], []],
    ]);
    expect(doc.tasks[0]?.text).toBe("加快项目建设");
    expect(codes(doc)).toEqual([["bracket-unclosed", 1]]);
  });

  it("in a units line keeps the units after it apart, with a finding", () => {
    const doc = parseBreakdown(
      `1.稳定外贸。\n牵头单位:市商务局\n配合单位:市海关(驻市办、市财政局\n2.招商引资。\n牵头单位:市投促局`,
    );
    expect(summary(doc)).toEqual([
      ["1", ["市商务局"], ["市海关(驻市办", "市财政局"]],
      ["2", ["市投促局"], []],
    ]);
    expect(codes(doc)).toContainEqual(["bracket-unclosed", 3]);
  });
});

describe("a title line in the middle of the document", () => {
  it("drops nothing before it: the tasks above it are kept", () => {
    const text = [
      "一、稳增长",
      "1.扩大有效投资。",
      "牵头单位:市发改委",
      "2.促进消费回升。",
      "牵头单位:市商务局",
      "2024年重点工作任务分解",
      "3.稳定外贸。",
      "牵头单位:市商务局",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.text, t.leads])).toEqual([
      ["扩大有效投资。", ["市发改委"]],
      ["促进消费回升。", ["市商务局"]],
      ["稳定外贸。", ["市商务局"]],
    ]);
  });

  it("still leaves a notice above the first title out of the tasks", () => {
    const text =
      "关于印发某某的通知\n一、高度重视。各部门要认真落实。\n2024年重点工作任务分解\n1.扩大有效投资。\n牵头单位:市发改委";
    expect(parseBreakdown(text).tasks.map((t) => t.text)).toEqual(["扩大有效投资。"]);
  });
});

describe("150,000 units on one line", () => {
  const units = Array.from({ length: 150_000 }, (_, i) => `第${i + 1}分局`);
  it.each([
    ["a units line", `1.推进改造。\n责任单位:${units.join("、")}`],
    ["a role bracket", `1.推进改造。(责任单位:${units.join("、")})`],
    ["a table cell", `序号\t工作任务\t责任单位\n1\t推进改造。\t${units.join("、")}`],
  ])(
    "in %s neither overflow the stack nor lose a unit",
    (_where, text) => {
      const doc = parseBreakdown(text);
      expect(doc.tasks).toHaveLength(1);
      expect(doc.tasks[0]?.leads).toEqual(["第1分局"]);
      expect(doc.tasks[0]?.coUnits).toHaveLength(149_999);
      expect(doc.tasks[0]?.coUnits[149_998]).toBe("第150000分局");
    },
    60_000,
  ); // a few seconds alone; longer on a loaded machine
});
