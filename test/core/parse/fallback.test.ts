import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readGenerically } from "../../../src/core/parse/fallback";
import { isValueCell, splitCells, unitsOfCell } from "../../../src/core/parse/fallback/cells";
import { columnKind } from "../../../src/core/parse/fallback/header";
import { itemRoles, proseSentence } from "../../../src/core/parse/fallback/proseRoles";
import { toLines } from "../../../src/core/text/lines";
import { message } from "../../../src/core/messages";

// Made-up siblings of the layouts the main stages do not read (test/fixtures/real, Set D1): the same
// shapes in other words, read by the generic last resort (src/core/parse/fallback/).
const roles = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text, leads: t.leads, co: t.coUnits }));
/** The tasks' roles, after checking that the generic reader (not the main stages) read them. */
const generic = (text: string) => {
  expect(parseBreakdown(text).issues.map((i) => i.code)).toContain("layout-generic");
  return roles(text);
};
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("the reader of a table whose cell borders were lost (a .docx copied as text)", () => {
  const text = [
    "2022年民生实事责任分解表.docx",
    "1、2022年民生实事责任分解表序号项目名称主要内容县政府分管领导牵头单位配合单位1扩充学前教育新建公办幼儿园4所,新增学位1200个。" +
      "赵立新教育局城投公司各乡镇2提升养老服务新建居家养老服务中心6个。孙敏民政局卫健局建成县级养老指导中心。钱进住建局" +
      "城南街道北关街道3改善农村供水实施农村供水管网改造120公里。赵立新水利局各乡",
    "2、镇新建水质检测站2个。序号项目名称主要内容县政府分管领导牵头单位配合单位4整治城市交通新增公共停车位800个。",
  ].join("\n");

  it("splits its rows by the header's order: the text to a full stop, the leader's name, then the units; a content row with cells of its own is a sub-row", () => {
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.id, t.text, t.leader, t.leads, t.coUnits])).toEqual([
      ["1", "扩充学前教育新建公办幼儿园4所,新增学位1200个。", "赵立新", ["教育局"], ["城投公司", "各乡镇"]],
      ["2.1", "提升养老服务新建居家养老服务中心6个。", "孙敏", ["民政局"], ["卫健局"]],
      ["2.2", "建成县级养老指导中心。", "钱进", ["住建局"], ["城南街道", "北关街道"]],
      // The sharing site's page counter (2、) inside a name is dropped; the lines after the units share its cells.
      ["3", "改善农村供水实施农村供水管网改造120公里。新建水质检测站2个。", "赵立新", ["水利局"], ["各乡镇"]],
      ["4", "整治城市交通新增公共停车位800个。", null, [], []],
    ]);
    expect(codes(text)).toEqual(["layout-generic"]);
    const params = { reader: "glued", count: 5 };
    expect(message("layout-generic", params, "zh-CN")).toContain("按表头次序拆开连在一起的单元格");
    expect(message("layout-generic", params, "en-US")).toContain("cell borders were lost");
  });

  it("reads a glued progress table (工作推进情况 after the task): the task to its full stop, the progress to the stop after which the names run to the next row, names set off by 、 or , or not at all", () => {
    const glued = [
      "序号重点工作工作推进情况牵头单位责任单位",
      "1新建城区停车场3处。已完成选址,正在开展招标工作。县住建局城投公司、各乡(镇)人民政府",
      "2推进农村公路提档升级。按计划推进,将任务分解到各乡镇,县交通局县财政局,县直各相关单位",
      "3完善社区养老服务。已建成2处。县民政局县卫健局",
    ].join("\n");
    expect(generic(glued)).toEqual([
      { text: "新建城区停车场3处。", leads: ["县住建局"], co: ["城投公司", "各乡(镇)人民政府"] },
      { text: "推进农村公路提档升级。", leads: ["县交通局"], co: ["县财政局", "县直各相关单位"] },
      { text: "完善社区养老服务。", leads: ["县民政局"], co: ["县卫健局"] },
    ]);
  });

  it("reads nothing of a glued table with a column it cannot tell apart (完成时限), and says the borders were lost", () => {
    const glued =
      "序号工作任务牵头单位配合单位完成时限1新建小学2所。县教育局各乡镇12月底前2改造老旧小区12个。县住建局各乡镇11月底前";
    expect(parseBreakdown(glued).tasks).toEqual([]);
    expect(parseBreakdown(glued).issues.map((i) => i.params)).toEqual([{ reason: "cells-glued" }]);
  });

  it("says the borders were lost at a glued header whose task column it does not know by name (重点督办内容)", () => {
    const text = [
      "某区2021年重点工作完成情况",
      "类别序号重点督办内容牵头单位全年完成情况",
      // No unit after the tasks' full stops: the columns cannot be told apart (gluedProgress.test.ts reads them).
      "主要预期目标1地区生产总值增长6%。全年增长6.2%。",
      "主要预期目标2城镇登记失业率控制在2%以内。全年1.4%。",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks).toEqual([]);
    expect(parsed.issues.map((i) => [i.code, i.line, i.params])).toEqual([
      ["no-tasks", 2, { reason: "cells-glued" }],
    ]);
  });
});

describe("the generic table reader", () => {
  it("takes the last of several text columns before the units (细化措施 after 类别 and 主要任务) as the task, the others kept after it, and the other unit cells as co-units in their order", () => {
    const text = [
      "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位",
      "1 节约用水 严控用水总量 实施用水总量和强度双控行动,防止不合理新增取水。 市水利局 市发展改革委、市住建局 各县(市、区)政府",
      "2  严控用水 效率 落实万元产值水耗评估体系,纳入政绩考核内容。 市水利局 市统计局 各县(市、区)政府",
      "3   推进工业节水技术改造,遏制用水浪费。 市工信局 市生态环境局 各县(市、区)政府",
    ].join("\n");
    expect(generic(text)).toEqual([
      {
        text: "实施用水总量和强度双控行动,防止不合理新增取水。(节约用水 严控用水总量)",
        leads: ["市水利局"],
        co: ["市发展改革委", "市住建局", "各县(市、区)政府"],
      },
      {
        text: "落实万元产值水耗评估体系,纳入政绩考核内容。(严控用水 效率)",
        leads: ["市水利局"],
        co: ["市统计局", "各县(市、区)政府"],
      },
      {
        text: "推进工业节水技术改造,遏制用水浪费。",
        leads: ["市工信局"],
        co: ["市生态环境局", "各县(市、区)政府"],
      },
    ]);
  });

  it("reads rows whose cells are separated by single spaces, a unit cell broken one unit a line", () => {
    const text = [
      "2024年县政府工作报告主要目标完成情况表",
      "序号 主要任务 责任单位 完成情况",
      "一、主要指标",
      "1 全县生产总值增长7%。 县发改局 同比增长5.1%。",
      "2 粮食产量稳定在30万吨。 县农业农村局",
      "县水利局",
      "县供销社",
      "粮食产量30.2万吨。",
      "二、重点工作",
      "3 新建乡村道路50公里。 县交通运输局 已建成42公里。",
    ].join("\n");
    expect(roles(text)).toEqual([
      { text: "全县生产总值增长7%。", leads: ["县发改局"], co: [] },
      { text: "粮食产量稳定在30万吨。", leads: ["县农业农村局"], co: ["县水利局", "县供销社"] },
      { text: "新建乡村道路50公里。", leads: ["县交通运输局"], co: [] },
    ]);
    // The main stages read this shape too now (tableSpacedRows.ts): the generic reader is not needed.
    expect(codes(text)).not.toContain("layout-generic");
    const params = { reader: "glued", count: 5 };
    expect(message("layout-generic", params, "zh-CN")).toContain("按表头次序拆开连在一起的单元格");
    expect(message("layout-generic", params, "en-US")).toContain("cell borders were lost");
  });

  it("finds the deadline of a row short of the header's cells by its content (an empty cell lost between single spaces)", () => {
    // A header whose names are broken by spaces goes to the generic reader; the empty 配合单位 cell of row 2 leaves
    // it a cell short, so its cells no longer fall in the header's columns one for one (shapes property, seed
    // -1770538296: the deadline was lost).
    const text = [
      "序号 工作任务 牵头   单位 配合   单位 完成   时限 进展情况",
      "1 新建城市书房3处。 县文旅局 县财政局、县自然资源局 9月底前 已选址",
      "2 改造背街小巷12条。 县住建局  年底前 已开工",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.issues.map((i) => i.code)).toContain("layout-generic");
    expect(doc.tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      ["新建城市书房3处。", ["县文旅局"], ["县财政局", "县自然资源局"], "9月底前"],
      ["改造背街小巷12条。", ["县住建局"], [], "年底前"],
    ]);
  });

  it("reads past its own header repeated on the next page when the numbering goes on under it (a row was lost)", () => {
    // Shapes property, seed 928620809: under a header broken by spaces, the row after a page mark and the repeated
    // header was read as nothing (its number 4 neither 1 nor after a new header's last).
    const text = [
      "序号 工作任务 牵头   单位 配合   单位 进展情况",
      "1 建成口袋公园5个。 县住建局 县自然资源局 已完成",
      "2 新增公共停车位300个。 县公安局 县城管局 正在推进",
      "- 2 -",
      "序号 工作任务 牵头   单位 配合   单位 进展情况",
      "3 改造农贸市场2个。 县商务局  已开工",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.issues.map((i) => i.code)).toContain("layout-generic");
    expect(doc.tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1", "建成口袋公园5个。", ["县住建局"], ["县自然资源局"]],
      ["2", "新增公共停车位300个。", ["县公安局"], ["县城管局"]],
      ["3", "改造农贸市场2个。", ["县商务局"], []],
    ]);
  });

  it("reads a | table without row numbers, units separated by spaces in one cell, the month as deadline", () => {
    const text = [
      "一、消防安全排查安排",
      "排查行业名称 | 时间安排 | 责任单位 |",
      "人员密集场所 | 3月份 | 派出所 综治办 |",
      "农家乐 | 4月份 | 旅游办 |",
      "二、工作要求",
      "(一)各单位要高度重视。",
    ].join("\n");
    const { tasks, issues } = parseBreakdown(text);
    expect(issues.map((i) => i.code)).toEqual(["layout-generic"]);
    expect(tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      ["人员密集场所", ["派出所"], ["综治办"], "3月份"],
      ["农家乐", ["旅游办"], [], "4月份"],
    ]);
  });

  it("reads a table one cell per line with blank lines, a merged category cell and a wrapped cell", () => {
    const text = [
      "类别",
      "",
      "指标名称",
      "",
      "全年目标",
      "",
      "实际完成",
      "",
      "责任部门",
      "",
      "经济发展",
      "",
      "1、规上工业产值增长率",
      "",
      "8%",
      "",
      "9.2%",
      "",
      "区经委",
      "",
      "2、新增市场主体数占全市",
      "",
      "比例",
      "",
      "5000户",
      "",
      "5321户",
      "",
      "区市场监管局",
      "",
      "区税务局",
      "",
      "民生保障",
      "",
      "3、新增就业岗位",
      "",
      "1.2万个",
      "",
      "1.3万个",
      "",
      "区人社局",
    ].join("\n");
    expect(generic(text)).toEqual([
      { text: "规上工业产值增长率", leads: ["区经委"], co: [] },
      { text: "新增市场主体数占全市", leads: ["区市场监管局"], co: ["区税务局"] },
      { text: "新增就业岗位", leads: ["区人社局"], co: [] },
    ]);
  });

  it("opens a row at a lead column before the task column, joins a name broken over lines and carries a merged lead down", () => {
    const text = [
      "牵头单位",
      "| 工 作 任 务",
      "| 配 合 单 位",
      "|",
      "县卫",
      "健局",
      "| 建成县域医共体",
      "| 各乡镇卫生院",
      "|",
      "提升家庭医生签约率",
      "| 各乡镇人民政府",
      "|",
      "县教",
      "育局",
      "| 新建幼儿园两所",
      "| 县财政局",
      "|",
    ].join("\n");
    // The generic reader itself (the main stages read this sibling their own way).
    const read = readGenerically(toLines(text));
    expect(read?.tasks.map((t) => ({ text: t.text, leads: t.leads, co: t.coUnits }))).toEqual([
      { text: "建成县域医共体", leads: ["县卫健局"], co: ["各乡镇卫生院"] },
      { text: "提升家庭医生签约率", leads: ["县卫健局"], co: ["各乡镇人民政府"] },
      { text: "新建幼儿园两所", leads: ["县教育局"], co: ["县财政局"] },
    ]);
  });

  it("reads (1) row numbers, a header spaced out character by character, and a units cell that gives roles", () => {
    const text = [
      "序号 工作任务 责 任 单 位 备  注",
      "(1) 建设智慧停车场3处 县城管局牵头,县交警大队配合 新增",
      "(2) 改造背街小巷12条 县住建局",
    ].join("\n");
    expect(generic(text)).toEqual([
      { text: "建设智慧停车场3处", leads: ["县城管局"], co: ["县交警大队"] },
      { text: "改造背街小巷12条", leads: ["县住建局"], co: [] },
    ]);
  });

  it("gives the cells after the task the lead and co columns in order, more co-units than cells", () => {
    const text = [
      "序号 项目名称 主办单位 协办单位",
      "1 县人民医院迁建 县卫健局 县自然资源局",
      "2 城北污水处理厂 县水务局 县生态环境分局 县财政局",
    ].join("\n");
    // Rows one a line under a header of known columns are now read by the main stages (tableSpacedRows.ts).
    expect(roles(text)).toEqual([
      { text: "县人民医院迁建", leads: ["县卫健局"], co: ["县自然资源局"] },
      { text: "城北污水处理厂", leads: ["县水务局"], co: ["县生态环境分局", "县财政局"] },
    ]);
  });

  it("reads rows given one cell per line under a header written on one line", () => {
    const text = [
      "序号 | 工作任务 | 责任单位",
      "1",
      "推进城乡供水一体化",
      "县水务局",
      "2",
      "实施农村公路提档升级",
      "县交通局",
      "县财政局",
      "3",
      "新建口袋公园5个",
      "县住建局",
    ].join("\n");
    // Read by the main stages now: a one-line header over rows one cell per line goes to the flat reader (table.ts).
    expect(roles(text)).toEqual([
      { text: "推进城乡供水一体化", leads: ["县水务局"], co: [] },
      { text: "实施农村公路提档升级", leads: ["县交通局"], co: ["县财政局"] },
      { text: "新建口袋公园5个", leads: ["县住建局"], co: [] },
    ]);
  });

  it("reads a lead column before the task column, on one line or one cell per line, the lead carried down", () => {
    const oneLine = [
      "牵头单位 重点任务 完成时限",
      "区发改委 编制十五五规划纲要 年底前",
      "推进重大项目前期工作 持续推进",
      "区教育局 新建中小学2所 9月底前",
    ].join("\n");
    const perLine = [
      "牵头部门",
      "重点任务",
      "区发改委",
      "编制十五五规划纲要",
      "推进重大项目前期工作",
      "区教育局",
      "新建中小学2所",
    ].join("\n");
    const want = [
      { text: "编制十五五规划纲要", leads: ["区发改委"], co: [] },
      { text: "推进重大项目前期工作", leads: ["区发改委"], co: [] },
      { text: "新建中小学2所", leads: ["区教育局"], co: [] },
    ];
    expect(generic(oneLine)).toEqual(want);
    expect(generic(perLine)).toEqual(want);
  });

  it("never takes a number, a percentage or a date cell as a unit", () => {
    const text = [
      "序号 工作任务 责任单位 完成时限",
      "1 完成危房改造200户。 县住建局 2024年底前",
      "2 新增绿地10公顷。 10% 县林业局",
    ].join("\n");
    // Read by the main stages' spaced rows reader, as above.
    expect(roles(text)).toEqual([
      { text: "完成危房改造200户。", leads: ["县住建局"], co: [] },
      { text: "新增绿地10公顷。", leads: ["县林业局"], co: [] },
    ]);
  });
});

describe("the generic record and prose readers", () => {
  it("reads a task written as label: | value | records, the value of a wrapped label on the next line", () => {
    const text = [
      "",
      "重点工作: | 42.推进老旧小区改造,年内完成60个小区。 |",
      "牵头单位: | 市住房城乡建设局 |",
      "配合单位: | 各区政府 |",
      "进展情况、存在问题 及下一步工作建议: |",
      "已完成45个。 |",
    ].join("\n");
    const { tasks, issues } = parseBreakdown(text);
    expect(issues.map((i) => i.code)).toEqual(["layout-generic"]);
    expect(tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["42", "推进老旧小区改造,年内完成60个小区。", ["市住房城乡建设局"], ["各区政府"]],
    ]);
  });

  it("attaches a role sentence on the line after an item to that item", () => {
    const text = [
      "12.推进公立医院改革。完善分级诊疗制度。",
      "此项工作由市卫生局牵头,市财政局、人社局,各县政府参加。",
      "13.深化国有林场改革。",
      "此项工作由市林业局、市国资委牵头,市编办参加。",
    ].join("\n");
    expect(generic(text)).toEqual([
      {
        text: "推进公立医院改革。完善分级诊疗制度。",
        leads: ["市卫生局"],
        co: ["市财政局", "人社局", "各县政府"],
      },
      { text: "深化国有林场改革。", leads: ["市林业局", "市国资委"], co: ["市编办"] },
    ]);
  });

  it("reads a bare bracket line and a 该项工作由A负责,B配合 sentence after their items", () => {
    const text = [
      "1.推进污水管网建设,年内新建管网20公里。",
      "(县住建局、县水务局)",
      "2.整治农村人居环境。",
      "该项工作由县农业农村局负责,各乡镇配合。",
    ].join("\n");
    const read = readGenerically(toLines(text));
    expect(read?.reader).toBe("prose");
    expect(read?.tasks.map((t) => [t.id, t.leads, t.coUnits, t.collectives])).toEqual([
      ["1", ["县住建局"], ["县水务局"], []],
      ["2", ["县农业农村局"], ["各乡镇"], ["各乡镇"]],
    ]);
  });

  it("reads a lead label inside an item's sentence and the remark after it stays out of the units", () => {
    const text = [
      "二、部分项目进展",
      "1、农村危房改造,牵头部门:市住建局。进度较慢的是东县。",
      "2、残疾人康复服务,牵头部门:市残联。西县未完成。",
    ].join("\n");
    expect(generic(text).map((t) => [t.text, t.leads])).toEqual([
      ["农村危房改造", ["市住建局"]],
      ["残疾人康复服务", ["市残联"]],
    ]);
  });

  it("reads 由A、B共同组织实施 and a bare (X局) closing an item", () => {
    expect(proseSentence("由区民政局、区财政局共同组织实施。")).toMatchObject({
      listed: ["区民政局", "区财政局"],
    });
    expect(itemRoles("开展重阳节敬老活动(区民政局、区老龄办)")).toMatchObject({
      text: "开展重阳节敬老活动",
      roles: [{ listed: ["区民政局", "区老龄办"] }],
    });
    expect(itemRoles("开展重阳节敬老活动(每年一次)").roles).toEqual([]);
  });
});

describe("look-alikes read generically give nothing", () => {
  it("gives no task for a notice whose table header is there but not its rows", () => {
    const text = [
      "关于印发重点工作任务分解表的通知",
      "各有关单位:",
      "现将分解表印发给你们。",
      "序号 工作任务 责任单位 完成时限",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });

  it("gives no task for a statistics table (a 单位 column of measures, no units column)", () => {
    const text = [
      "指标名称 单位 数值 增长%",
      "地区生产总值 亿元 1234.5 6.1",
      "农业总产值 亿元 210.3 3.2",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
    expect(codes(text)).toEqual(["no-tasks"]);
  });

  it("gives no task for a news report that mentions one role sentence", () => {
    const text = [
      "我市召开民生实事推进会",
      "1.会议通报了上半年进展。",
      "此项工作由市发改委牵头,各县区参加。",
      "2.会议要求各地加快进度。",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });

  it("gives no task for a header of a task column alone", () => {
    const lines = toLines(["序号 工作任务 完成时限", "1 推进改革 6月底前", "2 完善制度 年底前"].join("\n"));
    expect(readGenerically(lines)).toBeNull();
  });
});

describe("the generic reader's parts", () => {
  it("splits cells on | or on runs of spaces", () => {
    expect(splitCells("甲 | 乙 丙 |")).toEqual(["甲", "乙 丙"]);
    expect(splitCells("1  甲事  县财政局")).toEqual(["1", "甲事", "县财政局"]);
  });

  it("tells figures and dates from units", () => {
    expect(["9.8%", "提升3.89个百分点", "1月份", "2025年6月底前", "3幢"].every(isValueCell)).toBe(true);
    expect(isValueCell("区财政局")).toBe(false);
    expect(unitsOfCell("5000户", new Set())).toBeNull();
    expect(unitsOfCell("派出所工商所", new Set(["工商所"]))).toEqual(["派出所", "工商所"]);
  });

  it("names the columns of a header, a bare 单位 being a measure", () => {
    expect([
      columnKind("指标名称"),
      columnKind("责任科室"),
      columnKind("牵头部门"),
      columnKind("单位"),
    ]).toEqual(["task", "units", "lead", "other"]);
  });

  it("words the finding that the layout was read generically in Chinese and English", () => {
    const params = { reader: "table", count: 3 };
    expect(message("layout-generic", params, "zh-CN")).toContain("按通用方式（按表头读表格）读出 3 项任务");
    expect(message("layout-generic", params, "en-US")).toContain("3 tasks were read generically");
  });
});
