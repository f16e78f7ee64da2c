import { classify } from "../../../src/core/parse/classify";
import { numberChild } from "../../../src/core/parse/ids";
import { makeNode } from "../../../src/core/parse/node";
import { Outline } from "../../../src/core/parse/outline";
import { finish } from "../../../src/core/parse/tasks";
import type { ParseIssue } from "../../../src/core/types";
import { toLines, type SourceLine } from "../../../src/core/text/lines";

const line = (text: string): SourceLine => toLines(text)[0] as SourceLine;

describe("classify: one line → one kind by ordered rules", () => {
  it.each([
    ["抄送:市委办公室", "skip"],
    ["2024年3月1日", "skip"],
    ["注:", "notes"],
    ["▲新建泊位3个", "bullet"],
    ["★2.推进城东改造", "numbered"],
    ["(三)稳定就业", "numbered"],
    ["牵头单位:市发改委", "label"],
    ["配合单位:市财政局、市商务局", "label"],
    ["(牵头单位:市发改委)", "bracketed"],
    ["列第一位者为牵头单位,下同", "convention"],
    ["推进城东片区改造", "text"],
  ])("%s is %s", (text, kind) => {
    expect(classify(line(text), null).kind).toBe(kind);
  });

  it("names a signature only when the date follows it", () => {
    expect(classify(line("甲市人民政府办公室"), line("2024年3月1日")).kind).toBe("signature");
    expect(classify(line("甲市人民政府办公室"), line("3.推进")).kind).not.toBe("signature");
  });

  it("gives the next kind when the outline declines one", () => {
    const first = classify(line("备注:"), null);
    expect(first.kind).toBe("notes");
    expect(classify(line("备注:"), null, first.rule + 1)).toMatchObject({ kind: "label", label: "other" });
  });
});

describe("ids: numbering paths", () => {
  const node = (
    n: number | null,
    parent = makeNode({ line: 0, part: 1, style: null, n: null, parent: null, heading: true }),
  ) => {
    const child = makeNode({ line: 1, part: 1, style: n === null ? null : "ar", n, parent, heading: false });
    parent.children.push(child);
    return { parent, child };
  };

  it("appends the number as written to the parent's path and reports a gap", () => {
    const { parent, child: one } = node(1);
    parent.path = [2];
    const { child: three } = node(3, parent);
    const issues: ParseIssue[] = [];
    const lastAtDepth = new Map<string, number>();
    one.path = numberChild(parent, one, null, 1, lastAtDepth, issues);
    expect(one.path).toEqual([2, 1]);
    expect(numberChild(parent, three, one, 1, lastAtDepth, issues)).toEqual([2, 3]);
    expect(issues.map((i) => [i.code, i.params])).toEqual([["number-skipped", { expected: 2, found: 3 }]]);
  });

  it("gives an unnumbered item the next free number among its siblings", () => {
    const { parent, child: one } = node(1);
    parent.path = [];
    const { child: loose } = node(null, parent);
    node(2, parent);
    const issues: ParseIssue[] = [];
    one.path = numberChild(parent, one, null, 0, new Map(), issues);
    expect(numberChild(parent, loose, one, 0, new Map(), issues)).toEqual([3]);
  });
});

describe("outline and tasks: the stateful builder and what is read from its tree", () => {
  it("builds sections and items from lines, and tasks from its leaves", () => {
    const outline = new Outline();
    outline.startPart(null, null);
    const lines = toLines(
      "一、稳增长\n1.扩大投资。\n牵头单位:市发改委\n配合单位:市财政局\n2.促进消费。(市商务局牵头)",
    );
    lines.forEach((l, i) => outline.line(l, lines[i + 1] ?? null));
    expect(outline.parts[0]?.root.children.map((c) => c.children.length)).toEqual([2]);
    const { tasks } = finish(outline);
    expect(tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", "扩大投资。", ["市发改委"], ["市财政局"]],
      ["1.2", "促进消费。", ["市商务局"], []],
    ]);
  });
});
