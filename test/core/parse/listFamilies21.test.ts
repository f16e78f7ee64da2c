import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { isUnitLike, endsLikeUnit } from "../../../src/core/parse/unitLike";

// The twenty-first round's list families (the misses of Set Q's list documents and what the first, held-out runs of
// Sets M–Q got wrong), each written as other places write it: other column words, units the corpus never names,
// spacing. Expected values are worked out by hand.
const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

describe("a progress table of 实事 in single-space rows: target, progress, next steps and problems before the leader and units", () => {
  // 序号 | 实事名称 | 年度目标 | 进展 | 下一步 | 问题 | 责任领导 | 牵头单位, cells set apart by single spaces, '/' for an
  // empty cell, a padded two-character name; a leader cell of several names one a line before its units' line.
  const table = (columns: readonly string[], units: readonly [string, string, string, string]): string =>
    [
      "2023年12月份民生实事项目推进情况",
      "",
      `序号 ${columns.join(" ")} 责任领导 牵头部门`,
      `1 城东河道整治项目 整治河道12条,提升水环境质量。 项目已全部完成。 / / 王  忠 ${units[0]}`,
      `2 安置房建设项目 建设安置房192套。 已完成施工图审查。 准备启动公开招标。 / 钱  辉 ${units[1]}`,
      `3 养老服务中心改造项目 增设日间照料区。 主体完工。 / 资金缺口较大。 陶静华 ${units[1]}、${units[2]}`,
      `4 口袋公园建设项目 建成口袋公园1个。 项目已全部完成。 / / 陶静华`,
      "范颖飞",
      "钱  辉",
      `${units[3]}、${units[2]}`,
    ].join("\n");
  // A target column named as one (年度目标, 全年目标: tableTargets.ts) is kept with its task, after a "，"; a column of
  // other words (建设目标) is a remark.
  const want = (units: readonly [string, string, string, string], target: string) => {
    const kept = /^(年度|全年)目标$/.test(target);
    const task = (name: string, goal: string) => (kept ? `${name}，${goal}` : name);
    return [
      ["1", task("城东河道整治项目", "整治河道12条,提升水环境质量。"), [units[0]], []],
      ["2", task("安置房建设项目", "建设安置房192套。"), [units[1]], []],
      ["3", task("养老服务中心改造项目", "增设日间照料区。"), [units[1], units[2]], []],
      ["4", task("口袋公园建设项目", "建成口袋公园1个。"), [units[3], units[2]], []],
    ];
  };

  const COLUMNS: ReadonlyArray<readonly string[]> = [
    ["实事工程项目", "年度目标", "目前进度", "下一步工作措施", "存在问题"],
    ["实事名称", "年度目标", "进展情况", "下步打算", "存在的困难"],
    ["项目名称", "建设目标", "完成情况", "下一步计划", "问题及原因"],
    ["民生实事项目", "全年目标", "推进情况", "下阶段工作安排", "困难和问题"],
  ];
  // Units the corpus never names: a bureau's line of work, a court's branch, a party, a newspaper, a grid company.
  const UNITS: ReadonlyArray<readonly [string, string, string, string]> = [
    ["乐余水利站", "镇社会事业局规划建设条线", "城南社区", "镇妇联"],
    ["县水务集团", "城关人民法庭", "民盟县委", "县日报社"],
    ["南方电网县供电局", "县烟草专卖局", "县残联", "各民主党派"],
  ];

  it.each(COLUMNS.flatMap((c) => UNITS.map((u) => [c, u] as const)))("reads %j with %j", (columns, units) => {
    expect(read(table(columns, units))).toEqual(want(units, columns[1] as string));
  });

  it("keeps a problem list's 存在问题 its task (no progress column beside it)", () => {
    const text = [
      "序号 存在问题 整改措施 责任单位",
      "1 停车难 新建停车位200个 县住建局",
      "2 路灯不亮 维修路灯50盏 县城管局",
    ].join("\n");
    expect(read(text).map((t) => [t[0], t[2]])).toEqual([
      ["1", ["县住建局"]],
      ["2", ["县城管局"]],
    ]);
  });
});

describe("what Chinese government bodies are generally called: the ends of their names", () => {
  it.each([
    "镇社会治理和社会事业局规划建设条线",
    "各民主党派",
    "城关人民法庭",
    "县监狱",
    "机关党总支",
    "县日报",
    "南方电网",
    "民革",
    "县农工党",
    "致公党",
    "县作协",
    "县职业中专",
    "县国有林场",
    "国营五星农场",
    "县良种场",
    "县公路段",
    "县医共体",
    "县粮食储备库",
    "县新华书店",
    "中石化县分公司",
    "县中石化",
    "县人保财险",
  ])("%s ends like a unit", (name) => {
    expect(isUnitLike(name)).toBe(true);
    expect(endsLikeUnit(name)).toBe(true);
  });

  it.each(["建设农贸市场", "完成3条线路改造", "推进党派合作", "培育家庭农场", "家庭农场"])(
    "%s stays a task's words",
    (words) => {
      expect(endsLikeUnit(words)).toBe(false);
    },
  );
});

describe("items a report names in quotes, each closed by a bracket of its units (a 通报 on the year's 实事)", () => {
  const report = (q: readonly [string, string], open: string, close: string, units: readonly string[]) =>
    [
      "2023年度民生实事项目完成情况通报",
      "全年民生实事47项均全部或超额完成年度目标任务。",
      `另,${q[0]}新开工提标加固海塘18.4公里${q[1]}${open}${units[0]}${close}、${q[0]}公共场所新增AED${q[1]}${open}${units[1]}${close}、` +
        `${q[0]}老旧小区改造${q[1]}${open}${units[2]}、${units[3]}${close}等3个项目曾因过程性滞后被通报,但均能如期完成。` +
        `${q[0]}居家养老服务设施改造${q[1]}${open}${units[4]}${close}被采纳为亮点案例。`,
    ].join("\n");
  const want = (units: readonly string[]) => [
    ["1", "新开工提标加固海塘18.4公里", [units[0]], []],
    ["2", "公共场所新增AED", [units[1]], []],
    ["3", "老旧小区改造", [units[2]], [units[3]]],
    ["4", "居家养老服务设施改造", [units[4]], []],
  ];
  const QUOTES: ReadonlyArray<readonly [string, string]> = [
    ["“", "”"],
    ["「", "」"],
    ['"', '"'],
  ];
  const UNITS: ReadonlyArray<readonly string[]> = [
    ["市水利局", "市红十字会", "市住建局", "市城管局", "市民政局"],
    ["县供电公司", "县残联", "县城投集团", "城关街道", "县老龄办"],
    ["区水务集团", "区科协", "区房管中心", "各街道", "区社会事业局养老条线"],
  ];

  it.each(QUOTES.flatMap((q) => UNITS.map((u) => [q, u] as const)))("reads quotes %j with %j", (q, units) => {
    expect(read(report(q, "(", ")", units))).toEqual(want(units));
    expect(read(report(q, "（", "）", units))).toEqual(want(units));
  });

  it("reads no quote alone on its line, nor quoted words without units, nor a bracket that is no unit", () => {
    expect(read("“新增AED”(市红十字会)被采纳为亮点案例。")).toEqual([]);
    expect(read("其中“新增持证养老护理员”、“开展职业技能培训”等17项超额完成。")).toEqual([]);
    expect(read("“城东公园”(2023年)、“滨江绿道”(一期)均已建成。")).toEqual([]);
  });
});

describe("header words other offices write, over rows naming units the corpus never names", () => {
  // A '|' table: 序号, the task's column, the units' columns, then columns that are no units (a deadline, progress,
  // a score, a contact). Each header word below was unknown, or known as another kind, before round 21.
  const table = (task: string, units: readonly [string, string], rest: readonly string[]): string =>
    [
      "2024年重点工作责任分解表",
      `| 序号 | ${task} | ${units[0]} | ${units[1]} | ${rest.join(" | ")} |`,
      `| 1 | 建设城东人民法庭审判楼 | 县人民法院 | 县发改局、县财政局 | ${rest.map(() => "/").join(" | ")} |`,
      `| 2 | 组织各民主党派开展界别协商 | 县委统战部 | 各民主党派、县工商联 | ${rest.map(() => "/").join(" | ")} |`,
      `| 3 | 完成五星农场危房改造 | 县农业农村局 | 县残联、县红十字会 | ${rest.map(() => "/").join(" | ")} |`,
    ].join("\n");
  const want = [
    ["1", "建设城东人民法庭审判楼", ["县人民法院"], ["县发改局", "县财政局"]],
    ["2", "组织各民主党派开展界别协商", ["县委统战部"], ["各民主党派", "县工商联"]],
    ["3", "完成五星农场危房改造", ["县农业农村局"], ["县残联", "县红十字会"]],
  ];

  it.each([
    ["工程名称", ["牵头单位", "配合责任单位"], ["建设周期", "办理情况"]],
    ["民生工程", ["主责单位", "协办责任部门"], ["实施周期", "执行情况"]],
    ["工作任务及目标", ["牵头单位", "配合单位"], ["考核分值", "联系人", "联系电话"]],
    ["任务和目标", ["牵头部门", "配合部门"], ["权重", "实施情况", "督办单位"]],
    ["建议名称", ["主办单位", "协办单位"], ["领衔代表", "办理结果"]],
  ] as const)("reads a header of %s, %j and %j", (task, units, rest) => {
    expect(read(table(task, units, rest))).toEqual(want);
  });

  it("reads a column of the places answerable (责任镇街, 属地乡镇) as units", () => {
    const text = [
      "序号\t重点任务\t牵头单位\t责任镇街",
      "1\t完成农村公路提档升级\t县交通运输局\t城关镇、河口镇",
      "2\t建设乡镇污水处理站\t县生态环境分局\t各乡镇",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "完成农村公路提档升级", ["县交通运输局"], ["城关镇", "河口镇"]],
      ["2", "建设乡镇污水处理站", ["县生态环境分局"], ["各乡镇"]],
    ]);
  });
});

describe("a web table one cell a line whose units the corpus never names", () => {
  // 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限, one cell a line: the units cells are told by what they hold.
  const rows: ReadonlyArray<readonly [string, string, string]> = [
    ["实施国有林场管护用房改造", "县国有林场", "县林业局、县财政局"],
    ["完成农村公路安全生命防护工程", "县公路段", "县交通运输局"],
    ["推进紧密型县域医共体建设", "县医共体", "县卫健局、县医保局"],
    ["开展文艺家进基层活动", "县作协", "县文联"],
    ["完成粮食储备库仓容改造", "县粮食储备库", "县发改局、县中石化"],
  ];
  const text = [
    "序号",
    "重点任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    ...rows.flatMap((r, i) => [String(i + 1), r[0], r[1], r[2], "2024年12月底"]),
  ].join("\n");

  it("reads every row with its lead and co-units", () => {
    expect(read(text)).toEqual(rows.map((r, i) => [String(i + 1), r[0], [r[1]], r[2].split("、")]));
  });
});

describe("single-space rows with a column of other words among the units, or a place after them", () => {
  const rows = [
    ["1", "推进城东片区棚户区改造", "县住建局", "县财政局、县自然资源局", "2024年12月底"],
    ["2", "新建农村幼儿园3所", "县教育局", "县发改局", "2024年9月"],
    ["3", "完成老旧小区改造12个", "县城管局", "县住建局", "2024年10月底"],
  ] as const;
  const want = rows.map((r) => [r[0], r[1], [r[2]], r[3].split("、")]);
  const table = (extra: readonly [string, string], at: number): string => {
    const put = (cells: readonly string[], x: string) =>
      [...cells.slice(0, at), x, ...cells.slice(at)].join(" ");
    return [
      "2024年重点工作任务分解表",
      put(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], extra[0]),
      ...rows.map((r) => put(r, extra[1])),
    ].join("\n");
  };

  it.each([
    [["考核方式", "现场核查"], 3],
    [["责任人", "王明"], 3],
    [["分管县领导", "李华"], 3],
    [["备注", "无"], 3],
    [["建设地点", "城东片区"], 5],
    [["督办科室", "督查室"], 5],
    [["督办科室", "督查室"], 3],
  ] as const)("reads %j at column %d", (extra, at) => {
    expect(read(table(extra, at)).map((t) => [t[0], t[1], t[2], t[3]])).toEqual(want);
  });
});

describe("a table whose only text column names the target (目标内容, 目标要求)", () => {
  it.each(["目标内容", "目标要求", "发展目标", "建设目标"])("reads %s as the task", (name) => {
    const text = [
      `序号\t${name}\t牵头单位\t配合单位`,
      "1\t新建农村幼儿园3所\t县教育局\t县发改局",
      "2\t完成老旧小区改造12个\t县城管局\t县住建局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建农村幼儿园3所", ["县教育局"], ["县发改局"]],
      ["2", "完成老旧小区改造12个", ["县城管局"], ["县住建局"]],
    ]);
  });
});
