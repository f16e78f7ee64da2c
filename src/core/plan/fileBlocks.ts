/** The blocks a file shell (the .xlsx writers, and the print estimate made for them) writes for a sheet. */

import type { Block, SheetPlan } from "./types";

/**
 * A sheet's own blocks, then each pivot's fallback and its note where the pivot would be (a file holds no
 * pivot), in the plan's order: a later block wins a cell.
 */
export function fileBlocks(sheet: Pick<SheetPlan, "blocks" | "pivots">): Block[] {
  return [
    ...sheet.blocks,
    ...sheet.pivots.flatMap((p): Block[] => [
      ...p.fallback.blocks,
      {
        kind: "values",
        row: p.fallback.noteRow,
        col: p.fallback.noteCol,
        values: [[p.fallback.note]],
        style: "note",
      },
    ]),
  ];
}
