/** Reporting periods (期次) of a ledger's year: 2026-01 … 2026-12 by month, 2026Q1 … 2026Q4 by quarter. */

import type { CycleSettings, LedgerSettings } from "../plan/types";

/** The cycle a ledger starts with: monthly reports. */
export const DEFAULT_CYCLE: CycleSettings = { period: "month" };

/** The cycle of a ledger's settings, the default where none is set. */
export function cycleOf(settings: LedgerSettings): CycleSettings {
  return settings.cycle ?? DEFAULT_CYCLE;
}

/**
 * The periods of a year, in order.
 * @example periodsOf(2026, "quarter") → ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
 */
export function periodsOf(year: number, period: CycleSettings["period"]): string[] {
  return period === "quarter"
    ? [1, 2, 3, 4].map((q) => `${year}Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

/**
 * Reads a period as written (2026-03, 2026-3, 2026年3月, 2026Q1, 2026年一季度); null when it is none.
 * @example readPeriod("2026年3月") → "2026-03"; readPeriod("2026Q5") → null
 */
export function readPeriod(text: string): string | null {
  const t = text.trim().replace(/\s+/g, "");
  let m = /^(\d{4})(?:-|\/|年)(\d{1,2})月?$/.exec(t);
  if (m) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? `${m[1]}-${String(mo).padStart(2, "0")}` : null;
  }
  m = /^(\d{4})(?:[Qq]|年第?)([1-4一二三四])(?:季度)?$/.exec(t);
  if (m) {
    const q = "1234".includes(m[2] as string) ? Number(m[2]) : "一二三四".indexOf(m[2] as string) + 1;
    return `${m[1]}Q${q}`;
  }
  return null;
}
