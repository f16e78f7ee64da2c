import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A plan's frame around its tasks (docs/layouts.md, "Frame sections and one-line pages"): sections such as 指导思想,
// 工作目标 and 保障措施 hold prose, not tasks; the sections after them keep the numbers they were written with.
const read = (text: string) => {
  const parsed = parseBreakdown(text);
  return {
    tasks: parsed.tasks.map((t) => [t.id, t.leads, t.coUnits]),
    codes: parsed.issues.map((i) => i.code).filter((c) => c === "number-skipped" || c === "task-no-units"),
  };
};

const TASKS = ["1.加强巡查。(县环保局牵头,县农委配合)", "2.加强宣传。(县广电局负责)"];

describe("a plan's frame sections beside its task sections", () => {
  it.each([
    [
      "headings over paragraphs",
      ["一、指导思想", "以科学发展观为指导,全面落实禁烧责任。", "二、工作目标", "确保不发生大面积焚烧现象。"],
    ],
    [
      "headings run into their text",
      ["一、指导思想以科学发展观为指导,全面落实禁烧责任。", "二、工作目标:确保不发生焚烧。"],
    ],
    [
      "several paragraphs under one",
      ["一、总体要求", "坚持属地管理。", "坚持疏堵结合。", "二、基本原则", "依法治理。"],
    ],
  ])("reads no task from %s, and the task section keeps its number", (_, frame) => {
    const text = ["某县秸秆禁烧工作实施方案", ...frame, "三、职责分工", ...TASKS].join("\n");
    expect(read(text)).toEqual({
      tasks: [
        ["3.1", ["县环保局"], ["县农委"]],
        ["3.2", ["县广电局"], []],
      ],
      codes: [],
    });
  });

  it("reads no task from a frame section after the tasks (保障措施)", () => {
    const text = [
      "某县秸秆禁烧工作实施方案",
      "一、重点任务",
      ...TASKS,
      "二、保障措施",
      "各乡镇要高度重视。",
      "三、工作要求",
      "按月报送进展。",
    ];
    expect(read(text.join("\n")).tasks).toEqual([
      ["1.1", ["县环保局"], ["县农委"]],
      ["1.2", ["县广电局"], []],
    ]);
  });

  it("keeps a frame-named section that names units, or has numbered items, as tasks", () => {
    const text = [
      "某县2024年重点工作分解",
      "一、工作目标",
      "全年空气优良天数比例达到90%以上。(县生态环境局负责)",
      "二、保障措施",
      "1.落实专项资金。(县财政局负责)",
    ].join("\n");
    expect(read(text).tasks).toEqual([
      ["1", ["县生态环境局"], []],
      ["2.1", ["县财政局"], []],
    ]);
  });

  it("reads a section heading that ends like a title (职责分工) before any units as a section, not an attachment", () => {
    const text = [
      "某县秸秆禁烧工作实施方案",
      "一、工作目标",
      "确保不发生焚烧现象。",
      "二、职责分工",
      ...TASKS,
    ].join("\n");
    expect(read(text).tasks).toEqual([
      ["2.1", ["县环保局"], ["县农委"]],
      ["2.2", ["县广电局"], []],
    ]);
  });

  it("keeps the number of a notice's paragraph between a frame section and the tasks", () => {
    const text = [
      "某县秸秆禁烧工作实施方案",
      "一、指导思想以科学发展观为指导。",
      "二、高度重视。各乡镇、各部门要把禁烧工作摆上重要位置,切实加强领导。",
      "三、职责分工",
      ...TASKS,
    ].join("\n");
    expect(read(text)).toEqual({
      tasks: [
        ["3.1", ["县环保局"], ["县农委"]],
        ["3.2", ["县广电局"], []],
      ],
      codes: [],
    });
  });
});
