import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// The table shapes that held-out Set E2 missed, each as a family: made-up variants beyond the one real
// document (other headers, other column counts, merged cells in other columns), in our own words.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    text: t.text,
    leads: t.leads,
    co: t.coUnits,
    deadline: t.deadline,
  }));
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("rows one a line, cells set apart by single spaces, under a header of known columns", () => {
  it("reads a units cell continued one unit a line and the progress cell after it on a line of its own", () => {
    const text = [
      "序号 目标任务 责任单位 上半年推进情况",
      "1 地区生产总值增长6%以上。 甲县发改委 同比增长2.9%。",
      "2 第一产业增加值增长5%。 甲县农业农村委",
      "甲县林业局",
      "甲县供销社",
      "第一产业增加值同比增长3.4%。",
      "3 工业投资增长12%。 甲县经信委 同比增长23.5%。",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["地区生产总值增长6%以上。", ["甲县发改委"], []],
      ["第一产业增加值增长5%。", ["甲县农业农村委"], ["甲县林业局", "甲县供销社"]],
      ["工业投资增长12%。", ["甲县经信委"], []],
    ]);
    // Read by the main stages, not chosen from another reader's reading.
    expect(codes(text).filter((c) => c.startsWith("layout-"))).toEqual([]);
  });

  it("reads a progress line with a colon of its own as more of the row's progress cell, a units label line as the table's end", () => {
    const text = [
      "序号 目标任务 责任单位 上半年推进情况",
      "1 地区生产总值增长6%以上。 甲县发改委",
      "截至6月:同比增长2.9%。",
      "2 工业投资增长12%。 甲县经信委 同比增长23.5%。",
      "牵头单位:甲县政府办",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["地区生产总值增长6%以上。", ["甲县发改委"]],
      ["工业投资增长12%。", ["甲县经信委"]],
    ]);
    expect(codes(text)).toContain("units-without-task");
  });

  it("reads a single lead column, a section row and a units cell of names joined by 、, read by the main stages", () => {
    const text = [
      "甲县2024年政府工作任务分解表",
      "序号 工作任务 牵头责任单位",
      "一、主要预期目标(3项)",
      "1 地区生产总值增长6%左右. 发改局",
      "",
      "2 一般公共预算收入增长5%. 财政局",
      "",
      "3 固定资产投资增长8%,其中工业投资增长10%. 发改局、工信局、科技局",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["地区生产总值增长6%左右.", ["发改局"]],
      ["一般公共预算收入增长5%.", ["财政局"]],
      ["固定资产投资增长8%,其中工业投资增长10%.", ["发改局", "工信局", "科技局"]],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "1.3"]);
    expect(codes(text)).not.toContain("layout-generic");
  });

  it("tells lead, co-unit and deadline cells apart from the right, a row that leaves its co-units empty included", () => {
    const text = [
      "序号 重点任务 牵头单位 配合单位 完成时限",
      "1 推进老旧小区改造12个 县住建局 县财政局、县自然资源局 6月底前",
      "2 新建口袋公园5个 县城管局 年底前",
      "3 实施农村公路提档升级 县交通局 县财政局 县农业农村局 持续推进",
    ].join("\n");
    expect(read(text)).toEqual([
      {
        text: "推进老旧小区改造12个",
        leads: ["县住建局"],
        co: ["县财政局", "县自然资源局"],
        deadline: "6月底前",
      },
      { text: "新建口袋公园5个", leads: ["县城管局"], co: [], deadline: "年底前" },
      {
        text: "实施农村公路提档升级",
        leads: ["县交通局"],
        co: ["县财政局", "县农业农村局"],
        deadline: "持续推进",
      },
    ]);
  });

  it("reads a leader column and a units column whose names are set apart by single spaces", () => {
    const text = [
      "序号 工作任务 责任领导 责任单位",
      "1 建成城北污水处理厂 张三 区水务局 区生态环境分局",
      "2 新增公办学位800个 李四 区教育局",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.text, t.leader, [...t.leads, ...t.coUnits]])).toEqual([
      ["建成城北污水处理厂", "张三", ["区水务局", "区生态环境分局"]],
      ["新增公办学位800个", "李四", ["区教育局"]],
    ]);
  });

  it("reads a remark column after the units (备注) as a remark, never as the units", () => {
    const text = [
      "序号 工作任务 责任单位 配合单位 备注",
      "1 建成区级图书馆 区文旅局 区财政局 续建",
      "2 新增停车泊位500个 区城管局 区交警大队、区住建局 新建",
      "3 改造雨污管网20公里 区水务局",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["建成区级图书馆", ["区文旅局"], ["区财政局"]],
      ["新增停车泊位500个", ["区城管局"], ["区交警大队", "区住建局"]],
      ["改造雨污管网20公里", ["区水务局"], []],
    ]);
  });

  it("reads rows numbered 1. or 1、, a header of spaced-out cells, and a task wrapped onto a line of its own", () => {
    const text = [
      "序号  工 作 任 务  牵 头 单 位  完 成 时 限",
      "1.推进城东片区改造 区住建局 9月底前",
      "2、建成区级养老服务中心,新增护理型床位",
      "200张 区民政局 年底前",
      "3.新增就业岗位1000个 区人社局 全年",
    ].join("\n");
    expect(read(text)).toEqual([
      { text: "推进城东片区改造", leads: ["区住建局"], co: [], deadline: "9月底前" },
      { text: "建成区级养老服务中心,新增护理型床位 200张", leads: ["区民政局"], co: [], deadline: "年底前" },
      { text: "新增就业岗位1000个", leads: ["区人社局"], co: [], deadline: "全年" },
    ]);
  });

  it("reads a units cell that names the roles itself (A牵头,B、C配合) as it says", () => {
    const text = [
      "序号 重点工作 责任单位 完成时限",
      "1 推进城东片区改造 县住建局牵头,县财政局、县自然资源局配合 9月底前",
      "2 建成县级养老服务中心 县民政局 年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      {
        text: "推进城东片区改造",
        leads: ["县住建局"],
        co: ["县财政局", "县自然资源局"],
        deadline: "9月底前",
      },
      { text: "建成县级养老服务中心", leads: ["县民政局"], co: [], deadline: "年底前" },
    ]);
  });

  it("finds the header at the end of a notice run together on one line, and keeps a last row cut before its unit", () => {
    const text = [
      "各镇人民政府,县各部门: 现将2024年重点工作任务分解下达给你们,请认真组织实施. 附件:乙县重点工作任务分解表 县政府办公室 2024年2月1日 乙县重点工作任务分解表 序号 工作任务 责任单位",
      "1 城镇新增就业3000人. 人社局",
      "2 新建5G基站200个. 工信局",
      "3 居民人均可支配收入增",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["城镇新增就业3000人.", ["人社局"]],
      ["新建5G基站200个.", ["工信局"]],
      ["居民人均可支配收入增", []],
    ]);
  });

  it("finds a header without 序号 at the end of a run-on line when every word of it is a column name", () => {
    const text = [
      "现将任务分解如下,请抓好落实. 丙区重点工作分解表 重点工作 牵头单位 配合单位 完成时限",
      "1 建成区级图书馆 区文旅局 区财政局 年底前",
      "2 新增停车泊位500个 区城管局 区交警大队 9月底前",
    ].join("\n");
    expect(read(text)).toEqual([
      { text: "建成区级图书馆", leads: ["区文旅局"], co: ["区财政局"], deadline: "年底前" },
      { text: "新增停车泊位500个", leads: ["区城管局"], co: ["区交警大队"], deadline: "9月底前" },
    ]);
  });

  it("leaves a figure cell between the task and the units out of both", () => {
    const text = [
      "序号 工作任务 责任单位",
      "1 新增绿地10公顷。 10% 县林业局",
      "2 完成危房改造200户。 县住建局",
    ].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["新增绿地10公顷。", ["县林业局"]],
      ["完成危房改造200户。", ["县住建局"]],
    ]);
    expect(codes(text)).not.toContain("layout-generic");
  });

  it("never reads a line of prose that ends in words like a header as a table", () => {
    const text = [
      "请各单位按序号 工作任务 责任单位 填写附表。",
      "1.加强组织领导。",
      "责任单位:县政府办",
    ].join("\n");
    expect(read(text).map((t) => t.text)).toEqual(["加强组织领导。"]);
  });
});

describe("a header without 序号 over rows numbered after a group cell merged over them", () => {
  const rows = (bars: boolean, header: readonly string[]) =>
    [
      ...header,
      "强化规范性文件公开",
      "1",
      "全面清理规范性文件并公布目录。",
      "办公室",
      "年底前",
      "深化政策解读",
      "2",
      "丰富解读形式,提升解读质量。",
      "各科室",
      "持续推进",
      "3",
      "做好重要政策的图文解读。",
      "法规科",
      "6月底前",
    ].flatMap((l) => (bars ? [l, "|"] : [l]));

  it.each([
    ["lone '|' lines between the cells", true, ["工作任务", "具体要求", "责任科室", "时限要求"]],
    ["one cell per line", false, ["工作任务", "具体要求", "责任科室", "时限要求"]],
    [
      "other column names (重点工作 / 具体措施 / 责任部门)",
      true,
      ["重点工作", "具体措施", "责任部门", "完成时间"],
    ],
  ])("reads each row's text as its task and the group as a heading: %s", (_name, bars, header) => {
    const tasks = read(rows(bars, header).join("\n"));
    expect(tasks.map((t) => [t.text, t.leads, t.deadline])).toEqual([
      ["全面清理规范性文件并公布目录。", ["办公室"], "年底前"],
      ["丰富解读形式,提升解读质量。", ["各科室"], "持续推进"],
      ["做好重要政策的图文解读。", ["法规科"], "6月底前"],
    ]);
  });
});

describe("a task column before 序号, merged over its rows (left empty under it), the text column after 序号 the task", () => {
  const cells = [
    ["工作任务", "序号", "具体要求", "责任科室", "时限要求"],
    ["强化公开", "1", "清理规范性文件并公布目录", "办公室", "年底前"],
    ["", "2", "做好政策解读,提升解读质量", "各科室", "持续推进"],
    ["做好基础工作", "3", "规范信息公开专栏", "法规科", "6月底前"],
  ];
  it.each([
    ["'|' rows", cells.map((r) => `| ${r.join(" | ")} |`).join("\n")],
    ["tab rows", cells.map((r) => r.join("\t")).join("\n")],
    ["one cell per line", cells.flatMap((r) => r.filter((c) => c !== "")).join("\n")],
  ])("reads each row's own text as its task: %s", (_name, text) => {
    expect(read(text).map((t) => [t.text, t.leads, t.deadline])).toEqual([
      ["清理规范性文件并公布目录", ["办公室"], "年底前"],
      ["做好政策解读,提升解读质量", ["各科室"], "持续推进"],
      ["规范信息公开专栏", ["法规科"], "6月底前"],
    ]);
  });
});

describe("rows cut from a long list", () => {
  it.each([
    ["145, 249", "145", "249"],
    ["12, 300", "12", "300"],
  ])(
    "starts a row at each higher number after a full row (%s), units set apart by single spaces",
    (_n, a, b) => {
      const text = [
        "序号 |",
        "主要任务 |",
        "牵头单位 |",
        "落实情况 |",
        `${a} |`,
        "提升城市精细化管理水平。 |",
        "市城管局、市住建局 市商务局 |",
        "开展净城专项行动,解决问题2万余个。",
        `${b} |`,
        "支持气象、档案、地方志事业发展。 |",
        "市气象局 市档案局 市地方志研究室 |",
        "上半年发布预警信号149条。 |",
      ].join("\n");
      expect(read(text).map((t) => [t.text, t.leads])).toEqual([
        ["提升城市精细化管理水平。", ["市城管局", "市住建局", "市商务局"]],
        ["支持气象、档案、地方志事业发展。", ["市气象局", "市档案局", "市地方志研究室"]],
      ]);
    },
  );
});

describe("a header on one line over rows given one cell per line", () => {
  it("reads the rows by the one-cell-per-line reader, whatever the header's separators", () => {
    for (const sep of [" | ", "\t"]) {
      const text = [
        ["序号", "主要任务", "牵头单位", "落实情况"].join(sep) + " |",
        "145 |",
        "提升城市精细化管理水平。 |",
        "市城管局、市住建局 市商务局 |",
        "开展净城专项行动。 |",
        "249 |",
        "支持气象、档案事业发展。 |",
        "市气象局 市档案局 |",
        "发布预警信号149条。 |",
      ].join("\n");
      expect(read(text).map((t) => [t.text, t.leads])).toEqual([
        ["提升城市精细化管理水平。", ["市城管局", "市住建局", "市商务局"]],
        ["支持气象、档案事业发展。", ["市气象局", "市档案局"]],
      ]);
      expect(codes(text)).not.toContain("layout-generic");
    }
  });
});

describe("a '|' row on one line with a long cell of numbered steps", () => {
  it("is never cut at the steps' numbers: its units cells stay its own", () => {
    const steps = Array.from(
      { length: 4 },
      (_, k) =>
        `${k + 1}.完成第${k + 1}批次建设任务:${k + 3}月底前同步开展质量验收和资金拨付工作,确保按期投入使用;`,
    ).join(" ");
    const text = [
      "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |",
      `1 | 新建婴幼儿照护驿站7家。 | ${steps} | 卫生健康局 | 财政局、民政局 |`,
      `2 | 新增公交线路3条。 | ${steps} | 交通运输局 | 公安分局 |`,
    ].join("\n");
    expect(text.split("\n")[1]!.length).toBeGreaterThan(200);
    expect(read(text).map((t) => [t.text.slice(0, 8), t.leads, t.co])).toEqual([
      ["新建婴幼儿照护驿", ["卫生健康局"], ["财政局", "民政局"]],
      ["新增公交线路3条", ["交通运输局"], ["公安分局"]],
    ]);
  });
});

describe("a '|' table whose leader and units cells are merged over rows, and a header cell over several columns", () => {
  it("takes the leader and units a shorter row leaves out on its right from the row above, and says so", () => {
    const text = [
      "序号 | 工作任务 | 责任领导 | 责 任 单 位 |",
      "1 | 新建城市公园2个 | 张 三 | 县城管局 |",
      "2 | 改造城区绿道10公里 |",
      "3 | 新增公办学位800个 | 李 四 | 县教育局 |",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => [t.text, t.leader, t.leads])).toEqual([
      ["新建城市公园2个", "张三", ["县城管局"]],
      ["改造城区绿道10公里", "张三", ["县城管局"]],
      ["新增公办学位800个", "李四", ["县教育局"]],
    ]);
    expect(parsed.issues.filter((i) => i.code === "cell-from-above").map((i) => i.line)).toEqual([3, 3]);
  });

  it("never gives the units above to a shorter row that carries its own leader (its units cell is empty, not merged)", () => {
    const text = [
      "序号 | 工作任务 | 责任领导 | 责任单位 |",
      "1 | 新建城市公园2个 | 张三 | 县城管局 |",
      "2 | 改造城区绿道10公里 | 李四",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => [t.text, t.leader, t.leads])).toEqual([
      ["新建城市公园2个", "张三", ["县城管局"]],
      ["改造城区绿道10公里", "李四", []],
    ]);
    expect(codes(text)).toContain("task-no-units");
  });

  it.each([
    ["'|' rows", " | ", ""],
    ["tab rows", "\t", ""],
    ["'|' rows with outer bars", " | ", "|"],
  ])(
    "reads a row with more cells than the header by the spanning column, the rows under it named by its first cell: %s",
    (_name, sep, bar) => {
      const row = (cells: readonly string[]) => `${bar}${cells.join(sep)}${bar}`;
      const text = [
        row(["项 目", "目标", "分 解 情 况", "责任领导", "责 任 单 位", "责任人"]),
        row([
          "教 育 工 程",
          "改善办学条件",
          "新建校舍(平方米)",
          "5000",
          "城区3000 乡镇2000",
          "王 五",
          "区教育局",
          "赵 六",
        ]),
        row(["改造运动场(个)", "4", "城区2 乡镇2"]),
      ].join("\n");
      expect(read(text).map((t) => [t.text, t.leads])).toEqual([
        ["新建校舍(平方米)", ["区教育局"]],
        ["改造运动场(个)", ["区教育局"]],
      ]);
    },
  );
});
