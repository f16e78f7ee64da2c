/**
 * Made-up variants of the sentence families that give work to a named body inside running text (Sets M, N and O's
 * `prose` pages: news reports of meetings and inspections, speeches, work reports, a body's duties, replies to
 * delegates' suggestions), each set in a page's frame (a title, a date line, 本报讯(记者 …), 会议指出/强调/要求), with
 * the task expected computed from the variant itself — and the look-alikes' sentences (done work, collectives only, a
 * unit only mentioned, a bare exhortation) that must read nothing. Seeded, so a failing variant can be replayed.
 */

/** A made-up page, and the tasks it must read: [lead(s), co-units, a piece of the task's words]. */
export interface ProseVariant {
  readonly family: string;
  readonly text: string;
  readonly want: ReadonlyArray<{ leads: string[]; co: string[]; words: string }>;
}

/** A small seeded random source (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const PLACES = [
  "临河",
  "青山",
  "东阳",
  "白沙",
  "金川",
  "长宁",
  "安平",
  "西丰",
  "兴隆",
  "永和",
  "宁远",
  "嘉禾",
];
const LEVELS = ["市", "县", "区", "旗"];
const BUREAUS = [
  "发改委",
  "发展改革委",
  "住建局",
  "住房城乡建设局",
  "交通运输局",
  "教育局",
  "水利局",
  "城管执法局",
  "自然资源和规划局",
  "农业农村局",
  "卫健委",
  "商务局",
  "工信局",
  "财政局",
  "应急管理局",
  "文旅局",
  "市场监管局",
  "投资促进中心",
  "政务服务中心",
  "城投公司",
  "交投集团",
  "重点项目建设指挥部",
  "乡村振兴领导小组办公室",
  "政府办",
  "委组织部",
  "委宣传部",
  "公安局交警大队",
  "高新区管委会",
  "人社局",
  "供电公司",
  "融媒体中心",
  "政府办公室",
  "机关事务管理局",
];
const TOWNS = ["镇", "街道", "乡", "街道办事处"];

/** A named unit of some place and level: 县住建局 / 临河区教育局 / 白沙镇 / 市城投公司. */
function unit(r: Rand, level: string): string {
  const x = r();
  if (x < 0.12) return `${pick(r, PLACES)}${pick(r, TOWNS)}`;
  if (x < 0.35) return `${pick(r, PLACES)}${level}${pick(r, BUREAUS)}`;
  return `${level}${pick(r, BUREAUS)}`;
}

/** Two or three different units. */
function units(r: Rand, level: string, n: number): string[] {
  const out: string[] = [];
  for (let guard = 0; out.length < n && guard < 50; guard++) {
    const u = unit(r, level);
    if (!out.some((o) => o.includes(u) || u.includes(o))) out.push(u);
  }
  return out;
}

// Work items as a speech gives them: a verb and its object, with more clauses after.
const WORKS = [
  "加快推进老旧小区改造,确保年底前完工",
  "抓紧拉出任务清单,列出推进计划,明确时间节点",
  "做好项目用地保障,加快办理供地手续",
  "在8月底前完成57个村的污水管网建设",
  "加快编制停车专项规划,年内新增停车泊位2000个",
  "牵头制定实施方案,细化工作措施",
  "抓好重点企业帮扶,协调解决融资难题",
  "加快学校扩建工程进度,确保秋季开学投入使用",
  "尽快完成征地拆迁,为项目开工创造条件",
  "加强河道巡查,全面清理河道垃圾",
  "抢抓机遇,加大基础设施建设力度,着力改善人居环境",
];
// A department's duty in a division of labour (…部门负责X).
const DUTIES = [
  "指导、组织编制项目规划和实施方案",
  "争取中央投资补助资金,指导编制和下达项目投资计划",
  "落实配套补助资金的拨付,建立和管理项目资金专户",
  "安排建设项目的新增建设用地计划,以及办理建设用地手续",
  "做好环境影响评价工作",
  "做好建设资金使用情况的审计",
  "低收入家庭收入核定的管理工作",
];
// A topic a meeting or an inspection is about.
const TOPICS = [
  "重点项目建设推进会",
  "民生实事调度会",
  "城市更新工作会议",
  "乡村振兴工作推进会",
  "营商环境专题会议",
];
const SPEAKERS = ["市长王建国", "县委书记李明", "区长赵刚", "副市长刘芳", "旗长陈伟"];
// What a speech says before its demands.
const SPEECH = [
  "会议指出,",
  "会议强调,",
  "会议要求,",
  "SPEAKER强调,",
  "SPEAKER指出,",
  "SPEAKER要求,",
  "SPEAKER在讲话中强调:",
  "SPEAKER指出:",
  "会议强调,针对当前存在的问题,",
];
// The verb of a demand on a named unit (要 and its kin).
const MUST = ["要", "要", "必须", "务必要", "一定要", "要切实"];

/** The page's frame around the family's sentence: a title, a date line, a reporter's opening, the speech's verb. */
function framed(r: Rand, level: string, body: string, speech = true): string {
  const place = `${pick(r, PLACES)}${level}`;
  const topic = pick(r, TOPICS);
  const speaker = pick(r, SPEAKERS);
  const said = pick(r, SPEECH).replace("SPEAKER", speaker);
  const dateLine = pick(r, [
    "2024-05-12 10:21 来源:日报",
    "发布时间:2023年6月3日",
    "时间:2022-11-08 浏览次数:312",
  ]);
  const opening = pick(r, [
    `本报讯(记者 张华)5月10日,${place}召开${topic}。`,
    `5月10日上午,${speaker}主持召开${topic}。`,
    `近日,${place}召开${topic},听取有关情况汇报,研究部署下一步工作。`,
  ]);
  const lines = [`${place}召开${topic}`, dateLine, opening, `${speech ? said : ""}${body}`];
  if (r() < 0.5) lines.push("会议还研究了其他事项。");
  return lines.join("\n");
}

const work = (r: Rand) => pick(r, WORKS);
const head = (w: string) => w.slice(0, 6);

type Family = (r: Rand, level: string) => ProseVariant;

/** The families that give work to a named unit: each writes its variant and the task it gives. */
export const POSITIVE: Readonly<Record<string, Family>> = {
  "X要…(讲话中)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    return {
      family: "",
      text: framed(r, l, `${x}${pick(r, MUST)}${w}。`),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "A要…;B要…": (r, l) => {
    const [a, b] = units(r, l, 2) as [string, string];
    const w1 = work(r);
    const w2 = pick(
      r,
      WORKS.filter((w) => w !== w1),
    );
    const sep = pick(r, [";", "。", ";同时,"]);
    return {
      family: "",
      text: framed(r, l, `${a}${pick(r, MUST)}${w1}${sep}${b}${pick(r, MUST)}${w2}。`),
      want: [
        { leads: [a], co: [], words: head(w1) },
        { leads: [b], co: [], words: head(w2) },
      ],
    };
  },
  "要求X…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const speaker = pick(r, SPEAKERS);
    return {
      family: "",
      text: framed(
        r,
        l,
        pick(r, [
          `${speaker}在听取汇报后,要求${x}${w}。`,
          `${speaker}对${x}的工作予以肯定,并要求${x}${w}。`,
          `${speaker}充分肯定了前期工作,还要求${x}${w}。`,
        ]),
        false,
      ),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "会议要求,X…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const said = pick(r, ["会议要求,", "会议明确,", `${pick(r, SPEAKERS)}要求,`]);
    return {
      family: "",
      text: framed(r, l, `${said}${x}${w}。`, false),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "X作为牵头部门,要…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const role = pick(r, ["牵头部门", "牵头单位", "项目推进牵头部门", "行业主管部门"]);
    return {
      family: "",
      text: framed(r, l, `${x}作为${role},${pick(r, MUST)}${w}。`),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "由X牵头,Y配合": (r, l) => {
    const [x, y] = units(r, l, 2) as [string, string];
    const w = work(r);
    const help = pick(r, ["配合", "协助", "参与"]);
    const form = r() < 0.5 ? `由${x}牵头,${y}${help},${w}。` : `${x}牵头、${y}${help},${w}。`;
    return { family: "", text: framed(r, l, form), want: [{ leads: [x], co: [y], words: head(w) }] };
  },
  "X负责…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    return {
      family: "",
      text: framed(r, l, `${x}${pick(r, ["负责", "具体负责", "牵头负责"])}${w}。`),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "请X…/责成X…/交由X办理": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const form = pick(r, [`请${x}${w}。`, `责成${x}${w}。`]);
    return { family: "", text: framed(r, l, form), want: [{ leads: [x], co: [], words: head(w) }] };
  },
  "交由X办理/由X承办": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const matter = pick(r, [
      "群众反映的停车难问题",
      "代表提出的道路改造建议",
      "园区供水管网改造事项",
      "学校周边交通拥堵问题",
    ]);
    const verb = pick(r, ["办理", "牵头办理", "研究办理", "承办", "研究解决"]);
    const form = pick(r, [`会议决定,${matter}交由${x}${verb}。`, `会议议定,${matter}交给${x}${verb}。`]);
    // The matter handed by a meeting's decision, or after a speech's verb (会议指出,…由X承办).
    const text = r() < 0.5 ? framed(r, l, form, false) : framed(r, l, `${matter}由${x}${verb}。`);
    return { family: "", text, want: [{ leads: [x], co: [], words: matter }] };
  },
  "下一步,X将…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const next = pick(r, ["下一步,", "下步,", "接下来,"]);
    const will = pick(r, ["将", "还将", "将继续", "要"]);
    return {
      family: "",
      text: framed(r, l, `${next}${x}${will}${w}。`, false),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "希望X…": (r, l) => {
    const x = `${l}${pick(r, BUREAUS)}`;
    const w = work(r);
    return {
      family: "",
      text: framed(r, l, `希望${x}${pick(r, ["", "进一步", "再接再厉,"])}${w}。`, false),
      want: [{ leads: [x], co: [], words: head(w) }],
    };
  },
  "希望X(一处地方)…": (r, l) => {
    // A wish for one place or body alone is its work (希望琅琊区在新的一年里要…), as 要求X… is; several places are a
    // visiting leader's general call (NEGATIVE).
    const x = `${pick(r, PLACES)}${pick(r, ["区", "县", "市", "镇", "街道"])}`;
    const w = work(r);
    const form = pick(r, [`希望${x}在新的一年里要${w}。`, `希望${x}进一步${w}。`, `希望${x}${w}。`]);
    return { family: "", text: framed(r, l, form, false), want: [{ leads: [x], co: [], words: head(w) }] };
  },
  "要求施工单位…,同时要求X要负责…(先问非单位)": (r, l) => {
    // A speech asks a builder first (no office), then a named office: the office's 要/负责 opens its own words.
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const party = pick(r, ["施工单位", "参建单位", "监理单位"]);
    const also = pick(r, ["同时要求", "并要求", "还要求"]);
    const form = `${pick(r, SPEAKERS)}听取汇报后,要求${party}要加快施工进度,${also}${x}要${pick(r, ["负责", ""])}${w}。`;
    return { family: "", text: framed(r, l, form, false), want: [{ leads: [x], co: [], words: `${x}要` }] };
  },
  "“项目”(单位)、“项目”(单位)(通报里的引号项目)": (r, l) => {
    // A report naming quoted work items, each followed by its unit in brackets: each a task of that unit.
    const [a, b, c] = units(r, l, 3) as [string, string, string];
    const items = [
      "新开工提标加固海塘18.4公里",
      "公共场所新增AED",
      "老旧小区改造",
      "新建公厕11座",
      "完成回迁安置857户以上",
    ];
    const i1 = pick(r, items);
    const i2 = pick(
      r,
      items.filter((i) => i !== i1),
    );
    const sep = pick(r, ["、", ",", ""]);
    const form = pick(r, [
      `另,“${i1}”(${a})${sep}“${i2}”(${b}、${c})等项目曾因进度滞后被通报,但均能如期完成。`,
      `其中,“${i1}”（${a}）${sep}“${i2}”（${b}、${c}）两个项目提前完成。`,
    ]);
    return {
      family: "",
      text: framed(r, l, form, false),
      want: [
        { leads: [a], co: [], words: i1 },
        { leads: [b], co: [c], words: i2 },
      ],
    };
  },
  "X为牵头单位,Y为协办单位(角色短语)": (r, l) => {
    // A paragraph handing out one work's roles in phrases: the lead, then the co-units in the paragraph's order.
    // (A 配合单位为B、C label run on mid-sentence before more words, …实施方案,配合单位为B、C,各单位要…, the main
    // stages read as a label without the lead's phrase: not yet.)
    const [x, y, z] = units(r, l, 3) as [string, string, string];
    const matter = pick(r, ["该议案办理工作", "轨道交通产业集群推进工作", "该项民生实事"]);
    const lead = pick(r, [`${x}为牵头单位`, `${x}为${matter}的牵头责任单位`, `${x}为${matter}的牵头部门`]);
    const body = pick(r, [
      `${lead},负责拟定总体实施方案。${y}、${z}为协办单位,各单位要互相配合、合力抓好落实。`,
      `${lead},负责拟定总体实施方案。${y}为统筹单位,${z}为配合单位。`,
      `特建立${matter}推进协调机制,王明副${l}长为责任${l}领导,${lead},${y}为统筹单位,配合单位为${z}。`,
    ]);
    const text = [
      `${l}人民政府办公室关于${matter}的实施方案`,
      "为认真做好有关工作,特提出如下方案:",
      body,
    ].join("\n");
    return { family: "", text, want: [{ leads: [x], co: [y, z], words: lead }] };
  },
  "X是…排头兵,要…": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const role = pick(r, ["全市发展的排头兵", "项目建设的主力军", "改革的先行者", "全县经济发展的主战场"]);
    return {
      family: "",
      text: framed(r, l, `${x}是${role},${pick(r, MUST)}${w}。`),
      want: [{ leads: [x], co: [], words: x }],
    };
  },
  "办公室设在Y,负责…": (r, l) => {
    const [y] = units(r, l, 1) as [string];
    const body = pick(r, ["领导小组", "工作专班", "联席会议", "指挥部"]);
    const duty = pick(r, ["负责", "承担", "具体负责", "主要负责"]);
    const seat = `办公室${pick(r, ["设在", "设于"])}${y},${duty}${body}日常工作。`;
    // The decision and the seat on lines of their own, or in one sentence of a speech's paragraph (市委决定成立…领导小组,
    // 领导小组办公室设在…,负责…), the task's words then starting at the office.
    const text = pick(r, [
      [
        `${l}人民政府办公室关于成立${pick(r, TOPICS)}${body}的通知`,
        `为加快推进有关工作,经${l}政府研究,决定成立${body}。`,
        `${body}下设${seat}`,
      ],
      [
        `在${pick(r, TOPICS)}上的讲话`,
        `第一,加强组织领导,压实工作责任。为统筹推进此项工作,${l}委决定成立由${l}委主要负责同志任组长的${body},${body}${seat}各单位要切实扛起主体责任。`,
      ],
    ]).join("\n");
    return { family: "", text, want: [{ leads: [y], co: [], words: "办公室" }] };
  },
  "部门职责清单: A负责…。B负责…(段中,或标题句之后)": (r, l) => {
    // A notice's or a plan's division of labour: each department the subject of its duty, in one paragraph, perhaps
    // after an item's heading sentence (（二）明确工作职责。A负责…). Generic department names (建设部门) or named ones.
    const generic = ["建设部门", "发展改革部门", "财政部门", "民政部门", "环保部门", "审计部门", "林业部门"];
    const names = r() < 0.5 ? units(r, l, 3) : generic.filter(() => r() < 0.6).slice(0, 3);
    if (names.length < 2) names.splice(0, names.length, "财政部门", "审计部门");
    const ws = names.map((_, i) => DUTIES[(i + Math.floor(r() * DUTIES.length)) % DUTIES.length] as string);
    const verb = () => pick(r, ["负责", "具体负责", "主要负责"]);
    const body = names.map((x, i) => `${x}${verb()}${ws[i]}。`).join("");
    const heading = pick(r, [
      "",
      "（二）明确工作职责。",
      "3.职责分工。",
      "二、明确部门职责。",
      "（三）落实工作责任。",
    ]);
    const opening = pick(r, [
      "",
      "各有关部门要按照职责分工认真抓好落实。",
      "省政府每年与各市政府签订目标责任书。",
    ]);
    const text = [
      `${l}人民政府关于加快推进${pick(r, TOPICS)}有关工作的通知`,
      "各有关单位:",
      "为确保各项工作落到实处,现将有关事项通知如下。",
      `${heading}${opening}${body}`,
    ].join("\n");
    return {
      family: "",
      text,
      want: names.map((x, i) => ({ leads: [x], co: [], words: (ws[i] as string).slice(0, 6) })),
    };
  },
  "二是…。下一步,X将…(条目段落里的下一步)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const w = work(r);
    const heading = pick(r, ["二是走访联络增进乡情乡谊。", "（二）强化服务保障。", "3.聚焦项目建设。"]);
    const done = pick(r, ["春节期间,全市累计走访慰问925人次。", "今年以来,累计完成投资12亿元。", ""]);
    const text = [
      `${pick(r, PLACES)}${l}${pick(r, TOPICS)}工作情况`,
      `${heading}${done}下一步,${x}将${w}。`,
    ].join("\n");
    return { family: "", text, want: [{ leads: [x], co: [], words: head(w) }] };
  },
  "X关于对…第N号建议的答复(答复件)": (r, l) => {
    // A body's reply to a delegate's suggestion: the suggestion handed to it is its task, by name.
    const [x] = units(r, l, 1) as [string];
    const topic = pick(r, [
      "加强美丽集镇建设",
      "田间道路建设",
      "改造城区老旧管网",
      "增设学校周边停车位",
      "完善农村客运网络",
    ]);
    const kind = pick(r, ["建议", "提案"]);
    const session = `${pick(r, PLACES)}${l}${pick(r, ["第三届人民代表大会第一次会议", "人大第十五届三次会议", "政协第九届二次会议"])}`;
    const no = 1 + Math.floor(r() * 200);
    const title = `${x}${pick(r, ["关于对", "对"])}${session}第${no}号${kind}的${pick(r, ["答复", "复函"])}`;
    const letter = pick(r, [
      `你们提出的关于${topic}的${kind}(第${no}号),已交我们研究办理,现答复如下:`,
      `你在${session}提出的第${no}号${kind}《关于${topic}的${kind}》,已转交${x}研究办理,现将办理情况答复如下:`,
    ]);
    const meta = pick(r, ["", `索引号 0152-2022-07 发布机构 ${x}\n公开目录 建议提案办理结果\n`]);
    const text = [
      `${meta}${title}`,
      "",
      `${pick(r, ["王明", "李华、赵强"])}代表:`,
      letter,
      "一、基本情况",
      `${x}高度重视,制定了工作方案,已完成部分路段改造。`,
      "二、办理情况",
      pick(r, [
        "下一步,我局将继续加大工作力度,积极争取上级资金支持。",
        `2022年4月30日,${x}制定印发了实施方案,围绕群众关心的问题推进整治。`,
        "感谢您对我们工作的关心和支持。",
      ]),
    ].join("\n");
    return { family: "", text, want: [{ leads: [x], co: [], words: `关于${topic}的${kind}` }] };
  },
  "X:口号 / 署名 / 两句标题段落(表态发言)": (r, l) => {
    // A unit's statement after a meeting: the headline names it (X:slogan), a byline of its secretary, an opening
    // pledge, then paragraphs each opening with a title of two short clauses, the unit's measures after it.
    // (A heading name the reader does not take whole — 县乡村振兴领导小组办公室 — is left out: not this family's rule.)
    const bureau = pick(r, ["发改委", "住建局", "商务局", "教育局", "水利局", "交通运输局"]);
    const x = pick(r, [`${pick(r, PLACES)}${pick(r, TOWNS)}`, `${l}${bureau}`]);
    const titles = [
      "聚焦项目突破,增强经济发展后劲。",
      "凝聚发展合力,加快乡村振兴步伐。",
      "坚持成果共享,推进民生事业发展。",
      "坚决守住底线,全力维护和谐稳定。",
      "强化招商引资,壮大产业规模。",
    ];
    const chosen = titles.filter(() => r() < 0.7).slice(0, 4);
    if (chosen.length < 2) chosen.splice(0, chosen.length, titles[0] as string, titles[3] as string);
    const measures = chosen.map(
      () => `${work(r)},${pick(r, ["力争年内完成", "确保取得实效", "全力完成全年目标任务"])}。`,
    );
    const lines = [
      `${x}:${pick(r, ["拿出“拼”的劲头 铆足“实”的干劲", "奋力开创高质量发展新局面", "扛牢主城区担当"])}`,
      "",
      `${x}党工委书记 ${pick(r, ["王伯元", "李明", "赵刚"])}`,
      "",
      `${l}委全体会议列出了问题清单和具体要求,我们将进一步开拓创新、争先率先、克难奋进,全力完成全年目标任务。`,
      ...chosen.map((t, i) => `\n${t}${measures[i]}`),
    ];
    return {
      family: "",
      text: lines.join("\n"),
      want: chosen.map((t) => ({ leads: [x], co: [], words: t })),
    };
  },
  "决定成立X领导小组…领导小组主要职责是:…(机构的职责)": (r, l) => {
    // A notice setting up a body: its members, then its own duties given to it by its short name.
    const body = pick(r, ["领导小组", "工作专班", "指挥部", "工作组"]);
    const topic = pick(r, [
      "推动省际边界地区高质量发展工作",
      "农业科技园区管理",
      "城市更新攻坚",
      "重点项目建设",
    ]);
    const short = r() < 0.5;
    const duty = pick(r, DUTIES);
    const said = pick(r, [`${body}主要职责是:`, `${body}负责`, `${body}职责为:`, `${body}主要负责`]);
    const text = [
      `${l}人民政府办公室关于成立${pick(r, PLACES)}${l}${topic}${body}的通知`,
      "各有关单位:",
      `为加快推进有关工作,经${l}人民政府同意,决定成立${pick(r, PLACES)}${l}${topic}${body}${short ? `(以下简称“${body}”)` : ""}。组成人员名单如下:`,
      `组  长:王建国(${l}长)`,
      `成  员:${l}发改委、${l}财政局主要负责同志。`,
      `${said}${duty};统筹协调全${l}有关工作。`,
    ].join("\n");
    return { family: "", text, want: [{ leads: [body], co: [], words: `${said}${duty.slice(0, 4)}` }] };
  },
  "针对…问题/提案,X…(办理、整改通报)": (r, l) => {
    // A report on raised problems or proposals, one paragraph each, the unit handling it the next clause's subject.
    const [a, b, c] = units(r, l, 3) as [string, string, string];
    const problems = [
      "针对兴海路4号院老旧小区改造中途停工的问题,",
      "针对关于《加强外卖食品安全监管》等提案,",
      "针对高新四路附近的断头路问题,",
      "围绕关于《着力发展精制茶叶,做响本地茶品牌》等提案,",
    ];
    const p1 = pick(r, problems);
    const p2 = pick(
      r,
      problems.filter((p) => p !== p1),
    );
    const withB = r() < 0.5;
    const did = [
      `${a}${withB ? `联合${b}` : pick(r, ["已", "现场办公,"])}${withB ? "对网络餐饮配送单位加强监管" : "完成了整改"},目前问题已解决。`,
      `${c}${pick(r, ["已就拆迁补偿问题与相关企业达成一致", "承诺两个月内打通断头路", "以产业园为载体,推动产业发展"])}。`,
    ];
    const text = [
      `${l}问政整改情况通报`,
      `为推动问题整改落实,${l}成立5个督导组,跟踪督办问政中曝光的问题。`,
      `${p1}${did[0]}`,
      `${p2}${did[1]}`,
    ].join("\n");
    return {
      family: "",
      text,
      want: [
        { leads: [a], co: withB ? [b] : [], words: p1.slice(0, 8) },
        { leads: [c], co: [], words: p2.slice(0, 8) },
      ],
    };
  },
};

// Unit names that are groups or the whole: a speech's address to everyone, not a named unit.
const COLLECTIVES = [
  "各部门",
  "各级各部门",
  "各有关部门",
  "各单位",
  "全市上下",
  "各部门各单位",
  "各级各部门各单位",
];

/** The look-alikes' sentences: no task given to a named unit. */
export const NEGATIVE: Readonly<Record<string, Family>> = {
  "已完成/开展了(做过的事)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = pick(r, [
      `今年以来,${x}已完成老旧小区改造32个,新增停车泊位1200个。`,
      `${x}开展了河道清理专项行动,清理垃圾300余吨。`,
      `截至目前,${x}累计完成投资12亿元,完成年度计划的56%。`,
      `${x}先后召开专题会议5次,协调解决问题20个。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "各部门要…(集体)": (r, l) => {
    const w = work(r);
    // A named body's groups as a whole (晋江分指挥部各工作组) are a collective too.
    const groups = `${pick(r, PLACES)}${pick(r, ["分指挥部", "指挥部", "领导小组"])}各${pick(r, ["工作组", "专班", "成员单位"])}`;
    return {
      family: "",
      text: framed(r, l, `${pick(r, [...COLLECTIVES, groups])}${pick(r, MUST)}${w}。`),
      want: [],
    };
  },
  只提到单位: (r, l) => {
    const [x, y] = units(r, l, 2) as [string, string];
    const form = pick(r, [
      `会议听取了${x}关于重点项目推进情况的汇报。`,
      `${x}、${y}主要负责同志参加会议。`,
      `在${x}的大力支持下,项目顺利推进。`,
      `${x}局长作了表态发言。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "按照要求,X…(照上级要求做过)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = pick(r, [
      `按照市委要求,${x}加快推进老旧小区改造,目前已完成32个。`,
      `根据上级部署要求,${x}开展了安全生产大检查。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "请/希望/要求 无名之众": (r, l) => {
    const [p1, p2] = [`${pick(r, PLACES)}市`, `${pick(r, PLACES.slice().reverse())}县`];
    const form = pick(r, [
      "请市政协委员和其他列席人员提出意见。",
      "请各位代表审议。",
      `希望${p1}、${p2}坚持稳中求进,进一步巩固拓展发展成果,攻坚克难,努力实现今年经济社会发展目标任务。`,
      "要求施工单位要在确保质量前提下,加快施工进度。",
      "邀请市规划局专家现场指导。",
      `${pick(r, SPEAKERS)}要求,各地各部门要加快推进项目建设。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "施工单位/群众要求X…(他方的请求)": (r, l) => {
    // A party's own request of the government is no work a speech gives: nor a "unit" with the asking verb in it.
    const [x] = units(r, l, 1) as [string];
    const party = pick(r, ["施工单位", "群众", "村民代表", "企业", "业主方"]);
    const form = pick(r, [
      `在视察时,${party}要求${x}要加快进度款拨付,并要求政府督促供电部门迁移妨碍施工的电线杆。`,
      `${party}纷纷要求${x}尽快解决停车难问题。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "希望+无级别地名(不成单位)": (r, l) => {
    // A place written without its level is no office: the wish reads nothing, never a "unit" run on into its verbs.
    const place = pick(r, PLACES);
    const form = pick(r, [
      `希望${place}认真领会把握,用更高标准和更快节奏,创造性地抓好贯彻落实。`,
      `希望${place}切实扛起责任,努力实现今年目标任务。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "“称号”(单位)/一处引语(表彰、出处)": (r, l) => {
    // Honours in quotes with their units (a commendation), or one quote with its source: no task.
    const [a, b] = units(r, l, 2) as [string, string];
    const form = pick(r, [
      `授予“文明单位”(${a})、“先进集体”(${b})称号。`,
      `“全省食品安全示范点”(${a})、“全国文明村镇”(${b}的白沙村)等荣誉相继获得。`,
      `据“老旧小区改造”(${a})专题报道,群众满意度明显提升。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "列第一位的为牵头单位/各牵头单位(约定、集体)": (r, l) => {
    // A notice's convention or its rule for every lead names no body that leads.
    const form = pick(r, [
      "请各单位认真组织实施(责任单位中列第一位的为牵头单位,下同)。",
      "排名第一位为牵头单位,其他为配合单位。",
      "责任单位中逗号前的单位为牵头单位,逗号后的单位为配合单位。",
      "各牵头单位要切实负起牵头抓总的责任,各配合单位为协办单位。",
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "X负责同志/负责人(人)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = pick(r, [
      `会议指出,${x}负责同志汇报了项目进展情况。`,
      `会议强调,${x}负责人参加了现场调研。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "X将…分解(通知的介词)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const said = pick(r, ["", "会议指出,", "经研究,"]);
    const form = `${said}${x}将2024年工作任务分解为15项工作目标,现下达给你们,请认真组织实施。`;
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "下一步,各牵头单位要…(通知的结尾)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = `下一步,各牵头单位要切实负起牵头抓总的主体责任,抢抓工作进度。${x}要会同${l}督查落实办对相关工作进行督导,对严重滞后的事项进行通报。`;
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "X要加强领导(空泛)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    return {
      family: "",
      text: framed(r, l, `${x}要${pick(r, ["加强领导,压实责任", "高度重视,主动作为", "切实加强领导"])}。`),
      want: [],
    };
  },
  "三、…。A要…。B要…(通知条目里的要求)": (r, l) => {
    // A covering notice's requirement item: its bodies' 要 is the notice's call, no share of a breakdown (the look-alike
    // anhui-suzhou-2025's 三、坚持跟踪问效。市财政局要指导…。市审计局要加强…).
    const [a, b] = units(r, l, 2) as [string, string];
    const w1 = work(r);
    const w2 = pick(
      r,
      WORKS.filter((w) => w !== w1),
    );
    const heading = pick(r, ["三、坚持跟踪问效。", "（三）强化督促检查。", "4.加强组织保障。"]);
    const text = [
      `${l}人民政府办公室关于印发2025年民生实事实施方案的通知`,
      "各有关单位:",
      "现将实施方案印发给你们,请认真贯彻落实。",
      `${heading}${a}${pick(r, MUST)}${w1}。${b}${pick(r, MUST)}${w2}。`,
    ].join("\n");
    return { family: "", text, want: [] };
  },
  "A负责同志、B负责的(人、做过的事)": (r, l) => {
    const [a, b] = units(r, l, 2) as [string, string];
    const form = pick(r, [
      `${a}负责同志汇报了工作进展,${b}负责同志作了表态发言。`,
      `${a}负责的老旧小区改造已全部完工,${b}负责的道路工程完成投资3亿元。`,
      `${a}负责人、${b}负责人参加会议。`,
      `由${a}负责的项目已开工,由${b}负责的项目正在招标。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "建议办理的新闻/报告(非答复件)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = pick(r, [
      `${x}召开建议提案办理工作会议,今年共承办人大代表建议32件、政协提案18件,已全部按时答复。`,
      `关于${l}人大第十五届三次会议第5号建议的答复\n你们提出的关于改造老街的建议,已交我们研究办理。`,
      `${x}关于2023年度人大代表建议办理情况的报告\n今年共承办建议45件,其中关于改造老街的建议等已办结。`,
    ]);
    return { family: "", text: form.includes("\n") ? form : framed(r, l, form, false), want: [] };
  },
  "领导小组负责人/未成立机构(非机构职责)": (r, l) => {
    const body = pick(r, ["领导小组", "工作专班", "指挥部"]);
    const form = pick(r, [
      `${body}负责人介绍了前期工作情况,${body}负责同志作了表态发言。`,
      `全${l}已成立${body},${body}负责的12个项目已全部开工。`,
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
  "针对…问题,(只一处/无名单位)": (r, l) => {
    const [x] = units(r, l, 1) as [string];
    const form = pick(r, [
      `针对群众反映的停车难问题,${x}已新增停车泊位1200个。今年以来,全${l}完成老旧小区改造32个。`,
      "针对停车难问题,我们新增停车泊位1200个。\n针对断头路问题,当地已完成拆迁。",
      "针对停车难问题,有关部门新增停车泊位1200个。\n针对断头路问题,各地加快推进拆迁。",
    ]);
    return { family: "", text: framed(r, l, form, false), want: [] };
  },
};

/** `n` variants of each family, seeded. */
export function variants(
  families: Readonly<Record<string, Family>>,
  n: number,
  seed: number,
): ProseVariant[] {
  const out: ProseVariant[] = [];
  for (const [name, make] of Object.entries(families)) {
    const r = seeded(seed + name.length * 7919);
    for (let i = 0; i < n; i++) out.push({ ...make(r, pick(r, LEVELS)), family: name });
  }
  return out;
}
