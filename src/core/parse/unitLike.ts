/**
 * Unit names as the parser's readers judge and split them: as written (splitUnits.ts), or once the unit guard takes
 * off a label, a person or a deadline glued to a name (unitGuard.ts), which the tasks' guard later does. Kept out of
 * splitUnits.ts so that the pane's first load, which splits the ledger's unit cells, does not load the guard.
 */

import * as names from "./splitUnits";
import { cleansToUnit } from "./unitGuard";

/**
 * True when the text reads as the name of an organisation, or does once the guard cleans it.
 * @example isUnitLike("市民政局伍泽国") && isUnitLike("人民银行") && !isUnitLike("含开发区")
 */
export function isUnitLike(raw: string): boolean {
  return names.isUnitLike(raw) || cleansToUnit(raw);
}

/** splitUnits.endsLikeUnit, a name the guard can clean counting as a unit. */
export function endsLikeUnit(raw: string): boolean {
  return names.endsLikeUnit(raw, isUnitLike);
}

/** splitUnits.splitUnitList, a name the guard can clean counting as a unit. */
export function splitUnitList(raw: string): string[] {
  return names.splitUnitList(raw, isUnitLike);
}

/** splitUnits.joinCompounds, a name the guard can clean counting as a unit. */
export function joinCompounds(pieces: readonly string[]): string[] {
  return names.joinCompounds(pieces, isUnitLike);
}

/** splitUnits.splitSpaces, a name the guard can clean counting as a unit. */
export function splitSpaces(s: string): string[] {
  return names.splitSpaces(s, isUnitLike);
}

/** splitUnits.splitConjunctions, a name the guard can clean counting as a unit. */
export function splitConjunctions(name: string): string[] {
  return names.splitConjunctions(name, isUnitLike);
}

/** splitUnits.splitGlued, a name the guard can clean counting as a unit. */
export function splitGlued(name: string): string[] {
  return names.splitGlued(name, isUnitLike);
}
