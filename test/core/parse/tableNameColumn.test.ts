import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables whose first text column is a short name (名称, 项目名称, 重点工作, 事项, 指标名称) and whose second is the
// task's own words (工作任务, 建设内容, 具体措施, 工作目标): the task's text is the name, then the content; the name
// cell is often merged over the rows under its first, and those rows carry one cell fewer. Made-up variants in
// every flattening, other headers and column counts.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    id: t.id,
    text: t.text,
    leads: t.leads,
    co: t.coUnits,
    deadline: t.deadline,
  }));

/** A table one cell per line from its header cells and rows (a row's cells, some of them several lines). */
const perLine = (header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, blank = false) =>
  [...header, ...rows.flat()].join(blank ? "\n\n" : "\n");

describe("a name column before the task column", () => {
  it("reads the name, then the content, as the task's text, one cell per line with a leader column", () => {
    const text = perLine(
      ["序号", "项目名称", "建设内容", "责任领导", "牵头单位", "配合单位", "完成时限"],
      [
        [
          "1",
          "城东污水处理厂",
          "新建日处理5万吨污水处理厂一座。",
          "张明",
          "市住建局",
          "市财政局、市生态环境局",
          "年底前",
        ],
        ["2", "城乡供水一体化", "建成供水主管网50公里。", "王芳", "市水利局", "市发改委", "6月底前"],
      ],
    );
    expect(read(text)).toEqual([
      {
        id: "1",
        text: "城东污水处理厂新建日处理5万吨污水处理厂一座。",
        leads: ["市住建局"],
        co: ["市财政局", "市生态环境局"],
        deadline: "年底前",
      },
      {
        id: "2",
        text: "城乡供水一体化建成供水主管网50公里。",
        leads: ["市水利局"],
        co: ["市发改委"],
        deadline: "6月底前",
      },
    ]);
  });

  it("reads rows that leave out a name merged over them, one cell per line (重点工作 / 具体措施)", () => {
    const text = perLine(
      ["序号", "重点工作", "具体措施", "牵头单位", "配合单位", "完成时限"],
      [
        [
          "1",
          "优化营商环境",
          "企业开办时间压缩至1个工作日。",
          "县行政审批局",
          "县市场监管局、县税务局",
          "6月底前",
        ],
        ["2", "工程建设项目审批时间压缩至60个工作日以内。", "县住建局", "县自然资源局", "年底前"],
        ["3", "扩大有效投资", "实施重点项目120个。", "县发改局", "各乡镇人民政府", "年底前"],
        ["4", "新增专项债券项目20个。", "县财政局", "县发改局", "三季度末"],
      ],
    );
    expect(read(text).map((t) => [t.id, t.text, t.leads, t.co, t.deadline])).toEqual([
      [
        "1",
        "优化营商环境企业开办时间压缩至1个工作日。",
        ["县行政审批局"],
        ["县市场监管局", "县税务局"],
        "6月底前",
      ],
      ["2", "工程建设项目审批时间压缩至60个工作日以内。", ["县住建局"], ["县自然资源局"], "年底前"],
      ["3", "扩大有效投资实施重点项目120个。", ["县发改局"], ["各乡镇人民政府"], "年底前"],
      ["4", "新增专项债券项目20个。", ["县财政局"], ["县发改局"], "三季度末"],
    ]);
  });

  it("reads a row that leaves out its name beside a deadline cell of numbered dates, its task as short as a name", () => {
    // The row's lines: a task with no closing stop, one unit, 1.2021年8月2.2021年12月 — the unit is never the
    // first line of the task's cell, whatever the deadline cell holds.
    for (const [units, due] of [
      [["区教体局", "区城管局", "区卫健委"], "1.2021年8月2.2021年12月"],
      [["镇社会事务办", "镇建设办", "镇财政所"], "1、6月底前开工2、年底前完工"],
      [["县水利局", "县住建局", "县交通运输局"], "分两期实施"],
    ] as const) {
      const text = perLine(
        ["序号", "名称", "工作任务", "牵头单位", "完成时限"],
        [
          ["1", "民生实事", "新建城市口袋公园2处", units[0], "11月"],
          ["2", "计划投资1067万元,完成22所学校校园改造", units[1], due],
          ["3", "城市更新", "改造老旧小区12个", units[2], "年底前"],
        ],
      );
      expect(read(text).map((t) => [t.id, t.text, t.leads])).toEqual([
        ["1", "民生实事新建城市口袋公园2处", [units[0]]],
        ["2", "计划投资1067万元,完成22所学校校园改造", [units[1]]],
        ["3", "城市更新改造老旧小区12个", [units[2]]],
      ]);
    }
  });

  it("reads a leader column after a name left out (事项 / 工作目标 / 责任领导 / 责任单位)", () => {
    const text = perLine(
      ["序号", "事项", "工作目标", "责任领导", "责任单位", "完成时间"],
      [
        ["1", "民生实事", "新增城镇就业岗位5000个。", "张明副县长", "县人社局", "年底前"],
        ["2", "新改建农村公路100公里。", "李强副县长", "县交通运输局、各乡镇", "年底前"],
        ["3", "教育提质", "新建幼儿园3所。", "王芳副县长", "县教育局", "9月底前"],
      ],
    );
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.text, t.leader, t.leads, t.coUnits])).toEqual([
      // 工作目标 beside the 事项 column is the row's target: kept after the name, set apart by ，(tableTargets.ts).
      ["民生实事，新增城镇就业岗位5000个。", "张明", ["县人社局"], []],
      ["新改建农村公路100公里。", "李强", ["县交通运输局"], ["各乡镇"]],
      ["教育提质，新建幼儿园3所。", "王芳", ["县教育局"], []],
    ]);
    // The row's own leader: nothing taken from the row above.
    expect(doc.issues.map((i) => i.code)).not.toContain("cell-from-above");
  });

  it("reads a bare 名称 column, blank lines between cells and a units cell one unit a line", () => {
    const text = perLine(
      ["序号", "名称", "主要内容", "责任单位", "完成时限"],
      [
        ["1", "交通建设", "建成城区快速路12公里。", "区交通局", "区住建局", "区财政局", "年底前"],
        ["2", "实施公交站点改造200个。", "区交通局", "9月底前"],
        ["3", "新增公共停车泊位3000个。", "区城管局", "区公安分局", "年底前"],
        ["4", "生态环境", "PM2.5平均浓度控制在30微克/立方米以内。", "区生态环境局", "年底前"],
      ],
      true,
    );
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["交通建设建成城区快速路12公里。", ["区交通局"], ["区住建局", "区财政局"]],
      ["实施公交站点改造200个。", ["区交通局"], []],
      ["新增公共停车泊位3000个。", ["区城管局"], ["区公安分局"]],
      ["生态环境PM2.5平均浓度控制在30微克/立方米以内。", ["区生态环境局"], []],
    ]);
  });

  it("reads an indicator's name before its target (指标名称 / 工作目标) as the start of the task", () => {
    const text = perLine(
      ["序号", "指标名称", "工作目标", "责任单位"],
      [
        ["1", "地区生产总值", "增长6%左右", "县发改局", "县统计局"],
        ["2", "一般公共预算收入", "增长5%", "县财政局"],
      ],
    );
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["地区生产总值增长6%左右", ["县发改局"], ["县统计局"]],
      ["一般公共预算收入增长5%", ["县财政局"], []],
    ]);
  });

  it.each([
    ["'|' rows", " | ", " |"],
    ["tab rows", "\t", ""],
  ])("keeps the number of a row that leaves out the name in %s", (_shape, sep, end) => {
    const rows = [
      ["序号", "名称", "建设内容", "牵头单位", "配合单位", "完成时限"],
      ["1", "智慧城市", "建成城市大脑中枢平台。", "市大数据局", "市公安局、市城管局", "年底前"],
      ["2", "新建5G基站1200个。", "市经信局", "国网某市供电公司", "三季度末"],
      ["3", "乡村振兴", "建设高标准农田5万亩。", "市农业农村局", "市财政局", "年底前"],
    ];
    const text = rows.map((r) => r.join(sep) + end).join("\n");
    expect(read(text).map((t) => [t.id, t.text, t.leads, t.co])).toEqual([
      ["1", "智慧城市建成城市大脑中枢平台。", ["市大数据局"], ["市公安局", "市城管局"]],
      ["2", "新建5G基站1200个。", ["市经信局"], ["国网某市供电公司"]],
      ["3", "乡村振兴建设高标准农田5万亩。", ["市农业农村局"], ["市财政局"]],
    ]);
  });
});

describe("rows around a name column", () => {
  it("reads past the header repeated after a page break, in cells set apart by runs of spaces", () => {
    const header = "指标名称    工作任务    牵头单位    配合单位";
    const text = [
      header,
      "财政收入    一般公共预算收入增长5%。    县财政局    县税务局",
      "- 2 -",
      header,
      "投资    固定资产投资增长8%。    县发改局    县统计局",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["财政收入一般公共预算收入增长5%。", ["县财政局"], ["县税务局"]],
      ["投资固定资产投资增长8%。", ["县发改局"], ["县统计局"]],
    ]);
  });

  it("keeps in place a '|' row whose task opens with a deadline word (持续…) and whose last cell is empty", () => {
    const text = [
      "| 工作任务 | 责任领导 | 完成时限 | 牵头单位 | 配合单位 |",
      "| 坚持服务跟着项目走,优化营商环境 | 叶林 | 全年 | 招商工作部 | 安商工作部 |",
      "| 持续提升园区承载能力,加快推进污水管网 | 张云峰 | 全年 | 规划建设局 |  |",
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co, t.deadline])).toEqual([
      [["招商工作部"], ["安商工作部"], "全年"],
      [["规划建设局"], [], "全年"],
    ]);
  });
});
