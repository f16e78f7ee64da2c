import fc from "fast-check";

/**
 * Copy transforms: what real copies of a breakdown do to its text (a PDF or Word copy, a Traditional-script mirror,
 * another office's numbering, punctuation and label habits, page marks, a lost indent, CRLF). Each keeps the
 * document's reading: the same tasks with the same leads, co-units and deadlines.
 */
export type Step =
  | { readonly kind: "wrap"; readonly width: number }
  | { readonly kind: "traditional" }
  | { readonly kind: "numbering"; readonly variant: number }
  | { readonly kind: "punct"; readonly variant: number }
  | { readonly kind: "pageMarks"; readonly every: number; readonly style: number }
  | { readonly kind: "spacedHeadings" }
  | { readonly kind: "blankLines"; readonly doubled: boolean }
  | { readonly kind: "crlfBom" }
  | { readonly kind: "gloss"; readonly variant: number }
  | { readonly kind: "labelWords"; readonly variant: number }
  | { readonly kind: "labelColon"; readonly variant: number }
  | { readonly kind: "unitBrackets"; readonly variant: number }
  | { readonly kind: "lostIndent"; readonly variant: number }
  | { readonly kind: "labelSeparator"; readonly variant: number };

// Words in both scripts (simplified / Traditional), pair by pair: the vocabulary's labels and role words, unit
// suffixes, places and the common words of a breakdown. The character map of the transform is zipped from them.
// 标 (目標) is left out, as the parser's map leaves it out for now (src/core/text/traditional.ts says why).
const WORDS = `
牵头单位/牽頭單位 责任单位/責任單位 配合单位/配合單位 协办单位/協辦單位 协作单位/協作單位 参与/參與 会同/會同
责任处室/責任處室 责任部门/責任部門 牵头领导/牽頭領導 责任领导/責任領導 分管领导/分管領導 完成时限/完成時限
时间节点/時間節點 进展情况/進展情況 工作任务/工作任務 重点工作/重點工作 民生实事/民生實事 项目名称/項目名稱
主要内容/主要內容 备注/備註 序号/序號 负责/負責 按职责分工/按職責分工
分别/分別 落实/落實 牵头/牽頭 主办/主辦 协办/協辦 协同/協同 抓总/抓總 主责/主責 支持/支持 指导/指導 督办/督辦
以下/以下 下同/下同 同上/同上 列第一位/列第一位 为/為 与/與 及/及 等/等 有关/有關 相关/相關 各级/各級 各县/各縣
各区/各區 各乡镇/各鄉鎮 各镇/各鎮 街道办事处/街道辦事處 人民政府/人民政府 管委会/管委會 委员会/委員會 办公室/辦公室
发展和改革局/發展和改革局 发展改革委/發展改革委 发改委/發改委 财政局/財政局 财政厅/財政廳 住房和城乡建设局/住房和城鄉建設局
住建局/住建局 自然资源和规划局/自然資源和規劃局 自然资源局/自然資源局 生态环境局/生態環境局 交通运输局/交通運輸局
农业农村局/農業農村局 水利局/水利局 商务局/商務局 文化广电旅游体育局/文化廣電旅遊體育局 文旅局/文旅局 卫生健康委/衛生健康委
卫健局/衛健局 退役军人事务局/退役軍人事務局 应急管理局/應急管理局 审计局/審計局 国资委/國資委 市场监督管理局/市場監督管理局
市场监管局/市場監管局 统计局/統計局 医疗保障局/醫療保障局 城市管理局/城市管理局 城管局/城管局 人力资源和社会保障局/人力資源和社會保障局
人社局/人社局 教育局/教育局 科技局/科技局 工业和信息化局/工業和信息化局 工信局/工信局 经信局/經信局 公安局/公安局 民政局/民政局
司法局/司法局 税务局/稅務局 政务服务数据管理局/政務服務數據管理局 大数据局/大數據局 机关事务管理局/機關事務管理局
党委/黨委 宣传部/宣傳部 组织部/組織部 统战部/統戰部 政法委/政法委 纪委监委/紀委監委 团委/團委 妇联/婦聯 总工会/總工會
残联/殘聯 供销社/供銷社 气象局/氣象局 邮政/郵政 电力/電力 银行/銀行 保险/保險 开发区/開發區 高新区/高新區 园区/園區 集团/集團
投资/投資 城投/城投 融资/融資 林业局/林業局 粮食和物资储备局/糧食和物資儲備局 信访局/信訪局 档案局/檔案局 编办/編辦
县委/縣委 县政府/縣政府 区政府/區政府 乡政府/鄉政府 镇政府/鎮政府 村委会/村委會 居委会/居委會 社区/社區 兵团/兵團 师/師
县长/縣長 区长/區長 市长/市長 副县长/副縣長 书记/書記 局长/局長 主任/主任 处长/處長 科长/科長 领导小组/領導小組 成员单位/成員單位
年底前/年底前 月底前/月底前 上半年/上半年 全年/全年 长期/長期 持续推进/持續推進 年内/年內 完成/完成 开工/開工 竣工/竣工 投用/投用
推进/推進 实施/實施 加强/加強 建设/建設 完善/完善 优化/優化 营商环境/營商環境 监管/監管 综合执法/綜合執法 治理/治理
污染防治/污染防治 开展/開展 组织/組織 协调/協調 调度/調度 督查/督查 考核/考核 报告/報告 数据/數據 网络/網絡 电子/電子
政务公开/政務公開 办事/辦事 经济/經濟 发展/發展 产业/產業 服务/服務 体系/體系 机制/機制 创新/創新 质量/質量 安全/安全 资金/資金
学校/學校 医院/醫院 养老/養老 农村/農村 乡村振兴/鄉村振興 城乡/城鄉 规划/規劃 设施/設施 问题/問題 实现/實現 现代化/現代化
项目/項目 个/個 亿元/億元 万元/萬元 户/戶 亩/畝 处/處 级/級 员/員 这/這 们/們 来/來 将/將 进/進 还/還 过/過 时/時 间/間 关/關
于/於 对/對 从/從 让/讓 给/給 应/應 该/該 条/條 车/車 馆/館 态/態 义/義 东/東 华/華 广/廣 汉/漢 云/雲 贵/貴 辽/遼 苏/蘇 闽/閩
赣/贛 鲁/魯 粤/粵 琼/瓊 陕/陝 宁/寧 庆/慶 阳/陽 岛/島 湾/灣 滨/濱 桥/橋 兴/興 丰/豐 乐/樂 宝/寶 龙/龍 马/馬 绿/綠 红/紅 黄/黃
钢铁/鋼鐵 矿/礦 热/熱 节能/節能 准则/準則 规范/規範 检测/檢測 认证/認證 审批/審批 许可/許可 评价/評價 购买/購買 贸易/貿易
税费/稅費 贷款/貸款 债务/債務 补贴/補貼 奖励/獎勵 贫困/貧困 灾害/災害 护理/護理 药品/藥品 学习/學習 培训/培訓 图书/圖書
档案/檔案 统计/統計 围绕/圍繞 线路/線路 链条/鏈條 带动/帶動 结构/結構 决策/決策 选举/選舉 岗位/崗位 编制/編制 渔业/漁業
艺术/藝術 视听/視聽 新闻/新聞 竞赛/競賽 旅游/旅遊 观光/觀光 粮食/糧食 储备/儲備 仓库/倉庫 快递/快遞 车辆/車輛 轨道/軌道
水闸/水閘 废弃/廢棄 厕所/廁所 厨房/廚房 楼房/樓房 树木/樹木 湿地/濕地 净化/淨化 清洁/清潔 减排/減排 预警/預警 防汛/防汛
风险/風險 隐患/隱患 扫黑除恶/掃黑除惡 禁毒/禁毒 诉讼/訴訟 纠纷/糾紛 维稳/維穩 复工/復工 简化/簡化 双拥/雙擁 两个/兩個
尽快/盡快 远程/遠程 搬迁/搬遷 适用/適用 连续/連續 继续/繼續 断面/斷面 汇报/匯報 账户/賬戶 签订/簽訂 讨论/討論 申请/申請
担当/擔當 实际/實際 绩效/績效 类别/類別 规则/規則 确保/確保 严格/嚴格 扩大/擴大 巩固/鞏固 壮大/壯大 帮扶/幫扶 偿还/償還
赔偿/賠償 处罚/處罰 惩治/懲治 违法/違法 软件/軟件 载体/載體 枢纽/樞紐 诊疗/診療 美丽/美麗 统筹/統籌 谋划/謀劃 战略/戰略
竞争/競爭 权力/權力 干部/幹部 征收/徵收 态势/態勢 获得/獲得 荣誉/榮譽 顾问/顧問 转变/轉變 变化/變化 当地/當地 达到/達到
层级/層級 证书/證書 优先/優先 营销/營銷 质检/質檢 依据/依據 游客/遊客 体育/體育 网点/網點 通讯/通訊 党建/黨建 旧城/舊城
画面/畫面 并且/並且 庄园/莊園 军人/軍人 别的/別的 专项/專項 种植/種植 届时/屆時 见到/見到 议事/議事 记录/記錄 样板/樣板
试验/試驗 选择/選擇 举办/舉辦 产品/產品 转型/轉型 坚持/堅持 动力/動力 队伍/隊伍 重点/重點 实事/實事 报送/報送 运输/運輸
规模/規模 资源/資源 应急/應急 运行/運行 后续/後續 统一/統一 总体/總體 监测/監測 卫生/衛生 农业/農業 环境/環境 财务/財務
税收/稅收 开放/開放 号召/號召 情况/情況 业务/業務 设计/設計 计划/計劃 机构/機構 团队/團隊 场所/場所 属地/屬地 职能/職能
联系/聯繫 长效/長效 县域/縣域 区域/區域 乡镇/鄉鎮 厅局/廳局 处室/處室 人员/人員 级别/級別
`;

const PAIRS: ReadonlyArray<readonly [string, string]> = WORDS.trim()
  .split(/\s+/)
  .map((w) => w.split("/") as [string, string]);

/** Simplified → Traditional, character by character, zipped from the word pairs. */
export const TO_TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [s, t] of PAIRS) {
    const sc = [...s];
    const tc = [...t];
    if (sc.length !== tc.length) throw new Error(`word pair of unequal length: ${s}/${t}`);
    sc.forEach((c, i) => {
      const to = tc[i] as string;
      if (c === to) return;
      const had = m.get(c);
      if (had !== undefined && had !== to) throw new Error(`two Traditional forms for ${c}: ${had}, ${to}`);
      m.set(c, to);
    });
  }
  return m;
})();

/** The word pairs of the map (simplified, Traditional), for tests that check the parser reads them. */
export const TRADITIONAL_WORDS: ReadonlyArray<readonly [string, string]> = PAIRS;

/** Writes the text in Traditional script (the characters the map knows; the others as they are). */
export const toTraditional = (s: string): string =>
  s.replace(/[\u3400-\u9fff]/g, (c) => TO_TRADITIONAL.get(c) ?? c);

/**
 * A PDF or Word copy: every paragraph starts with its first-line indent (two ideographic spaces, unless it has one,
 * or the marks of a lost one), and every line longer than `width` characters is broken into lines of `width`
 * characters.
 */
export function hardWrap(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const chars = [...(line.trim() === "" || /^[\s\u3000?？□]/.test(line) ? line : `\u3000\u3000${line}`)];
      if (chars.length <= width) return [chars.join("")];
      const out: string[] = [];
      for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(""));
      return out;
    })
    .join("\n");
}

// Numbering styles another office writes: each entry rewrites the marker at a line's start.
const NUMBERING: ReadonlyArray<ReadonlyArray<readonly [RegExp, string]>> = [
  [[/^(\s*)([一二三四五六七八九十]{1,3})、/, "$1$2."]],
  [[/^(\s*)（([一二三四五六七八九十]{1,3})）/, "$1($2)"]],
  [[/^(\s*)\(([一二三四五六七八九十]{1,3})\)/, "$1（$2）"]],
  [[/^(\s*)(\d{1,3})[.．](?!\d)/, "$1$2、"]],
  [[/^(\s*)(\d{1,3})(?:、|[.．](?!\d))/, "$1$2）"]],
  [[/^(\s*)(\d{1,3})(?:、|\.(?!\d))/, "$1$2．"]],
  [[/^(\s*)[（(](\d{1,3})[）)]/, "$1$2)"]],
  // 1。: the number set off by the Chinese full stop (a copy whose input method wrote 。 for the dot).
  [[/^(\s*)(\d{1,3})(?:、|[.．])(?!\d)/, "$1$2。"]],
];

/** Rewrites the numbering markers at the start of lines in another office's style (`variant` picks one). */
export function swapNumbering(text: string, variant: number): string {
  const rules = NUMBERING[variant % NUMBERING.length] ?? [];
  return text
    .split("\n")
    .map((line) => rules.reduce((l, [re, to]) => l.replace(re, to), line))
    .join("\n");
}

// Punctuation habits: full-width ↔ half-width colon, comma, brackets; 、 written as ，.
const PUNCT: ReadonlyArray<Readonly<Record<string, string>>> = [
  { "：": ":", "，": ",", "（": "(", "）": ")", "；": ";" },
  { ":": "：", ",": "，", "(": "（", ")": "）", ";": "；" },
  { "、": "，" },
  { "：": ":", "（": "(", "）": ")" },
];

/** Swaps punctuation one way (`variant` picks the habit). */
export function swapPunct(text: string, variant: number): string {
  const map = PUNCT[variant % PUNCT.length] ?? {};
  const keys = Object.keys(map);
  if (keys.length === 0) return text;
  const re = new RegExp(`[${keys.map((k) => (/[()]/.test(k) ? `\\${k}` : k)).join("")}]`, "g");
  // The numbering marker at a line's start (1、 一、) is the numbering's style, not the body's punctuation.
  return text
    .split("\n")
    .map((line) => {
      const marker = /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})、/.exec(line)?.[0] ?? "";
      return marker + line.slice(marker.length).replace(re, (c) => map[c] ?? c);
    })
    .join("\n");
}

// The character-level part of a step, to write the reading's words and the original parse's units the same way.
/** The per-character rewrite a step makes (identity for the steps that move lines, not characters). */
export function charRewrite(step: Step, whole = ""): (s: string) => string {
  if (step.kind === "traditional") return toTraditional;
  if (step.kind === "punct") return (s) => swapPunct(s, step.variant);
  // A task's words may keep its bracket of units and labels.
  if (step.kind === "labelWords") return (s) => swapLabelWords(s, step.variant, whole);
  if (step.kind === "labelColon") return (s) => labelColon(s, step.variant);
  if (step.kind === "unitBrackets") return (s) => unitBrackets(s, step.variant);
  if (step.kind === "labelSeparator") return (s) => labelSeparator(s, step.variant);
  return (s) => s;
}

const PAGE_MARKS: ReadonlyArray<(n: number, of: number) => string> = [
  (n) => `— ${n} —`,
  (n, of) => `第${n}页 共${of}页`,
  (n) => `- ${n} -`,
  (n, of) => `${n}/${of}`,
];

/** Puts a printed page's number between lines every `every` lines (and 附件1 over the first when `style` is odd). */
export function pageMarks(text: string, every: number, style: number): string {
  const lines = text.split("\n");
  const of = Math.ceil(lines.length / every) + 1;
  const mark = PAGE_MARKS[style % PAGE_MARKS.length] as (n: number, of: number) => string;
  const out: string[] = style % 2 === 1 ? ["附件1"] : [];
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % every === 0) out.push(mark((i + 1) / every, of));
  });
  return out.join("\n");
}

/** Spaces out every character of the short headings (一、总体要求 → 一、总 体 要 求) and of a title on the first line. */
export function spaceHeadings(text: string): string {
  return text
    .split("\n")
    .map((line, i) => {
      const m = /^(\s*[一二三四五六七八九十]{1,3}、)([\u3400-\u9fff]{2,12})$/.exec(line);
      if (m) return `${m[1] as string}${[...(m[2] as string)].join(" ")}`;
      const title =
        /^[\u3400-\u9fff]{4,30}$/.test(line) && /(方案|通知|分解|清单|计划|要点|意见|分工)$/.test(line);
      return i === 0 && title ? [...line].join(" ") : line;
    })
    .join("\n");
}

/** Doubles every line break, or removes the blank lines. */
export function blankLines(text: string, doubled: boolean): string {
  return doubled
    ? text.replace(/\n/g, "\n\n")
    : text
        .split("\n")
        .filter((l) => l.trim() !== "")
        .join("\n");
}

// Characters a mirror site glosses with pinyin, in both scripts, and their syllable with its tone mark.
const GLOSSES: ReadonlyMap<string, string> = new Map(
  (
    "发發fā 展展zhǎn 镇鎮zhèn 农農nóng 业業yè 村村cūn 建建jiàn 设設shè 经經jīng 济濟jì 区區qū 县縣xiàn " +
    "市市shì 局局jú 政政zhèng 府府fǔ 改改gǎi 财財cái 教教jiào 育育yù 交交jiāo 通通tōng 水水shuǐ 城城chéng " +
    "管管guǎn 卫衛wèi 生生shēng 康康kāng 环環huán 境境jìng 路路lù 站站zhàn"
  )
    .split(" ")
    .flatMap((w) => [
      [w[0] as string, w.slice(2)],
      [w[1] as string, w.slice(2)],
    ]),
);
const TONES = ["āēīōūǖ", "áéíóúǘ", "ǎěǐǒǔǚ", "àèìòùǜ"];

/** A syllable written with a tone number for its tone mark: zhèn → zhen4. */
function toneNumber(syllable: string): string {
  for (let t = 0; t < TONES.length; t++)
    for (const [k, c] of [...(TONES[t] as string)].entries())
      if (syllable.includes(c)) return syllable.replace(c, "aeiouü"[k] as string) + String(t + 1);
  return syllable;
}

/**
 * Glues a pinyin gloss after each glossed character that another character follows, as mirror sites do:
 * variant 0 鎮(zhèn), 1 鎮（zhèn）, 2 鎮zhèn, 3 鎮(zhen4), 4 鎮zhen4.
 */
export function glossPinyin(text: string, variant: number): string {
  return text.replace(/[\u3400-\u9fff](?=[\u3400-\u9fff])/g, (ch) => {
    const py = GLOSSES.get(ch);
    if (!py) return ch;
    const written = variant >= 3 ? toneNumber(py) : py;
    if (variant === 0 || variant === 3) return `${ch}(${written})`;
    return variant === 1 ? `${ch}（${written}）` : `${ch}${written}`;
  });
}

// A label's words another office writes for the same role, class by class: units listed without roles (the first
// leads), lead units, co-units. A label is its words not run on from other words (主要责任单位 is another label).
const LABEL_WORDS: ReadonlyArray<readonly string[]> = [
  ["责任单位", "责任部门"],
  ["牵头单位", "主办单位"],
  ["配合单位", "协办单位", "协同单位", "参与单位"],
];
const LABEL_AT = (words: readonly string[]) =>
  new RegExp(`(?<![\\u4e00-\\u9fff])(${words.join("|")})(?=\\s*[:：]|】)`, "g");

/**
 * The label words a copy writes otherwise: in each class the document writes one word of, that word becomes the
 * class's word `variant` picks. A class whose words the document tells apart (牵头单位:A;主办单位:B, 主办 there a
 * co-unit's role) is left as written.
 */
function labelPlan(text: string, variant: number): ReadonlyMap<string, string> {
  const plan = new Map<string, string>();
  let v = variant;
  for (const words of LABEL_WORDS) {
    const to = words[v % words.length] as string;
    v = Math.floor(v / words.length);
    const used = words.filter((w) => LABEL_AT([w]).test(text));
    if (used.length === 1) plan.set(used[0] as string, to);
  }
  return plan;
}

/** Writes each unit label in another word of its class (`variant` picks each class's word; `whole`: the document). */
export function swapLabelWords(text: string, variant: number, whole = text): string {
  const plan = labelPlan(whole, variant);
  return text.replace(LABEL_AT(LABEL_WORDS.flat()), (w) => plan.get(w) ?? w);
}

// The labels whose colon a copy writes otherwise, and the ways it writes it.
const COLON_LABELS = [...LABEL_WORDS.flat(), "责任领导", "牵头领导", "完成时限", "时间节点", "责任处室"];
const COLONS = [":", "：", "∶", " ", ""];

/** Writes the colon after each label one way: `:`, `：`, `∶`, a space or none. */
export function labelColon(text: string, variant: number): string {
  const colon = COLONS[variant % COLONS.length] as string;
  const re = new RegExp(`(?<![\\u4e00-\\u9fff])(${COLON_LABELS.join("|")})\\s*[:：]\\s*(?=\\S)`, "g");
  return text.replace(re, (_, label: string) => label + colon);
}

const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ["(", ")"],
  ["（", "）"],
  ["【", "】"],
  ["〔", "〕"],
];
// A bracket of units and roles: it opens with a label or names a role verb.
const UNIT_BRACKET = /[(（]([^()（）\n]*)[)）]/g;
const ROLE_INSIDE = new RegExp(`^(?:${LABEL_WORDS.flat().join("|")})\\s*[:：]|牵头|负责|配合|协办|参与`);

/** Writes the brackets of units and roles in one style: (), （）, 【】 or 〔〕. */
export function unitBrackets(text: string, variant: number): string {
  const [open, close] = BRACKETS[variant % BRACKETS.length] as readonly [string, string];
  return text.replace(UNIT_BRACKET, (whole, inside: string) =>
    ROLE_INSIDE.test(inside) ? `${open}${inside}${close}` : whole,
  );
}

const INDENTS = ["??", "？？", "□□", "\u3000\u3000"];

/** A copy that lost its indent characters: every filled line starts with `??`, `？？`, `□□` or two full-width spaces. */
export function lostIndent(text: string, variant: number): string {
  const mark = INDENTS[variant % INDENTS.length] as string;
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? line : mark + line.replace(/^[\s\u3000]+/, "")))
    .join("\n");
}

const SEPARATORS = ["，", ",", "；"];
// A line that opens with a unit label and its colon (after a number, if any).
const LABEL_LINE = new RegExp(
  `^(\\s*(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）.、．]?)?\\s*(?:${LABEL_WORDS.flat().join("|")})\\s*[:：])(.*)$`,
);

/** The text with each 、 outside brackets written `sep` (a 、 inside a name's bracket, 各县(市、区), is the name's). */
function outsideBrackets(text: string, sep: string): string {
  let depth = 0;
  return [...text]
    .map((c) => {
      if (/[(（【〔]/.test(c)) depth++;
      else if (/[)）】〕]/.test(c) && depth > 0) depth--;
      return c === "、" && depth === 0 ? sep : c;
    })
    .join("");
}

/** Writes each 、 between the units of a label line `，`, `,` or `；`. */
export function labelSeparator(text: string, variant: number): string {
  const sep = SEPARATORS[variant % SEPARATORS.length] as string;
  return text
    .split("\n")
    .map((line) => {
      const m = LABEL_LINE.exec(line);
      return m ? (m[1] as string) + outsideBrackets(m[2] as string, sep) : line;
    })
    .join("\n");
}

/** Applies one step. */
export function applyStep(text: string, step: Step): string {
  switch (step.kind) {
    case "wrap":
      return hardWrap(text, step.width);
    case "traditional":
      return toTraditional(text);
    case "numbering":
      return swapNumbering(text, step.variant);
    case "punct":
      return swapPunct(text, step.variant);
    case "pageMarks":
      return pageMarks(text, step.every, step.style);
    case "spacedHeadings":
      return spaceHeadings(text);
    case "blankLines":
      return blankLines(text, step.doubled);
    case "crlfBom":
      return `\ufeff${text.replace(/\r?\n/g, "\r\n")}`;
    case "gloss":
      return glossPinyin(text, step.variant);
    case "labelWords":
      return swapLabelWords(text, step.variant);
    case "labelColon":
      return labelColon(text, step.variant);
    case "unitBrackets":
      return unitBrackets(text, step.variant);
    case "lostIndent":
      return lostIndent(text, step.variant);
    case "labelSeparator":
      return labelSeparator(text, step.variant);
  }
}

/** The arbitraries of each step kind. */
export const STEP_ARBITRARIES: Readonly<Record<Step["kind"], fc.Arbitrary<Step>>> = {
  wrap: fc.integer({ min: 20, max: 40 }).map((width) => ({ kind: "wrap", width }) as const),
  traditional: fc.constant({ kind: "traditional" } as const),
  numbering: fc
    .nat({ max: NUMBERING.length - 1 })
    .map((variant) => ({ kind: "numbering", variant }) as const),
  punct: fc.nat({ max: PUNCT.length - 1 }).map((variant) => ({ kind: "punct", variant }) as const),
  pageMarks: fc
    .record({ every: fc.integer({ min: 3, max: 40 }), style: fc.nat({ max: 7 }) })
    .map((r) => ({ kind: "pageMarks", ...r }) as const),
  spacedHeadings: fc.constant({ kind: "spacedHeadings" } as const),
  blankLines: fc.boolean().map((doubled) => ({ kind: "blankLines", doubled }) as const),
  crlfBom: fc.constant({ kind: "crlfBom" } as const),
  gloss: fc.nat({ max: 4 }).map((variant) => ({ kind: "gloss", variant }) as const),
  labelWords: fc.nat({ max: 15 }).map((variant) => ({ kind: "labelWords", variant }) as const),
  labelColon: fc.nat({ max: COLONS.length - 1 }).map((variant) => ({ kind: "labelColon", variant }) as const),
  unitBrackets: fc
    .nat({ max: BRACKETS.length - 1 })
    .map((variant) => ({ kind: "unitBrackets", variant }) as const),
  lostIndent: fc
    .nat({ max: INDENTS.length - 1 })
    .map((variant) => ({ kind: "lostIndent", variant }) as const),
  labelSeparator: fc
    .nat({ max: SEPARATORS.length - 1 })
    .map((variant) => ({ kind: "labelSeparator", variant }) as const),
};

/**
 * The steps of one copy in the order a copy makes them: the office's own habits first (label words, the units'
 * separators, the label's colon, brackets), characters then (script, punctuation, numbering), then the lines
 * (headings spaced, blank lines, a paragraph's lost indent, wrapping, page marks), the file's line ends last.
 */
export const ORDER: ReadonlyArray<Step["kind"]> = [
  "labelWords",
  "labelSeparator",
  "labelColon",
  "unitBrackets",
  "traditional",
  "punct",
  "numbering",
  "gloss",
  "spacedHeadings",
  "blankLines",
  "lostIndent",
  "wrap",
  "pageMarks",
  "crlfBom",
];
