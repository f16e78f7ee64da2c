import { chineseNumber, readNumbering } from "../../../src/core/parse/numbering";
import { isCollective, isUnitLike, splitUnitList } from "../../../src/core/parse/splitUnits";
import { normalizeUnitName } from "../../../src/core/parse/unitName";
import { isDeadline, readRoles, resolveRoles } from "../../../src/core/parse/roles";
import { readLeaderHeading, readPerson } from "../../../src/core/parse/leader";
import { alignCells, columnKind } from "../../../src/core/parse/table";
import { dateOfLine, findConvention, isBreakdownTitle, isDateLine } from "../../../src/core/parse/docInfo";
import { parseBreakdown, parseBytes } from "../../../src/core/parse/parseBreakdown";
import { fold } from "../../../src/core/text/fold";
import { cleanLine, toLines } from "../../../src/core/text/lines";

// Full-width forms are written as escapes so that no editor or tool can silently turn them half-width.
const FW = { lp: "\uff08", rp: "\uff09", comma: "\uff0c", colon: "\uff1a", semi: "\uff1b", dot: "\uff0e" };

describe("numbering", () => {
  it.each([
    ["一、于会游市长", "cn", 1],
    ["十二、其他", "cn", 12],
    [`${FW.lp}二${FW.rp}建成`, "pcn", 2],
    ["(三)推进", "pcn", 3],
    ["一是加快", "shi", 1],
    ["13. 推进", "ar", 13],
    [`7${FW.dot}推进`, "ar", 7],
    ["4、推进", "ar", 4],
    ["5。推进", "ar", 5],
    ["1 . 推进", "ar", 1],
    ["(12)推进", "par", 12],
    ["3)推进", "arp", 3],
    ["\u2462推进", "circ", 3],
    ["第五条 推进", "di", 5],
  ])("reads %s as %s %d", (line, style, n) => {
    expect(readNumbering(fold(line))).toMatchObject({ style, n });
  });

  it.each(["1.5万亩土地", "2020年完成", "推进1.工作", "一体化发展", "5G+高端装备"])(
    "does not read %s as numbered",
    (line) => {
      expect(readNumbering(fold(line))).toBeNull();
    },
  );

  it("reads a marker followed by a number as doubtful, and only when asked to", () => {
    expect(readNumbering(fold("6、98年元旦升旗"))).toBeNull();
    expect(readNumbering(fold("6、98年元旦升旗"), { doubtful: true })).toEqual({
      style: "ar",
      n: 6,
      length: 2,
      doubtful: true,
    });
    expect(readNumbering(fold("1.5万亩土地"), { doubtful: true })).toBeNull();
  });

  it("reads Chinese numerals", () => {
    expect([
      chineseNumber("十"),
      chineseNumber("十九"),
      chineseNumber("二十三"),
      chineseNumber("一百零五"),
    ]).toEqual([10, 19, 23, 105]);
    expect(chineseNumber("甲")).toBeNull();
  });
});

describe("unit names", () => {
  it("normalises spaces, full-width brackets and trailing punctuation", () => {
    expect(normalizeUnitName(` 发改局${FW.lp}服务业局${FW.rp}。`)).toBe("发改局(服务业局)");
    expect(normalizeUnitName("农业 农村局")).toBe("农业农村局");
    expect(normalizeUnitName("应急部等")).toBe("应急部");
  });

  it("splits on every separator width but not inside brackets", () => {
    expect(
      splitUnitList(`财政局${FW.comma}发改局;各区(县、市)政府${FW.semi}〈含开发区、度假区〉管委会`),
    ).toEqual(["财政局", "发改局", "各区(县、市)政府", "〈含开发区、度假区〉管委会"]);
  });

  it("splits A、B等C only when C is a unit, keeping 高等 words whole", () => {
    expect(splitUnitList("教育局、卫健局等市级有关部门")).toEqual(["教育局", "卫健局", "市级有关部门"]);
    expect(splitUnitList("各高等院校")).toEqual(["各高等院校"]);
  });

  it("tells units from prose and collectives from single units", () => {
    for (const u of [
      "开发区(高桥街道)",
      "人民银行",
      "政研室",
      "消防救援大队",
      "工商联",
      "生态环境局桐乡分局",
    ]) {
      expect(isUnitLike(u)).toBe(true);
    }
    for (const p of ["含开发区", "完成投资20亿元", "2021年10月", "推进改革,提升效率"])
      expect(isUnitLike(p)).toBe(false);
    for (const c of [
      "各镇(街道)",
      "相关镇(街道)",
      "各相关单位",
      "市级有关部门",
      "区直各部门",
      "各区(县、市)政府",
      "功能板块",
      "各功能板块",
      "各板块",
    ]) {
      expect(isCollective(c)).toBe(true);
    }
    expect(isCollective("财政局")).toBe(false);
    expect(isCollective("五大板块")).toBe(false);
  });

  it("reads a city's functional zones (功能板块) as a group of units in every phrasing, never a task's 板块", () => {
    const read = (body: string) =>
      parseBreakdown(`甲市2024年民生实事项目\n一、教育\n${body}`).tasks.map((t) => [t.leads, t.coUnits]);
    const want = [[["市教育局"], ["各县区", "功能板块"]]];
    expect(read("1.改造学校照明。(由市教育局牵头,各县区、功能板块配合)")).toEqual(want);
    expect(read("1.改造学校照明。(市教育局、各县区、功能板块)")).toEqual(want);
    expect(read("1.改造学校照明。市教育局牵头,各县区 功能板块配合。")).toEqual(want);
    expect(read("1.改造学校照明,由市教育局会同各县区;功能板块负责落实。")).toEqual(want);
    expect(read("1.优化五大板块布局。(市发改委牵头)")).toEqual([[["市发改委"], []]]);
  });
});

describe("roles", () => {
  it("reads labelled segments in any width and order", () => {
    const r = readRoles(`牵头单位${FW.colon}市商务局${FW.semi}配合单位${FW.colon}市发改委、交通局`, {
      bareUnits: false,
    });
    expect(resolveRoles([r])).toEqual({ leads: ["市商务局"], coUnits: ["市发改委", "交通局"] });
  });

  it("takes a deadline out of a labelled list of units, but never a unit whose name opens like one", () => {
    const r = readRoles("牵头单位:州审批局;责任单位:州司法局、州委编办,6月底完成", { bareUnits: false });
    expect(resolveRoles([r])).toEqual({ leads: ["州审批局"], coUnits: ["州司法局", "州委编办"] });
    expect(r.deadline).toBe("6月底完成");
    const care = readRoles("责任单位:市医保局、长期护理保险办公室", { bareUnits: false });
    expect(resolveRoles([care])).toEqual({ leads: ["市医保局"], coUnits: ["长期护理保险办公室"] });
    expect(care.deadline).toBeNull();
  });

  it("reads State Council prose roles with a deadline", () => {
    const r = readRoles("人力资源社会保障部牵头,财政部、税务总局按职责分工负责,年内持续推进", {
      bareUnits: false,
    });
    expect(resolveRoles([r])).toEqual({ leads: ["人力资源社会保障部"], coUnits: ["财政部", "税务总局"] });
    expect(r.deadline).toBe("年内持续推进");
    const w = readRoles("自然资源部会同农业农村部负责", { bareUnits: false });
    expect(resolveRoles([w])).toEqual({ leads: ["自然资源部"], coUnits: ["农业农村部"] });
    const shared = readRoles("住房城乡建设部、应急部等按职责分工负责", { bareUnits: false });
    expect(resolveRoles([shared])).toEqual({ leads: ["住房城乡建设部"], coUnits: ["应急部"] });
  });

  it("lets a unit marked (牵头) lead wherever it is listed, without the marker", () => {
    const listed = readRoles(`责任单位:区财政局、区教育局${FW.lp}牵头${FW.rp}、区住建局`, {
      bareUnits: false,
    });
    expect(resolveRoles([listed])).toEqual({ leads: ["区教育局"], coUnits: ["区财政局", "区住建局"] });
    const first = readRoles("责任单位:市体育局(牵头单位)、市住建局", { bareUnits: false });
    expect(resolveRoles([first])).toEqual({ leads: ["市体育局"], coUnits: ["市住建局"] });
    const co = readRoles("牵头单位:市发改委;配合单位:市财政局(牵头)", { bareUnits: false });
    expect(resolveRoles([co])).toEqual({ leads: ["市发改委", "市财政局"], coUnits: [] });
  });

  it("reads 落实 verbs like 负责, and 等部门 as the end of a list", () => {
    const r = readRoles(`省大数据局牵头${FW.comma}各市州人民政府抓好落实`, { bareUnits: false });
    expect(resolveRoles([r])).toEqual({ leads: ["省大数据局"], coUnits: ["各市州人民政府"] });
    expect(splitUnitList("自然资源部、财政部等部门")).toEqual(["自然资源部", "财政部"]);
    expect(splitUnitList("教育局、卫健局等市级有关部门")).toEqual(["教育局", "卫健局", "市级有关部门"]);
  });

  it("keeps 和 inside a name but splits 及 between two units", () => {
    const r = readRoles("工业和信息化部及财政部按职责分工负责", { bareUnits: false });
    expect(resolveRoles([r])).toEqual({ leads: ["工业和信息化部"], coUnits: ["财政部"] });
  });

  it("takes a bare list of units only when allowed", () => {
    expect(readRoles("市发改委", { bareUnits: true }).listed).toEqual(["市发改委"]);
    expect(readRoles("市发改委", { bareUnits: false }).matched).toBe(false);
    expect(readRoles("含开发区", { bareUnits: true }).matched).toBe(false);
  });

  it("recognises deadline phrases", () => {
    for (const d of [
      "6月底前",
      "2020年年底前",
      "2020年底前",
      "年内持续推进",
      "持续推进",
      "长期坚持",
      "9月投入使用",
      "三季度末",
    ]) {
      expect(isDeadline(d)).toBe(true);
    }
    for (const d of ["财政局", "加快推进城东改造", "20亿元"]) expect(isDeadline(d)).toBe(false);
  });
});

describe("leaders", () => {
  it("reads leader headings in either order and ignores theme headings", () => {
    expect(readLeaderHeading("冯中海常务副市长牵头重点工作")).toEqual({
      name: "冯中海",
      title: "常务副市长",
      others: [],
    });
    expect(readLeaderHeading("常务副市长王某某牵头")).toEqual({
      name: "王某某",
      title: "常务副市长",
      others: [],
    });
    expect(readLeaderHeading("朱伟强常委牵头重点工作")).toMatchObject({ name: "朱伟强", title: "常委" });
    expect(readLeaderHeading(`杜明远区长牵头重点工作${FW.lp}7项${FW.rp}`)).toEqual({
      name: "杜明远",
      title: "区长",
      others: [],
    });
    expect(readLeaderHeading("林文渊市长牵头的重点工作(共6项):")).toMatchObject({ name: "林文渊" });
    expect(readLeaderHeading("稳定经济增长")).toBeNull();
    expect(readLeaderHeading("加快市长热线建设")).toBeNull();
  });

  it("reads leader values with titles and several names", () => {
    expect(readPerson(`李某${FW.lp}副市长${FW.rp}`)).toEqual({ name: "李某", title: "副市长", others: [] });
    expect(readPerson("李某、王某")).toEqual({ name: "李某", title: null, others: ["王某"] });
    expect(readPerson("李某 王某")).toEqual({ name: "李某", title: null, others: ["王某"] });
    expect(readPerson("王  伟")).toEqual({ name: "王伟", title: null, others: [] });
  });

  it("takes the name after a list of titles, and never takes a title for a name", () => {
    expect(readPerson("副市长、市公安局局长 卢建平")).toEqual({
      name: "卢建平",
      title: "副市长",
      others: [],
    });
    expect(readPerson("市公安局局长 卢建平")).toEqual({ name: "卢建平", title: "市公安局局长", others: [] });
    expect(readPerson("副市长")).toBeNull();
  });
});

describe("tables", () => {
  it("knows column names", () => {
    expect(
      ["序号", "工作任务", "牵头领导", "牵头单位", "配合单位", "完成时限", "进展情况"].map(columnKind),
    ).toEqual(["seq", "task", "leader", "lead", "co", "deadline", "progress"]);
  });

  it("aligns a row whose task cell runs over two lines and whose co-unit cell is missing", () => {
    const cells = alignCells(
      ["task", "leader", "lead", "co", "deadline"],
      ["推进老旧小区改造,完成改造小区30个,", "惠及居民5000户。", "李某", "区住建局", "2020年底前"],
    );
    expect(cells).toEqual([
      "推进老旧小区改造,完成改造小区30个,惠及居民5000户。",
      "李某",
      "区住建局",
      "",
      "2020年底前",
    ]);
  });
});

describe("document information", () => {
  it("recognises breakdown titles but not sentences quoting them", () => {
    expect(isBreakdownTitle("2020年政府民生实事项目责任分解")).toBe(true);
    expect(isBreakdownTitle("南浦县2021年重点工作任务分解及进展情况表")).toBe(true);
    expect(isBreakdownTitle("《2020年政府工作报告主要工作责任分解》已经通过,现印发给你们。")).toBe(false);
  });

  it("finds the role convention inside brackets and in prose", () => {
    expect(findConvention("工商联(列第一位者为牵头或汇总单位,下同)")?.text).toBe(
      "列第一位者为牵头或汇总单位,下同",
    );
    expect(findConvention("各项任务中列第一位的为牵头单位。请认真落实。")?.text).toBe(
      "各项任务中列第一位的为牵头单位",
    );
  });

  it("knows other wordings of the convention, without a 注: label", () => {
    expect(findConvention(`${FW.lp}注${FW.colon}责任单位排名第一的为牵头单位${FW.rp}`)?.text).toBe(
      "责任单位排名第一的为牵头单位",
    );
    expect(findConvention("(责任单位中标注“牵头”的为牵头单位)")?.text).toBe(
      "责任单位中标注“牵头”的为牵头单位",
    );
    expect(findConvention("第一季度牵头完成调研")).toBeNull();
  });

  it("reads a colophon date with 印发 as the date", () => {
    expect(isDateLine("2024年3月1日印发")).toBe(true);
    expect(dateOfLine("2024年3月1日印发")).toBe("2024年3月1日");
    expect(dateOfLine(`${FW.lp}2020年5月22日${FW.rp}`)).toBe("2020年5月22日");
  });
});

describe("the whole parser on small documents", () => {
  it("reads full-width punctuation exactly as half-width", () => {
    const wide = `一、王某市长牵头重点工作\n1${FW.dot}推进城东改造。\n责任单位${FW.colon}建设局、开发区${FW.lp}高桥街道${FW.rp}${FW.comma}财政局`;
    const narrow = "一、王某市长牵头重点工作\n1.推进城东改造。\n责任单位:建设局、开发区(高桥街道),财政局";
    expect(parseBreakdown(wide).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual(
      parseBreakdown(narrow).tasks.map((t) => [t.id, t.leads, t.coUnits]),
    );
    expect(parseBreakdown(wide).tasks[0]?.coUnits).toEqual(["开发区(高桥街道)", "财政局"]);
  });

  it("lets children without a lead take their heading's lead, and says so", () => {
    const doc = parseBreakdown(
      "(一)推进产业升级\n牵头单位:经信局\n1.培育龙头企业。\n2.建设产业园。\n配合单位:商务局",
    );
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1.1", ["经信局"], []],
      ["1.2", ["经信局"], ["商务局"]],
    ]);
    expect(doc.issues.map((i) => [i.code, i.line])).toEqual([
      ["units-inherited", 3],
      ["units-inherited", 4],
    ]);
  });

  it("reports units that follow no task, keeping them in the finding", () => {
    const doc = parseBreakdown("一、王某市长牵头重点工作\n责任单位:财政局\n1.推进改造。\n责任单位:建设局");
    expect(doc.issues[0]).toMatchObject({
      code: "units-without-task",
      line: 2,
      params: { units: ["财政局"] },
    });
    expect(doc.tasks).toHaveLength(1);
  });

  it("fills an empty leader cell from the row above, not across a category row, and never guesses units", () => {
    const doc = parseBreakdown(
      [
        "序号\t具体任务\t责任领导\t责任单位",
        "一、民生类",
        "1\t新建养老机构15家。\t陈某\t区民政局、区卫健局",
        "2\t建设助餐点80个。\t\t",
        "3\t\t\t",
        "二、城建类",
        "4\t改造老旧小区。\t\t区住建局",
      ].join("\n"),
    );
    expect(doc.tasks.map((t) => [t.id, t.leader, t.leads, t.coUnits])).toEqual([
      ["1.1", "陈某", ["区民政局"], ["区卫健局"]],
      ["1.2", "陈某", [], []],
      ["1.3", "陈某", [], []],
      ["2.4", null, ["区住建局"], []],
    ]);
    expect(doc.issues.map((i) => [i.code, i.line, i.params.cell])).toEqual([
      ["cell-from-above", 4, undefined],
      ["task-no-units", 4, "empty-below-filled"],
      ["cell-from-above", 5, undefined],
      ["task-no-units", 5, undefined],
    ]);
  });

  it("reports a second unit line under one task as units without a task, instead of merging it", () => {
    const doc = parseBreakdown(
      "1.推进城东改造。\n责任单位:建设局、发改局\n责任单位:财政局、各镇(街道)\n2.建设公园。\n责任单位:园林局",
    );
    expect(doc.tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["1", ["建设局"], ["发改局"]],
      ["2", ["园林局"], []],
    ]);
    expect(doc.issues).toEqual([
      {
        code: "units-without-task",
        severity: "error",
        line: 3,
        params: { text: "责任单位:财政局、各镇(街道)", units: ["财政局", "各镇(街道)"], after: 2 },
      },
    ]);
  });

  it("warns about a unit name cut short at the end of a line", () => {
    const doc = parseBreakdown("1.推进城东改造。\n责任单位:建设局、自\n2.建设公园。\n责任单位:园林局");
    expect(doc.tasks[0]?.coUnits).toEqual(["自"]);
    expect(doc.issues.map((i) => [i.code, i.line, i.params.unit])).toEqual([["unit-unusual", 2, "自"]]);
  });

  it("claims no encoding for bytes that read as text in none", () => {
    const binary = new Uint8Array(Array.from({ length: 256 }, (_, i) => (i * 37) % 256));
    const doc = parseBytes(binary);
    expect(doc.document.encoding).toBe("");
    expect(doc.issues.map((i) => i.code)).toEqual(["encoding-unreadable"]);
  });

  it("drops pinyin glosses in either bracket width", () => {
    expect(cleanLine(`經${FW.lp}jīng${FW.rp}貿(mào)委`)).toBe("經貿委");
    expect(toLines("\t1\t推进\t\n2")[0]).toMatchObject({ text: "1\t推进", raw: "\t1\t推进\t" });
  });

  it("drops control characters, which would make the workbook invalid", () => {
    const doc = parseBreakdown("1.推进\u0001城东\u001f改造。\n责任单位:建设\u000b局、发改局\u0007");
    expect(doc.tasks[0]).toMatchObject({ text: "推进城东改造。", leads: ["建设局"], coUnits: ["发改局"] });
  });

  it("says why a text that is not a breakdown has no tasks", () => {
    expect(parseBreakdown("").issues[0]?.params).toEqual({ reason: "empty" });
    expect(parseBreakdown("本报讯 今年以来,我市经济运行稳中向好。\n记者 王某").issues[0]?.params).toEqual({
      reason: "no-numbering",
    });
    expect(parseBreakdown("1.今年以来经济运行稳中向好。\n2.消费市场回暖。").issues[0]?.params).toEqual({
      reason: "no-units",
    });
  });
});
