/**
 * Applying fixes the clerk chose: the current text of every affected cell is read in one sync, each cell's
 * fixes are composed in order (applyFix works on the current text, so fixes on one cell compose), and the
 * results are written back as text in one sync, with events off so live checks do not see the tool's write.
 */

import { applyFix } from "../core/units/applyFix";
import type { CellRef, Fix } from "../core/types";
import { withEventsOff } from "./events";
import type { SyncCounter } from "./events";
import { asOwnWrite, runExcel } from "./run";

/** Cell values only, all undoable: one Ctrl+Z takes back the whole fix where Excel can group it (1.20). */
const UNDO_GROUP = { undoGroup: true } as const;

/** The fixes of one cell, in the order given. */
interface CellFixes {
  readonly where: CellRef;
  readonly fixes: Fix[];
}

/** Groups fixes by cell, keeping the order of cells and of each cell's fixes. */
export function fixesByCell(fixes: readonly Fix[]): CellFixes[] {
  const cells = new Map<string, CellFixes>();
  for (const fix of fixes) {
    const key = `${fix.where.sheet}\u0000${fix.where.cell.toUpperCase()}`;
    const entry = cells.get(key) ?? { where: fix.where, fixes: [] };
    entry.fixes.push(fix);
    cells.set(key, entry);
  }
  return [...cells.values()];
}

/** Applies `fixes` to the workbook; returns the number of round trips (read, write, events back on). */
export async function applyFixes(fixes: readonly Fix[]): Promise<{ readonly syncs: number }> {
  const cells = fixesByCell(fixes);
  if (cells.length === 0) return { syncs: 0 };
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const counter: SyncCounter = { syncs: 0 };
      await withEventsOff(context, counter, async () => {
        const ranges = cells.map((c) => {
          const range = context.workbook.worksheets.getItem(c.where.sheet).getRange(c.where.cell);
          range.load("values");
          return range;
        });
        await context.sync();
        counter.syncs += 1;

        ranges.forEach((range, i) => {
          const cell = cells[i] as CellFixes;
          const current = range.values[0]?.[0];
          const text = cell.fixes.reduce(
            (t, f) => applyFix(t, f.action),
            current === null || current === undefined ? "" : String(current),
          );
          range.numberFormat = [["@"]];
          range.values = [[text]];
        });
        await context.sync();
        counter.syncs += 1;
      });
      return { syncs: counter.syncs };
    }, UNDO_GROUP),
  );
}
