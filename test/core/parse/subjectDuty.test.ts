import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { subjectDuty } from "../../../src/core/parse/subjectDuty";

// Made-up documents of the family "a unit as the subject of its sentence" (subjectDuty.ts): paragraphs or clauses
// that open with their office and then its duty, whatever stands between (负责 / 要 / 牵头 / 会同 / , / 。 / : / a
// space), one paragraph a line or run together on one line, numbered or not, under a heading or none, with page
// noise — and the prose whose subject is a group, the writer, a person or a unit's staff, which gives no task.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text.slice(0, 8), leads: t.leads, co: t.coUnits }));

describe("the subject a clause opens with", () => {
  it.each([
    ["县文旅局负责景区提档升级。", ["县文旅局"]],
    ["市卫健委要做好基层医疗服务。", ["市卫健委"]],
    ["街道办事处牵头整治背街小巷。", ["街道办事处"]],
    ["公安分局会同交警大队整治乱停车。", ["公安分局"]],
    ["民政部门,负责困难群众救助。", ["民政部门"]],
    ["县供销社。负责农资供应。", ["县供销社"]],
    ["林业站:指导林下经济发展。", ["林业站"]],
    ["农机中心 组织秋收机具调度。", ["农机中心"]],
    ["县公安局、县交通局负责春运安全。", ["县公安局", "县交通局"]],
    ["(续上页) 人口和计生部门,负责人口和计划生育工作。", ["人口和计生部门"]],
  ])("reads the office of %s", (text, units) => {
    expect(subjectDuty(text)?.units).toEqual(units);
  });

  it.each([
    "各地要加强组织领导。",
    "全县要形成合力。",
    "我县要抓好落实。",
    "我们要提高认识。",
    "县长要亲自抓。",
    "王小明负责联络。",
    "县住建局负责人表示,工程进展顺利。",
    "市政府要求各部门抓紧落实。",
    "由县水务局负责的供水工程已完工。",
    "各部门要各司其职。",
    "10个乡镇负责试点。",
    "加强组织领导,负责统筹协调。",
    // The work, then 由 and its unit: the unit is 由's (by-clause), not the sentence's subject.
    "农产品全面进入市场由县经商委牵头负责。",
  ])("reads no office in %s", (text) => {
    expect(subjectDuty(text)).toBeNull();
  });

  it("keeps 自由 inside an office's name", () => {
    expect(subjectDuty("甲市自由贸易试验区管委会负责制度创新。")?.units).toEqual([
      "甲市自由贸易试验区管委会",
    ]);
  });

  it("reads each clause's unit after 由 when the last clause is followed by a status sentence", () => {
    const text = [
      "甲县召开对接工作推进会。",
      "细化任务强目标。推进旅游合作由县文旅局牵头负责;品牌保护由县市场监管局牵头负责;农产品全面进入市场由县经商委牵头负责。目前,各牵头部门已制定好方案。",
    ].join("\n");
    expect(read(text).map((t) => t.leads)).toEqual([["县文旅局"], ["县市场监管局"], ["县经商委"]]);
  });

  it("tells a requirement (要) from a duty, and a separated subject from a glued one", () => {
    expect(subjectDuty("县审计局要加强审计。")).toMatchObject({ requirement: true, separator: "" });
    expect(subjectDuty("县审计局 , 负责资金审计。")).toMatchObject({ requirement: false, separator: "," });
    expect(subjectDuty("县审计局 负责资金审计。")).toMatchObject({ separator: " " });
  });
});

describe("unnumbered paragraphs each opening with their office", () => {
  it.each([
    ["one a line, no heading", "\n", ""],
    ["run together on one line, set apart by spaces", " ", ""],
    ["after a page's continuation mark and a forum bar", " ", "[接上页] "],
  ])("are tasks led by their offices (%s)", (_name, join, before) => {
    const text = [
      "为做好乡村文明建设,现将各单位任务明确如下:",
      [
        `${before}镇文化站负责农家书屋的管理和图书更新。`,
        "镇司法所,负责矛盾纠纷排查化解,做好普法宣传。",
        "镇卫生院要做好健康教育;配合镇文化站开展义诊。",
        "镇派出所、镇综治办牵头开展平安村创建。",
      ].join(join),
      "|",
    ].join("\n");
    expect(read(text)).toEqual([
      { text: "镇文化站负责农家", leads: ["镇文化站"], co: [] },
      { text: "镇司法所,负责矛", leads: ["镇司法所"], co: [] },
      { text: "镇卫生院要做好健", leads: ["镇卫生院"], co: [] },
      // A、B牵头: both lead (as 由A、B牵头 does).
      { text: "镇派出所、镇综治", leads: ["镇派出所", "镇综治办"], co: [] },
    ]);
  });

  it("are not tasks when each office only 要 do something (a notice's closing requirements)", () => {
    const text = [
      "关于印发2023年重点工作任务分解的通知",
      "各乡镇、县直各部门:现将任务分解印发给你们,请认真抓好落实。",
      "县委督查办要结合任务分解,建立督查台账,定期通报进展。",
      "县考核办要把任务完成情况列入年度目标考核。",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });

  it("are not tasks when their subject is a group, the writer or a person", () => {
    const text = [
      "全县上下要统一思想,提高认识。",
      "各地要加强组织领导,确保工作落到实处。",
      "我们要以更加务实的作风推进各项工作。",
      "县住建局负责人介绍,今年共改造老旧小区12个。",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("a duty list under a numbered heading", () => {
  it.each([
    [",", "(六)", "(七)"],
    ["。", "六、", "七、"],
    [":", "6.", "7."],
  ])("reads each 'office%s duty' paragraph as a task of the heading (%s)", (sep, a, b) => {
    const text = [
      "乙县农村人居环境整治实施方案",
      `${a}明确部门职责`,
      `县农业农村局${sep}负责统筹推进农村人居环境整治。`,
      `县生态环境局${sep}负责农村生活污水治理的指导。`,
      `县城管局、县环卫所${sep}负责农村生活垃圾收运处置。`,
      `${b}强化督查考核。`,
    ].join("\n");
    // After a colon the names are the member's label (Set L's reading of 区委宣传部:制订…): the words follow it.
    const whole = sep !== ":";
    expect(read(text).slice(0, 3)).toEqual([
      { text: whole ? `县农业农村局${sep}负` : "负责统筹推进农村", leads: ["县农业农村局"], co: [] },
      { text: whole ? `县生态环境局${sep}负` : "负责农村生活污水", leads: ["县生态环境局"], co: [] },
      { text: whole ? "县城管局、县环卫" : "负责农村生活垃圾", leads: ["县城管局"], co: ["县环卫所"] },
    ]);
  });
});

describe("a decision whose units are its sentence's subject after a topic clause", () => {
  it.each([
    ["1.", "2、", "要"],
    ["(一)", "(二)", "负责"],
    ["(1)", "(2)", "牵头"],
  ])("reads the subject units, the first leading or all with 牵头 (%s … %s, %s)", (a, b, verb) => {
    const text = [
      "关于县政府第6次常务会议议定事项落实情况的通报",
      "一、已办结事项",
      `${a}由县财政局负责,拨付春耕补贴资金。已拨付到位。`,
      `${b}关于城区停车难问题,县城管局、县交警大队${verb}增设临时停车泊位。已增设泊位300个。`,
      "二、正在办理事项",
      `${a}针对农村饮水安全问题,县水务局${verb}开展水质检测。检测正在进行。`,
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县财政局"], []],
      verb === "牵头" ? [["县城管局", "县交警大队"], []] : [["县城管局"], ["县交警大队"]],
      [["县水务局"], []],
    ]);
  });

  it("reads no unit when the subject after the topic is a group or the writer", () => {
    const text = [
      "关于县政府第6次常务会议议定事项落实情况的通报",
      "1.由县财政局负责,拨付春耕补贴资金。",
      "2.关于城区停车难问题,各部门要高度重视。",
      "3.关于农村饮水安全问题,我县要加大投入。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.leads)).toEqual([["县财政局"], [], []]);
  });
});

describe("field headings over paragraphs opening with their office and its duty", () => {
  it.each([
    ["(一)", "(二)", "(三)", ","],
    ["1.", "2.", "3.", ""],
  ])("read the office as the lead and the units it works with as co-units (markers %s)", (a, b, c, sep) => {
    const text = [
      "乙镇安全生产大排查工作方案",
      `${a}道路交通领域`,
      `交通管理站${sep}负责道路隐患排查,会同县公安局开展联合执法。`,
      `${b}消防安全领域`,
      `镇消防站、镇应急办${sep}牵头组织各村委会开展消防演练。`,
      `${c}校园安全领域`,
      `镇中心学校要落实校园安全责任,联合镇派出所做好校园周边治安。`,
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["交通管理站"], ["县公安局"]],
      [["镇消防站", "镇应急办"], ["各村委会"]],
      [["镇中心学校"], ["镇派出所"]],
    ]);
  });
});

describe("a numbered title sentence run on among duty clauses", () => {
  it("is the title of the clause after it, not the tail of the one before", () => {
    const text = [
      "|",
      "[续上页] 卫生部门,负责村卫生室建设。 民政部门,负责低保户核查。 (五)强化督查问效。旗督查室具体负责督查通报,每季度通报一次。 |",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads])).toEqual([
      ["卫生部门,负责村卫生室建设。", ["卫生部门"]],
      ["民政部门,负责低保户核查。", ["民政部门"]],
      ["强化督查问效。旗督查室具体负责督查通报,每季度通报一次。", ["旗督查室"]],
    ]);
  });
});

describe("a numbered item whose title sentence comes before the body that does it", () => {
  it("is led by that body, and by no one when a requirement, a group or a separated name follows the title", () => {
    const text = [
      "丙县新农村建设试点实施方案",
      "(一)推进通村公路建设。责任单位:县交通局",
      "(二)严格目标考核。县考核办具体负责考核验收,纳入年度目标。",
      "(三)强化督查问效。县督查室要每季度通报一次。",
      "(四)加强组织领导。各乡镇负责本辖区试点工作。",
      "(五)落实资金保障。县财政局,负责资金拨付。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 6), t.leads])).toEqual([
      ["推进通村公路", ["县交通局"]],
      ["严格目标考核", ["县考核办"]],
      ["强化督查问效", []],
      ["加强组织领导", []],
      ["落实资金保障", []],
    ]);
  });
});

describe("numbered items opening with their office", () => {
  it.each([
    ["1.", "2.", "3."],
    ["(一)", "(二)", "(三)"],
    ["1、", "2、", "3、"],
  ])("are tasks led by the office, the others listed helping (%s)", (a, b, c) => {
    const text = [
      "丁市2024年重点工作任务分解",
      "一、重点工作",
      `${a}市住建局负责推进老旧小区改造。`,
      `${b}市财政局、市税务局牵头落实减税降费政策,年底前完成。`,
      `${c}市教育局要新建公办幼儿园10所。`,
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市住建局"], []],
      [["市财政局", "市税务局"], []],
      [["市教育局"], []],
    ]);
  });

  it("read no unit from items whose subject is a group, the writer, or a heading's words run into an office", () => {
    const text = [
      "丁市2024年重点工作任务分解",
      "一、重点工作",
      "1.各地要加快老旧小区改造。",
      "2.全市要落实减税降费政策。",
      "3.监督及考核市政府督查室负责督查通报。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.flatMap((t) => t.leads)).toEqual([]);
  });

  it("are led by a list of places set apart by a comma, a bracket in a name, a level written once for two places", () => {
    const text = [
      "2、各镇(街道)、村委会必须落实网格巡查制度,做到每个网格都有专人负责。",
      "3、城关、东关街道和南山镇,要在河道沿线设立警示标志。",
      "4、县应急局,要加强值班值守。",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits])).toEqual([
      ["2", ["各镇(街道)"], ["村委会"]],
      ["3", ["城关"], ["东关街道", "南山镇"]],
      ["4", [], []],
    ]);
  });
});
