/**
 * Choosing between readings item by item: numbered items another reader reads with units (records.ts,
 * proseItems.ts) where the main stages read no task, or only tasks without units, are taken from that
 * reader — when at least two are, so a single stray sentence never is.
 */

import type { ParseIssue, Task } from "../../types";
import type { SourceLine } from "../../text/lines";
import { isSoundTask } from "../plausibility";
import { readRecords } from "./records";
import { readProseItems, type ProseTask } from "./proseItems";
import { lowerBound, regionIssue } from "./regions";

/** One reader's items. */
export interface ItemsRead {
  readonly reader: "records" | "prose";
  readonly tasks: readonly ProseTask[];
}

// Items a reader must account for, where the main stages did not, before any is taken.
const MIN_ITEMS = 2;

/** The items of every item reader, in the order they are tried. */
export function readItems(lines: readonly SourceLine[]): ItemsRead[] {
  return [
    { reader: "records", tasks: readRecords(lines) },
    { reader: "prose", tasks: readProseItems(lines) },
  ];
}

/**
 * The items of one reader to take: sound items (units, every one unit-like) whose lines — from the item to
 * the next item — hold no main task with units and lie in no region taken already. Null below two.
 */
export function chooseItems(
  items: ItemsRead,
  byLine: readonly Task[],
  starts: readonly number[],
  taken: ReadonlyArray<{ readonly from: number; readonly to: number }>,
): { taken: Array<{ from: number; to: number; tasks: Task[] }>; issue: ParseIssue } | null {
  const sorted = [...items.tasks].sort((a, b) => a.line - b.line);
  const out: Array<{ from: number; to: number; tasks: Task[] }> = [];
  let replaced = 0;
  sorted.forEach((item, k) => {
    const from = item.line;
    // Items sharing a line (a page on one line) share its region.
    const next = k + 1 < sorted.length ? (sorted[k + 1] as ProseTask).line - 1 : from + 1;
    const to = Math.max(from, next);
    if (!isSoundTask(item) || taken.some((r) => r.to >= from && r.from <= to)) return;
    const mainTasks = byLine.slice(lowerBound(starts, from), lowerBound(starts, to + 1));
    if (mainTasks.some(isSoundTask)) return;
    const before = byLine[lowerBound(starts, from) - 1];
    const part = mainTasks[0]?.part ?? before?.part ?? 1;
    replaced += mainTasks.length;
    const id = part > 1 ? `${part}:${item.id}` : item.id;
    out.push({ from, to, tasks: [{ ...item, id, part }] });
  });
  if (out.length < MIN_ITEMS) return null;
  const first = out[0] as { from: number };
  const last = out[out.length - 1] as { to: number };
  const part = (out[0] as { tasks: Task[] }).tasks[0]?.part ?? 1;
  return { taken: out, issue: regionIssue(items.reader, out.length, first.from, last.to, replaced, part) };
}
