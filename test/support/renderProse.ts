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
  { name: "(A卖力,B配合)", render: (t, s, o, c) => `${t.text}${o}${t.lead}卖力${co(t, s, ",", "配合")}${c}` },
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
