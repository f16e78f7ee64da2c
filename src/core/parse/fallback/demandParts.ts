/**
 * What the readers of a named unit's demand in a retold speech share (namedDemand.ts, askedDemand.ts, ledDemand.ts):
 * whether the names are named offices, where a run of names ends before its work, and whether the words are a work
 * item at all.
 */

import { fold, splitTopLevel } from "../../text/fold";
import { isCollective } from "../splitUnits";
import { endsLikeUnit, splitUnitList } from "../unitLike";
import { BARE_EXHORTATION, CHECKING_OFFICE, UNNAMED_SUBJECT } from "../dutyWords";
import { ASKING_INSIDE, WORK_ADVERB } from "../vocabulary";

/**
 * True when the first unit is a named office and the others are named offices or groups helping it (自治区政府办公厅和
 * 有关部门): no group, checking office, people or kind of body first.
 */
export function namedFirst(units: readonly string[]): boolean {
  const notOffice = (u: string) =>
    isCollective(u) ||
    CHECKING_OFFICE.test(fold(u)) ||
    UNNAMED_SUBJECT.test(fold(u)) ||
    ASKING_INSIDE.test(fold(u));
  const [first, ...rest] = units;
  return first !== undefined && !notOffice(first) && rest.every((u) => isCollective(u) || !notOffice(u));
}

/** True when the words hold a work item: a clause that is not a bare exhortation. */
export function workItem(words: string): boolean {
  return splitTopLevel(words.replace(/[。;]$/, ""), ",").some((c) => {
    const t = c.trim();
    return t.length > 0 && !BARE_EXHORTATION.test(t);
  });
}

// The longest run of names read before a unit's work.
const MAX_NAMES = 40;

/**
 * The unit names a text opens with, ended where `next` matches what follows (the shortest run whose names all end like
 * units: 区应急管理局 in 区应急管理局抓好重点企业帮扶, not the longer run ending in 企业), and how long they are; null when no
 * such run opens the text. Linear: at most MAX_NAMES lengths are tried.
 */
export function namesBefore(text: string, next: RegExp): { units: string[]; length: number } | null {
  const f = fold(text);
  for (let k = 2; k <= Math.min(MAX_NAMES, f.length - 1); k++) {
    const names = text.slice(0, k);
    if (/[,;。:“”\s]/.test(fold(names)) || WORK_ADVERB.test(fold(names))) return null;
    if (/[、和及与]$/.test(names) || !next.test(f.slice(k))) continue;
    const units = splitUnitList(names);
    if (units.length > 0 && units.every((u) => endsLikeUnit(u))) return { units, length: k };
  }
  return null;
}
