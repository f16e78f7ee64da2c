import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import {
  PHRASINGS,
  proseTasksOfReadings,
  renderProse,
  renderProseNoisy,
  renderProseRunOn,
  renderProseUnnumbered,
  tasksFor,
  type ProseTask,
} from "../../support/renderProse";

// The real corpus's tasks written again in every prose phrasing of their roles (docs/layouts.md): in every
// bracket, with every separator between co-units, each task reads with its one lead and its co-units.
const all = proseTasksOfReadings();

describe("prose phrasings of the roles over the real readings' tasks", () => {
  it("has tasks to write", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(PHRASINGS.map((p) => [p.name, p] as const))("reads %s", (_name, phrasing) => {
    const tasks = tasksFor(all, phrasing);
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

  it("reads a task force (…工作组) as an office, and a group's name with the verb beside a role clause as the lead", () => {
    expect(read("1.整治流动摊贩。(市容环境联合执法工作组卖力)")).toEqual([
      ["整治流动摊贩。", ["市容环境联合执法工作组"], []],
    ]);
    expect(read("1.实施安居工程。(相关镇街区卖力,县公安局、县规划局配合)")).toEqual([
      ["实施安居工程。", ["相关镇街区"], ["县公安局", "县规划局"]],
    ]);
    expect(read("1.实施安居工程。(各乡镇街道卖力,县公安局配合)")).toEqual([
      ["实施安居工程。", ["各乡镇街道"], ["县公安局"]],
    ]);
    // A group's name that ends like a unit is still the start of the list the role clause after it closes.
    expect(read("1.实施安居工程。(各乡镇、县财政局,县教育局负责)")).toEqual([
      ["实施安居工程。", ["各乡镇"], ["县财政局", "县教育局"]],
    ]);
  });

  it("leaves a bracket alone whose last words are a name, a level or a reach", () => {
    expect(read("1.推进学校建设。(各乡镇街道)")).toEqual([["推进学校建设。", ["各乡镇街道"], []]]);
    expect(read("1.完善道路。(市区两级)\n2.推进医院建设。(县级以上医院覆盖)").map((t) => t[1])).toEqual([]);
  });
});

describe("runs of one paragraph each closed by their own bracket of any kind", () => {
  it("splits after a 〔〕 or 【】 bracket that holds round ones and a standing note", () => {
    const tasks = parseBreakdown(
      [
        "甲市2024年重点工作任务分解",
        "(一)推动产业转型。",
        "1.制定准入清单。完成清单编制工作。〔市生态环境局牵头,市发改局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕淘汰燃煤锅炉50台。(市市场监管局牵头,市工信局参与)",
        "2.整治工业企业。开展排查。【市工信局牵头,各县(区)政府参与】完成整治100家。(市生态环境局牵头)",
      ].join("\n"),
    ).tasks;
    expect(tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1.1", ["市生态环境局"], ["市发改局", "各县、区人民政府(管委会)"]],
      ["1.1.2", ["市市场监管局"], ["市工信局"]],
      ["1.2.1", ["市工信局"], ["各县(区)政府"]],
      ["1.2.2", ["市生态环境局"], []],
    ]);
  });
});

/** The leads and co-units wrong in a reading of `text` (the first five), against the tasks rendered. */
function wrongRoles(text: string, shift: number, tasks: readonly ProseTask[]) {
  const parsed = parseBreakdown(text).tasks;
  const wrong = tasks
    .map((t, i) => ({ i, w: { leads: [t.lead], co: [...t.co] }, g: parsed[i], text: t.text }))
    .filter((x) => JSON.stringify(x.w) !== JSON.stringify({ leads: x.g?.leads, co: x.g?.coUnits }));
  return { shift, count: parsed.length, wrong: wrong.slice(0, 5).map((x) => ({ ...x, g: x.g?.text })) };
}
const expected = (shift: number, tasks: readonly ProseTask[]) => ({ shift, count: tasks.length, wrong: [] });
// Phrasings whose task ends in its own bracket (the shapes a bracket closes on the same line as what follows).
const ENDS_IN_BRACKET = PHRASINGS.filter((p) =>
  /[)）〕】\]]$/.test(p.render({ text: "推进建设。", lead: "甲局", co: ["乙局"] }, "、", "(", ")")),
);

describe("prose phrasings with the page's anti-copy noise inside the words and between the tasks", () => {
  it.each(PHRASINGS.map((p) => [p.name, p] as const))("reads %s", (_name, phrasing) => {
    const tasks = tasksFor(all, phrasing);
    for (const shift of [0, 1, 2, 3, 4])
      expect(wrongRoles(renderProseNoisy(tasks, phrasing, shift), shift, tasks)).toEqual(
        expected(shift, tasks),
      );
  });
});

describe("prose phrasings whose unit bracket runs on into the next heading or item on the same line", () => {
  it("has phrasings that end in a bracket", () => {
    expect(ENDS_IN_BRACKET.length).toBeGreaterThan(8);
  });
  it.each(ENDS_IN_BRACKET.map((p) => [p.name, p] as const))("reads %s", (_name, phrasing) => {
    const tasks = tasksFor(all, phrasing);
    for (const shift of [0, 1, 2, 3]) {
      const heads = Math.ceil(tasks.length / 60);
      expect(wrongRoles(renderProseRunOn(tasks, phrasing, shift, heads), shift, tasks)).toEqual(
        expected(shift, tasks),
      );
    }
  });
});

describe("prose phrasings as unnumbered paragraphs with no heading", () => {
  it.each(PHRASINGS.map((p) => [p.name, p] as const))("reads %s", (_name, phrasing) => {
    const tasks = tasksFor(all, phrasing);
    for (const shift of [0, 1, 2, 3])
      expect(wrongRoles(renderProseUnnumbered(tasks, phrasing, shift), shift, tasks)).toEqual(
        expected(shift, tasks),
      );
  });
});
