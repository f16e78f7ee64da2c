import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths";
import { stillHeldOut } from "./heldOut";

/** A task to write in prose: its words, its one lead and its co-units. */
export interface ProseTask {
  readonly text: string;
  readonly lead: string;
  readonly co: readonly string[];
}

/** The ways a breakdown writes who does a task in prose (docs/layouts.md, F2–F5), given the co-unit separator. */
export const PHRASINGS: ReadonlyArray<{
  readonly name: string;
  readonly render: (t: ProseTask, sep: string, open: string, close: string) => string;
  /** Tasks the phrasing leaves out, where no reader could tell its roles from a task's words (said why there). */
  readonly leaves?: (t: ProseTask) => boolean;
}> = [
  {
    name: "(由A牵头,B配合)",
    render: (t, s, o, c) => `${t.text}${o}由${t.lead}牵头${co(t, s, ",", "配合")}${c}`,
  },
  { name: "(A牵头,B配合)", render: (t, s, o, c) => `${t.text}${o}${t.lead}牵头${co(t, s, ",", "配合")}${c}` },
  {
    name: "(A牵头,B参与)",
    render: (t, s, o, c) => `${t.text}${o}${t.lead}牵头${co(t, s, "，", "参与")}${c}`,
  },
  { name: "(A主办,B协办)", render: (t, s, o, c) => `${t.text}${o}${t.lead}主办${co(t, s, ",", "协办")}${c}` },
  {
    name: "(A会同B负责)",
    render: (t, s, o, c) => `${t.text}${o}${t.lead}${t.co.length ? `会同${t.co.join(s)}` : ""}负责${c}`,
  },
  {
    name: "A负责(B参与)",
    render: (t, s, o, c) => `${t.text}${t.lead}负责${t.co.length ? `${o}${t.co.join(s)}参与${c}` : ""}。`,
  },
  {
    name: "(牵头单位:A;配合单位:B)",
    render: (t, s, o, c) =>
      `${t.text}${o}牵头单位:${t.lead}${t.co.length ? `;配合单位:${t.co.join(s)}` : ""}${c}`,
  },
  {
    name: "(责任单位:A、B)",
    render: (t, s, o, c) => `${t.text}${o}责任单位:${[t.lead, ...t.co].join(s)}${c}`,
  },
  { name: "(A、B)", render: (t, s, o, c) => `${t.text}${o}${[t.lead, ...t.co].join(s)}${c}` },
  {
    name: "牵头单位: / 配合单位: lines",
    render: (t, s) => `${t.text}\n牵头单位：${t.lead}${t.co.length ? `\n配合单位：${t.co.join(s)}` : ""}`,
  },
  { name: "责任单位: line", render: (t, s) => `${t.text}\n责任单位:${[t.lead, ...t.co].join(s)}` },
  {
    name: "…,由A会同B负责落实。",
    render: (t, s) =>
      `${t.text.replace(/。$/, "")},由${t.lead}${t.co.length ? `会同${t.co.join(s)}` : ""}负责落实。`,
  },
  { name: "…。A牵头,B配合。", render: (t, s) => `${t.text}${t.lead}牵头${co(t, s, ",", "配合")}。` },
  {
    name: "(牵头单位:A;配合单位:B) before the words",
    render: (t, s, o, c) =>
      `${o}牵头单位:${t.lead}${t.co.length ? `;配合单位:${t.co.join(s)}` : ""}${c}${t.text}`,
  },
  {
    name: "由A牵头,B参与, before the words",
    render: (t, s) => `由${t.lead}牵头${co(t, s, ",", "参与")},${t.text}`,
  },
  {
    name: "(牵头单位为A,配合单位为B)",
    render: (t, s, o, c) =>
      `${t.text}${o}牵头单位为${t.lead}${t.co.length ? `,配合单位为${t.co.join(s)}` : ""}${c}`,
  },
  {
    name: "(以A为主,B配合)",
    render: (t, s, o, c) => `${t.text}${o}以${t.lead}为主${co(t, s, ",", "配合")}${c}`,
  },
  {
    name: "(主责:A;配合:B)",
    render: (t, s, o, c) => `${t.text}${o}主责:${t.lead}${t.co.length ? `;配合:${t.co.join(s)}` : ""}${c}`,
  },
  // A copy reworded by a synonym tool: role verbs replaced by words the parser does not know (卖力 for 负责).
  {
    name: "(A牵头卖力,B配合)",
    render: (t, s, o, c) => `${t.text}${o}${t.lead}牵头卖力${co(t, s, ",", "配合")}${c}`,
  },
  {
    name: "(A、B按职责分工卖力)",
    render: (t, s, o, c) => `${t.text}${o}${[t.lead, ...t.co].join(s)}按职责分工卖力${c}`,
  },
  // Left out: a lead that is a place's name with no co-units. A bracket of one place and an unknown verb
  // ((凤池社区卖力)) reads as a project's words ((老旧社区改造), (城乡社区治理)) as well as a role.
  {
    name: "(A卖力,B配合)",
    render: (t, s, o, c) => `${t.text}${o}${t.lead}卖力${co(t, s, ",", "配合")}${c}`,
    leaves: (t) => t.co.length === 0 && PLACE_END.test(t.lead),
  },
  // Compound labels: a modifier before the role word (docs/layouts.md, "Compound labels").
  {
    name: "(主要责任单位:A;共同责任单位:B)",
    render: (t, s, o, c) =>
      `${t.text}${o}主要责任单位:${t.lead}${t.co.length ? `;共同责任单位:${t.co.join(s)}` : ""}${c}`,
  },
  {
    name: "直接责任单位: / 其他责任单位: lines",
    render: (t, s) =>
      `${t.text}\n直接责任单位：${t.lead}${t.co.length ? `\n其他责任单位：${t.co.join(s)}` : ""}`,
  },
  {
    name: "牵头单位: / 具体责任单位: lines",
    render: (t, s) => `${t.text}\n牵头单位：${t.lead}${t.co.length ? `\n具体责任单位：${t.co.join(s)}` : ""}`,
  },
  {
    name: "(A为主要责任单位,B为共同责任单位)",
    render: (t, s, o, c) =>
      `${t.text}${o}${t.lead}为主要责任单位${t.co.length ? `,${t.co.join(s)}为共同责任单位` : ""}${c}`,
  },
  {
    name: "承办单位: / 联系单位: lines",
    render: (t, s) => `${t.text}\n承办单位：${t.lead}${t.co.length ? `\n联系单位：${t.co.join(s)}` : ""}`,
  },
];

/** The ends of a place's name (a community, a village, a town, a district), not an office's. */
const PLACE_END = /(社区|村|镇|乡|街道|片区|区|县|市|州|省)$/;

/** The tasks a phrasing writes: all but those it leaves out. */
export function tasksFor(tasks: readonly ProseTask[], phrasing: (typeof PHRASINGS)[number]): ProseTask[] {
  return tasks.filter((t) => !phrasing.leaves?.(t));
}

/** The co-units' clause: `,B、C配合`, or nothing without co-units. */
function co(t: ProseTask, sep: string, comma: string, verb: string): string {
  return t.co.length ? `${comma}${t.co.join(sep)}${verb}` : "";
}

/** Bracket pairs a task's role bracket is written in. */
export const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ["(", ")"],
  ["（", "）"],
  ["〔", "〕"],
  ["【", "】"],
  ["[", "]"],
];
/** Separators between co-units. */
export const SEPARATORS = ["、", "，", ",", "；", " "];

const ROLE_WORDS = /牵头|负责|配合|参与|会同|协办|主办|单位|部门|落实|由/;
const NAME = /^[\u4e00-\u9fff]{3,16}$/;

/**
 * Tasks of the real corpus's readings that can be written again in prose: one lead, at most four co-units,
 * names that are plain words (no brackets or separators), words without role words or brackets.
 */
export function proseTasksOfReadings(): ProseTask[] {
  const dir = join(ROOT, "test", "fixtures", "real");
  const out: ProseTask[] = [];
  const heldOut = stillHeldOut(ROOT);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".reading.json") && !heldOut.has(f.slice(0, -".reading.json".length)))
    .sort()) {
    const reading = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
      breakdown: boolean;
      tasks: Array<{ text: string; leads: string[]; coUnits: string[]; cut?: boolean }>;
    };
    if (!reading.breakdown) continue;
    for (const t of reading.tasks) {
      const lead = t.leads[0];
      const names = [...t.leads, ...t.coUnits];
      const text = t.text.replace(/[\s\u3000]+/g, "").replace(/[。;,，；、]*$/, "");
      if (t.cut || t.leads.length !== 1 || !lead || t.coUnits.length > 4) continue;
      if (!names.every((n) => NAME.test(n)) || new Set(names).size !== names.length) continue;
      // A reading's excerpt may stop inside a title (《…): such words are left out.
      if ((text.match(/《/g) ?? []).length !== (text.match(/》/g) ?? []).length) continue;
      if (
        text.length < 8 ||
        ROLE_WORDS.test(text) ||
        !/^[\u4e00-\u9fff][^()（）[\]【】〔〕:：|\d]*$/.test(text)
      )
        continue;
      out.push({ text: `${text}。`, lead, co: t.coUnits });
    }
  }
  return out;
}

/**
 * A breakdown of the tasks, each written in the phrasing, with the brackets and separators given by its index
 * and the numbering (1. 1、 (1)) by `shift`.
 */
export function renderProse(
  tasks: readonly ProseTask[],
  phrasing: (typeof PHRASINGS)[number],
  shift: number,
): string {
  const body = tasks.map((t, i) => {
    const [open, close] = BRACKETS[(i + shift) % BRACKETS.length] as readonly [string, string];
    const sep = SEPARATORS[(i + shift) % SEPARATORS.length] as string;
    const number = [`${i + 1}.`, `${i + 1}、`, `（${i + 1}）`, `${i + 1}. `][shift % 4] as string;
    return `${number}${phrasing.render(t, sep, open, close)}`;
  });
  return ["甲市2024年重点工作任务分解", "一、重点工作", ...body].join("\n");
}

/** Noise a web page inserts inside a task's words: a random string, a watermark phrase, a source bracket. */
export const INLINE_NOISE = [
  "x3kq",
  "本文来自甲市政府网",
  "（来源：甲市融媒体中心）",
  "a9b2c",
  "转载请注明出处。",
];
/** Lines of page noise between tasks: a random string, a button bar, a share bar, the next article's link. */
export const LINE_NOISE = [
  "kqzx",
  "打印 | 关闭",
  "分享到：微信 微博 QQ空间",
  "【大】【中】【小】",
  "上一篇：甲市召开会议",
];

/**
 * The breakdown renderProse gives, as a page that fights copying gives it: noise inserted in the middle of every
 * task's words, and a line of noise after every other task. The roles are untouched.
 */
export function renderProseNoisy(
  tasks: readonly ProseTask[],
  phrasing: (typeof PHRASINGS)[number],
  shift: number,
): string {
  const noisy = tasks.map((t, i) => {
    const middle = Math.floor(t.text.length / 2);
    const noise = INLINE_NOISE[(i + shift) % INLINE_NOISE.length] as string;
    return { ...t, text: t.text.slice(0, middle) + noise + t.text.slice(middle) };
  });
  return renderProse(noisy, phrasing, shift)
    .split("\n")
    .flatMap((line, k) =>
      k > 1 && k % 2 === 0 ? [line, LINE_NOISE[k % LINE_NOISE.length] as string] : [line],
    )
    .join("\n");
}

/**
 * The tasks under headings of `heads` tasks each, a task's unit bracket running on into the next heading on the
 * same line (…(A牵头)二、…), and with an even `shift` into the next item too (…〔A〕3.…), as a copy that lost line
 * breaks gives them. For phrasings that end in their bracket.
 */
export function renderProseRunOn(
  tasks: readonly ProseTask[],
  phrasing: (typeof PHRASINGS)[number],
  shift: number,
  heads = 3,
): string {
  let text = "甲市2024年重点工作任务分解\n";
  tasks.forEach((t, i) => {
    const [open, close] = BRACKETS[(i + shift) % BRACKETS.length] as readonly [string, string];
    const sep = SEPARATORS[(i + shift) % SEPARATORS.length] as string;
    if (i % heads === 0) text += `${chineseNumeral(Math.floor(i / heads) + 1)}、第${i / heads + 1}组工作\n`;
    text += `${[`${i + 1}.`, `${i + 1}、`][shift % 2] as string}${phrasing.render(t, sep, open, close)}`;
    if (shift % 2 === 1 && (i + 1) % heads !== 0) text += "\n";
  });
  return text;
}

/** The tasks as unnumbered paragraphs with no heading, blank lines between them or not (by `shift`). */
export function renderProseUnnumbered(
  tasks: readonly ProseTask[],
  phrasing: (typeof PHRASINGS)[number],
  shift: number,
): string {
  const body = tasks.map((t, i) => {
    const [open, close] = BRACKETS[(i + shift) % BRACKETS.length] as readonly [string, string];
    return phrasing.render(t, SEPARATORS[(i + shift) % SEPARATORS.length] as string, open, close);
  });
  return ["甲市2024年民生实事项目", ...body].join(shift % 2 === 0 ? "\n" : "\n\n");
}

/** 1–99 in Chinese numerals: 一, 十, 十一, 二十三. */
function chineseNumeral(n: number): string {
  const d = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  const tens = Math.floor(n / 10) % 10;
  if (tens === 0) return d[n] as string;
  return `${tens > 1 ? (d[tens] as string) : ""}十${d[n % 10] as string}`;
}
