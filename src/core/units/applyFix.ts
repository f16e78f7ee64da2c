/** Applying a fix to a cell's current text. Fixes are actions, not new texts, so several on one cell compose. */

import type { FixAction } from "../types";
import { joinCompounds, splitOriginal, splitSpaces } from "../parse/splitUnits";

/** Separators a clerk may have used between units (folded: full-width ones are already half-width). */
const ANY_SEPARATOR = "、,;/\n";

/** Splits a units cell on any separator (not inside brackets), trimming each name; keeps names as typed. */
export function splitCell(text: string): string[] {
  const out: string[] = [];
  // A collective written with 、 inside it (各县、市、区政府) stays one unit.
  for (const piece of joinCompounds(splitOriginal(text, ANY_SEPARATOR))) {
    // Spaces between names separate them too (财政局 发改局); a stray space inside a name does not.
    for (const name of splitSpaces(piece)) out.push(name);
  }
  return out;
}

/**
 * A units cell made clean: names renamed, each unit once (the first time it is listed), `drop` removed, 、 between.
 * @example cleanUnits("交通运输局,交通局", [{ from: "交通运输局", to: "交通局" }], []) === "交通局"
 */
export function cleanUnits(
  text: string,
  renames: ReadonlyArray<{ readonly from: string; readonly to: string }>,
  drop: readonly string[],
): string {
  const to = new Map(renames.map((r) => [r.from, r.to]));
  const out: string[] = [];
  for (const written of splitCell(text)) {
    const name = to.get(written) ?? written;
    if (!drop.includes(name) && !out.includes(name)) out.push(name);
  }
  return out.join("、");
}

/**
 * The cell's text after one fix.
 * @example applyFix("财政局,发改局(服务业局)", { op: "units", renames: [{ from: "发改局(服务业局)", to: "发改局" }], drop: [] }) === "财政局、发改局"
 */
export function applyFix(text: string, action: FixAction): string {
  return cleanUnits(text, action.renames, action.drop);
}
