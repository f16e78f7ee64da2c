/** The options of `taizhang build` that set the ledger's cycle and statuses, read and checked. */

import { message, type Lang } from "../core/messages";
import { doneFirstOf } from "../core/plan/settings";
import type { CycleSettings, LedgerSettings } from "../core/plan/types";
import { DEFAULT_LIGHTS, readLightsOption } from "../core/cycle/lights";
import { OPTIONAL_COLUMNS, readColumnsOption } from "../core/cycle/optionalColumns";
import { zh } from "../core/text/cnPunct";
import type { BuildArgs } from "./buildCommand";

/**
 * A warning when the status list puts the done status first (`--status 完成,未完成`): tasks start at the
 * first status that is not done instead, and the clerk is told so (the same rule and words as the pane).
 */
export function startsDoneWarning(settings: LedgerSettings, lang: Lang): string | null {
  const problem = doneFirstOf(settings);
  if (!problem) return null;
  return (
    (lang === "zh-CN" ? "注意\uff1a--status " : "Note (--status): ") +
    message("status-done-first", problem, lang)
  );
}

/** The cycle `--period`, `--lights` and `--columns` set, or the line saying what is wrong with them. */
export function cycleOption(args: BuildArgs, lang: Lang): { cycle: CycleSettings } | { error: string } {
  const isZh = lang === "zh-CN";
  const p = args.period?.trim();
  const period =
    !p || /^(月|month|monthly)$/i.test(p)
      ? "month"
      : /^(季|季度|quarter|quarterly)$/i.test(p)
        ? "quarter"
        : null;
  if (period === null)
    return {
      error: isZh
        ? zh`--period 应为“月”或“季度”,而不是“${p ?? ""}”。`
        : `--period must be month or quarter, not "${p ?? ""}".`,
    };
  const lights = args.lights ? readLightsOption(args.lights) : DEFAULT_LIGHTS;
  if (lights === null)
    return {
      error: isZh
        ? zh`--lights 应为三个用词,可跟黄灯、红灯的落后百分点,如 ` +
          "绿,黄,红,10,30" +
          zh`;而不是“${args.lights ?? ""}”。`
        : `--lights must be three words, optionally followed by the yellow and red thresholds, e.g. 绿,黄,红,10,30; not "${args.lights ?? ""}".`,
    };
  const columns = args.columns ? readColumnsOption(args.columns) : { columns: [], unknown: [] };
  if (columns.unknown.length > 0 || (args.columns !== undefined && columns.columns.length === 0))
    return {
      error: isZh
        ? zh`--columns 可选:${OPTIONAL_COLUMNS.join("、")};不认识“${columns.unknown.join("、") || args.columns || ""}”。`
        : `--columns takes ${OPTIONAL_COLUMNS.join(", ")}; not "${columns.unknown.join(", ") || args.columns || ""}".`,
    };
  return { cycle: { period, lights, ...(columns.columns.length > 0 ? { columns: columns.columns } : {}) } };
}
