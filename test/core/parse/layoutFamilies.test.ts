import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rules written for a layout's family, not one document's wording (the nineteenth round's variants of the list
// documents, test/support/listVariants.ts): each case is the same layout as another place writes it.
const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

describe("the level of government before an office's name: 省 市 州 盟 县 区 旗 乡 镇 alike", () => {
  // A banner (旗) and a league (盟) of Inner Mongolia name their offices as a county and a city do.
  it.each(["县", "旗", "盟"])(
    "reads a %s office's name over the slow items of a progress notice",
    (level) => {
      const text = [
        "关于重点目标任务一季度完成情况的通报",
        "现将进展较慢的事项通报如下:",
        `${level}发展改革委8`,
        "1.加快战新基地发展推进较慢。",
        "2.完成投资低于序时进度。",
        `(二)${level}经济和信息化局(5项)`,
        "1.规上工业增加值增速低于序时进度",
        "2.龙头企业培育专项行动无实质性进展。",
      ].join("\n");
      expect(read(text).map((t) => [t[1], t[2]])).toEqual([
        ["加快战新基地", [`${level}发展改革委`]],
        ["完成投资低于", [`${level}发展改革委`]],
        ["规上工业增加", [`${level}经济和信息化局`]],
        ["龙头企业培育", [`${level}经济和信息化局`]],
      ]);
    },
  );

  it.each(["县", "旗", "盟"])("reads %s直单位 as a group of offices, never one office", (level) => {
    const text = ["1.推进城东改造。", `责任单位:${level}住建局、${level}直单位`].join("\n");
    const [task] = parseBreakdown(text).tasks;
    expect([task?.leads, task?.coUnits, task?.collectives]).toEqual([
      [`${level}住建局`],
      [`${level}直单位`],
      [`${level}直单位`],
    ]);
  });
});

describe("a role note after the last unit, in punctuation of either width", () => {
  it.each([
    ["(按职责分工负责,下同)", "half"],
    ["（按职责分工负责，下同）", "full"],
    ["（按职责分工负责；下同）", "full semicolon"],
  ])("leaves %s out of the name (%s width)", (note) => {
    const text = [
      `1.深入推进对口合作重大攻坚事项。（责任单位：市合作交流办；市发展改革委、市政府办公室${note}）`,
      "2.建立健全计划评估机制。（责任单位：市发改委、市财政局）",
    ].join("\n");
    expect(read(text)[0]).toEqual(["1", "深入推进对口", ["市合作交流办"], ["市发展改革委", "市政府办公室"]]);
  });
});

describe("targets written as dashes under a section's heading, each with its unit line under it", () => {
  const targets = [
    "一、总体要求",
    "(二)主要目标",
    "到2018年底,全市主要经济指标如下:",
    "——地区生产总值增长7.5%;",
    "牵头部门:市发改委",
    "——固定资产投资增长8%;",
    "牵头部门:市发改委",
    "——一般公共预算收入增长12%。",
    "牵头部门:市财政局",
  ];

  it("reads each dash a target of its own, as it is when its unit bracket closes it", () => {
    const lines = read(targets.join("\n"));
    expect(lines.map((t) => [t[1], t[2], t[3]])).toEqual([
      ["地区生产总值", ["市发改委"], []],
      ["固定资产投资", ["市发改委"], []],
      ["一般公共预算", ["市财政局"], []],
    ]);
    // The same targets with their units in a bracket closing each: the same tasks, the same ids.
    const bracketed = targets.join("\n").replace(/\n(牵头部门:[^\n]+)/g, "($1)");
    expect(read(bracketed)).toEqual(lines);
  });

  it("keeps a task's dashed sub-targets its words, the unit line under the last of them the task's", () => {
    const task = [
      "一、重点任务",
      "1.推进城东改造。主要目标:",
      "——新建道路5公里;",
      "——改造管网10公里。",
      "责任单位:县住建局、县财政局",
      "2.建设学校。",
      "责任单位:县教育局",
    ];
    expect(read(task.join("\n"))).toEqual([
      ["1.1", "推进城东改造", ["县住建局"], ["县财政局"]],
      ["1.2", "建设学校。", ["县教育局"], []],
    ]);
    // One dash under a task, its unit line after it: the task's.
    const one = ["一、重点任务", "1.推进城东改造。主要目标:", "——新建道路5公里。", "责任单位:县住建局"];
    expect(read(one.join("\n"))).toEqual([["1.1", "推进城东改造", ["县住建局"], []]]);
  });
});

// A report sorted by office: each office's name over its items, numbered or not, counted or not, in a bracket or
// not — an office of any kind: a bureau, a party committee's department, a centre, a company, a town, a street.
describe("an office's name over its items leads them, however the heading is written", () => {
  const heads: ReadonlyArray<readonly [string, (n: string, u: string) => string]> = [
    ["一、X(2项)", (n, u) => `${n}、${u}（2项）`],
    ["一、X", (n, u) => `${n}、${u}`],
    ["(一)X(2项)", (n, u) => `（${n}）${u}(2项)`],
    ["(一)X", (n, u) => `（${n}）${u}`],
    ["X(共2项)", (_n, u) => `${u}（共2项）`],
    ["【X】", (_n, u) => `【${u}】`],
    ["X:", (_n, u) => `${u}：`],
    ["X", (_n, u) => u],
  ];
  const items: ReadonlyArray<readonly [string, (k: number, t: string) => string]> = [
    ["1.", (k, t) => `${k}.${t}`],
    ["1、", (k, t) => `${k}、${t}`],
  ];
  const offices = [
    ["旗发展和改革委员会", "旗工业和信息化局"],
    ["县融媒体中心", "县城投公司"],
    ["城关街道办事处", "河口镇人民政府"],
    ["区政府办", "区委组织部"],
    ["盟财政局", "盟教育局"],
  ];
  const work = [
    ["加快战新基地发展推进较慢。", "完成投资低于序时进度。"],
    ["规上工业增加值增速低于序时进度。", "龙头企业培育专项行动无实质性进展。"],
  ];
  const cases = heads.flatMap(([h, head]) =>
    items.flatMap(([i, item]) => offices.map((units) => [h, i, units, head, item] as const)),
  );

  it.each(cases)("heading %s, items %s, offices %j", (_h, _i, units, head, item) => {
    const lines = ["关于重点目标任务一季度完成情况的通报", "现将进展较慢的事项通报如下:"];
    units.forEach((u, k) => {
      lines.push(head("一二"[k] as string, u));
      (work[k] as string[]).forEach((t, j) => lines.push(item(j + 1, t)));
    });
    expect(read(lines.join("\n")).map((t) => [t[1], t[2], t[3]])).toEqual(
      work.flatMap((ts, k) => ts.map((t) => [t.slice(0, 6), [units[k]], []])),
    );
  });
});

// A document whose only labels are a plain list's with a modifier of helping (相关责任单位:A、B), and no lead named
// anywhere: nothing else leads its tasks — the first listed unit does, as in any list without roles.
describe("a document whose only unit labels are 相关责任单位 or 其他责任单位", () => {
  const doc = (label: string, other = "") =>
    [
      "关于印发重点工作任务分解的通知",
      `1.地区生产总值增长7%。(${label}:县统计局、县发改局)`,
      `2.新建学校两所。(${label}:县教育局${other})`,
      `3.改造道路5公里。(${label}:县交通局、县财政局)`,
    ].join("\n");

  it.each(["相关责任单位", "其他责任单位", "次要责任部门"])(
    "leads each task by its first %s unit",
    (label) => {
      expect(read(doc(label)).map((t) => [t[2], t[3]])).toEqual([
        [["县统计局"], ["县发改局"]],
        [["县教育局"], []],
        [["县交通局"], ["县财政局"]],
      ]);
    },
  );

  it("keeps them co-units where the label is a helping verb's, or a lead is named beside them", () => {
    expect(read(doc("配合单位")).map((t) => t[2])).toEqual([[], [], []]);
    expect(read(doc("协办单位")).map((t) => t[2])).toEqual([[], [], []]);
    expect(read(doc("相关责任单位", ";牵头单位:县政府办")).map((t) => [t[2], t[3]])).toEqual([
      [[], ["县统计局", "县发改局"]],
      [["县政府办"], ["县教育局"]],
      [[], ["县交通局", "县财政局"]],
    ]);
  });
});

// A numbered paragraph that opens with a short title and runs on into tasks each closed by its own role bracket: the
// title is a heading over them, whatever the style of its number (5. / 5、 / (5) / 5) / ⑤).
describe("a numbered title over runs each closed by a role bracket, in any numbering", () => {
  it.each(["4.", "4、", "(4)", "（4）", "4)", "④"])(
    "reads %s行政服务一体化。… as a heading over its runs",
    (mark) => {
      const text = [
        "1.规划一体化。统一编制全市规划。(市发展改革局牵头,市规划局配合)",
        "2.基础设施一体化。推进资源共享。(市建设局牵头)",
        "3.产业布局一体化。实行错位发展。(市经贸局牵头)",
        `${mark}行政服务一体化。制定行政审批“零收费”实施细则(市行政服务中心牵头,市委政研室、市财政局配合)。继续清理和调整行政事业性收费项目(市物价局牵头,市财政局配合)。`,
      ]
        .join("\n")
        .replace(/^(\d)\./gm, (_, n: string) =>
          mark === "④" ? ("①②③"[Number(n) - 1] as string) : mark.replace("4", n),
        );
      const tasks = read(text).slice(3);
      expect(tasks.map((t) => [t[1], t[2], t[3]])).toEqual([
        ["制定行政审批", ["市行政服务中心"], ["市委政研室", "市财政局"]],
        ["继续清理和调", ["市物价局"], ["市财政局"]],
      ]);
    },
  );
});
