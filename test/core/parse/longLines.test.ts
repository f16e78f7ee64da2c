import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const HEAD = "2020年工作责任分解\n一、王某副市长\n1.第一项任务。\n责任单位:财政局、发改局\n";

describe("a line too long for any stage", () => {
  it("is reported with its line, its length and its opening words, never dropped without a word", () => {
    const leader = `二、${"李某副市长分管".repeat(1400)}`;
    const parsed = parseBreakdown(`${HEAD}${leader}\n1.第二项任务。\n责任单位:交通局\n`);
    expect(parsed.tasks.map((t) => t.id)).toEqual(["1.1", "2.1"]);
    expect(parsed.issues).toContainEqual({
      code: "line-unread",
      severity: "warning",
      line: 5,
      params: { length: leader.length, text: leader.slice(0, 40) },
    });
  });

  it("says nothing of a long line read as a task, or one another finding names", () => {
    const task = `2.${"推进建设".repeat(2600)}。`;
    const read = parseBreakdown(`${HEAD}${task}\n责任单位:交通局、住建局\n`);
    expect(read.tasks.map((t) => t.id)).toEqual(["1.1", "1.2"]);
    expect(read.issues.filter((i) => i.code === "line-unread")).toEqual([]);
    const prose = parseBreakdown(
      `${HEAD}${"这是一段很长的说明文字".repeat(100)}\n2.第二项任务。\n责任单位:交通局\n`,
    );
    expect(prose.issues.map((i) => i.code)).toEqual(["text-unattached"]);
  });
});
