/**
 * Workbook-level defined names (UnitList → Units[单位]). `names.add` with a structured reference can silently
 * store a fixed address instead (OfficeDev/office-js#740), which would stop the dropdown growing with the
 * table; so the name is made with `addFormulaLocal`, its formula is read back, and repaired when it differs.
 */

import type { NoteCode } from "../core/types";
import type { NamePlan } from "../core/plan/types";
import { op } from "./payload";
import type { WriteOp } from "./payload";

/** Note code: a name still points at a fixed address after the repair. */
export const NOTE_NAME_FIXED_ADDRESS: NoteCode = "name-fixed-address";

/** A name being made, with its item once the creating operation ran. */
interface MadeName {
  readonly plan: NamePlan;
  item: Excel.NamedItem | null;
}

/** Names made in the first request, checked in the second. */
export interface NameState {
  readonly made: MadeName[];
}

/** A new, empty name state. */
export const newNameState = (): NameState => ({ made: [] });

const formulaOf = (n: NamePlan): string => `=${n.refersTo}`;
const same = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

/** Operations (re)making each name: an existing one is deleted first (it may point at a deleted table). */
export function nameOps(
  context: Excel.RequestContext,
  names: readonly NamePlan[],
  existing: ReadonlySet<string>,
  state: NameState,
): WriteOp[] {
  return names.map((n) => {
    const made: MadeName = { plan: n, item: null };
    state.made.push(made);
    const exists = existing.has(n.name.toLowerCase());
    return op(exists ? 4 : 2, [n.name, n.refersTo], () => {
      if (exists) context.workbook.names.getItem(n.name).delete();
      const item = context.workbook.names.addFormulaLocal(n.name, formulaOf(n));
      item.load("formula");
      made.item = item;
    });
  });
}

/** Operations for the second request: a name whose formula came back different is set again and re-read. */
export function repairNameOps(state: NameState): WriteOp[] {
  return state.made.flatMap(({ plan, item }): WriteOp[] => {
    if (!item || same(item.formula, formulaOf(plan))) return [];
    return [
      op(2, plan.refersTo, () => {
        item.formula = formulaOf(plan);
        item.load("formula");
      }),
    ];
  });
}

/** Names whose formula is still not the planned one after the second request. */
export function unrepairedNames(state: NameState): string[] {
  return state.made
    .filter(({ plan, item }) => item && !same(item.formula, formulaOf(plan)))
    .map((m) => m.plan.name);
}
