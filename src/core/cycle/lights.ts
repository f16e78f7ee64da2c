/**
 * Lights (亮灯): a task's colour word against the time elapsed (序时进度). The workbook computes it by formula
 * (lightFormulas.ts), so it is right whenever the file is opened; `taskLight` computes the same in TypeScript for
 * the value a file shows before any recalculation, and for tests.
 */

import type { LedgerSettings, LightSettings } from "../plan/types";
import { cnPunct, zh } from "../text/cnPunct";

/** The light column's header. */
export const LIGHT_COLUMN = "亮灯";
/** The column where the clerk types how far a task has got, 0–100. */
export const RATE_COLUMN = "完成进度(%)";
/** Columns the Tasks table has after the document's, in order: typed progress, then the light formula. */
export const YEAR_TASK_COLUMNS = [RATE_COLUMN, LIGHT_COLUMN] as const;

/** Light schemes offices use. The first is the default. */
export const LIGHT_PRESETS: ReadonlyArray<{ readonly id: string; readonly words: LightSettings["words"] }> = [
  { id: "green", words: ["绿", "黄", "红"] },
  { id: "blue", words: ["蓝", "黄", "红"] },
];

/** The common rule: yellow 10–30 percentage points behind 序时进度, red beyond 30. */
export const DEFAULT_LIGHTS: LightSettings = { words: ["绿", "黄", "红"], yellowBehind: 10, redBehind: 30 };

/** Fill and font of each light word by its meaning. */
export const LIGHT_COLOURS: Readonly<Record<string, { fill: string; font: string }>> = {
  绿: { fill: "#C6EFCE", font: "#006100" },
  蓝: { fill: "#DDEBF7", font: "#1F4E78" },
  黄: { fill: "#FFEB9C", font: "#9C5700" },
  橙: { fill: "#FCD5B4", font: "#974706" },
  红: { fill: "#FFC7CE", font: "#9C0006" },
};

/** The light settings of a ledger, the defaults where none are set. */
export function lightsOf(settings: LedgerSettings): LightSettings {
  return settings.cycle?.lights ?? DEFAULT_LIGHTS;
}

/** Statuses that say the work is behind (滞后, 进度滞后, 严重滞后 …): at least the second light. */
export function behindStatuses(settings: LedgerSettings): string[] {
  return settings.statuses.map((s) => s.name).filter((n) => /滞后|落后|延期|逾期|欠进度/.test(n));
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;

/**
 * 序时进度 of a task on `today`, 0–1: the share of its window, from 1 January of the ledger's year to its due
 * date (31 December when it has none), that has passed.
 * @example scheduleShare("2020-04-01", null, 2020) ≈ 0.249 (91 of 365 days)
 */
export function scheduleShare(today: string, due: string | null, year: number): number {
  const start = day(`${year}-01-01`);
  const end = due ? day(due) : day(`${year}-12-31`);
  return Math.max(0, Math.min(1, (day(today) - start) / Math.max(1, end - start)));
}

/** What the light of a task is computed from. */
export interface LightInput {
  readonly status: string;
  readonly due: string | null;
  /** 完成进度 typed by the clerk, 0–100; null when empty. */
  readonly rate: number | null;
}

/**
 * The light of a task on `today`: done → first word; overdue and not done → third; otherwise the progress
 * (完成进度, or 0 for a task not started, or on schedule when nothing says otherwise) against 序时进度 — behind by
 * more than `yellowBehind` points → second, by more than `redBehind` → third; a 滞后 status is at least second.
 */
export function taskLight(task: LightInput, settings: LedgerSettings, today: string): string {
  const { words, yellowBehind, redBehind } = lightsOf(settings);
  if (task.status === settings.doneStatus) return words[0];
  if (task.due && day(task.due) < day(today)) return words[2];
  const share = scheduleShare(today, task.due, settings.year) * 100;
  const first = settings.statuses[0]?.name;
  const progress = task.rate ?? (task.status === first ? 0 : share);
  const gap = share - progress;
  if (gap > redBehind) return words[2];
  if (gap > yellowBehind || behindStatuses(settings).includes(task.status)) return words[1];
  return words[0];
}

/** The rule in words, for 说明 and the pane's 设置 (Chinese; English where the pane speaks English). */
export function lightRuleText(settings: LedgerSettings, lang: "zh-CN" | "en-US" = "zh-CN"): string[] {
  const { words, yellowBehind, redBehind } = lightsOf(settings);
  const [g, y, r] = words;
  const behind = behindStatuses(settings);
  const first = settings.statuses[0]?.name ?? "未启动";
  if (lang === "en-US")
    return [
      `Lights: ${settings.doneStatus} is ${g}; past its due date and not done is ${r}; otherwise progress is compared with the time elapsed (序时进度: the share of the time from 1 January to the due date, or to 31 December without one): up to ${yellowBehind} points behind is ${g}, ${yellowBehind} to ${redBehind} behind is ${y}, more than ${redBehind} behind is ${r}.`,
      `Progress is the 完成进度(%) column of 任务台账; where it is empty, ${first} counts as 0 and other statuses as on schedule${behind.length > 0 ? `, with ${behind.join(", ")} at least ${y}` : ""}.`,
      `Targets: the latest actual against the target; 累计新增 and 压减 amounts (not in %) against the target × the time elapsed by that period, 增长 and 达到 against the target itself; for an upper bound, the excess counts as behind.`,
    ];
  return [
    zh`亮灯规则:${settings.doneStatus}为${g};超过截止日期仍未完成为${r};其余按序时进度(从1月1日到截止日期已过去的时间比例,没有截止日期的到12月31日)比较完成进度:落后不超过${yellowBehind}个百分点为${g},落后${yellowBehind}至${redBehind}个百分点为${y},落后超过${redBehind}个百分点为${r}。`,
    // The column's name as its header writes it (half-width brackets), the rest with full-width punctuation.
    "完成进度按任务台账“完成进度(%)”" +
      cnPunct(
        `列;未填写时,${first}按0计,其他状态视为达到序时进度${behind.length > 0 ? `,${behind.join("、")}至少为${y}` : ""}。`,
      ),
    zh`量化指标:有实际值的,按最近一期的实际值比较目标值;累计新增、压减类(计量单位不是%)按目标值×该期序时进度比较,增长、达到类直接比较目标值;界限为上限的,超过目标值的幅度按落后计。`,
  ];
}

/**
 * Reads the light words and thresholds as a person writes them on the command line: three words (蓝,黄,红 or
 * 蓝黄红), optionally followed by the two thresholds. Null when it is none of these.
 * @example readLightsOption("蓝,黄,红,15,35") → { words: ["蓝","黄","红"], yellowBehind: 15, redBehind: 35 }
 */
export function readLightsOption(text: string): LightSettings | null {
  const parts = text.split(/[,，、\s]+/).filter(Boolean);
  const separate = parts.length >= 3 && parts.slice(0, 3).every((w) => !/^\d/.test(w));
  const words = separate ? parts.slice(0, 3) : [...(parts[0] ?? "")];
  const numbers = separate ? parts.slice(3) : parts.slice(1);
  if (words.length !== 3 || words.some((w) => /^\d/.test(w))) return null;
  if (numbers.length === 0) return { ...DEFAULT_LIGHTS, words: words as unknown as LightSettings["words"] };
  const [yellow, red] = numbers.map(Number);
  if (numbers.length !== 2 || !(yellow !== undefined && red !== undefined && yellow >= 0 && yellow < red))
    return null;
  return { words: words as unknown as LightSettings["words"], yellowBehind: yellow, redBehind: red };
}
