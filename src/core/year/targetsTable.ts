/** The `Targets` table read back: the targets as the clerk left them, with the 实际值 typed per period. */

import { readNumberText, trimmedText } from "../text/cellText";
import type { LedgerTable, LedgerValue } from "../types";
import type { Target, TargetBound, TargetKind } from "../targets/targetTypes";
import { TARGET_KINDS } from "./targetsSheet";

const ACTUAL = /^实际值(.+)$/;

const numberOf = (v: LedgerValue | undefined): number | null => {
  if (typeof v === "number") return v;
  return readNumberText(trimmedText(v));
};

/**
 * The targets of a `Targets` table, columns found by header; rows without 编号 are skipped. A table that is
 * not there gives null (read the targets from the task texts). An 实际值 that is no number is kept as text.
 * @example targetsFromTable(table)[0] → { taskId: "3.1", seq: 1, value: 60, unit: "亿元", actuals: { "2020-03": 18 } … }
 */
export function targetsFromTable(table: LedgerTable | null | undefined): Target[] | null {
  if (!table) return null;
  const index = new Map(table.header.map((h, i) => [String(h).trim(), i]));
  const actualColumns = table.header.flatMap((h, i) => {
    const m = ACTUAL.exec(String(h).trim());
    return m ? [[m[1] as string, i] as const] : [];
  });
  const out: Target[] = [];
  for (const [at, row] of table.rows.entries()) {
    const get = (h: string): LedgerValue | undefined => {
      const i = index.get(h);
      return i === undefined ? undefined : row[i];
    };
    const taskId = trimmedText(get("编号"));
    if (taskId === "") continue;
    const actuals: Record<string, number | string> = {};
    for (const [period, i] of actualColumns) {
      const v = row[i];
      const n = numberOf(v);
      if (n !== null) actuals[period] = n;
      else if (trimmedText(v) !== "") actuals[period] = trimmedText(v);
    }
    const kind = trimmedText(get("类型"));
    const bound = trimmedText(get("界限"));
    const phrase = trimmedText(get("原文"));
    out.push({
      taskId,
      seq: numberOf(get("序号")) ?? out.filter((t) => t.taskId === taskId).length + 1,
      indicator: trimmedText(get("指标")),
      value: numberOf(get("目标值")) ?? 0,
      unit: trimmedText(get("计量单位")),
      kind: (TARGET_KINDS as readonly string[]).includes(kind) ? (kind as TargetKind) : "达到",
      bound: bound === "上限" || bound === "下限" ? (bound as TargetBound) : null,
      written: phrase,
      phrase,
      ...(Object.keys(actuals).length > 0 ? { actuals } : {}),
      row: at,
    });
  }
  return out;
}
