/**
 * Which returned forms count for 汇总各单位报送: of the ledger and the period, the latest a unit saved; the others
 * (not a form, another ledger's, another period's, superseded) named with why; and each form's 报送日期.
 */

import type { LedgerModel } from "../ledger/types";
import type { CollectFinding, ReturnRead } from "./collectTypes";
import { ledgerIdOf } from "./dispatch";
import type { FormMeta } from "./form";

export type Form = Extract<ReturnRead, { meta: FormMeta }>;

export const filled = (f: Form): number => f.rows.reduce((n, r) => n + r.fills.length, 0);

/** A form with nothing typed anywhere a unit writes: no fill, no cell beside the table, no column of its own. */
const blank = (f: Form): boolean =>
  filled(f) === 0 && (f.outside ?? []).length === 0 && f.rows.every((r) => (r.others ?? []).length === 0);

/** When a file was saved: as the form records it, else its modification time. */
const savedOf = (r: ReturnRead): string => ("savedAt" in r && r.savedAt) || r.receivedAt;

/** A return's 报送日期 and where it came from (the day of its `receivedAt` when the shell did not say). */
export const datedOf = (f: Form): NonNullable<Form["dated"]> =>
  f.dated ?? { on: f.receivedAt.slice(0, 10), from: "file" };

/** The period collect works on: the one asked for, else the one most returns name; null when none can tell. */
export function periodOfReturns(reads: readonly ReturnRead[], asked: string | null): string | null {
  if (asked) return asked;
  const counts = new Map<string, number>();
  for (const r of reads) if ("meta" in r) counts.set(r.meta.period, (counts.get(r.meta.period) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The returns that count: of a ledger and period, the latest per unit; the others are named with why. */
export function acceptedForms(
  model: LedgerModel,
  reads: readonly ReturnRead[],
  period: string,
  findings: CollectFinding[],
): Form[] {
  const ledgerId = ledgerIdOf(model);
  const latest = new Map<string, { form: Form; i: number }>();
  const lines: Array<{ i: number; finding: CollectFinding }> = [];
  const order = reads
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        savedOf(a.r).localeCompare(savedOf(b.r)) || a.r.receivedAt.localeCompare(b.r.receivedAt) || a.i - b.i,
    );
  const line = (
    i: number,
    code: CollectFinding["code"],
    file: string,
    unit: string,
    entries: number,
    params = {},
  ) => lines.push({ i, finding: { code, file, unit, id: "", cell: "", entries, params } });
  for (const { r, i } of order) {
    if (!("meta" in r)) {
      line(i, "not-return", r.file, "", 0, { reason: r.notReturn });
    } else if (r.meta.ledgerId !== ledgerId) {
      line(i, "other-ledger", r.file, r.meta.unit, filled(r), { title: r.meta.ledgerTitle });
    } else if (r.meta.period !== period) {
      line(i, "other-period", r.file, r.meta.unit, filled(r), { period: r.meta.period, expected: period });
    } else {
      const earlier = latest.get(r.meta.unit);
      // A form sent back blank never replaces one with something in it (a forwarded copy of the blank form).
      if (earlier && blank(r) && !blank(earlier.form)) {
        line(i, "blank-later", r.file, r.meta.unit, 0, { earlier: earlier.form.file });
        continue;
      }
      if (earlier)
        line(earlier.i, "superseded", earlier.form.file, r.meta.unit, filled(earlier.form), {
          later: r.file,
          receivedAt: earlier.form.receivedAt,
          laterAt: r.receivedAt,
        });
      latest.set(r.meta.unit, { form: r, i });
    }
  }
  // Said in the order the files were given.
  findings.push(...lines.sort((a, b) => a.i - b.i).map((l) => l.finding));
  return [...latest.values()].sort((a, b) => a.i - b.i).map((l) => l.form);
}
