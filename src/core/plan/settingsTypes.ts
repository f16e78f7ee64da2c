/**
 * The ledger's settings as the plan takes them: its statuses and their colours, what counts as done, the
 * deadline rules, and how it follows the year (the reporting period, the lights, the optional columns).
 * Values and reading them are in settings.ts; the workbook's shapes in types.ts, which names these too.
 */

/** A status and its colour. */
export interface StatusStyle {
  readonly name: string;
  readonly fill: string;
  readonly font: string;
}

/** The ledger's settings: statuses and colours, what counts as done, and the deadline rules. */
export interface LedgerSettings {
  readonly statuses: readonly StatusStyle[];
  /** The status that means done (已完成); overdue rules skip it. */
  readonly doneStatus: string;
  /** Due soon = deadline within this many days. */
  readonly dueSoonDays: number;
  readonly overdueFill: string;
  readonly overdueFont: string;
  readonly dueSoonFill: string;
  /** The year deadlines such as 6月底前 refer to. */
  readonly year: number;
  /** How the year is followed: reporting periods (and, later, lights); absent means the defaults. */
  readonly cycle?: CycleSettings;
}

/** How the ledger follows the year: the reporting period (月 or 季度) used for 实际值 and 期次. */
export interface CycleSettings {
  readonly period: "month" | "quarter";
  /** Light words and thresholds; absent means 绿/黄/红 at 10 and 30 points behind. */
  readonly lights?: LightSettings;
  /** Columns a real 台账 has beyond ours, switched on by the clerk (责任人, 联系电话, 工作措施, 节点目标). */
  readonly columns?: readonly string[];
}

/** The light settings: the three words (on schedule, behind, far behind) and the thresholds in percentage points. */
export interface LightSettings {
  readonly words: readonly [string, string, string];
  /** Behind 序时进度 by more than this many percentage points: the second word (黄). */
  readonly yellowBehind: number;
  /** Behind by more than this many: the third word (红). */
  readonly redBehind: number;
}
