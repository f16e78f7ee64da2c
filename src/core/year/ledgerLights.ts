/** The 亮灯 and 完成进度(%) columns the ledger and its task lists carry, and the colouring of light words. */

import type { LedgerModel } from "../ledger/types";
import type { CellRange, ConditionalFormatPlan, LedgerSettings } from "../plan/types";
import { LIGHT_COLOURS, lightsOf, taskLight, YEAR_TASK_COLUMNS } from "../cycle/lights";
import { optionalColumnsOf } from "../cycle/optionalColumns";
import { RATE_UNITS, type Target } from "../targets/targetTypes";

/** 任务台账's columns after the document's: the optional ones the settings switch on, then 完成进度(%) and 亮灯. */
export function taskColumnsAfterDocument(settings: LedgerSettings): string[] {
  return [...optionalColumnsOf(settings), ...YEAR_TASK_COLUMNS];
}

/** Today's date, ISO, in local time. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The model with each task's light as of `today` (the value files show before they are recalculated). */
export function withLights(model: LedgerModel, today: string): LedgerModel {
  return {
    ...model,
    tasks: model.tasks.map((t) => ({
      ...t,
      light: taskLight({ status: t.status, due: t.due, rate: t.rate ?? null }, model.settings, today),
    })),
  };
}

/** One fill per light word over a column of lights, applied after `priority` rules already on the sheet. */
export function lightRules(
  settings: LedgerSettings,
  range: CellRange,
  priority: number,
): ConditionalFormatPlan[] {
  if (range.rows <= 0) return [];
  return lightsOf(settings).words.map((w, i) => {
    const colour = LIGHT_COLOURS[w] ?? { fill: "#F3F2F1", font: "#323130" };
    return {
      range,
      rule: { kind: "equals", value: w },
      fill: colour.fill,
      font: colour.font,
      bold: true,
      priority: priority + i,
    };
  });
}

/**
 * A target's light from its latest actual (the same rule as `targetLightFormula`), "" without one.
 * `periods` are the 实际值 periods in order. An amount added through the year is expected pro rata at the
 * latest actual's period, or at period `at` (1-based) when given: the 通报 judges at its own period, so an
 * actual of March still read in June is held to June's share.
 */
export function targetLight(
  target: Target,
  settings: LedgerSettings,
  periods: readonly string[],
  at?: number,
): string {
  const { words, yellowBehind, redBehind } = lightsOf(settings);
  let index = 0;
  let latest: number | null = null;
  periods.forEach((p, i) => {
    const v = target.actuals?.[p];
    if (typeof v === "number") {
      latest = v;
      index = i + 1;
    }
  });
  if (latest === null || target.value === 0) return "";
  const actual: number = latest;
  const scaled = (target.kind === "累计新增" || target.kind === "压减") && !RATE_UNITS.has(target.unit);
  const expected = target.value * (scaled ? Math.max(index, at ?? 0) / periods.length : 1);
  const gap = ((target.bound === "上限" ? actual - target.value : expected - actual) / target.value) * 100;
  return gap > redBehind ? words[2] : gap > yellowBehind ? words[1] : words[0];
}
