import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { framedSubject, subjectDuty } from "../../../src/core/parse/subjectDuty";

// Made-up news reports whose units are the subjects of their sentences, with no role label: a unit given work with
// its own time (市机场建管公司12月中旬全面开工… / 市教育局要在11月底新建…), a plan retold with 将负责, a sentence
// opening with the report's framing (根据…,今年,) — and the look-alikes: units that only 要 do something, a role's
// name as the subject (责任单位牵头), a group after the framing, a report with one such sentence outside a retold speech.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text.slice(0, 8), leads: t.leads, co: t.coUnits }));

describe("a unit's work with its own time", () => {
  it.each([
    ["市机场建管公司12月中旬全面开工新机场项目。", ["市机场建管公司"]],
    ["赛罕区政府11月底启动旗舰店项目。", ["赛罕区政府"]],
    ["市教育局要在11月底新建幼儿园9所。", ["市教育局"]],
    ["青山文投公司要于2021年6月30日建成综合体。", ["青山文投公司"]],
    ["经济技术开发区管委会5月底建成投用奥莱小镇。", ["经济技术开发区管委会"]],
    // The time in Chinese numerals, as many reports write it.
    ["市机场建管公司十二月中旬全面开工新机场项目。", ["市机场建管公司"]],
    ["赛罕区政府十一月底前启动旗舰店项目。", ["赛罕区政府"]],
    ["市教育局要在三月份新建幼儿园9所。", ["市教育局"]],
    ["青山文投公司要于二〇二一年六月三十日建成综合体。", ["青山文投公司"]],
    ["县交通运输局要在十月上旬完成道路改造。", ["县交通运输局"]],
  ])("%s is a commitment, not a requirement", (text, units) => {
    const s = subjectDuty(text);
    expect(s?.units).toEqual(units);
    expect(s?.requirement).toBe(false);
  });

  it.each([
    ["市教育局要加强校园管理。", true],
    ["市教育局11月份的工作会议召开。", null],
    ["市教育局十一月份的工作会议召开。", null],
    ["市教育局11月,全市开展检查。", null],
    ["经市政府同意,现印发方案。", null],
  ])("%s is no dated commitment", (text, requirement) => {
    expect(subjectDuty(text)?.requirement ?? null).toBe(requirement);
  });

  it("reads a report's paragraph of units with their dated work, the sentences after one with no subject its own", () => {
    const text =
      "市政府公布今年重点任务\n" +
      "3月16日,市政府公布今年重点任务,要求各地各部门抓好落实。\n" +
      "根据目标任务要求,今年,市住建局要在8月底完成老旧小区改造。9月底完成管网互联。市轨道公司要加快地铁开发,10月底完成年度任务。市机场公司12月中旬全面开工航站区项目。赛罕区政府11月底启动旗舰店项目。\n" +
      "其他重点任务还包括新建公交场站5个等。";
    expect(read(text)).toEqual([
      { text: "市住建局要在8月", leads: ["市住建局"], co: [] },
      { text: "市轨道公司要加快", leads: ["市轨道公司"], co: [] },
      { text: "市机场公司12月", leads: ["市机场公司"], co: [] },
      { text: "赛罕区政府11月", leads: ["赛罕区政府"], co: [] },
    ]);
    expect(parseBreakdown(text).tasks[0]?.text).toContain("9月底完成管网互联");
  });

  it("reads nothing where units only 要 do something, with no time for the work", () => {
    const text =
      "全市召开重点工作推进会\n" +
      "会议强调,市住建局要加强领导,压实责任。市交通局要主动作为,做好服务。市督查室要跟踪问效。";
    expect(parseBreakdown(text).tasks).toEqual([]);
  });

  // One rule with namedDemand.test.ts (round 18): a page is a breakdown when its text gives a named unit a task. A
  // retold speech does (会议指出,…市住建局要在8月底完成…: the meeting gives the office the work, dated or not, one such
  // clause enough); a report's own sentence about a unit's dated work does not (a fact the news tells, which a
  // look-alike has on every page): one such sentence outside any speech reads nothing.
  it.each([
    [
      "要 and its time",
      "我市召开会议\n据了解,今年以来全市项目建设加快。市住建局要在8月底完成老旧小区改造。各地要加强领导。",
    ],
    ["its time alone", "全区重点项目建设提速\n今年以来,全区项目建设加快推进。区城投公司9月底建成滨江公园。"],
    [
      "于 and a date",
      "我县召开会议\n记者了解到,县交通运输局要于2024年6月30日前完成国道改造。我县将加强领导。",
    ],
  ])("reads nothing from a report with one dated sentence outside any speech (%s)", (_why, text) => {
    expect(parseBreakdown(text).tasks).toEqual([]);
  });

  it("reads the dated sentence of a retold speech as the office's task (namedDemand.test.ts)", () => {
    const text = "我市召开会议\n会议指出,要抓好项目建设。市住建局要在8月底完成老旧小区改造。各地要加强领导。";
    expect(read(text)).toEqual([{ text: "市住建局要在8月", leads: ["市住建局"], co: [] }]);
  });
});

describe("a plan retold: units that 将负责", () => {
  it("reads the ministries before 将负责 after the report's framing, the purpose clause kept", () => {
    const text =
      "国务院办公厅印发分工方案\n" +
      "新华社北京10月21日电 国务院办公厅日前印发《分工方案》。发展和改革委员会等10多个部门将共同努力,落实意见。\n" +
      "根据《分工方案》,为大力支持核心经济区率先发展,发展改革委、工业和信息化部、交通运输部、铁道部、住房城乡建设部、国土资源部、商务部、财政部、科技部、环境保护部将负责支持建设都市经济圈。\n" +
      "发展改革委、财政部等部门还将负责推动经济区加快发展。加快一体化进程。";
    expect(read(text)).toEqual([
      {
        text: "为大力支持核心经",
        leads: ["发展改革委"],
        co: [
          "工业和信息化部",
          "交通运输部",
          "铁道部",
          "住房城乡建设部",
          "国土资源部",
          "商务部",
          "财政部",
          "科技部",
          "环境保护部",
        ],
      },
      { text: "发展改革委、财政", leads: ["发展改革委"], co: ["财政部"] },
    ]);
  });
});

describe("the report's framing before a subject", () => {
  it("passes over the source and the time, keeps a purpose clause", () => {
    expect(framedSubject("根据目标任务要求,今年,市教育局要在11月底新建幼儿园9所。")?.from).toBe(12);
    expect(framedSubject("根据《分工方案》,为支持发展,商务部将负责推进。")?.from).toBe(9);
    expect(framedSubject("根据《分工方案》,为支持发展,商务部将负责推进。")?.subject.units).toEqual([
      "商务部",
    ]);
  });

  it("gives nothing for a group after the framing, or no framing", () => {
    expect(
      framedSubject("根据《安全生产法》第三条并结合我县实际,各乡镇、县经开区负责组织本辖区各项工作;"),
    ).toBeNull();
    expect(framedSubject("市教育局要在11月底新建幼儿园9所。")).toBeNull();
  });
});

describe("a role's name is no unit", () => {
  it.each(["责任单位牵头,协办单位配合,细化目标内容。", "牵头单位要加强统筹。", "配合单位负责提供资料。"])(
    "%s",
    (text) => expect(subjectDuty(text)).toBeNull(),
  );

  it("reads no task from a notice's point that tells every task's units how to work", () => {
    const text =
      "关于印发目标任务责任分解方案的通知\n各区县政府,市政府各部门:\n现将方案印发你们,请认真贯彻执行。\n" +
      "一、责任单位牵头,协办单位配合,细化目标内容,并于2月底前将细化方案报市政府目督办。\n";
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("a report on the proposals each office handles: UNIT承办的“…”", () => {
  it("reads each numbered proposal led by the office that handles it", () => {
    const text =
      "关于人大建议、政协提案办理情况的督查通报\n" +
      "近期,区政府督查室对各部门承办的人大建议、政协提案办理情况进行了督查,现将具体情况通报如下:\n" +
      "一、基本情况\n" +
      "(一)代表建议办理情况\n" +
      "1.农业和科技委员会承办的“关于解决夹渠村自来水并网的建议”(第1号)\n" +
      "办理情况:已办结。该工程现已并网。\n" +
      "2.财政局承办的“关于将工业园区基础设施建设资金纳入预算的建议”(第2号)\n" +
      "办理情况:已办结。\n";
    expect(read(text)).toEqual([
      { text: "农业和科技委员会", leads: ["农业和科技委员会"], co: [] },
      { text: "财政局承办的“关", leads: ["财政局"], co: [] },
    ]);
  });

  it("gives no subject for 承办的 without a quoted matter", () => {
    expect(subjectDuty("财政局承办的会议于昨日召开。")).toBeNull();
    expect(subjectDuty("财政局承办的“关于工业园区的建议”已办结。")?.units).toEqual(["财政局"]);
  });
});
