/** Array helpers that never spread a list into a call's arguments (150,000 units on one line overflow the stack). */

/**
 * Appends every item of each list to `target`, one by one.
 * @example pushAll(a, [1, 2], [3]) // a now ends with 1, 2, 3
 */
export function pushAll<T>(target: T[], ...lists: ReadonlyArray<readonly T[]>): void {
  for (const list of lists) for (const item of list) target.push(item);
}
