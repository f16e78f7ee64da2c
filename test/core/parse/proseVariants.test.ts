import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { PHRASINGS, proseTasksOfReadings, renderProse } from "../../support/renderProse";

// The real corpus's tasks written again in every prose phrasing of their roles (docs/layouts.md): in every
// bracket, with every separator between co-units, each task reads with its one lead and its co-units.
const tasks = proseTasksOfReadings();

describe("prose phrasings of the roles over the real readings' tasks", () => {
  it("has tasks to write", () => {
    expect(tasks.length).toBeGreaterThan(100);
  });

  it.each(PHRASINGS.map((p) => [p.name, p] as const))("reads %s", (_name, phrasing) => {
    for (const shift of [0, 1, 2, 3, 4]) {
      const parsed = parseBreakdown(renderProse(tasks, phrasing, shift)).tasks;
      const got = parsed.map((t) => ({ leads: t.leads, co: t.coUnits }));
      const want = tasks.map((t) => ({ leads: [t.lead], co: [...t.co] }));
      const wrong = want
        .map((w, i) => ({ i, w, g: got[i], text: tasks[i]?.text }))
        .filter((x) => JSON.stringify(x.w) !== JSON.stringify(x.g));
      expect({ shift, count: parsed.length, wrong: wrong.slice(0, 5) }).toEqual({
        shift,
        count: tasks.length,
        wrong: [],
      });
    }
  });
});

describe("a role verb the parser does not know, where a role verb stands", () => {
  const read = (body: string) =>
    parseBreakdown(`甲市2024年重点工作任务分解\n${body}`).tasks.map((t) => [t.text, t.leads, t.coUnits]);

  it("reads the role from the known word before it, and never keeps the verb in a name", () => {
    expect(read("1.推进园区建设。(市发改委牵头卖力)")).toEqual([["推进园区建设。", ["市发改委"], []]]);
    expect(read("1.加强监管。(市场监管局、市公安局等有关部门按职责分工卖力)")).toEqual([
      ["加强监管。", ["市场监管局"], ["市公安局", "有关部门"]],
    ]);
    expect(read("1.建设公园。(市住建局牵头推动,市财政局配合)")).toEqual([
      ["建设公园。", ["市住建局"], ["市财政局"]],
    ]);
  });

  it("reads unit names and two characters as a role clause in a bare bracket or beside a role clause", () => {
    expect(read("1.推进园区建设。(市发改委卖力)")).toEqual([["推进园区建设。", ["市发改委"], []]]);
    expect(read("1.推进园区建设。(市发改委卖力,市财政局配合)")).toEqual([
      ["推进园区建设。", ["市发改委"], ["市财政局"]],
    ]);
  });

  it("leaves a bracket alone whose last words are a name, a level or a reach", () => {
    expect(read("1.推进学校建设。(各乡镇街道)")).toEqual([["推进学校建设。", ["各乡镇街道"], []]]);
    expect(read("1.完善道路。(市区两级)\n2.推进医院建设。(县级以上医院覆盖)").map((t) => t[1])).toEqual([]);
  });
});
