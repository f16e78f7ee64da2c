/**
 * Which sheets a generation rewrites. Unit sheets and 汇总 both count over the `Assignments` table (pivots
 * and COUNTIFS), which is derived from Tasks and Units: it is rewritten with them, and replacing it would
 * break the pivots of any unit sheet or 汇总 not rewritten with it, so the three go together. 说明 lists the
 * sheets, so it is rewritten whenever any sheet is.
 */

import type { SheetKind } from "../core/plan/types";
import type { GenerateParts } from "./services";

/** The kinds rewritten together whenever unit sheets or 汇总 are chosen. */
export const COUNTING_KINDS: readonly SheetKind[] = ["assignments", "summary", "unit"];

/** Generated kinds in the plan's order. */
const ORDER: readonly SheetKind[] = ["assignments", "summary", "leader", "unit", "about"];

/**
 * The sheet kinds a generation of `parts` writes, in plan order; none when no sheet is chosen.
 * @example generationKinds({ units: false, leaders: true, summary: false, formatting: true }) → ["leader", "about"]
 */
export function generationKinds(parts: GenerateParts): SheetKind[] {
  const kinds = new Set<SheetKind>();
  if (parts.units || parts.summary) for (const k of COUNTING_KINDS) kinds.add(k);
  if (parts.leaders) kinds.add("leader");
  if (kinds.size > 0) kinds.add("about");
  return ORDER.filter((k) => kinds.has(k));
}
