import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// The twentieth round's list families (the misses of Set P's list documents), each written as other places write
// it: other label words, marks, numbering, levels and spacing. Expected values are worked out by hand.
const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

describe("a one-line header over rows set apart by single spaces, wrapped by the copy onto the lines under it", () => {
  // 序号 … 责任 / 单位 / the last names / a spanning column's second row (完成额度 / (万元) / 占比(%), then a total
  // row, a group row with its figures and the rows.
  const table = (broken: [string, string], level: string, subHeader: boolean): string =>
    [
      "附件",
      "2025年重点民生实事推进情况表",
      `序号 项目名称 2025年工作目标 投资计划(万元) ${broken[0]}`,
      broken[1],
      "进展情况(1-3月) 投资完成情况 备注",
      ...(subHeader ? ["完成额度", "(万元)", "占比(%"] : []),
      "合计 18285",
      "",
      "5521.1 30.2",
      "一、重点民生实事 1684",
      "",
      "490.6 29.1",
      `1 实施老旧小区改造 新开工改造小区67个。 11604 ${level}住房城乡建委 新开工改造小区42个。 3500  30.2`,
      `2 农村公路加装护栏 实施公路安全防护工程201公里。 3417 ${level}交通运输委 已完成施工图审查。 680 19.9`,
      `3 建设社区食堂 新建社区食堂20个。 800 ${level}民政局 已建成8个。 300 37.5`,
    ].join("\n");
  const want = (level: string): Array<[string, string, readonly string[], readonly string[]]> => [
    ["1.1", "实施老旧小区", [`${level}住房城乡建委`], []],
    ["1.2", "农村公路加装", [`${level}交通运输委`], []],
    ["1.3", "建设社区食堂", [`${level}民政局`], []],
  ];

  it.each([
    [["责任", "单位"], "区"],
    [["牵头", "单位"], "县"],
    [["责任", "部门"], "市"],
    [["牵头责任", "单位"], "旗"],
  ] as const)("reads the rows under %j (%s offices)", (broken, level) => {
    expect(read(table([broken[0], broken[1]], level, true))).toEqual(want(level));
    // Without the spanning column's second row: the same rows.
    expect(read(table([broken[0], broken[1]], level, false))).toEqual(want(level));
  });

  it("reads the same rows as the header written on one line", () => {
    const oneLine = table(["责任", "单位"], "区", true).replace("责任\n单位\n", "责任单位 ");
    expect(read(oneLine)).toEqual(read(table(["责任", "单位"], "区", true)));
  });

  it("joins no piece that names no column (a notice's line under a header-like line)", () => {
    const text = ["序号 项目名称 工作目标 责任", "联系人:张三", "1 城东改造 完成拆迁 县住建局"].join("\n");
    expect(read(text).map((t) => t[2])).not.toEqual([["县住建局"]]);
  });
});

describe("a number whose dot comes before a year: 4.2011年… is item 4, its words opening with the year", () => {
  it.each([".", "．", "、", "。"])("reads item 4 written 4%s2011年…", (dot) => {
    const text = [
      "(二)具体任务、完成时限及责任单位",
      "1.电线迁改工程,3月中旬完成。",
      "责任单位:市供电公司。",
      "2.基坑开挖工程,6月30日前完工。",
      "责任单位:市城投公司。",
      "3.地下室工程,10月30日前完成。",
      "责任单位:市城投公司。",
      `4${dot}2011年底主体施工,2012年4月30日前封顶。`,
      "责任单位:市发改委(代建办)。",
    ].join("\n");
    const tasks = read(text);
    expect(tasks.map((t) => t[0])).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(tasks[3]).toEqual(["2.4", "2011年底", ["市发改委(代建办)"], []]);
  });

  it("leaves a figure with its decimals as words (4.2011亿元 is no item)", () => {
    const text = ["1.全年完成投资,", "4.2011亿元以上。", "责任单位:县发改局"].join("\n");
    expect(read(text).map((t) => t[0])).toEqual(["1"]);
  });
});

describe("a run of items ending in a semicolon, one unit line after the last", () => {
  const run = (mark: (n: number) => string, semi: string, label: string, level: string): string =>
    [
      "七、市直综合服务中心",
      "(二)具体任务、完成时限及责任单位",
      `${mark(1)}电线、光缆迁改工程,3月中旬完成。`,
      `${label}:${level}供电公司、${level}通信传输局。`,
      `${mark(2)}基坑开挖及试桩工程,6月30日前完工${semi}`,
      `${mark(3)}地下室工程完工,10月30日前完成${semi}`,
      `${mark(4)}主体施工,2012年4月30日前封顶。`,
      `${label}:${level}发改委(代建办)。`,
    ].join("\n");

  it.each([
    [(n: number) => `${n}.`, ";", "责任单位", "市"],
    [(n: number) => `${n}、`, "；", "承办单位", "县"],
    [(n: number) => `(${n})`, ";", "落实单位", "区"],
  ] as const)("gives every item of the run the unit line that closes it (%#)", (mark, semi, label, level) => {
    const tasks = read(run(mark, semi, label, level));
    expect(tasks.map((t) => [t[1], t[2], t[3]])).toEqual([
      ["电线、光缆迁", [`${level}供电公司`], [`${level}通信传输局`]],
      ["基坑开挖及试", [`${level}发改委(代建办)`], []],
      ["地下室工程完", [`${level}发改委(代建办)`], []],
      ["主体施工,2", [`${level}发改委(代建办)`], []],
    ]);
  });

  it("gives nothing to an item that ends in a full stop (it is no part of the next one's sentence)", () => {
    const text = run((n) => `${n}.`, "。", "责任单位", "市");
    const tasks = read(text);
    expect(tasks.map((t) => t[2])).toEqual([["市供电公司"], [], [], ["市发改委(代建办)"]]);
  });
});

describe("a heading that ends like an office over items that name their own leads names a project", () => {
  const project = (name: string): string =>
    [
      `七、${name}`,
      "1.电线迁改工程,3月中旬完成。",
      "责任单位:市供电公司。",
      "2.基坑开挖工程,6月30日前完工。",
      "3.地下室工程,10月30日前完成。",
      "责任单位:市城投公司。",
      "4.主体封顶,12月底前完成。",
      "责任单位:市发改委。",
    ].join("\n");

  it.each(["市直公用事业综合服务中心", "市政务服务中心", "县防汛抗旱指挥中心"])(
    "hands no lead of %s down to the item without units",
    (name) => {
      expect(read(project(name)).map((t) => t[2])).toEqual([
        ["市供电公司"],
        [],
        ["市城投公司"],
        ["市发改委"],
      ]);
    },
  );

  it("still hands an office's lead down to items that name only co-units", () => {
    const text = [
      "一、县发展和改革局",
      "1.编制年度投资计划。",
      "配合单位:县财政局",
      "2.推进重点项目建设。",
      "配合单位:县住建局",
      "3.做好价格监测。",
    ].join("\n");
    expect(read(text).map((t) => [t[2], t[3]])).toEqual([
      [["县发展和改革局"], ["县财政局"]],
      [["县发展和改革局"], ["县住建局"]],
      [["县发展和改革局"], []],
    ]);
  });
});

describe("a mark before or after one unit in a lead column's cell of several", () => {
  const rows = (cell1: string, cell2: string, sep: string): string =>
    [
      ["序号", "主要工作任务", "完成情况", "牵头单位"].join(sep),
      ["1", "生产总值增长6%。", "预计上半年增长6%。", cell1].join(sep),
      ["2", "一般公共预算收入增长5%。", "1-5月增长4.2%。", cell2].join(sep),
    ].join("\n");

  it.each([
    ["★发改局、经信局、建设局", " | "],
    ["☆发改局、经信局、建设局", " | "],
    ["▲发改局,经信局,建设局", "\t"],
    ["*发改局、经信局、建设局", "\t"],
    ["发改局★、经信局、建设局", " | "],
    ["发改局△、经信局、建设局", "\t"],
  ])("reads %j: the marked unit leads, the others help", (cell, sep) => {
    const tasks = read(rows(cell, "财政局、税务局", sep));
    expect(tasks.map((t) => [t[2], t[3]])).toEqual([
      [["发改局"], ["经信局", "建设局"]],
      // No mark: every unit of a lead column leads.
      [["财政局", "税务局"], []],
    ]);
  });

  it("reads a lone marked unit as the lead, the mark no part of its name", () => {
    expect(read(rows("★发改局", "税务局▲", " | ")).map((t) => t[2])).toEqual([["发改局"], ["税务局"]]);
  });
});

describe("a header whose task column lost its name (a blank cell after 序号)", () => {
  const header = ["序号", "", "  ", "", "牵头单位", "", "责任单位", "", "上半年进展情况", "", "备注", ""];
  const row = (n: number, task: string, lead: string, co: string): string[] => [
    String(n),
    "",
    task,
    "",
    lead,
    "",
    co,
    "",
    "已完成年度目标的一半。",
    "",
  ];

  it.each(["市", "县"])(
    "reads a one-cell-a-line table's rows, the sentence after the number the task (%s)",
    (lv) => {
      const text = [
        ...header,
        ...row(1, "严格落实流域综合治理规划,推动区域与流域协同发展。", `${lv}发改委`, `${lv}水利和湖泊局`),
        ...row(2, "加快城东片区改造,完成棚户区征收500户。", `${lv}住建局`, `${lv}自然资源和规划局`),
      ].join("\n");
      expect(read(text).map((t) => [t[1], t[2], t[3]])).toEqual([
        ["严格落实流域", [`${lv}发改委`], [`${lv}水利和湖泊局`]],
        ["加快城东片区", [`${lv}住建局`], [`${lv}自然资源和规划局`]],
      ]);
    },
  );

  it.each([" | ", "\t"])("reads the blank header cell %j of a one-line header as the task's", (sep) => {
    const text = [
      ["序号", "", "牵头单位", "责任单位", "进展情况"].join(sep),
      ["1", "严格落实流域综合治理规划,推动协同发展。", "市发改委", "市水利局", "已完成"].join(sep),
      ["2", "加快城东片区改造,完成征收500户。", "市住建局", "市城管局", "推进中"].join(sep),
    ].join("\n");
    expect(read(text).map((t) => [t[1], t[2], t[3]])).toEqual([
      ["严格落实流域", ["市发改委"], ["市水利局"]],
      ["加快城东片区", ["市住建局"], ["市城管局"]],
    ]);
  });
});

describe("a duty list run on in one paragraph, each office with its verb right after its name", () => {
  // (二)明确工作职责。…建设部门负责…。发展改革部门负责…。 — a page that lost its line breaks, or a paragraph written so.
  const page = (verb: string, names: readonly string[]): string =>
    [
      "(二)明确工作职责。",
      "省政府每年与设区市政府签定目标责任书,明确年度建设的目标、任务和要求。各有关部门按照职责分工认真抓好落实。",
      `${names[0]}${verb}指导、组织编制项目规划、勘察设计、工程建设、质量安全监督管理等工作。`,
      `${names[1]}${verb}争取中央投资补助资金,指导、协调编制和下达项目投资计划。`,
      `${names[2]}${verb}落实中央投资补助资金、省财政配套补助资金的拨付,建立和管理项目资金专户。`,
      `${names[3]}${verb}安排建设项目的新增建设用地计划,以及办理建设用地手续。`,
    ].join("");

  it.each([
    ["负责", ["建设部门", "发展改革部门", "财政部门", "国土资源部门"]],
    ["负责", ["县住建局", "县发改委", "县财政局", "县自然资源局"]],
    ["承担", ["市住房城乡建设局", "市发展改革委", "市财政局", "市自然资源和规划局"]],
    ["具体负责", ["区住建局", "区发改局", "区财政局", "区规划分局"]],
  ] as const)("reads each office's clause a task it leads (%s, %j)", (verb, names) => {
    const tasks = read(page(verb, names));
    expect(tasks.map((t) => t[2])).toEqual(names.map((n) => [n]));
  });

  it("reads nothing from a clause whose subject is no office (我们负责, 大家负责)", () => {
    const text = page("负责", ["我们", "大家", "同志们", "人人"]);
    expect(read(text)).toEqual([]);
  });
});

describe("suggestions handled, as records: the title, the delegate, the unit that handles it, the results", () => {
  const records = (person: string, label: string, kind: string): string =>
    [
      `关于打造地方优势 激发招商引资活力的${kind}`,
      `${person}:曹婷`,
      `${label}:市招商服务中心`,
      "办理成效:多措并举激发招商引资活力。一是优化招商方式,签约相关项目818个。",
      "",
      `关于加快城乡一体化发展的${kind}`,
      `${person}:徐友明`,
      `${label}:市发展和改革委员会、市财政局`,
      "办理成效:成立工作专班,编制一体化发展规划。",
    ].join("\n");

  it.each([
    ["领衔代表", "办理单位", "建议"],
    ["提案人", "承办单位", "提案"],
    ["领衔委员", "办理单位", "提案"],
    ["建议人", "办理部门", "建议"],
  ])("reads %s / %s records of a %s each a task, the title its words", (person, label, kind) => {
    expect(read(records(person, label, kind))).toEqual([
      ["1", "关于打造地方", ["市招商服务中心"], []],
      ["2", "关于加快城乡", ["市发展和改革委员会"], ["市财政局"]],
    ]);
  });

  it("never reads the delegate as a unit or a leader", () => {
    const [task] = parseBreakdown(records("领衔代表", "办理单位", "建议")).tasks;
    expect([task?.leader, task?.leads]).toEqual([null, ["市招商服务中心"]]);
  });
});

describe("a '|' table's two header rows, a schedule under a spanning cell, each row closed by empty cells", () => {
  const table = (span: string, quarters: readonly string[], lead: string): string =>
    [
      `大事 | 序号 | 任务内容 | ${span} | 牵头单位 | 配合单位 | |||`,
      `${quarters.join(" | ")} | |||||`,
      `一、推进基础设施建设 | 1 | 加快建设市域铁路S3线,力争年内开工。 | 3月底前打围施工。 | 6月底前围护桩施工。 | 9月底前土方开挖。 | 12月底前主体施工。 | ${lead} | 市交通局 |`,
      `| 2 | 全线贯通经济区环线高速。 | 3月底前路基完成95%。 | 6月底前路面完成。 | 9月底前建成通车。 | 12月底前完成验收。 | ${lead} | |`,
    ].join("\n");

  it.each([
    ["进度安排", ["一季度", "二季度", "三季度", "四季度"], "综合交通专项合作组"],
    ["时间节点", ["第一季度", "第二季度", "第三季度", "第四季度"], "市发改委"],
    ["阶段性目标", ["一季度", "二季度", "三季度", "四季度"], "县住建局"],
  ] as const)("reads the units after the schedule under %s", (span, quarters, lead) => {
    expect(read(table(span, quarters, lead)).map((t) => [t[1], t[2], t[3]])).toEqual([
      ["加快建设市域", [lead], ["市交通局"]],
      ["全线贯通经济", [lead], []],
    ]);
  });
});

describe("a damaged copy's items whose numbers are glued to their words and lost their stops", () => {
  const list = (level: string, opener: string): string =>
    [
      `(二)${level}经济和信息化局(5项)`,
      "1规上工业增加值增速低于序时进度",
      "2.龙头企业培育专项行动无实质性进展。",
      "3老旧小区通信线缆入地改造正在进行前期调研规划,推进较慢。",
      `4${opener}帮扶退规企业、停产规上企业未开展实质性工作`,
      "5全力推“五减”行动,落细落实支持民营经济发展各项政策",
    ].join("\n");

  it.each([
    ["市", "“一企一策”"],
    ["县", "《一企一策》"],
    ["区", "一企一策"],
  ])("reads item 5 after an item 4 glued to its words and closed by no stop (%s, %s)", (level, opener) => {
    const tasks = read(list(level, opener));
    expect(tasks.map((t) => [t[0], t[1], t[2]])).toEqual([
      ["2.1", "规上工业增加", [`${level}经济和信息化局`]],
      ["2.2", "龙头企业培育", [`${level}经济和信息化局`]],
      ["2.3", "老旧小区通信", [`${level}经济和信息化局`]],
      ["2.4", `${opener}帮扶退规企业`.slice(0, 6), [`${level}经济和信息化局`]],
      ["2.5", "全力推“五减", [`${level}经济和信息化局`]],
    ]);
  });

  it("still reads a glued number after a dotted item with no stop as its words wrapped (4.…力争 / 5个…)", () => {
    const text = ["1.推进城东改造,力争", "5个片区年内开工建设。", "责任单位:县住建局"].join("\n");
    expect(read(text).map((t) => t[0])).toEqual(["1"]);
  });
});
