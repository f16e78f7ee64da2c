import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { proseTasksOfReadings } from "../../support/renderProse";

// Tasks written as vertical records with no numbering, one field a line or each label above its value,
// several records one after another: every wording of every field reads the same.
const TASKS = [
  {
    text: "推进城东片区改造,年内完成拆迁。",
    lead: "县住建局",
    co: ["县财政局", "县自然资源局"],
    due: "2024年12月底前",
  },
  { text: "建设县第二中学。", lead: "县教育局", co: ["县发改局"], due: "2024年9月底前" },
  {
    text: "开展农村人居环境整治,创建美丽乡村5个。",
    lead: "县农业农村局",
    co: ["各乡镇"],
    due: "年内持续推进",
  },
];
const TASK_LABELS = ["工作任务", "重点任务", "具体任务", "任务内容", "工作内容", "项目名称", "主要任务"];
const LEAD_LABELS = ["牵头单位", "牵头部门", "主责单位", "牵头责任单位", "责任单位"];
const CO_LABELS = ["配合单位", "协办单位", "参与单位", "协作单位", "配合部门"];
const DUE_LABELS = ["完成时限", "时间节点", "完成时间"];

/** The tasks as records, each field `label:value` on one line, or the label alone above its value. */
function records(k: number, above: boolean, colon = ":"): string {
  const field = (label: string, value: string) => (above ? `${label}\n${value}` : `${label}${colon}${value}`);
  return TASKS.map((t, i) =>
    [
      field(TASK_LABELS[(k + i) % TASK_LABELS.length] as string, t.text),
      field(LEAD_LABELS[(k + i) % LEAD_LABELS.length] as string, t.lead),
      field(CO_LABELS[(k + i) % CO_LABELS.length] as string, t.co.join("、")),
      field(DUE_LABELS[(k + i) % DUE_LABELS.length] as string, t.due),
    ].join("\n"),
  ).join("\n");
}

const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    text: t.text,
    leads: t.leads,
    coUnits: t.coUnits,
    deadline: t.deadline,
  }));
const expected = TASKS.map((t) => ({ text: t.text, leads: [t.lead], coUnits: t.co, deadline: t.due }));

describe("tasks written as vertical records", () => {
  it.each([0, 1, 2, 3, 4, 5, 6])("reads records one field a line, wordings set %i", (k) => {
    expect(read(`甲县2024年重点工作任务分解\n${records(k, false)}`)).toEqual(expected);
    expect(read(`甲县2024年重点工作任务分解\n${records(k, false, "：")}`)).toEqual(expected);
  });

  it.each([0, 1, 2, 3, 4, 5, 6])(
    "reads records whose labels stand above their values, wordings set %i",
    (k) => {
      expect(read(`甲县2024年重点工作任务分解\n${records(k, true)}`)).toEqual(expected);
      expect(read(records(k, true))).toEqual(expected);
    },
  );

  it.each([
    ["反馈问题(省编号第41号)", "责任单位(市级)"],
    ["工作任务（2024年）", "责任单位"],
    ["存在问题(第3项)", "整改责任单位"],
  ])("reads a task label with a short note in brackets before its colon (%s:)", (label, unitLabel) => {
    const text = [
      "某市2024年整改任务清单",
      `${label}:城区黑臭水体整治进度滞后,两条河道水质未达标。`,
      `${unitLabel}:市住建局、市生态环境局`,
      "整改时限:2024年12月底前",
      `${label}:农村生活污水处理设施运行率偏低。`,
      `${unitLabel}:市农业农村局、市水利局`,
      "整改时限:2024年10月底前",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.text.slice(0, 8), t.leads, t.coUnits])).toEqual([
      ["城区黑臭水体整治", ["市住建局"], ["市生态环境局"]],
      ["农村生活污水处理", ["市农业农村局"], ["市水利局"]],
    ]);
  });

  it("numbers the records in their order, and keeps a number written before the task's words", () => {
    expect(parseBreakdown(records(0, false)).tasks.map((t) => t.id)).toEqual(["1", "2", "3"]);
    const numbered =
      "工作任务:1.建设县第二中学。\n牵头单位:县教育局\n工作任务:2.新建公园。\n牵头单位:县住建局";
    expect(parseBreakdown(numbered).tasks.map((t) => [t.id, t.text, t.leads])).toEqual([
      ["1", "建设县第二中学。", ["县教育局"]],
      ["2", "新建公园。", ["县住建局"]],
    ]);
  });

  it("puts records under the heading above them", () => {
    const text = `一、民生工程\n${records(0, false)}\n二、城市建设\n工作任务:新建公园。\n牵头单位:县住建局`;
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1.1", ["县住建局"]],
      ["1.2", ["县教育局"]],
      ["1.3", ["县农业农村局"]],
      ["2.1", ["县住建局"]],
    ]);
  });

  it("reads a record's leader, and a task's words that wrap onto the next line", () => {
    const text = "工作任务:推进城东片区改造,\n年内完成拆迁。\n责任领导:张三\n牵头单位:县住建局\n备注:无";
    expect(parseBreakdown(text).tasks).toMatchObject([
      { text: "推进城东片区改造,年内完成拆迁。", leader: "张三", leads: ["县住建局"] },
    ]);
  });

  it("keeps a 主要内容 field under a numbered task a field, not a task of its own", () => {
    const text =
      "1.建设县第二中学。\n主要内容:新建教学楼。\n牵头单位:县教育局\n2.新建公园。\n主要内容:绿地20亩。\n牵头单位:县住建局";
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads])).toEqual([
      ["1", "建设县第二中学。", ["县教育局"]],
      ["2", "新建公园。", ["县住建局"]],
    ]);
  });

  it("keeps a 工作任务 field of a numbered task that waits for its units in that task", () => {
    const text =
      "1.城东片区改造\n工作任务:年内完成拆迁。\n牵头单位:县住建局\n2.新建公园。\n牵头单位:县住建局";
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1", ["县住建局"]],
      ["2", ["县住建局"]],
    ]);
  });

  it("takes a record's number from its 序号 field, on the line or below it", () => {
    const text =
      "序号:3\n工作任务:推进城东片区改造。\n牵头单位:县住建局\n序号\n5\n工作任务\n建设县第二中学。\n牵头单位\n县教育局";
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads])).toEqual([
      ["3", ["县住建局"]],
      ["5", ["县教育局"]],
    ]);
  });

  it("reads records whose labels and values are set apart by a tab or spaces (a two-column table)", () => {
    for (const gap of ["\t", "  ", "\u3000"]) {
      const text = records(1, false, gap);
      expect(read(text)).toEqual(expected);
    }
  });

  it("keeps a 工作措施 field after a record's units that record's field, not a task of its own", () => {
    const text = TASKS.map((t) =>
      [`工作任务：${t.text}`, `牵头单位：${t.lead}`, `工作措施：加强统筹调度，定期通报`].join("\n"),
    ).join("\n\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual(TASKS.map((t) => [t.text, [t.lead]]));
  });

  it("reads a numbered list under a label alone in unnumbered records as that field's value", () => {
    const text = TASKS.map((t) =>
      ["工作任务", t.text, "牵头单位", t.lead, "备注", "1、6月底前开工2、年底前完工"].join("\n"),
    ).join("\n\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual(TASKS.map((t) => [t.text, [t.lead]]));
  });

  it("reads records whose labels stand above values that end without a stop, never as a table header", () => {
    const text = [
      "工作任务",
      "新建城区停车场3处",
      "牵头单位",
      "县住建局",
      "工作任务",
      "改造老旧小区12个",
      "牵头单位",
      "县住建局",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["新建城区停车场3处", ["县住建局"]],
      ["改造老旧小区12个", ["县住建局"]],
    ]);
    // Read by the main stages, not rescued by the chooser of readings (a layout-region finding).
    expect(parseBreakdown(text).issues.map((i) => i.code)).not.toContain("layout-region");
  });

  it("reads labels and a role bracket written on the record's task line", () => {
    const text =
      "工作任务:推进城东片区改造。 牵头单位:县住建局 配合单位:县财政局\n工作任务:建设县第二中学。(县教育局牵头,县财政局配合)";
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["推进城东片区改造。", ["县住建局"], ["县财政局"]],
      ["建设县第二中学。", ["县教育局"], ["县财政局"]],
    ]);
  });

  it("reads records whose labels are in lenticular brackets, and whole records on one line each", () => {
    const bracketed =
      "【工作任务】推进城东片区改造。\n【牵头单位】县住建局\n【配合单位】县财政局\n【工作任务】建设县第二中学。\n【牵头单位】县教育局";
    const oneLine =
      "工作任务:推进城东片区改造。;牵头单位:县住建局;配合单位:县财政局\n工作任务:建设县第二中学。;牵头单位:县教育局";
    for (const text of [bracketed, oneLine]) {
      expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
        ["推进城东片区改造。", ["县住建局"], ["县财政局"]],
        ["建设县第二中学。", ["县教育局"], []],
      ]);
    }
  });

  it("reads a record's units given one a line under their label", () => {
    const text = "工作任务\n推进城东片区改造。\n配合单位\n县财政局\n县发改局\n牵头单位\n县住建局";
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县住建局"], ["县财政局", "县发改局"]],
    ]);
  });

  it("gives no task for records that name no unit", () => {
    const text = "工作任务:推进城东片区改造。\n完成时限:年底\n工作任务:建设县第二中学。\n完成时限:9月底";
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("the real readings' tasks written as records", () => {
  const real = proseTasksOfReadings();
  const asRecords = (above: boolean, k: number): string =>
    real
      .map((t, i) => {
        const field = (label: string, value: string) => (above ? `${label}\n${value}` : `${label}:${value}`);
        const fields = [
          field(TASK_LABELS[(k + i) % TASK_LABELS.length] as string, t.text),
          field(LEAD_LABELS[(k + i) % (LEAD_LABELS.length - 1)] as string, t.lead),
        ];
        if (t.co.length > 0)
          fields.push(field(CO_LABELS[(k + i) % CO_LABELS.length] as string, t.co.join("、")));
        return fields.join("\n");
      })
      .join("\n");

  it.each([
    ["one field a line", false],
    ["labels above their values", true],
  ])("reads every task with its lead and co-units, %s", (_name, above) => {
    for (const k of [0, 1, 2]) {
      const got = parseBreakdown(asRecords(above, k)).tasks.map((t) => [t.leads, t.coUnits]);
      expect(got).toEqual(real.map((t) => [[t.lead], [...t.co]]));
    }
  });
});
