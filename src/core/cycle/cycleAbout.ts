/** The cycle settings as rows of 说明's About table (报送周期, 亮灯用词, thresholds), and read back from them. */

import type { CycleSettings, LedgerSettings } from "../plan/types";
import type { LedgerValue } from "../types";
import { DEFAULT_LIGHTS, lightsOf } from "./lights";
import { cycleOf } from "./periods";
import { optionalColumnsOf, readColumnsOption } from "./optionalColumns";

/** What the cycle rows read: a ledger model, or anything else that carries settings. */
type WithSettings = { readonly settings: LedgerSettings };

const PERIOD_WORD = { month: "月", quarter: "季度" } as const;

/** About rows of the cycle: label → value for a model. */
export const CYCLE_ROWS = {
  报送周期: (m: WithSettings) => PERIOD_WORD[cycleOf(m.settings).period],
  亮灯用词: (m: WithSettings) => lightsOf(m.settings).words.join("、"),
  黄灯落后百分点: (m: WithSettings) => lightsOf(m.settings).yellowBehind,
  红灯落后百分点: (m: WithSettings) => lightsOf(m.settings).redBehind,
  附加列: (m: WithSettings) => optionalColumnsOf(m.settings).join("、"),
} as const satisfies Record<string, (m: WithSettings) => string | number>;

const text = (v: LedgerValue | undefined): string =>
  v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();

/**
 * The cycle an About table states; null when it states none (a ledger made before these rows). Words that are
 * not three, or thresholds that are not numbers with yellow below red, fall back to the defaults.
 */
export function readCycle(
  get: (label: keyof typeof CYCLE_ROWS) => LedgerValue | undefined,
): CycleSettings | null {
  const period = text(get("报送周期"));
  const words = text(get("亮灯用词"))
    .split(/[、,，/\s]+/)
    .filter(Boolean);
  const yellow = Number(text(get("黄灯落后百分点")));
  const red = Number(text(get("红灯落后百分点")));
  if (period === "" && words.length === 0) return null;
  const thresholds =
    text(get("黄灯落后百分点")) !== "" &&
    Number.isFinite(yellow) &&
    Number.isFinite(red) &&
    yellow >= 0 &&
    yellow < red
      ? { yellowBehind: yellow, redBehind: red }
      : { yellowBehind: DEFAULT_LIGHTS.yellowBehind, redBehind: DEFAULT_LIGHTS.redBehind };
  const columns = readColumnsOption(text(get("附加列"))).columns;
  return {
    period: period === "季度" ? "quarter" : "month",
    ...(columns.length > 0 ? { columns } : {}),
    lights: {
      words: words.length === 3 ? (words as [string, string, string]) : DEFAULT_LIGHTS.words,
      ...thresholds,
    },
  };
}
