/** The words the target reader knows: measurement units, bound words and the verbs that set a target's kind. */

import type { TargetBound } from "./targetTypes";

/** Units that are whole words; none takes a magnitude (万, 亿) before it. */
const FIXED_UNITS = ["微克/立方米", "毫克/立方米", "毫克/升", "个百分点", "百分点", "%", "‰", "倍"];

/** Units that may follow a magnitude: 亿元, 万亩, 万人次 … */
const BASE_UNITS = [
  "个工作日",
  "工作日",
  "平方公里",
  "平方米",
  "立方米",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "公里",
  "千米",
  "公顷",
  "标箱",
  "美元",
  "人次",
  "小时",
  "分钟",
  "元",
  "米",
  "亩",
  "人",
  "户",
  "家",
  "项",
  "个",
  "座",
  "台",
  "套",
  "件",
  "辆",
  "吨",
  "所",
  "条",
  "处",
  "张",
  "床",
  "栋",
  "幢",
  "株",
  "棵",
  "名",
  "位",
  "篇",
  "部",
  "只",
  "头",
  "场",
  "批",
  "次",
  "天",
  "斤",
  "公斤",
  "班",
  "间",
  "艘",
  "架",
  "宗",
  "笔",
  "册",
  "份",
  "轮",
  "支",
];

const MAGNITUDES = ["", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "万亿"];

/** Every unit, longest first, so that 万人次 wins over 万人 and 个工作日 over 个. */
export const UNITS: readonly string[] = [
  ...FIXED_UNITS,
  ...MAGNITUDES.flatMap((m) => BASE_UNITS.map((b) => m + b)),
].sort((a, b) => b.length - a.length);

/** Counting words after 条 / 项 that make the number a name of a policy (22条政策, 10项举措), not a target. */
export const POLICY_NOUN = /^(?:政策|措施|举措|意见|细则|规定|办法|要求|硬措施)/;

/** Bound words written after the quantity. */
export const BOUND_AFTER: ReadonlyArray<readonly [string, TargetBound]> = [
  ["及以上", "下限"],
  ["以上", "下限"],
  ["以内", "上限"],
  ["之内", "上限"],
  ["以下", "上限"],
  ["左右", null],
];

/** Bound words written before the quantity. */
export const BOUND_BEFORE: ReadonlyArray<readonly [string, TargetBound]> = [
  ["不少于", "下限"],
  ["不低于", "下限"],
  ["不小于", "下限"],
  ["至少", "下限"],
  ["超过", "下限"],
  ["突破", "下限"],
  ["多于", "下限"],
  ["高于", "下限"],
  ["不超过", "上限"],
  ["不高于", "上限"],
  ["不大于", "上限"],
  ["最多", "上限"],
  ["低于", "上限"],
  ["控制在", "上限"],
];

/** What a verb before the number says about the target. */
export type VerbSense = "growth" | "reduce" | "level" | "build";

/** Target verbs; at one position the longest wins (提高到 is a level, 提高 a growth). */
export const VERBS: ReadonlyArray<readonly [string, VerbSense]> = (
  [
    ["增长", "growth"],
    ["增加", "growth"],
    ["提高", "growth"],
    ["提升", "growth"],
    ["上升", "growth"],
    ["压减", "reduce"],
    ["下降", "reduce"],
    ["减少", "reduce"],
    ["降低", "reduce"],
    ["压降", "reduce"],
    ["削减", "reduce"],
    ["缩减", "reduce"],
    ["压缩", "reduce"],
    ["减排", "reduce"],
    ["达到", "level"],
    ["达", "level"],
    ["覆盖", "level"],
    ["突破", "level"],
    ["超过", "level"],
    ["控制在", "level"],
    ["保持在", "level"],
    ["稳定在", "level"],
    ["提高到", "level"],
    ["提高至", "level"],
    ["提升到", "level"],
    ["提升至", "level"],
    ["增至", "level"],
    ["降至", "level"],
    ["降到", "level"],
    ["压缩至", "level"],
    ["压缩到", "level"],
    ["减少到", "level"],
    ["减少至", "level"],
    ["下降到", "level"],
    ["下降至", "level"],
    ["新增", "build"],
    ["新建", "build"],
    ["完成", "build"],
    ["建成", "build"],
    ["建设", "build"],
    ["引进", "build"],
    ["招引", "build"],
    ["认定", "build"],
    ["培育", "build"],
    ["创建", "build"],
    ["腾退", "build"],
    ["盘活", "build"],
    ["改造", "build"],
    ["打造", "build"],
    ["实现", "build"],
    ["培训", "build"],
    ["上线", "build"],
    ["争取", "build"],
    ["投放", "build"],
    ["发放", "build"],
    ["累计", "build"],
    ["开工", "build"],
    ["竣工", "build"],
    ["打通", "build"],
    ["惠及", "build"],
    ["消除", "build"],
    ["治理", "build"],
    ["安置", "build"],
    ["减负", "build"],
    ["举办", "build"],
  ] as ReadonlyArray<readonly [string, VerbSense]>
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Words that open a clause without saying anything about the target. */
export const LEADING_FILLER =
  /^(?:[一二三四五六七八九十]+是|\d+[.、)]|[★☆*]|其中|力争|确保|努力|全年|年内|全力|进一步)+/;

/** Traditional forms of unit and verb characters that the shared folding leaves alone, one to one. */
export const TRADITIONAL_UNITS: Readonly<Record<string, string>> = {
  畝: "亩",
  戶: "户",
  噸: "吨",
  穩: "稳",
  輛: "辆",
  臺: "台",
  處: "处",
  條: "条",
  張: "张",
  減: "减",
  壓: "压",
  達: "达",
};

/** Words that link the indicator to its value and say nothing of their own (达到, 控制在) or are bounds. */
export const TRAILING_LINK =
  /(?:达到|达|为|控制在|保持在|稳定在|提高到|提高至|提升到|提升至|增至|降至|降到|压缩至|压缩到|减少到|减少至|下降到|下降至|不少于|不低于|不小于|至少|超过|突破|多于|高于|不超过|不高于|不大于|最多|低于|各)+$/;
