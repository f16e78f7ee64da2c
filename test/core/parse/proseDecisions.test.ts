import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { sectorList } from "../../../src/core/parse/sectorNames";

// Made-up documents of the family "decisions said in prose": numbered items whose first sentence carries a 由…
// clause after the task's words and more sentences after it (…专项整治,由A负责,有关部门配合。要…。), sector names as
// units in a list that a department word closes (由公安、交通部门负责 / 铁路、水利等部门,要各负其责), and a meeting's
// decisions run together in one paragraph, set apart by ; (WORK由PERSON牵头,UNIT落实) — with other places' units,
// other numbering, page noise and forum lines, and the sentences that must give no unit.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ id: t.id, leads: t.leads, co: t.coUnits, leader: t.leader }));

describe("an item whose first sentence carries a 由… clause, more sentences after it", () => {
  it.each([
    ["(一)", "(二)", "(三)", ""],
    ["1.", "2.", "3.", "第2页 共5页"],
    ["一、", "二、", "三、", "发表于 2019-3-2 10:21 | 只看该作者"],
  ])("is a task with its lead and co-units, not the notice's prose (%s)", (a, b, c, noise) => {
    const text = [
      "甲市安全生产专项整治方案",
      `${a}危化品运输安全专项整治,由市交通运输局负责,市应急管理局配合。要严格车辆检验;加强运输管理。`,
      noise,
      `${b}燃气安全专项整治,由市住建局负责,有关部门配合。要排查老旧管网,确保年底前完成改造。`,
      `${c}校园安全专项整治,由市教育局负责,市公安局、市卫健委配合。以预防踩踏为重点,督促和检查学校安全措施的制定与落实。`,
    ]
      .filter((l) => l !== "")
      .join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["市交通运输局"], ["市应急管理局"]],
      [["市住建局"], ["有关部门"]],
      // The last sentence's 落实 closes no 由… clause: its words (督促和检查…) are never co-units.
      [["市教育局"], ["市公安局", "市卫健委"]],
    ]);
  });

  it("leaves a notice paragraph that quotes a 由… clause someone asked for", () => {
    const text = [
      "乙县民生实事解读",
      "一、工作背景:县委常委会要求“由县政府负责,在承接落实十大民生工程的基础上办好实事”。今年以来进展顺利。",
      "二、主要内容。今年共安排民生实事十项,涉及教育、医疗、养老等方面。",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });
});

describe("sector names as units in a list a department word closes", () => {
  it("reads 公安、交通部门 as two units and 铁路、水利…教育等部门 as the sectors", () => {
    expect(sectorList(["公安", "交通部门"])).toEqual(["公安", "交通部门"]);
    expect(sectorList(["铁路", "水利", "教育等部门"])).toEqual(["铁路", "水利", "教育"]);
  });

  it("never reads a person or a task's words beside a department as a unit", () => {
    expect(sectorList(["张三", "交通部门"])).toBeNull();
    expect(sectorList(["加强检查", "交通部门"])).toBeNull();
    expect(sectorList(["公安", "交通"])).toBeNull();
  });

  it.each([
    ["(三)", "(四)"],
    ["3.", "4."],
  ])("reads items led by sectors, and sectors that 各负其责 in a clause of their own (%s)", (a, b) => {
    const text = [
      "丙县安全生产专项整治工作方案",
      `${a}道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要加大违法行为整治力度。`,
      `${b}电力、水利、旅游等部门,要各负其责,切实履行安全生产监督管理职能,严格执法。`,
    ].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([
      [["公安"], ["交通部门", "有关部门"]],
      [["电力"], ["水利", "旅游"]],
    ]);
  });

  it("gives no unit when a person stands in the list", () => {
    const text = [
      "丁县安全生产专项整治工作方案",
      "(三)道路交通安全专项整治,由张三、交通部门负责。要加大违法行为整治力度。",
      "(四)消防安全专项整治,由李四、王五负责。要排查隐患。",
    ].join("\n");
    for (const t of read(text)) expect([...t.leads, ...t.co]).not.toContain("张三");
  });
});

describe("a meeting's decisions run together in one paragraph, set apart by ;", () => {
  const decisions = (sep: string, tail: string) =>
    [
      "戊县重点工作推进会召开",
      "3月2日上午,县领导在县政府召开推进会。",
      `会议决定:要按照“快、实、稳”要求,全力推进各项工作。城东片区环境整治由李明华牵头,城东街道落实${sep}` +
        `北山公园提升由赵刚牵头,县林业局落实${sep}老旧小区改造由孙丽牵头,县住建局落实,` +
        `城东污水处理厂由县水务局派驻专人督导${sep}` +
        `夜市扫尾提升由钱进牵头,连夜开会研究遗留问题${sep}督查组负责每天向县委报送进度。`,
      tail,
    ].join("\n");

  it.each([
    [";", ""],
    [";", "用户登录\n还没有账号?\n立即注册"],
  ])(
    "reads each decision: the person as its leader, the unit that carries it out as its lead (%s)",
    (sep, tail) => {
      const tasks = read(decisions(sep, tail));
      expect(tasks.map((t) => [t.leads, t.co, t.leader])).toEqual([
        [["城东街道"], [], "李明华"],
        [["县林业局"], [], "赵刚"],
        [["县住建局"], [], "孙丽"],
        // A second decision run on after a comma: a task of its own.
        [["县水务局"], [], null],
        // A decision a person leads with no unit named: a task with its leader, no unit made up.
        [[], [], "钱进"],
        [["督查组"], [], null],
      ]);
      // The lead-in sentence (会议决定:要按照…) is not the first decision's words.
      expect(parseBreakdown(decisions(sep, tail)).tasks[0]?.text.startsWith("城东片区环境整治")).toBe(true);
    },
  );

  it.each([
    ["。", "王光明副县长", "县委常委赵刚"],
    [";", "王光明同志", "赵刚"],
  ])("reads decisions set apart by %s whose leaders carry a title (%s, %s)", (sep, first, second) => {
    const text = [
      "癸县迎检指挥部召开碰头会",
      `会议决定:城西片区整治由${first}牵头,城西街道落实${sep}河道绿化由${second}牵头,县林业局具体落实${sep}` +
        `停车场建设由钱进牵头,县住建局负责${sep}`,
      "发表于 2020-5-6 | 只看该作者",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.leader])).toEqual([
      [["城西街道"], first.slice(0, 3)],
      [["县林业局"], second.slice(-2)],
      [["县住建局"], "钱进"],
    ]);
    // The paragraph's label (会议决定:) is not the first decision's words.
    expect(tasks[0]?.text.startsWith("城西片区整治")).toBe(true);
  });

  it("starts a clause's task after a lead-in clause (民生保障类3项实事中,由A负责的…)", () => {
    const text = [
      "己县民生实事完成情况",
      "民生保障类2项实事中,由己县教育局负责的校舍改造项目已完工;由己县民政局负责的养老服务项目投资50万元。",
      "设施提升类2项实事中,由己县交通局负责的农村公路项目已通车;由己县水务局负责的供水项目已通水。",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.text.slice(0, 6))).toEqual([
      "由己县教育局",
      "由己县民政局",
      "由己县交通局",
      "由己县水务局",
    ]);
  });

  it.each([
    "会议由李明华主持;赵刚、孙丽出席会议;会议强调要做好各项工作。",
    "各乡镇负责同志要亲自抓;各部门负责人要靠前指挥;县直各单位负责同志参加会议。",
  ])("reads no decision from a news paragraph of persons who only attend or answer (%s)", (paragraph) => {
    const text = ["庚县召开碰头会", paragraph].join("\n");
    expect(read(text)).toEqual([]);
  });
});

describe("field headings over paragraphs whose unit is the first sentence's subject", () => {
  const plan = (a: string, b: string, noise: string) =>
    [
      "辛镇安全生产隐患大排查大整治行动方案",
      "一、工作目标",
      "全面排查各类安全隐患,实现隐患清零闭环管理,坚决杜绝安全事故。",
      "二、排查整治重点内容及责任分工",
      `${a}道路交通领域`,
      "镇派出所强化执法力度,严厉查处超载超速等违法行为。联合县交通运输局检查“一超四究”制度执行情况。",
      noise,
      `${b}燃气安全领域`,
      "镇应急办牵头,组织各村(居)委会开展入户排查,重点检查用气安全。针对瓶装燃气,会同县市场监管局检查销售网点,督促",
    ]
      .filter((l) => l !== "")
      .join("\n");

  it.each([
    ["(一)", "(二)", ""],
    ["1.", "2.", "— 2 —"],
    ["(一)", "(二)", "回复 | 举报"],
  ])("reads the subject as the lead and the units it works with as co-units (%s)", (a, b, noise) => {
    expect(read(plan(a, b, noise)).map((t) => [t.id, t.leads, t.co])).toEqual([
      ["2.1", ["镇派出所"], ["县交通运输局"]],
      ["2.2", ["镇应急办"], ["各村(居)委会", "县市场监管局"]],
    ]);
  });

  it("reads no unit from paragraphs that open with the work (新建10处… / 为在我区…) under project headings", () => {
    const text = [
      "壬区确定今年重点民生实事",
      "1.环境品质提升项目",
      "新建10处口袋公园,持续优化城区人居环境。",
      "2.医疗惠民项目",
      "为在我区助产机构出生的新生儿免费实施筛查,联合市妇幼保健院开展随访。",
      "3.教育惠民项目",
      "新开办公办幼儿园两所,增加公办学位。",
      "4.养老服务项目",
      "全区养老服务中心提档升级,联合区民政局建成社区食堂。",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });

  it("reads no unit from a list of phrases under field headings (提升全市水质, 主城区…道路完工: not the paragraph right under it)", () => {
    const text = [
      "癸市今年要干这些民生大事",
      "",
      "01、生态建设",
      "",
      "改善大气质量",
      "",
      "提升全市水质",
      "",
      "02、城乡融合发展",
      "",
      "推进高铁新城建设",
      "",
      "主城区东环连接线等7条道路完工",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });
});
