import { message } from "../../../src/core/messages";
import { gridText } from "../../../src/core/files/grid";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Table shapes of web pages copied as text (issue 7, the table families), each in our own made-up words;
// the golden files f7-pipe-led-merged, f7-pipe-project-subrows, f7-spaced-note-units and
// f7-flattened-numbered-subrows hold the fuller cases.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("table shapes of copied web pages", () => {
  it("splits a one-cell-per-line row into sub-rows where a new task line follows the row's last cell", () => {
    const text = [
      "序号",
      "项目",
      "实施单位",
      "时间要求",
      "1",
      "新建社区食堂3个。",
      "商务局",
      "6月底前",
      "2",
      "改造农贸市场。",
      "市场监管局",
      "供销社",
      "9月底前",
      "建设冷链物流中心。",
      "11月底前",
      "3",
      "新增公交线路5条。",
      "交通局",
      "年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建社区食堂3个。", ["商务局"], []],
      ["2.1", "改造农贸市场。", ["市场监管局"], ["供销社"]],
      ["2.2", "建设冷链物流中心。", ["市场监管局"], ["供销社"]],
      ["3", "新增公交线路5条。", ["交通局"], []],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.deadline)).toEqual([
      "6月底前",
      "9月底前",
      "11月底前",
      "年底前",
    ]);
  });

  it("keeps a task cell's own (1)(2) points in one row when no cells come between them", () => {
    const text = [
      "序号",
      "重点工作",
      "具体任务",
      "牵头单位",
      "1",
      "稳就业",
      "(1)开发公益岗位。",
      "(2)开展技能培训。",
      "人社局",
    ].join("\n");
    expect(read(text)).toEqual([["1", "稳就业(1)开发公益岗位。(2)开展技能培训。", ["人社局"], []]]);
  });

  it("reads a labelled line inside a one-cell-per-line row as a remark, not as a unit", () => {
    const text = [
      "序号",
      "工作任务",
      "责任单位",
      "1",
      "推进城市更新行动。",
      "市住建局、市发改委",
      "省级牵头部门:省住建厅",
      "2",
      "加快数字政府建设。",
      "市数据局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进城市更新行动。", ["市住建局"], ["市发改委"]],
      ["2", "加快数字政府建设。", ["市数据局"], []],
    ]);
  });

  it("reads a number with a star (3*) as the row's number and a starred unit as the lead", () => {
    const text = [
      "序号",
      "工作任务",
      "责任单位",
      "3*",
      "建设科创走廊。",
      "科技局、★科创园管委会、发改委",
    ].join("\n");
    expect(read(text)).toEqual([["3", "建设科创走廊。", ["科创园管委会"], ["科技局", "发改委"]]]);
  });

  it("takes a unit marked with an asterisk in a piped units cell as the lead, without the mark", () => {
    const text = [
      "序号 | 主要工作任务 | 责任单位 |",
      "1 | 建设城市供水主干管网。 | *市建设局、水务集团 |",
      "2 | 创建全国文明城市。 | 市委宣传部 |",
      "3 | 整治沿河排污口。 | 市农业农村局、＊市生态环境局 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "建设城市供水主干管网。", ["市建设局"], ["水务集团"]],
      ["2", "创建全国文明城市。", ["市委宣传部"], []],
      ["3", "整治沿河排污口。", ["市生态环境局"], ["市农业农村局"]],
    ]);
  });

  it("takes a unit marked with a star after its name as the lead, one cell a line beside a column of figures", () => {
    // A 区本级任务数 column holds a share of the target or nothing; the lead is starred after its name.
    const text = [
      "序号",
      "",
      "重点工作",
      "",
      "任务数",
      "",
      "责任单位",
      "",
      "1",
      "",
      "建设城东污水处理厂二期工程。",
      "",
      "3亿元",
      "",
      "县建设局*、县财政局",
      "",
      "2",
      "",
      "完成农村公路改造120公里。",
      "",
      "",
      "",
      "县农业农村局、县交通局★、县自然资源局",
      "",
      "3",
      "",
      "新增城镇就业5000人。",
      "",
      "4000人",
      "",
      "县人社局",
    ].join("\n");
    // (The figure cell is kept after the task's words, as before: only the roles are checked here.)
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["县建设局"], ["县财政局"]],
      ["2", ["县交通局"], ["县农业农村局", "县自然资源局"]],
      ["3", ["县人社局"], []],
    ]);
  });

  it("takes a unit marked with a triangle before or after its name as the lead, and the note that says so", () => {
    // A one-cell-per-line list whose units cell marks the lead with ▲ (or △ after the name), the units set
    // apart by commas; a row with no mark keeps its first unit as the lead.
    const text = [
      "分块",
      "序号",
      "主要工作",
      "责任单位",
      "1",
      "城镇新增就业1.2万人以上",
      "▲人社局,各部门,各乡镇(街道)",
      "2",
      "粮食播种面积稳定在40万亩",
      "农业农村局,▲粮食和物资储备局,各乡镇(街道)",
      "3",
      "完成造林绿化2万亩",
      "林业局,自然资源局△,各乡镇(街道)",
      "4",
      "新建农村公路50公里",
      "交通运输局,各乡镇(街道)",
      "注:带▲的为牵头单位。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "城镇新增就业1.2万人以上", ["人社局"], ["各部门", "各乡镇(街道)"]],
      ["2", "粮食播种面积稳定在40万亩", ["粮食和物资储备局"], ["农业农村局", "各乡镇(街道)"]],
      ["3", "完成造林绿化2万亩", ["自然资源局"], ["林业局", "各乡镇(街道)"]],
      ["4", "新建农村公路50公里", ["交通运输局"], ["各乡镇(街道)"]],
    ]);
    expect(parseBreakdown(text).document.roleConvention?.text).toBe("带▲的为牵头单位");
  });

  it("takes a unit starred after its name in a piped units cell as the lead", () => {
    const text = [
      "序号 | 主要工作任务 | 责任单位 |",
      "1 | 建设城市供水主干管网。 | 市建设局＊、水务集团 |",
      "2 | 整治沿河排污口。 | 市农业农村局、市生态环境局* |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "建设城市供水主干管网。", ["市建设局"], ["水务集团"]],
      ["2", "整治沿河排污口。", ["市生态环境局"], ["市农业农村局"]],
    ]);
  });

  it("reads on past a progress cell that opens with 印发《…》 (work done, not the colophon's 印发 line)", () => {
    const text = [
      "序号",
      "目标与任务",
      "牵头责任单位",
      "二季度进展情况",
      "1",
      "建立政策评估机制。",
      "市财政局",
      "完成框架。",
      "2",
      "出台支持中小微企业发展的政策措施。",
      "市工信局",
      "市科技局",
      "印发《关于支持中小微企业发展的若干措施》《市级财政支持产业科技若干政策的通知》,支持中小微企业纾困及制造业、科技创新、生产性服务业等高质量发展。",
      "3",
      "帮助企业解决融资难题。",
      "市地方金融局",
      "市人社局",
      "1.融资方面。开展对接活动。",
      "2.用工方面。开展招聘会。",
    ].join("\n");
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["市财政局"], []],
      ["2", ["市工信局", "市科技局"], []],
      ["3", ["市地方金融局", "市人社局"], []],
    ]);
  });

  describe("a two-row header: a schedule (第一季度 … 第四季度) under one spanning cell", () => {
    const header = ["序号", "重点项目", "时间节点", "牵头单位", "配合单位"];
    const schedule = ["第一季度", "第二季度", "第三季度", "第四季度"];
    const rows = [
      [
        "1",
        "新建城市书房10家。",
        "完成选址和设计方案",
        "开工建设5家书房",
        "完成主体工程建设",
        "10家书房全部开放",
        "区文旅局",
        "各街道、区财政局",
      ],
      [
        "2",
        "改造老旧小区20个。",
        "完成改造方案设计",
        "启动首批小区改造",
        "完成改造工程过半",
        "全部小区改造完工",
        "区住建局",
        "区城管局",
      ],
    ];
    const want = [
      ["1", "新建城市书房10家。", ["区文旅局"], ["各街道", "区财政局"]],
      ["2", "改造老旧小区20个。", ["区住建局"], ["区城管局"]],
    ];

    it("puts the schedule cells of a one-cell-per-line table in the spanning cell's place, never in the task or the units", () => {
      expect(read([...header, ...schedule, ...rows.flat()].join("\n"))).toEqual(want);
    });

    it("reads a spreadsheet's two header rows under a title row: merged 序号 filled down, the schedule under its spanning cell", () => {
      // 序号, 重点项目, 牵头单位, 配合单位 merged over both header rows; 时间节点 over the four quarters.
      const sheet = {
        name: "Sheet1",
        cells: [
          ["2023年重点项目推进表", "", "", "", "", "", "", ""],
          [...header.slice(0, 3), "", "", "", ...header.slice(3)],
          ["", "", ...schedule, "", ""],
          ...rows,
        ],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 7 },
          ...[0, 1, 6, 7].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
          { top: 1, left: 2, bottom: 1, right: 5 },
        ],
      };
      expect(read(gridText([sheet]))).toEqual(want);
    });

    it("reads the schedule row under a | or tab header as the header's second row, never as a task", () => {
      for (const sep of [" | ", "\t"]) {
        const text = [header, ["", "", ...schedule, "", ""], ...rows].map((r) => r.join(sep)).join("\n");
        expect(read(text)).toEqual(want);
      }
    });
  });

  describe("a table of indicators (指标名称) beside a table of tasks", () => {
    const indicators = [
      ["序号", "指标名称", "责任单位"],
      ["1", "地区生产总值增长6%", "县发改局"],
      ["2", "财政收入增长5%", "县财政局、县税务局"],
    ];
    const projects = [
      ["序号", "实事项目", "牵头单位", "配合单位"],
      ["1", "新建幼儿园3所", "县教育局", "县住建局"],
      ["2", "改造农贸市场2个", "县商务局", "县市场监管局"],
    ];
    const want = [
      ["1", "地区生产总值增长6%", ["县发改局"], []],
      ["2", "财政收入增长5%", ["县财政局"], ["县税务局"]],
      ["2:1", "新建幼儿园3所", ["县教育局"], ["县住建局"]],
      ["2:2", "改造农贸市场2个", ["县商务局"], ["县市场监管局"]],
    ];
    const file = (table: (rows: string[][]) => string[]) =>
      [
        "附件1",
        "2023年主要指标分解表",
        ...table(indicators),
        "附件2",
        "2023年民生实事分解表",
        ...table(projects),
      ].join("\n");

    it("reads both tables of a file, one cell per line or one row a line, the second's ids prefixed 2:", () => {
      expect(read(file((rows) => rows.flat()))).toEqual(want);
      expect(read(file((rows) => rows.map((r) => `${r.join(" | ")} |`)))).toEqual(want);
      expect(read(file((rows) => rows.map((r) => r.join("\t"))))).toEqual(want);
    });

    it("reads an indicator table with columns of figures (单位, 目标值) whatever its flattening, never a figure as a row, the target in the task", () => {
      const rows = [
        ["序号", "指标名称", "单位", "目标值", "责任单位"],
        ["1", "地区生产总值增长", "%", "6", "县发改局"],
        ["2", "一般公共预算收入", "亿元", "12.5", "县财政局、县税务局"],
        ["3", "城镇新增就业", "万人", "1.2", "县人社局"],
      ];
      // The 目标值 follows the indicator's name with the 单位 cell's measure, so 量化指标 reads it (tableTargets.ts).
      const wantRows = [
        ["1", "地区生产总值增长6%", ["县发改局"], []],
        ["2", "一般公共预算收入12.5亿元", ["县财政局"], ["县税务局"]],
        ["3", "城镇新增就业1.2万人", ["县人社局"], []],
      ];
      for (const text of [rows.flat(), rows.map((r) => `${r.join(" | ")} |`), rows.map((r) => r.join("\t"))])
        expect(read(text.join("\n"))).toEqual(wantRows);
    });
  });

  it("nests rows numbered 1.1, 1.2 under row 1, whatever the flattening, never as rows of their own numbers", () => {
    const rows = [
      ["序号", "工作任务", "责任单位"],
      ["1", "推进城市更新", "县住建局"],
      ["1.1", "改造老旧小区20个", "县住建局、各街道"],
      ["1.2", "新建口袋公园5个", "县城管局"],
      ["2", "新增城镇就业3000人", "县人社局"],
    ];
    // Row 1 keeps its own unit (its sub-rows name theirs): a task too.
    const want = [
      ["1", "推进城市更新", ["县住建局"], []],
      ["1.1", "改造老旧小区20个", ["县住建局"], ["各街道"]],
      ["1.2", "新建口袋公园5个", ["县城管局"], []],
      ["2", "新增城镇就业3000人", ["县人社局"], []],
    ];
    for (const text of [rows.map((r) => `${r.join(" | ")} |`), rows.map((r) => r.join("\t")), rows.flat()]) {
      expect(read(text.join("\n"))).toEqual(want);
      expect(codes(text.join("\n"))).not.toContain("number-skipped");
    }
  });

  it("reads a units cell that names the roles itself (A牵头,B、C配合; 牵头单位:A;配合单位:B; 主要责任单位:A) as it says, in any flattening", () => {
    const rows = [
      ["序号", "工作任务", "责任单位"],
      ["1", "推进老旧小区改造20个。", "县住建局牵头,县财政局、各乡镇配合"],
      ["2", "新建农村公路50公里。", "牵头单位:县交通局;配合单位:各乡镇"],
      ["3", "新增城镇就业3000人。", "主要责任单位:县人社局;其他责任单位:县财政局"],
    ];
    const want = [
      ["1", "推进老旧小区改造20个。", ["县住建局"], ["县财政局", "各乡镇"]],
      ["2", "新建农村公路50公里。", ["县交通局"], ["各乡镇"]],
      ["3", "新增城镇就业3000人。", ["县人社局"], ["县财政局"]],
    ];
    for (const text of [rows.map((r) => `${r.join(" | ")} |`), rows.map((r) => r.join("\t")), rows.flat()])
      expect(read(text.join("\n"))).toEqual(want);
  });

  it("reads a leader cell broken over two lines (张三 / 副县长) as one leader, not as more of the task", () => {
    const text = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]
      .concat(["1", "推进老旧小区改造20个。", "赵立", "副县长", "县住建局", "县财政局"])
      .concat(["2", "新建农村公路50公里。", "钱进", "副县长", "县交通局", "各乡镇"])
      .join("\n");
    const doc = parseBreakdown(text);
    expect(doc.tasks.map((t) => [t.text, t.leader, t.leaderTitle, t.leads])).toEqual([
      ["推进老旧小区改造20个。", "赵立", "副县长", ["县住建局"]],
      ["新建农村公路50公里。", "钱进", "副县长", ["县交通局"]],
    ]);
    expect(doc.issues).toEqual([]);
  });

  it("reads past the rule under a Markdown table's header (|---|---|) without a finding", () => {
    const text = [
      "| 序号 | 工作任务 | 牵头单位 | 配合单位 |",
      "|---|:---:|---|---|",
      "| 1 | 推进老旧小区改造20个。 | 县住建局 | 县财政局、各乡镇 |",
      "| 2 | 新建农村公路50公里。 | 县交通局 | 各乡镇 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "推进老旧小区改造20个。", ["县住建局"], ["县财政局", "各乡镇"]],
      ["2", "新建农村公路50公里。", ["县交通局"], ["各乡镇"]],
    ]);
    expect(codes(text)).toEqual([]);
  });

  it("reads past the header repeated inside a table (a page break of a Word or PDF table), in any flattening", () => {
    const header = ["序号", "工作任务", "牵头单位", "配合单位"];
    const rows = [
      ["1", "推进老旧小区改造20个。", "县住建局", "县财政局"],
      ["2", "新建农村公路50公里。", "县交通局", "各乡镇"],
      ["3", "新增城镇就业3000人。", "县人社局", "县财政局"],
    ];
    const table = [header, rows[0], rows[1], header, rows[2]] as string[][];
    const want = rows.map((r) => [r[0], r[1], [r[2]], [r[3]]]);
    for (const text of [
      table.map((r) => `${r.join(" | ")} |`),
      table.map((r) => r.join("\t")),
      table.flat(),
    ]) {
      expect(read(text.join("\n"))).toEqual(want);
      expect(codes(text.join("\n"))).toEqual([]);
    }
  });

  it("keeps the rows of a one-cell-per-line table without 序号 aligned when its first column (类别) is merged over rows", () => {
    const text = ["类别", "工作任务", "牵头单位", "配合单位"]
      .concat(["经济发展", "推进老旧小区改造20个。", "县住建局", "县财政局"])
      .concat(["新建农村公路50公里。", "县交通局", "各乡镇"])
      .concat(["社会民生", "新增城镇就业3000人。", "县人社局", "县财政局"])
      .join("\n");
    expect(read(text).map(([, text, leads, co]) => [text, leads, co])).toEqual([
      ["推进老旧小区改造20个。", ["县住建局"], ["县财政局"]],
      ["新建农村公路50公里。", ["县交通局"], ["各乡镇"]],
      ["新增城镇就业3000人。", ["县人社局"], ["县财政局"]],
    ]);
  });

  it("keeps reading a space-separated table past a numbered row of one cell, which becomes a task without units", () => {
    const text = [
      "序号 项目名称 单位 计划数 完成数 备 注",
      "1 新建公共厕所 座 20 22 城管局",
      "7.增设公交候车亭。",
      "2 改造背街小巷 条 12 9 住建局、各街道",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建公共厕所", ["城管局"], []],
      ["7", "增设公交候车亭。", [], []],
      ["2", "改造背街小巷", ["住建局"], ["各街道"]],
    ]);
    expect(codes(text)).toContain("task-no-units");
  });

  it("keeps reading a space-separated table past a blank line and a line of one cell, which is reported and takes no unit from the rows", () => {
    const text = [
      "序号 项目名称 单位 计划数 完成数 备 注",
      "1 新建公共厕所 座 20 22 城管局",
      "分管副市长:李某",
      "2 改造背街小巷 条 12 9 住建局、各街道",
      "",
      "3 新增停车位 个 800 650 交通局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建公共厕所", ["城管局"], []],
      ["2", "改造背街小巷", ["住建局"], ["各街道"]],
      ["3", "新增停车位", ["交通局"], []],
    ]);
    // The line itself is not dropped in silence: it is reported with its text.
    const unattached = parseBreakdown(text).issues.find((i) => i.code === "text-unattached");
    expect(unattached?.line).toBe(3);
    expect(unattached?.params.text).toBe("分管副市长:李某");
  });

  it("gives no tasks for a space-separated progress table whose 备注 column holds remarks, not units", () => {
    const text = [
      "序号 指标名称 计量单位 年度目标 完成数 备 注",
      "1 新增城镇就业 万人 3.1 3.4 超额完成",
      "2 改造城镇老旧小区 个 45 45 已完工",
      "3 建设村级养老服务站 所 30 26 推进中",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
    expect(codes(text)).toContain("no-tasks");
  });

  it("reads a tab row whose last cells are empty in place, never as cells merged from the row above", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t新建污水管网10公里。\t水务局\t城投集团\t6月底",
      "2\t完成河道清淤。\t水务局\t\t",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建污水管网10公里。", ["水务局"], ["城投集团"]],
      ["2", "完成河道清淤。", ["水务局"], []],
    ]);
    expect(codes(text)).not.toContain("cell-from-above");
  });

  it("reads a '|' at the start or end of a row under a header with no border as a blank first or last cell", () => {
    const text = [
      "责任领导 | 工作任务 | 牵头单位 | 配合单位 | 完成时限",
      "张明 | 整治黑臭水体。 | 环保局 | 水务局 | 6月底前",
      " | 开展扬尘治理。 | 住建局 | 城管局 | ",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "整治黑臭水体。", ["环保局"], ["水务局"]],
      ["2", "开展扬尘治理。", ["住建局"], ["城管局"]],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.deadline)).toEqual(["6月底前", null]);
  });

  it("reads a task opening with a deadline word (持续推进…) and counting things in place in a row short of cells", () => {
    const text = [
      "工作任务 | 牵头单位 | 配合单位",
      "新建污水管网10公里。 | 水务局 | 城投集团",
      "持续推进老旧小区改造2个 | 住建局 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建污水管网10公里。", ["水务局"], ["城投集团"]],
      ["2", "持续推进老旧小区改造2个", ["住建局"], []],
    ]);
  });

  it("reads a wider run of spaces in a space-separated row short of cells as a blank cell in its place", () => {
    const text = [
      "工作任务  牵头单位  配合单位  完成时限",
      "新建污水管网10公里。  水务局  城投集团  6月底前",
      "完成河道清淤。  住建局    9月底前",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      ["新建污水管网10公里。", ["水务局"], ["城投集团"], "6月底前"],
      ["完成河道清淤。", ["住建局"], [], "9月底前"],
    ]);
  });

  it("takes the cells a |-row leaves out from the row above, and says so", () => {
    const text = [
      "牵头单位 | 工作任务 | 配合单位 |",
      "环保局 | 整治黑臭水体。 | 水务局 |",
      "开展扬尘治理。 | 住建局 |",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "整治黑臭水体。", ["环保局"], ["水务局"]],
      ["2", "开展扬尘治理。", ["环保局"], ["住建局"]],
    ]);
    const found = parseBreakdown(text).issues.find((i) => i.code === "cell-from-above");
    expect(found && message(found.code, found.params)).toContain("牵头单位单元格是空的");
    expect(found && message(found.code, found.params, "en-US")).toContain("the lead unit cell is empty");
  });
});
