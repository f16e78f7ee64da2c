import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { isRankingHeading, measureRoles, siteRecord } from "../../../src/core/parse/problemList";

// Problem lists (督查通报, 创文/创卫 检查问题清单, 整改清单): problems — a site and what is wrong there — each closed by a
// record of who puts them right. Each family is written several ways (other places' units, other labels, other
// separators and numbering, with and without the person and the deadline), all made up.

interface Problem {
  readonly site: string;
  readonly faults: readonly string[];
  readonly unit: string;
  readonly co: readonly string[];
  readonly person: string;
  readonly due: string;
}

/** Three places' inspections: a county's, a city's, a district's. */
const PLACES: ReadonlyArray<readonly Problem[]> = [
  [
    {
      site: "城南农贸市场",
      faults: ["市场内公厕堆放杂物", "鱼肉区地面积水,卫生较差"],
      unit: "县市场监督管理局",
      co: [],
      person: "李明",
      due: "3天",
    },
    {
      site: "滨河花园小区",
      faults: ["楼道小广告未清除", "垃圾桶未加盖", "绿化带内有建筑垃圾"],
      unit: "县住建局",
      co: ["城关镇人民政府"],
      person: "王芳",
      due: "2023年9月10日前",
    },
  ],
  [
    {
      site: "市第一人民医院",
      faults: ["门诊大厅无禁烟标识", "院内电动车乱停放"],
      unit: "市卫生健康委员会",
      co: [],
      person: "赵刚",
      due: "5天",
    },
    {
      site: "火车站广场",
      faults: ["流动摊贩占道经营", "公益广告破损"],
      unit: "市城管局",
      co: ["市公安局", "市交通运输局"],
      person: "陈强",
      due: "立行立改",
    },
    {
      site: "人民公园",
      faults: ["健身器材损坏未修复", "湖面漂浮垃圾"],
      unit: "市园林局",
      co: [],
      person: "周敏",
      due: "7天",
    },
  ],
  [
    {
      site: "东风路沿街商铺",
      faults: ["门前三包责任落实不到位", "店外乱堆乱放"],
      unit: "区综合行政执法局",
      co: [],
      person: "孙伟",
      due: "2天",
    },
    {
      site: "实验小学周边",
      faults: ["校门口车辆乱停", "文明交通宣传缺失"],
      unit: "区教育局",
      co: ["区交警大队"],
      person: "吴娟",
      due: "一周内",
    },
  ],
];

const units = (p: Problem): string => [p.unit, ...p.co].join("、");

const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({
    text: t.text,
    leads: t.leads,
    co: t.coUnits,
    due: t.deadline,
    leader: t.leader,
  }));

/** Every problem read once, in order: its words first, its unit the lead, the others co-units. */
function expectProblems(text: string, problems: readonly Problem[], first: (p: Problem) => string): void {
  const got = read(text);
  expect(got.map((t) => [t.leads, t.co])).toEqual(problems.map((p) => [[p.unit], [...p.co]]));
  got.forEach((t, i) => expect(t.text.startsWith(first(problems[i] as Problem))).toBe(true));
  // 责任人 names a person: never a unit, never the leader.
  for (const t of got) expect(t.leader).toBeNull();
}

describe("a site with its numbered problems, then one record line", () => {
  const labels = ["问题整改责任单位", "整改责任单位", "整改单位", "责任单位"];
  const dues = ["整改时限", "整改期限", "完成时限"];
  it.each(PLACES.flatMap((ps, k) => labels.map((label, j) => [k, label, dues[j % 3] as string] as const)))(
    "place %i with %s and %s reads each site as one task, its record given to it",
    (k, label, due) => {
      const ps = PLACES[k] as readonly Problem[];
      const colon = k % 2 === 0 ? ":" : "：";
      const text = [
        "创文督查问题清单",
        "近日,创文办督查组对以下点位进行了实地督查,具体问题如下:",
        ...ps.flatMap((p, i) => [
          "",
          `${i + 1}. ${p.site}`,
          ...p.faults.map((f, j) => `(${j + 1})${f};`),
          `${label}${colon}${units(p)} ${due}${colon}${p.due}`,
        ]),
      ].join("\n");
      expectProblems(text, ps, (p) => p.site);
      expect(read(text).map((t) => t.due)).toEqual(ps.map((p) => p.due));
    },
  );
});

describe("a site's name on a line of its own, its numbered problems, then one record", () => {
  it.each(PLACES.map((_, k) => k))("place %i reads each site as one task, its name first", (k) => {
    const ps = PLACES[k] as readonly Problem[];
    const text = [
      "创卫督查问题清单",
      ...ps.flatMap((p) => [
        p.site,
        ...p.faults.map((f, j) => `${j + 1}.${f}${j === p.faults.length - 1 ? "。" : ";"}`),
        `整改责任单位:${units(p)};整改责任人:${p.person};整改时限:${p.due}`,
      ]),
    ].join("\n");
    expectProblems(text, ps, (p) => `${p.site} 1.${p.faults[0] as string}`);
    expect(read(text).map((t) => t.due)).toEqual(ps.map((p) => p.due));
  });
});

describe("a page whose line breaks became spaces: groups of problems each closed by one record", () => {
  it.each(PLACES.map((_, k) => k))("place %i reads each group as one task with its record", (k) => {
    const ps = PLACES[k] as readonly Problem[];
    const groups = ps.map((p, i) => {
      const faults = p.faults.map((f, j) => `${j + 1}.${f}${j === p.faults.length - 1 ? "。" : ";"}`);
      const label = i % 2 === 0 ? "整改责任单位" : "责任单位";
      return `${faults.join(" ")} ${label}:${units(p)} 整改时限:${p.due.replace(/\s/g, "")}`;
    });
    const text = `近日 督查组 对部分 农贸市场 小区 卫生情况进行督查 这次又有哪些问题被曝光呢? ${groups.join(" ")} (来源:融媒体中心) (编辑:张三)`;
    const got = read(text);
    expectProblems(text, ps, (p) => `${p.faults[0] as string}; 2.${p.faults[1] as string}`);
    expect(got.map((t) => t.due)).toEqual(ps.map((p) => p.due));
  });

  it.each(PLACES.map((_, k) => k))(
    "place %i: a glued deadline label (X整改时限:Y) and full-width colons still end the record",
    (k) => {
      const ps = PLACES[k] as readonly Problem[];
      const groups = ps.map(
        (p) =>
          `${p.faults.map((f, j) => `${j + 1}.${f}`).join("; ")}。 整改责任单位：${units(p)}整改时限：${p.due.replace(/\s/g, "")}`,
      );
      const text = `督查组对城区进行了督查,发现问题如下: ${groups.join(" ")} (来源:融媒体中心)`;
      expect(read(text).map((t) => [t.leads, t.co, t.due])).toEqual(
        ps.map((p) => [[p.unit], [...p.co], p.due]),
      );
    },
  );

  it("one problem alone, unnumbered, closed by its record, is a task too", () => {
    const text =
      "督查组近日 对城区餐饮单位进行了检查 发现问题如下: 1.后厨地面油污严重; 2.餐具消毒柜未使用。 整改责任单位:县市场监管局 整改时限:3天 操作间发现鼠迹,病媒生物防制不到位。 整改责任单位:县卫健局 整改时限:5天";
    expect(read(text).map((t) => [t.text.slice(0, 8), t.leads])).toEqual([
      ["后厨地面油污严重", ["县市场监管局"]],
      ["操作间发现鼠迹,", ["县卫健局"]],
    ]);
  });

  it("a one-line page of a breakdown's plain unit fields is not cut as a problem list", () => {
    const text =
      "2023年市政府民生实事项目共有12项任务,各责任单位高度重视,市有关部门加强督查推进,实事项目总体进展情况良好。现将实事项目1—6月份进展情况予以公示,接受社会监督。 1.新建城东公园。 牵头领导:张三 责任单位:市园林局 项目责任人:王五 配合单位:市财政局 实际完成情况:公园主体工程已完成年度目标任务的60%。 2.改造老旧小区10个。 牵头领导:李四 责任单位:市住建局 项目责任人:赵六 实际完成情况:已开工8个,完成年度目标任务的50%。";
    expect(read(text).map((t) => [t.text, t.leads, t.co])).toEqual([
      ["新建城东公园。", ["市园林局"], ["市财政局"]],
      ["改造老旧小区10个。", ["市住建局"], []],
    ]);
  });
});

describe("unnumbered problems, each ending in its labelled record (a bracket or a last sentence), with no breakdown title", () => {
  const brackets: ReadonlyArray<(p: Problem) => string> = [
    (p) => `(责任单位:${units(p)},责任人:${p.person})`,
    (p) => `（整改单位：${units(p)}；整改时限：${p.due}）`,
    (p) => `(责任部门:${units(p)})`,
    (p) => `(责任单位:${units(p)};整改责任人:${p.person})`,
    (p) => `责任单位:${units(p)},责任人:${p.person}。`,
  ];
  it.each(PLACES.flatMap((_, k) => brackets.map((_b, j) => [k, j] as const)))(
    "place %i, bracket form %i: each paragraph is a task, the person no unit",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const bracket = brackets[j] as (p: Problem) => string;
      const text = [
        "创建国家卫生城市督察通报",
        "",
        "按照指挥部统一要求,督察组持续对现场发现问题督促整改。现将督察问题通报如下:",
        "",
        ...ps.flatMap((p) => [`${p.site}${p.faults.join(",")}。${bracket(p)}`, ""]),
        "望以上单位正视问题,迅速行动,彻底整改。",
        "",
        "创卫指挥部办公室",
        "2023年8月18日",
      ].join("\n");
      expectProblems(text, ps, (p) => p.site);
      const all = read(text).flatMap((t) => [...t.leads, ...t.co]);
      for (const p of ps) expect(all).not.toContain(p.person);
    },
  );
});

describe("numbered problems each followed by measures that name the unit in prose", () => {
  const forms: ReadonlyArray<(unit: string) => string> = [
    (u) => `整改措施:由${u}督促商户立即整改。`,
    (u) => `整改要求：由包片单位${u}负责清理到位。`,
    (u) => `处理意见:由${u}责令限期整改。`,
  ];
  it.each(PLACES.flatMap((_, k) => forms.map((_f, j) => [k, j] as const)))(
    "place %i, form %i: the unit after 由 leads",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const form = forms[j] as (unit: string) => string;
      const text = [
        "市容环境巡查情况通报",
        "巡查发现存在以下问题亟待整改:",
        ...ps.flatMap((p, i) => [`${i + 1}、${p.site}${p.faults[0] as string}。`, form(p.unit)]),
        "请各责任单位按整改要求尽快整改落实。",
      ].join("\n");
      const got = read(text);
      expect(got.map((t) => [t.leads, t.co])).toEqual(ps.map((p) => [[p.unit], []]));
      got.forEach((t, i) => expect(t.text.startsWith((ps[i] as Problem).site)).toBe(true));
    },
  );

  it("reads a unit name holding a verb-like word whole, and names no unit where 由 is followed by none", () => {
    expect(measureRoles("整改措施:由市容环境综合整治联合执法工作组负责整治。")?.listed).toEqual([
      "市容环境综合整治联合执法工作组",
    ]);
    expect(measureRoles("整改措施:由商户自行清理。")).toBeNull();
    expect(measureRoles("工作措施:由县住建局督促商户更换。")).toBeNull();
  });
});

describe("numbered problems closed by a request to put them right", () => {
  const requests: ReadonlyArray<(p: Problem) => string> = [
    (p) => `请${p.unit}督促管理方于${p.due}整改到位。`,
    (p) => `由${p.unit}负责整改${p.co.length > 0 ? `,${p.co.join("、")}配合` : ""}。`,
    (p) => `责成${p.unit}限期整改。`,
  ];
  it.each(PLACES.flatMap((_, k) => requests.map((_r, j) => [k, j] as const)))(
    "place %i, request form %i: the unit asked leads, units that 配合 help",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const request = requests[j] as (p: Problem) => string;
      const text = [
        "关于城区环境卫生专项督查情况的通报",
        "一、存在的问题",
        ...ps.map((p, i) => `${i + 1}.${p.site}${p.faults.join(",")}。${request(p)}`),
      ].join("\n");
      const got = read(text);
      const co = (p: Problem) => (j === 1 ? [...p.co] : []);
      expect(got.map((t) => [t.leads, t.co])).toEqual(ps.map((p) => [[p.unit], co(p)]));
      got.forEach((t, i) => expect(t.text.startsWith((ps[i] as Problem).site)).toBe(true));
    },
  );

  it("a notice's requests that ask for no rectification, or ask a group, give no task", () => {
    const text = [
      "关于做好年度考核工作的通知",
      "各县区、市直各部门:",
      "1.请市发改委于每季度末汇总进展情况报市政府办公室。",
      "2.请市财政局做好资金保障。",
      "3.请各责任单位按要求尽快整改落实。",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("sites with their record in mid-line, before the findings", () => {
  const noise = ["", "365bet中文资讯网_365游戏中心正式版_"];
  it.each(PLACES.flatMap((_, k) => noise.map((n) => [k, n] as const)))(
    "place %i (noise %j): numbered and unnumbered sites under unnumbered headings read with their units",
    (k, n) => {
      const ps = PLACES[k] as readonly Problem[];
      const line = (p: Problem) =>
        `${n}${p.site}(责任单位:${units(p)}):${p.faults.join(";")}等问题已整改到位。`;
      const text = [
        `${n}创建全国文明城市实地督查通报`,
        "前期问题整改情况",
        "整改较好的点位",
        ...ps.slice(0, -1).map((p, i) => `${i + 1}、${line(p)}`),
        "整改未落实的点位",
        line(ps[ps.length - 1] as Problem),
      ].join("\n");
      const got = read(text).filter((t) => t.leads.length > 0);
      expect(got.map((t) => [t.leads, t.co])).toEqual(ps.map((p) => [[p.unit], [...p.co]]));
      // (A number right before the noise's digits, 1、365bet…, is taken for words: the site is read all the same.)
      got.forEach((t, i) => expect(t.text).toContain(`${n}${(ps[i] as Problem).site}(责任单位`));
    },
  );

  it("reads no site record where the bracket holds no unit label", () => {
    expect(siteRecord("城东公园(含绿道):路灯损坏。")).toBeNull();
    expect(siteRecord("西海燕码头(责任单位:县文旅局):无文明引导员。")?.listed).toEqual(["县文旅局"]);
  });
});

describe("numbered problems with their record in a bracket in mid-line, more words after it", () => {
  const records: ReadonlyArray<(p: Problem) => string> = [
    (p) => `(责任单位:${units(p)};整改时限:${p.due})`,
    (p) => `（整改单位：${units(p)}）`,
    (p) => `(责任部门:${units(p)},责任人:${p.person})`,
  ];
  it.each(PLACES.flatMap((_, k) => records.map((_r, j) => [k, j] as const)))(
    "place %i, record form %i: the bracket gives the units",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const record = records[j] as (p: Problem) => string;
      const text = [
        "一、城区点位问题",
        ...ps.map((p, i) => `${i + 1}.${p.site}${p.faults[0] as string}${record(p)},群众反映强烈。`),
      ].join("\n");
      expectProblems(text, ps, (p) => `${p.site}${p.faults[0] as string}`);
    },
  );

  it("reads no record from a bracket without a unit label", () => {
    const got = read("一、城区点位问题\n1.城东公园(含绿道)路灯损坏,夜间无照明。\n责任单位:县城管局");
    expect(got.map((t) => [t.leads, t.co])).toEqual([[["县城管局"], []]]);
  });
});

describe("a table of problems: 序号 / 点位 / 存在问题 / 责任单位 / 责任人 / 整改时限", () => {
  const heads = [
    ["序号", "问题点位", "存在问题", "责任单位", "责任人", "整改时限"],
    ["序号", "问题描述", "整改责任单位", "整改时限"],
    ["序号", "反馈问题", "整改单位", "完成时限"],
    ["序号", "审计发现问题", "整改单位", "整改时限", "整改情况"],
  ];
  it.each(PLACES.flatMap((_, k) => heads.map((_h, j) => [k, j] as const)))(
    "place %i, header %i: each row a task, the person no unit",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const head = heads[j] as readonly string[];
      const cell = (p: Problem, h: string): string =>
        h === "序号"
          ? ""
          : /点位/.test(h)
            ? p.site
            : /问题/.test(h)
              ? p.faults.join(",")
              : /单位/.test(h)
                ? units(p)
                : h === "责任人"
                  ? p.person
                  : h === "整改情况"
                    ? "已整改"
                    : p.due;
      const text = [
        "关于实地督查发现问题的通报",
        "",
        head.join("\t"),
        ...ps.map((p, i) => [String(i + 1), ...head.slice(1).map((h) => cell(p, h))].join("\t")),
      ].join("\n");
      const got = read(text);
      expect(got.map((t) => [t.leads, t.co, t.due])).toEqual(ps.map((p) => [[p.unit], [...p.co], p.due]));
      got.forEach((t, i) => expect(t.text).toContain((ps[i] as Problem).faults[0]));
    },
  );
});

describe("a rectification list written one field a line: 存在问题 / 整改措施 / 责任单位 / 整改时限", () => {
  const openers: ReadonlyArray<(i: number) => string> = [
    () => "存在问题:",
    (i) => `问题${i + 1}:`,
    () => "反馈问题：",
    () => "问题描述:",
  ];
  it.each(PLACES.flatMap((_, k) => openers.map((_o, j) => [k, j] as const)))(
    "place %i, opener %i: each problem a task, its measures kept with its words",
    (k, j) => {
      const ps = PLACES[k] as readonly Problem[];
      const opener = openers[j] as (i: number) => string;
      const text = [
        "巡察反馈问题整改清单",
        ...ps.flatMap((p, i) => [
          "",
          `${opener(i)}${p.site}${p.faults.join(",")}。`,
          `整改措施:立即组织清理,建立长效机制。`,
          `责任单位:${units(p)}`,
          `责任人:${p.person}`,
          `整改时限:${p.due}`,
        ]),
      ].join("\n");
      expectProblems(text, ps, (p) => p.site);
      const got = read(text);
      expect(got.map((t) => t.due)).toEqual(ps.map((p) => p.due));
      for (const t of got) expect(t.text).toContain("整改措施:立即组织清理");
    },
  );
});

describe("a whole page on one line with raw HTML tags", () => {
  it.each(PLACES.map((_, k) => k))("place %i: tags are line breaks, numbered problems read", (k) => {
    const ps = PLACES[k] as readonly Problem[];
    const p = (s: string) => `<p class="ql-block">${s}</p>`;
    const text = [
      p("督查组对城区进行专项检查,突出问题如下:"),
      p("一、城区点位"),
      ...ps.map((q, i) =>
        p(
          `${i + 1}.${q.site}<span style="color:red">${q.faults[0] as string}</span>。(责任单位:${units(q)})`,
        ),
      ),
      `<p>检查组<br>2023年5月1日</p>`,
    ].join(" ");
    expectProblems(text, ps, (q) => `${q.site}${q.faults[0] as string}`);
  });
});

describe("raw HTML tables and line breaks", () => {
  it.each(PLACES.map((_, k) => k))("place %i: a <table> of problems reads row by row", (k) => {
    const ps = PLACES[k] as readonly Problem[];
    const row = (cells: readonly string[]) =>
      `<tr>${cells.map((c) => `<td class="c">${c}</td>`).join("")}</tr>`;
    const text = [
      "<table><tbody>",
      row(["序号", "存在问题", "责任单位", "整改时限"]),
      ...ps.map((p, i) => row([String(i + 1), p.faults.join(","), units(p), p.due])),
      "</tbody></table>",
    ].join("");
    const got = read(text);
    expect(got.map((t) => [t.leads, t.co, t.due])).toEqual(ps.map((p) => [[p.unit], [...p.co], p.due]));
  });

  it("<br/> and <div> set problems apart; a 1 < 2 in the words is no tag", () => {
    const text =
      "<div>督查通报</div><div>1.城南市场公厕堆放杂物,积水深度1<2厘米。(责任单位:县市场监管局)<br/>2.滨河小区楼道小广告未清除。(责任单位:县住建局)</div>";
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["城南市场公厕堆放杂物,积水深度1<2厘米。", ["县市场监管局"]],
      ["滨河小区楼道小广告未清除。", ["县住建局"]],
    ]);
  });
});

describe("an inspection notice that ranks units is no breakdown", () => {
  const headings = [
    ["单位末位排名", "职能单位末位排名"],
    ["得分倒数三名单位", "综合得分排名后三名"],
    ["红榜单位", "黑榜单位"],
  ];
  it.each(headings)("numbered %s / %s over unit names give no task", (a, b) => {
    const text = [
      "关于第一季度全县环境卫生综合整治情况的督查通报",
      "各乡镇,县直各部门:",
      "县住建局组织督查人员对全县环境卫生整治情况进行了督查,对发现的问题及时反馈各责任单位。现将督查情况通报如下:",
      `1、${a}`,
      "教育局 信用联社",
      `2、${b}`,
      "交通局",
      "",
      "县环境卫生整治领导小组办公室",
      "2020年4月10日",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks).toEqual([]);
    expect(parsed.issues.map((i) => i.code)).toContain("no-tasks");
  });

  it("tells a ranking heading from a task", () => {
    expect(isRankingHeading("单位末位排名")).toBe(true);
    expect(isRankingHeading("推进城东片区改造")).toBe(false);
    expect(isRankingHeading("完善考核评价体系,对排名靠后的单位进行约谈并督促其制定整改方案")).toBe(false);
  });
});
