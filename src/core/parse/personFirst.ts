/**
 * A person named first in a list of units that lead (王明、县商务局牵头 / 张三、李四、县住建局负责): the persons lead
 * as leaders, never as units; the units after them are the list.
 */

import { readPerson, type Person } from "./leader";
import { isUnitLike } from "./unitLike";
import { isSector } from "./sectorNames";

// A person's name: two to four Han characters (a title after it is read by readPerson).
const NAME = /^[\p{Script=Han}·]{2,4}$/u;

/**
 * The persons at the head of a list and the units after them, as written; null when the list does not open with a
 * person followed by a unit.
 * @example personFirst("王明、县商务局") → { person: { name: "王明", … }, units: "县商务局" }
 */
export function personFirst(list: string): { person: Person; units: string } | null {
  const items = list.split(/[、,,]/);
  let k = 0;
  while (k < items.length - 1 && isName((items[k] as string).trim())) k++;
  const rest = items.slice(k);
  if (k === 0 || !rest.every((u) => isUnitLike(u.trim()))) return null;
  const person = readPerson(items.slice(0, k).join("、"));
  if (!person) return null;
  // The units as written, after the persons and their separators.
  const at = items.slice(0, k).reduce((n, s) => n + s.length + 1, 0);
  return { person, units: list.slice(at) };
}

/** True when a list item is a person's name, not a unit's. */
function isName(item: string): boolean {
  return NAME.test(item) && !isUnitLike(item) && !isSector(item) && readPerson(item) !== null;
}

/**
 * A task's leader with another leader named on a later line (牵头领导:张伟, then 配合领导:李强 or 协助领导:赵丽):
 * the first stays the one in charge, the later ones are others beside them.
 */
export function withOthers(leader: Person, more: Person): Person {
  const others = [more.name ?? more.title ?? "", ...more.others].filter((o) => o !== "");
  return { ...leader, others: [...leader.others, ...others] };
}
