/**
 * Choosing between readings item by item: numbered items another reader reads with units (records.ts,
 * proseItems.ts) where the main stages read no task, or only tasks without units, are taken from that
 * reader — when at least two are, so a single stray sentence never is.
 */

import type { ParseIssue, Task } from "../../types";
import type { SourceLine } from "../../text/lines";
import { isSoundTask } from "../plausibility";
import { readRecords } from "./records";
import { itemTask, readProseItems, type ProseTask } from "./proseItems";
import { headingAbove, lowerBound, overlaps, regionIssue } from "./regions";
import { readLeadLists } from "./leadList";
import { readProseParagraphs } from "./proseParagraphs";
import { readOfficeSeats } from "./officeSeat";
import { readQuotedUnits } from "./quotedUnits";

/** One reader's items. */
export interface ItemsRead {
  readonly reader: "records" | "prose";
  readonly tasks: readonly ProseTask[];
  /** Items needed before any is taken, when not MIN_ITEMS (a reader whose one item is evidence enough). */
  readonly min?: number;
}

/** Lines of the main reading an item reader takes over, with the tasks it gives there. */
interface Taken {
  readonly from: number;
  readonly to: number;
  tasks: Task[];
}

// Items a reader must account for, where the main stages did not, before any is taken.
const MIN_ITEMS = 2;

/** The items of every item reader, in the order they are tried. */
export function readItems(lines: readonly SourceLine[]): ItemsRead[] {
  return [
    { reader: "records", tasks: readRecords(lines) },
    { reader: "prose", tasks: readProseItems(lines) },
    // Items after a sentence naming the lead of them all (以下事项由X牵头:), where the main stages read no units.
    { reader: "prose", tasks: readLeadLists(lines) },
    // Unnumbered paragraphs each closed by a role bracket or naming their unit in prose (由X负责的…).
    { reader: "prose", tasks: readProseParagraphs(lines) },
    // A set-up body's office seated in a bureau with its duty (办公室设在X局,负责…): one is evidence enough.
    { reader: "prose", tasks: readOfficeSeats(lines), min: 1 },
    // Items a report names in quotes, each with a bracket of its units (“新增AED”(市红十字会)、…): two on a line.
    { reader: "prose", tasks: readQuotedUnits(lines) },
  ];
}

/**
 * The items of one reader to take: sound items (units, every one unit-like) whose lines — from the item to
 * the next item — hold no sound main task and lie in no region taken already (`taken`, sorted by first
 * line). Null below two (or the reader's own minimum).
 */
export function chooseItems(
  items: ItemsRead,
  byLine: readonly Task[],
  starts: readonly number[],
  taken: ReadonlyArray<{ readonly from: number; readonly to: number }>,
): { taken: Taken[]; issue: ParseIssue } | null {
  const sorted = [...items.tasks].sort((a, b) => a.line - b.line);
  const out: Taken[] = [];
  let replaced = 0;
  const replacedIds: string[] = [];
  sorted.forEach((item, k) => {
    const from = item.line;
    // Items sharing a line (a page on one line) share its region.
    const next = k + 1 < sorted.length ? (sorted[k + 1] as ProseTask).line - 1 : item.end;
    const to = Math.max(from, next);
    if (!isSoundTask(item) || overlaps(taken, from, to)) return;
    const mainTasks = byLine.slice(lowerBound(starts, from), lowerBound(starts, to + 1));
    if (mainTasks.some(isSoundTask)) return;
    const before = byLine[lowerBound(starts, from) - 1];
    const part = mainTasks[0]?.part ?? before?.part ?? 1;
    replaced += mainTasks.length;
    replacedIds.push(...mainTasks.map((t) => t.id));
    const id = part > 1 ? `${part}:${item.id}` : item.id;
    out.push({ from, to, tasks: [itemTask(item, id, part)] });
  });
  if (out.length < (items.min ?? MIN_ITEMS)) return null;
  // A heading the main stages read as a task without units right above the items: the items are its own.
  const first = (out[0] as Taken).from;
  const heading = headingAbove(byLine, starts, first, out[0]?.tasks[0]?.text ?? "");
  const tasks = out.flatMap((r) => r.tasks);
  const part = heading ? heading.part : (tasks[0] as Task).part;
  // Else the section of the main tasks replaced (2.2 under 二、): the items are numbered under it too.
  const section = heading ? `${heading.id}.` : sharedSection(replacedIds);
  if (section !== null) {
    const prefix = section;
    for (const r of out)
      r.tasks = r.tasks.map((t) => {
        const own = t.id.replace(/^\d+:/, "");
        return { ...t, id: own.startsWith(prefix) ? own : prefix + own, part };
      });
    if (heading) out.unshift({ from: heading.line, to: heading.line, tasks: [] });
  }
  const issue = regionIssue(
    items.reader,
    tasks.length,
    out[0]?.from ?? first,
    (out[out.length - 1] as Taken).to,
    replaced + (heading ? 1 : 0),
    part,
  );
  return { taken: out, issue };
}

/** The numbering path (`2.`) that every one of the replaced tasks' ids sits under, or null. */
function sharedSection(ids: readonly string[]): string | null {
  const sections = new Set(ids.map((id) => id.slice(0, id.lastIndexOf(".") + 1)));
  const only = sections.size === 1 ? [...sections][0] : null;
  return only ? only : null;
}
