import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables one cell a line with no 序号 whose rows end in their units one unit a line (tableUnitRuns.ts): several
// bulleted points to a row, two unit columns run together (the first unit leads, the rest help), numbered goal
// lines over the rows, the last row cut before its units. Made-up variants: other headers, bullets, numbering,
// blank lines between cells or none, one or two unit columns.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads, t.coUnits]);

describe("a table whose rows end in a run of unit lines", () => {
  it("reads bulleted points as one row, the run's first unit as the lead and the rest as co-units", () => {
    const text = [
      "市妇女发展纲要目标责任分解",
      "类别",
      "工 作 目 标",
      "牵头单位",
      "配合单位",
      "一、妇女与健康",
      "·孕产妇死亡率控制在10/10万以下。",
      "市卫健委",
      "市财政局",
      "市医保局",
      "·妇女常见病定期筛查率达到80%以上。",
      "·宫颈癌和乳腺癌早诊率逐步提高。",
      "市卫健委",
      "二、妇女与教育",
      "·女性平均受教育年限达到11.5年。",
      "市教育局",
      "市人社局",
      "·开展女性职业技能培训,培训人数逐年增加。",
      "市人社局",
      "市妇联",
      "市总工会",
      "县农业农村局",
      "三、妇女与经济",
      "·城镇单位女性从业人员比例保持在40%左右",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "孕产妇死亡率控制", ["市卫健委"], ["市财政局", "市医保局"]],
      ["1.2", "妇女常见病定期筛", ["市卫健委"], []],
      ["2.1", "女性平均受教育年", ["市教育局"], ["市人社局"]],
      ["2.2", "开展女性职业技能", ["市人社局"], ["市妇联", "市总工会", "县农业农村局"]],
      ["3.1", "城镇单位女性从业", [], []],
    ]);
    expect(parseBreakdown(text).tasks[1]?.text).toBe(
      "妇女常见病定期筛查率达到80%以上。·宫颈癌和乳腺癌早诊率逐步提高。",
    );
  });

  it("reads the same shape with blank lines between cells, dashes and arabic goal numbers", () => {
    const text = [
      "领域",
      "主 要 目 标",
      "主要责任单位",
      "责任单位",
      "1.提高学前教育普及水平。",
      "——学前三年毛入园率达到95%。",
      "——普惠性幼儿园覆盖率达到85%。",
      "县教育局",
      "县发改局",
      "县财政局",
      "2.加强儿童安全保护。",
      "——儿童溺水死亡率持续下降。",
      "县教育局",
      "县应急局",
      "——中小学校安全防范建设达标率100%。",
      "县公安局",
      "3.儿童与福利",
    ].join("\n\n");
    expect(read(text)).toEqual([
      ["1.1", "学前三年毛入园率", ["县教育局"], ["县发改局", "县财政局"]],
      ["2.1", "儿童溺水死亡率持", ["县教育局"], ["县应急局"]],
      ["2.2", "中小学校安全防范", ["县公安局"], []],
    ]);
  });

  it("reads numbered rows whose task runs over two lines, under a lead and a co-unit column", () => {
    const text = [
      "目标任务",
      "牵头单位",
      "配合单位",
      "1.全区义务教育巩固率达到99%以上。",
      "区教育局",
      "2.新增公办幼儿园学位1200个,",
      "改扩建园舍3所。",
      "区教育局",
      "区财政局",
      "3.建成社区托育点5个。",
      "区卫健局",
      "区住建局",
      "各街道办事处",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "全区义务教育巩固", ["区教育局"], []],
      ["2", "新增公办幼儿园学", ["区教育局"], ["区财政局"]],
      ["3", "建成社区托育点5", ["区卫健局"], ["区住建局", "各街道办事处"]],
    ]);
  });

  it("reads a scoring table: the item's name, its numbered points several to a line, one units cell after them", () => {
    const text = [
      "附件1",
      "基层党建工作考评细则",
      "考核项目",
      "考核内容",
      "评分标准",
      "责任股室",
      "加强班子建设",
      "(10分)",
      "1.按时召开民主生活会,3分。未召开的扣3分。",
      "2.班子成员落实双重组织生活制度,3分。 3.建立班子成员联系点,4分。",
      "组织股",
      "一、 夯实 基层基础 (30分)",
      "1.规范支 部建设(15分)",
      "1.按期完成 支部换届,5分。",
      "2.严格落实 三会一课 制度,10分。",
      "党建办",
      "2.加强党员 教育(15分)",
      "1.每季度开展党员集中学习",
    ].join("\n\n");
    expect(read(text)).toEqual([
      [expect.any(String), "加强班子建设(1", ["组织股"], []],
      ["1.1", "规范支 部建设(", ["党建办"], []],
      ["1.2", "加强党员 教育(", [], []],
    ]);
  });

  it("ends a row at its deadline's cell after the units (a date, a deadline phrase, or marked empty)", () => {
    const text = [
      "工作目标",
      "牵头单位",
      "配合单位",
      "完成时限",
      "1.新建城市公园2个。",
      "县住建局",
      "县财政局",
      "县自然资源局",
      "2024年9月底前",
      "2.改造背街小巷10条,",
      "同步完善排水设施。",
      "县城管局",
      "年底前",
      "3.新增停车泊位500个。",
      "县公安局",
      "县住建局",
      "/",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      ["1", "新建城市公园2个。", ["县住建局"], ["县财政局", "县自然资源局"], "2024年9月底前"],
      ["2", "改造背街小巷10条,同步完善排水设施。", ["县城管局"], [], "年底前"],
      ["3", "新增停车泊位500个。", ["县公安局"], ["县住建局"], null],
    ]);
  });
  it("reads a table of one row closed by its deadline (a page after a break), the deadline never a task", () => {
    const text = [
      "工作任务",
      "",
      "责任单位",
      "",
      "完成时限",
      "推进城西老旧小区改造3个。",
      "",
      "区住建局",
      "区财政局",
      "",
      "2025年10月底",
    ];
    expect(
      parseBreakdown(text.join("\n")).tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline]),
    ).toEqual([["推进城西老旧小区改造3个。", ["区住建局"], ["区财政局"], "2025年10月底"]]);
  });
});
