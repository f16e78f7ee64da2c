/**
 * The light formulas, in Excel's en-US syntax, in both forms a plan needs: A1 with `{r}` for the row and R1C1.
 * They use only IF, AND, OR, NOT, ISNUMBER, MAX, MIN, DATE and TODAY, so Excel, WPS and LibreOffice agree, and
 * IFERROR, INDEX and MATCH to read the year from 说明 (as the unit sheets read 任务台账).
 */

import type { LedgerSettings } from "../plan/types";
import { columnLetter, literal } from "../plan/formulas";
import { behindStatuses, lightsOf } from "../cycle/lights";
import { RATE_UNITS } from "../targets/targetTypes";
import { TABLES } from "../ledger/types";
import { ABOUT_HEADER } from "../ledger/about";

/** A formula in both forms. */
export interface RowFormula {
  readonly a1: string;
  readonly r1c1: string;
}

/** Builds the same formula twice, with a cell reference maker for each form (0-based absolute columns). */
function both(build: (ref: (col: number) => string) => string): RowFormula {
  return {
    a1: build((c) => `$${columnLetter(c)}{r}`),
    r1c1: build((c) => `RC${c + 1}`),
  };
}

/**
 * The ledger's year as the formulas read it: 说明's 时限年度 (the About table's row of that name), so that editing
 * that one cell moves every light; `fallback` (the year the ledger was written with) when the row or the table is
 * gone or holds no number.
 * @example yearFormula(2021) === 'IFERROR(INDEX(About[内容],MATCH("时限年度",About[项目],0))+0,2021)'
 */
export function yearFormula(fallback: number): string {
  return `IFERROR(INDEX(${TABLES.about}[${ABOUT_HEADER[1]}],MATCH("时限年度",${TABLES.about}[${ABOUT_HEADER[0]}],0))+0,${fallback})`;
}

/**
 * A task's light, from its 完成状态, 截止日期 and 完成进度(%) cells in the same row (0-based columns); the
 * same rule as `taskLight`.
 */
export function taskLightFormula(
  settings: LedgerSettings,
  cols: { readonly status: number; readonly due: number; readonly rate: number },
): RowFormula {
  const { words, yellowBehind, redBehind } = lightsOf(settings);
  const [g, y, r] = words.map(literal) as [string, string, string];
  const year = yearFormula(settings.year);
  const first = literal(settings.statuses[0]?.name ?? "");
  const behind = behindStatuses(settings);
  return both((ref) => {
    const s = ref(cols.status);
    const d = ref(cols.due);
    const p = ref(cols.rate);
    const start = `DATE(${year},1,1)`;
    const share = `MAX(0,MIN(1,(TODAY()-${start})/MAX(1,IF(ISNUMBER(${d}),${d},DATE(${year},12,31))-${start})))*100`;
    const gap = `(${share}-IF(ISNUMBER(${p}),${p},IF(${s}=${first},0,${share})))`;
    const lagging = behind.length > 0 ? `,${behind.map((b) => `${s}=${literal(b)}`).join(",")}` : "";
    return (
      `IF(${s}=${literal(settings.doneStatus)},${g},` +
      `IF(AND(ISNUMBER(${d}),${d}<TODAY()),${r},` +
      `IF(${gap}>${redBehind},${r},IF(OR(${gap}>${yellowBehind}${lagging}),${y},${g}))))`
    );
  });
}

/** The columns of a Targets row the target light reads (0-based). */
export interface TargetColumns {
  readonly value: number;
  readonly unit: number;
  readonly kind: number;
  readonly bound: number;
  /** The first 实际值 column and how many periods follow it. */
  readonly firstActual: number;
  readonly periods: number;
}

/** The latest 实际值 of the row (the rightmost number), or "" when none: nested IFs, no array formulas. */
export function latestActualFormula(cols: TargetColumns): RowFormula {
  return both((ref) => {
    let f = `""`;
    for (let k = 0; k < cols.periods; k++) {
      const c = ref(cols.firstActual + k);
      f = `IF(ISNUMBER(${c}),${c},${f})`;
    }
    return f;
  });
}

/**
 * A target's light from its latest 实际值: the shortfall against the target (× the 序时进度 of that period for
 * 累计新增 and 压减 amounts), in points of the target; for 上限 targets, the excess. "" without an actual.
 */
export function targetLightFormula(settings: LedgerSettings, cols: TargetColumns): RowFormula {
  const { words, yellowBehind, redBehind } = lightsOf(settings);
  const [g, y, r] = words.map(literal) as [string, string, string];
  return both((ref) => {
    let latest = `""`;
    let index = "0";
    for (let k = 0; k < cols.periods; k++) {
      const c = ref(cols.firstActual + k);
      latest = `IF(ISNUMBER(${c}),${c},${latest})`;
      index = `IF(ISNUMBER(${c}),${k + 1},${index})`;
    }
    const v = ref(cols.value);
    const u = ref(cols.unit);
    const rate = `OR(${[...RATE_UNITS].map((x) => `${u}=${literal(x)}`).join(",")})`;
    const scaled = `AND(OR(${ref(cols.kind)}="累计新增",${ref(cols.kind)}="压减"),NOT(${rate}))`;
    const expected = `${v}*IF(${scaled},${index}/${cols.periods},1)`;
    const gap = `IF(${ref(cols.bound)}="上限",(${latest}-${v}),(${expected}-${latest}))/${v}*100`;
    return (
      `IF(OR(NOT(ISNUMBER(${latest})),NOT(ISNUMBER(${v})),${v}=0),"",` +
      `IF(${gap}>${redBehind},${r},IF(${gap}>${yellowBehind},${y},${g})))`
    );
  });
}
