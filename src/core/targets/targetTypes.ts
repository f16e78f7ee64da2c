/** Quantitative targets (量化指标) read out of task text: the model the Targets table is built from. */

/** 类型: what the number measures — a growth rate, an amount added during the year, a level, a reduction. */
export type TargetKind = "增长" | "累计新增" | "达到" | "压减";

/** 界限: 下限 (以上, 不少于 …: at least), 上限 (以内, 不超过 …: at most), or none written. */
export type TargetBound = "上限" | "下限" | null;

/** One target as the text writes it. */
export interface TargetReading {
  /** 指标: the phrase that says what is measured (固定资产投资增长, PM2.5年平均浓度). */
  readonly indicator: string;
  /** 目标值. */
  readonly value: number;
  /** 计量单位 (亿元, 家, %, 微克/立方米); empty for an index (两化融合指数达100). */
  readonly unit: string;
  readonly kind: TargetKind;
  readonly bound: TargetBound;
  /** The words of the quantity as written, with their bound (不少于10个, 10%以上). */
  readonly written: string;
  /** The target in the document's words, for 任务台账's 量化指标 (固定资产投资增长10%以上). */
  readonly phrase: string;
}

/** A target of a task: its reading, the task's 编号 and its place among the task's targets (1-based). */
export interface Target extends TargetReading {
  readonly taskId: string;
  readonly seq: number;
  /** 实际值 by period (2026-03, 2026Q1), as the clerk typed them; absent or empty before any is typed. */
  readonly actuals?: Readonly<Record<string, number | string>>;
  /** The row of the Targets table it was read from (0-based, below the header), for the formulas typed there. */
  readonly row?: number;
}

/** Units whose values are rates or levels: compared as they stand, never scaled by the time elapsed. */
export const RATE_UNITS: ReadonlySet<string> = new Set(["%", "‰", "个百分点", "百分点", "倍"]);
