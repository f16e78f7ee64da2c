import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables one cell a line under a 序号 column whose cells hold no number (tableUnitRuns.ts): the rows are told by
// their cells' kinds (task words, then unit names), heading rows at any level (一、, (一), (1), 1.) sit over them,
// and an empty units cell is a line holding a space or an empty mark (无, —, /). Made-up variants: other headers,
// numbering styles, blank lines between cells or none, a column missing, a deadline column last.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

describe("a table one cell a line whose 序号 cells are empty", () => {
  it("reads rows under two levels of heading rows, an empty co-unit cell written as a space", () => {
    const text = [
      "2019年度县政府实事项目分工表",
      "",
      "序号",
      "",
      "项目内容",
      "",
      "牵头部门",
      "",
      "协办部门",
      "",
      "(一)教育卫生",
      "",
      "1.改善办学条件",
      "",
      "新建城南小学一所,新增学位一千个。",
      "",
      "县教育局",
      "",
      "县住建局、县自然资源局",
      "",
      "改造农村薄弱学校校舍十所。",
      "",
      "县教育局",
      "",
      " ",
      "",
      "2.提升医疗服务",
      "",
      "建成县人民医院门诊大楼。",
      "",
      "县卫健委",
      "",
      "县发改局",
      "",
      "(二)交通",
      "",
      "1.畅通城乡道路",
      "",
      "硬化通村公路八十公里。",
      "",
      "县交通运输局",
      "",
      "各乡镇人民政府",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1.1", "新建城南小学一所", ["县教育局"], ["县住建局", "县自然资源局"]],
      ["1.1.2", "改造农村薄弱学校", ["县教育局"], []],
      ["1.2.1", "建成县人民医院门", ["县卫健委"], ["县发改局"]],
      ["2.1.1", "硬化通村公路八十", ["县交通运输局"], ["各乡镇人民政府"]],
    ]);
  });

  it("reads rows with no heading rows, empty cells marked 无 and —, and no blank lines", () => {
    const text = [
      "序号",
      "工作任务",
      "责任单位",
      "配合单位",
      "完善城市排水管网,消除内涝点五处",
      "市城管局",
      "无",
      "推进老旧小区改造二十个",
      "市住建局",
      "市财政局、各区政府",
      "开展夜市经济提升行动",
      "市商务局",
      "—",
      "实施背街小巷整治",
      "市城管局",
      "市市场监管局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "完善城市排水管网", ["市城管局"], []],
      ["2", "推进老旧小区改造", ["市住建局"], ["市财政局", "各区政府"]],
      ["3", "开展夜市经济提升", ["市商务局"], []],
      ["4", "实施背街小巷整治", ["市城管局"], ["市市场监管局"]],
    ]);
  });

  it("reads rows of a table with one units column and a deadline column, under 一、 heading rows", () => {
    const text = [
      "序号",
      "重点任务",
      "责任单位",
      "完成时限",
      "一、产业发展",
      "引进亿元以上项目三个。",
      "区投资促进局",
      "2021年底",
      "培育规模以上工业企业五家。",
      "区经信局",
      "2021年10月",
      "二、生态环境",
      "完成河道清淤二十公里。",
      "区水务局",
      "年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "引进亿元以上项目", ["区投资促进局"], []],
      ["1.2", "培育规模以上工业", ["区经信局"], []],
      ["2.1", "完成河道清淤二十", ["区水务局"], []],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.deadline)).toEqual(["2021年底", "2021年10月", "年底前"]);
  });

  it("reads a first row whose task is named like a column of figures (固定资产投资), a unit under it", () => {
    const text = [
      "序号",
      "目标任务",
      "责任单位",
      "协办单位",
      "全社会固定资产投资",
      "区发改局",
      "区统计局",
      "外贸进出口总额",
      "区商务局",
      "区税务局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "全社会固定资产投", ["区发改局"], ["区统计局"]],
      ["2", "外贸进出口总额", ["区商务局"], ["区税务局"]],
    ]);
  });

  it("never takes task cells of one length for a paragraph wrapped at that width", () => {
    const tasks = [
      "对钢铁、建材、化工等传统产业实施技术改造",
      "利用市场机制倒逼落后产能退出加快结构调整",
      "围绕装备制造产业重点抓好智能电网装备项目",
      "围绕新材料产业重点抓好尼龙新材料项目建设",
    ];
    const units = ["县工信局", "县发改局", "县发改局", "县科技局"];
    const text = [
      "序 号",
      "工 作 任 务",
      "牵 头 单 位",
      ...tasks.flatMap((t, i) => [t, units[i] as string]),
    ].join("\n");
    expect(read(text)).toEqual(tasks.map((t, i) => [String(i + 1), t.slice(0, 8), [units[i]], []]));
  });
});
