/** What a write of a plan will do, decided from the inventory before anything is written. */

import { withSheetNames } from "../core/workbook/rename";
import type { NamePlan, SheetKind, SheetPlan, WorkbookPlan } from "../core/plan/types";
import { OfficeActionError } from "./errors";
import type { Inventory } from "./inventory";
import { placeSheets } from "./placement";
import { tagValue } from "./tags";
import type { Placement } from "./placement";

/** A write ready to go: the sheets under the names they will have, the names to (re)make, the placement. */
export interface PreparedWrite {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /** Defined names that exist now (lower case): these are deleted before they are made again. */
  readonly existingNames: ReadonlySet<string>;
  readonly placement: Placement;
}

/** The sheets of `plan` a write covers: all, or those of the given kinds. */
export function chosenSheets(plan: WorkbookPlan, onlyKinds: readonly SheetKind[] | undefined): SheetPlan[] {
  return plan.sheets.filter((s) => !onlyKinds || onlyKinds.includes(s.kind));
}

/**
 * Prepares writing `plan` (or only sheets of `onlyKinds`) into the workbook the inventory describes.
 * Defined names are (re)made by a full write, and by a partial one only when missing.
 */
export function prepareWrite(
  plan: WorkbookPlan,
  inventory: Inventory,
  options: { readonly onlyKinds?: readonly SheetKind[]; readonly replaceGenerated: boolean },
): PreparedWrite {
  const chosen = chosenSheets(plan, options.onlyKinds);
  const existingNames = new Set(inventory.names.map((n) => n.toLowerCase()));
  const names = options.onlyKinds
    ? plan.names.filter((n) => !existingNames.has(n.name.toLowerCase()))
    : plan.names;
  const placement = placeSheets(chosen, inventory, {
    kinds: new Set(options.onlyKinds ?? plan.sheets.map((s) => s.kind)),
    replaceGenerated: options.replaceGenerated,
    plannedNames: names.map((n) => n.name),
  });
  const renames = new Map(placement.renamed.map((r) => [r.wanted, r.used]));
  // Generated sheets this write leaves alone keep the names they have (财政局 (2)): 说明 lists those.
  if (options.onlyKinds) {
    for (const planned of plan.sheets) {
      if (options.onlyKinds.includes(planned.kind)) continue;
      const kept = inventory.sheets.find((s) => s.kind === planned.kind && s.key === tagValue(planned.key));
      if (kept && kept.name !== planned.name && !renames.has(planned.name))
        renames.set(planned.name, kept.name);
    }
  }
  const sheets = chosenSheets(withSheetNames(plan, renames), options.onlyKinds);
  return { sheets, names, existingNames, placement };
}

/** Throws before anything is written when the write cannot succeed: a table name held elsewhere, a pivot source missing. */
export function assertWritable(prepared: PreparedWrite): void {
  const { tableConflicts, missingSources } = prepared.placement;
  if (tableConflicts.length > 0) {
    throw new OfficeActionError(
      "TableNameTaken",
      tableConflicts.map((c) => `${c.table} @ ${c.where}`).join(", "),
    );
  }
  if (missingSources.length > 0) throw new OfficeActionError("TableMissing", missingSources.join(", "));
}
