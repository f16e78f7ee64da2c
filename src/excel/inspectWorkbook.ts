/** What writing a plan would do to the open workbook, for the pane to ask the clerk before it writes. */

import type { SheetKind, WorkbookPlan } from "../core/plan/types";
import type { SyncCounter } from "./events";
import { readInventory } from "./inventory";
import { prepareWrite } from "./prepare";
import { runExcel } from "./run";
import { readApiSupport } from "./support";
import type { WritePreview } from "./types";

/**
 * Generated sheets a write of `plan` (or of its `onlyKinds` sheets) would replace if the clerk agrees, and
 * sheets that stay (a person's, or another kind of ours) and hold a planned name. Two syncs, nothing written.
 */
export async function inspectWorkbook(
  plan: WorkbookPlan,
  onlyKinds?: readonly SheetKind[],
): Promise<WritePreview> {
  return runExcel(async (context) => {
    const counter: SyncCounter = { syncs: 0 };
    const inventory = await readInventory(context, readApiSupport(), counter);
    const { placement } = prepareWrite(plan, inventory, { onlyKinds, replaceGenerated: true });
    return { replaces: placement.replace.map((s) => s.name), clashes: [...placement.clashes] };
  });
}
