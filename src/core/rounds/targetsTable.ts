/** The Targets table (量化指标) read back: each target with the actuals typed per period. */

import { readNumberText, trimmedText } from "../text/cellText";
import type { LedgerTable, LedgerValue } from "../types";
import type { Target, TargetBound, TargetKind } from "../targets/targetTypes";

const KINDS: readonly string[] = ["增长", "累计新增", "达到", "压减"];

/** A cell as a number when it is one (typed or written as text), else its text. */
const numberOr = (v: LedgerValue | undefined): number | string => {
  if (typeof v === "number") return v;
  const t = trimmedText(v);
  return readNumberText(t) ?? t;
};

/** The targets of a Targets table, by header (实际值2026-03 … for the actuals); rows without 编号 skipped. */
export function targetsFromTable(table: LedgerTable | null): Target[] {
  if (!table) return [];
  const index = new Map(table.header.map((h, i) => [String(h).trim(), i]));
  const actualCols = table.header.flatMap((h, i) => {
    const m = /^实际值(.+)$/.exec(String(h).trim());
    return m ? [[m[1] as string, i] as const] : [];
  });
  return table.rows.flatMap((r): Target[] => {
    const get = (h: string) => {
      const i = index.get(h);
      return i === undefined ? undefined : r[i];
    };
    const id = trimmedText(get("编号"));
    if (id === "") return [];
    const value = numberOr(get("目标值"));
    const kind = trimmedText(get("类型"));
    const bound = trimmedText(get("界限"));
    const actuals = Object.fromEntries(
      actualCols.flatMap(([p, i]) => {
        const v = numberOr(r[i]);
        return v === "" ? [] : [[p, v]];
      }),
    );
    return [
      {
        taskId: id,
        seq: Number(numberOr(get("序号"))) || 1,
        indicator: trimmedText(get("指标")),
        value: typeof value === "number" ? value : 0,
        unit: trimmedText(get("计量单位")),
        kind: (KINDS.includes(kind) ? kind : "达到") as TargetKind,
        bound: (bound === "上限" || bound === "下限" ? bound : null) as TargetBound,
        written: trimmedText(get("原文")),
        phrase: trimmedText(get("原文")),
        actuals,
      },
    ];
  });
}
