import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up breakdowns of the family "one lead for many items, and mirror copies": a labelled unit bracket that
// opens its line with the next heading after it, a heading with its first item on the same line, unit names the
// vocabulary must know (a grain depot), with other places' names, labels, brackets and numbering.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("a labelled unit bracket at a line's start with the next heading after it", () => {
  it.each([
    ["〔牵头单位:县政府办公室、县司法局;责任单位:县政府各部门〕", " 二、压实责任", "二、"],
    ["(牵头单位：区教育局；配合单位：区财政局)", "(二)加强保障", "(二)"],
    ["【责任单位：市卫健委】", "  3.建设卫生院", "3."],
  ])("closes the task above with %s and starts %s", (bracket, after) => {
    const text = [
      "乙县2023年工作计划任务分解",
      after.trim().startsWith("3") ? "一、教育" : after.trim().startsWith("二") ? "一、教育" : "(一)教育",
      "1.改造农村薄弱学校10所,新增学位800个。",
      `${bracket}${after}`,
      "2.完善制度建设。(牵头单位:县发改委)",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks[0]?.text).toBe("改造农村薄弱学校10所,新增学位800个。");
    expect(tasks[0]?.leads.length).toBeGreaterThan(0);
    expect(tasks.map((t) => t.text)).not.toContainEqual(expect.stringContaining("牵头单位"));
  });

  it("keeps a bare bracket of names that opens a line as the units of the item after it", () => {
    const text = ["丙市2024年重点任务分解", "一、城建", "(市住建局)1.改造老旧小区20个。"].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.text)).not.toContain("改造老旧小区20个。");
  });
});

describe("a heading with its first item on the same line", () => {
  it.each([
    ["一、持续推进依法行政 1.推动学习走深走实。", "1.1"],
    ["(一)强化粮食生产   1、稳定播种面积。", "1.1"],
    ["三、优化营商环境 12.压减审批时限。", "3.12"],
  ])("reads %s as a heading and its item", (line, id) => {
    const text = ["丁县2022年法治政府建设工作计划", line, "〔牵头单位:县司法局;责任单位:县政府各部门〕"].join(
      "\n",
    );
    const tasks = read(text);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.[0]).toBe(id);
    expect(tasks[0]?.[2]).toEqual(["县司法局"]);
    expect(String(tasks[0]?.[1])).not.toMatch(/^持续|^强化|^优化/);
  });

  it("does not cut a heading whose title ends in a year or number", () => {
    const text = ["戊县工作计划任务分解", "一、目标到2025年 1.5倍", "1.建设学校。(县教育局)"].join("\n");
    expect(read(text).map((t) => t[1])).toEqual(["建设学校。"]);
  });
});

describe("unit names of state depots", () => {
  it.each(["中储粮株洲直属库", "中储粮南宁直属库"])("reads a bare bracket ending in %s as units", (depot) => {
    const text = [
      "某市关于落实粮食安全责任制的实施意见",
      "一、明确责任",
      `(一)增强粮食安全意识。要增强责任意识。(市发改委、市农委、${depot})`,
      "(二)加强储备。完善储备制度。(市农委、市发改委)",
    ].join("\n");
    expect(read(text)[0]?.[3]).toEqual(["市农委", depot]);
  });
});

describe("unnumbered paragraphs, each naming its own lead", () => {
  it.each([
    ["(住建局牵头)", "(水务局牵头)", ["住建局"], []],
    ["（由区城管局负责）", "（由区交通局负责）", ["区城管局"], []],
    [
      "【牵头单位：市教育局；配合单位：市财政局】",
      "【牵头单位：市卫健委；配合单位：市医保局】",
      ["市教育局"],
      ["市财政局"],
    ],
    ["〔县农业农村局牵头,各乡镇配合〕", "〔县水利局牵头,各乡镇配合〕", ["县农业农村局"], ["各乡镇"]],
  ])("reads paragraphs closed by %s as tasks", (first, second, leads, co) => {
    const text = [
      "下面是今年民生实事中的部分项目:",
      `对城东3个老旧小区进行基础性改造${first}`,
      `新建雨污管网12公里,改造泵站2座${second}`,
    ].join("\n");
    const tasks = read(text);
    expect(tasks.map((t) => t[1])).toEqual([
      "对城东3个老旧小区进行基础性改造",
      "新建雨污管网12公里,改造泵站2座",
    ]);
    expect(tasks[0]?.slice(2)).toEqual([leads, co]);
  });

  it.each([
    ["由镇公路站负责的农村道路硬化项目,建设约12公里道路,预计2021年11月份完成。", "镇公路站", "2021年11月份"],
    [
      "聚焦“民生”。由街道社会事务办负责的养老服务站项目,新建站点3个,计划2024年底前建成。",
      "街道社会事务办",
      "2024年底",
    ],
    ["由區教育局負責的學校擴建項目,新增學位900個,預計2022年9月完成。", "區教育局", "2022年9月"],
  ])("reads a paragraph naming its unit in prose: %s", (paragraph, unit, deadline) => {
    const text = [paragraph, "由县水利局牵头实施的河道治理工程,整治河道5公里。"].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([[unit], ["县水利局"]]);
    expect(tasks[0]?.deadline).toBe(deadline);
  });

  it("reads paragraphs that open with their unit as the subject of the project", () => {
    const text = [
      "今年的项目进展如下。",
      "辛县住建局负责实施的老旧小区改造项目,改造小区12个,预计2024年底完成。",
      "辛县水利局负责的河道整治工程,整治河道8公里。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.deadline])).toEqual([
      [["辛县住建局"], "2024年底"],
      [["辛县水利局"], null],
    ]);
  });

  it("reads no task from one such paragraph alone, or from paragraphs that name a person", () => {
    expect(parseBreakdown("由县住建局负责的老旧小区改造项目今天开工,预计年底完成。").tasks).toEqual([]);
    const news = [
      "会议由张三主持。",
      "会上李四就有关工作作了部署(记者 王五)",
      "全体干部参加会议(通讯员 赵六)",
    ];
    expect(parseBreakdown(news.join("\n")).tasks).toEqual([]);
    const people = ["张三负责的项目进展顺利。", "李四同志负责的工程已经完工。"];
    expect(parseBreakdown(people.join("\n")).tasks).toEqual([]);
  });

  it("takes a forum's jammer strings out, before, between and after the items", () => {
    const text = [
      "|",
      "下面是民生实事里面提到的部分:",
      ') Y3 J/ M3 J" R! Z',
      ", I% H9 r: m2 |* {对城南2个老旧小区进行改造(住建局牵头) x& L1 ]8 N) l6 J( k",
      "新建安置房396套(城东街道牵头)9 @! _2 C* M0 C% r+ U' q",
      "新建公厕10座 (城管局牵头) |",
      "|",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "对城南2个老旧小区进行改造", ["住建局"], []],
      ["2", "新建安置房396套", ["城东街道"], []],
      ["3", "新建公厕10座", ["城管局"], []],
    ]);
  });
});

describe("mirror copies", () => {
  const outline = (gloss: (ch: string, py: string) => string) =>
    [
      `某縣2023年重點工作任務分${gloss("解", "jiě")}`,
      "一、民生保障",
      `1.新建鄉${gloss("鎮", "zhèn")}衛生院3所,,改造村衛生室20個。。(縣衛健局、、縣財政局,,縣${gloss("發", "fā")}改委)`,
      `2.推進農${gloss("村", "cūn")}道路硬化,,新建道路12公里。(牽頭單位:縣交通局;配合單位:各鄉${gloss("鎮", "zhèn")})`,
    ].join("\n");

  it.each([
    ["a bracket", (ch: string, py: string) => `${ch}(${py})`],
    ["a full-width bracket", (ch: string, py: string) => `${ch}（${py}）`],
    ["no bracket", (ch: string, py: string) => `${ch}${py}`],
    [
      "tone numbers",
      (ch: string, py: string) => `${ch}(${py.normalize("NFD").replace(/[\u0300-\u036f]/g, "")}4)`,
    ],
    [
      "bare tone numbers",
      (ch: string, py: string) => `${ch}${py.normalize("NFD").replace(/[\u0300-\u036f]/g, "")}4`,
    ],
  ])(
    "reads Traditional script with pinyin glued after characters in %s and doubled punctuation",
    (_, gloss) => {
      expect(read(outline(gloss))).toEqual([
        ["1.1", "新建鄉鎮衛生院3所,,改造村衛生室20個。。", ["縣衛健局"], ["縣財政局", "縣發改委"]],
        ["1.2", "推進農村道路硬化,,新建道路12公里。", ["縣交通局"], ["各鄉鎮"]],
      ]);
    },
  );
});

describe("paragraphs naming their unit in prose beside numbered tasks", () => {
  it("reads each paragraph under a later heading as a task of its own", () => {
    const text = [
      "甲县2024年为民办实事项目责任分解",
      "一、教育",
      "1.新建幼儿园2所。(县教育局)",
      "2.改造薄弱学校5所。(县教育局、县财政局)",
      "二、交通",
      "由县交通局负责的农村公路提质项目,新建道路20公里,预计2024年10月完成。",
      "由县公路中心负责实施的危桥改造项目,改造危桥6座。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县教育局"], []],
      [["县教育局"], ["县财政局"]],
      [["县交通局"], []],
      [["县公路中心"], []],
    ]);
  });
});

describe("paragraphs under a heading closed by a role clause in prose", () => {
  it.each([
    ["新建幼儿园2所,新增学位600个,由县教育局牵头实施。", ["县教育局"], []],
    ["新建农村公路20公里,县交通局负责实施。", ["县交通局"], []],
    ["改造危桥6座,县交通局牵头,各乡镇配合。", ["县交通局"], ["各乡镇"]],
    ["整治河道8公里,区水务局、区城管局负责实施。", ["区水务局"], ["区城管局"]],
    ["新建公厕10座——县城管局牵头", ["县城管局"], []],
    ["新建公园2个——县园林局牵头,县城管局配合。", ["县园林局"], ["县城管局"]],
  ])("reads %s as a task of the heading above", (paragraph, leads, co) => {
    const text = [
      "壬县2024年民生实事责任分解",
      "一、城乡建设",
      paragraph,
      "改造老旧小区5个,由县住建局负责。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", paragraph, leads, co],
      ["1.2", "改造老旧小区5个,由县住建局负责。", ["县住建局"], []],
    ]);
  });

  it.each([
    "新建农村公路20公里,各地要加强配合。",
    "新建农村公路20公里,张三负责。",
    "新建农村公路20公里,方便群众出行。",
  ])("reads no units from a clause that names none: %s", (paragraph) => {
    const text = [
      "壬县2024年民生实事责任分解",
      "一、城乡建设",
      "1.改造老旧小区5个。(县住建局)",
      `2.${paragraph}`,
    ].join("\n");
    const second = parseBreakdown(text).tasks.find((t) => t.id.endsWith("2"));
    expect(second?.leads ?? []).toEqual([]);
    expect(second?.coUnits ?? []).toEqual([]);
  });
});

// A bracket naming a leader who 牵头 and the unit that carries the work out as the main body (为主落实 / 为主负责):
// that unit leads (a city's monthly work points).
describe("a unit that carries the work out as the main body (为主落实)", () => {
  it("leads, the verb no part of its name", () => {
    const text = [
      "2021年4月份市政府工作要点",
      "一、经济运行",
      "(一)拟定经济运行监测工作制度,督促集中开工项目尽快开工纳统。(王某某常务副市长牵头,市发改局为主落实)",
      "(二)做好财政收支管理。(李某副市长牵头,市财政局为主负责,市税务局配合)",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", ["市发改局"], []],
      ["1.2", ["市财政局"], ["市税务局"]],
    ]);
  });
});

// A 责任单位 line whose value opens with a lead clause ended by 、 (A和B分别牵头、C): the clause's units lead, the
// names after the 、 help — as A牵头、C reads.
describe("a lead clause ended by 、 in a unit label's value", () => {
  it("gives both units joined by 和 before 分别牵头 the lead, the names after it co-units", () => {
    const text = [
      "2023年政府工作报告重点工作责任分解",
      "一、区长牵头重点工作",
      "1.提高示范区能级,全力保障枢纽开发建设。",
      "责任单位:甲区经济投资局和甲区口岸局分别牵头、甲区发改局",
      "2.加快物流枢纽建设。",
      "责任单位:甲区商务局牵头、甲区发改局、甲区交通局",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", ["甲区经济投资局", "甲区口岸局"], ["甲区发改局"]],
      ["1.2", ["甲区商务局"], ["甲区发改局", "甲区交通局"]],
    ]);
  });
});

// A bracket whose units 主办 (host) the work, others 协办: every unit before 主办 leads, as before 牵头.
describe("units before 主办 in a bracket", () => {
  it("all lead, the units that 协办 help", () => {
    const text = [
      "2026年市政府主要工作目标任务分解落实方案",
      "一、扩大内需",
      "1.城镇新增就业3万人以上。(乙市人社局、乙市财政局主办)",
      "2.社会消费品零售总额增长5%左右。(乙市商务局、乙市文旅局主办,乙市税务局协办)",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", ["乙市人社局", "乙市财政局"], []],
      ["1.2", ["乙市商务局", "乙市文旅局"], ["乙市税务局"]],
    ]);
  });
});
