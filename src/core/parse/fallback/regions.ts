/**
 * Choosing between readings region by region: every table the generic reader finds (tables.ts) is set
 * against what the main stages read on the same lines (plausibility.ts). A table where the main stages read
 * no task is its own part (ids 2:1, 2:2 …); a table they read badly (most rows without units or with names
 * that are no units, or rows run together) is replaced by the generic rows. Each such region gets a
 * `layout-region` finding with its lines and reader, so the clerk checks it.
 */

import type { DocumentPart, ParseIssue, Task } from "../../types";
import type { SourceLine } from "../../text/lines";
import { account, accountsForMore, isSoundTask } from "../plausibility";
import { readTablesGenerically, type TableRead } from "./tables";
import { leaderMultiple, withoutOthers } from "./rowTask";
import { uniqueIds } from "./index";
import { chooseItems, readItems } from "./regionItems";

/** A main reading: its tasks, findings and parts. */
export interface Reading {
  readonly tasks: readonly Task[];
  readonly issues: readonly ParseIssue[];
  readonly parts: readonly DocumentPart[];
}

// Findings of the main stages about lines a region's generic reading replaces: dropped with that reading.
const REPLACED_CODES: ReadonlySet<string> = new Set([
  "task-no-units",
  "units-without-task",
  "unit-unusual",
  "text-unattached",
  "cell-from-above",
  "target-unread",
  "units-inherited",
  "task-unnumbered",
  "number-skipped",
  "number-duplicated",
  "number-restarted",
  "leader-multiple",
]);

/** A stretch of lines another reader read: its lines, its tasks with ids, the finding that says so. */
interface Taken {
  readonly from: number;
  readonly to: number;
  readonly tasks: Task[];
}

/** The main reading with the regions another reader accounts for better read by it (see the file's comment). */
export function chooseRegions(lines: readonly SourceLine[], main: Reading): Reading {
  const tables = readTablesGenerically(lines);
  const byLine = [...main.tasks].sort((a, b) => a.line - b.line);
  const starts = byLine.map((t) => t.line);
  const strayLines = main.issues
    .filter((i) => i.code === "units-without-task" && i.line !== null)
    .map((i) => i.line as number)
    .sort((a, b) => a - b);
  let nextPart = main.parts.reduce((m, p) => Math.max(m, p.index), 1) + 1;
  const taken: Taken[] = [];
  const issues: ParseIssue[] = [];
  const parts: DocumentPart[] = [...main.parts];
  for (const table of tables) {
    const to = table.lastLine;
    const heading = headingAbove(byLine, starts, table.headerLine, table.tasks[0]?.text ?? "");
    const from = heading ? heading.line : table.headerLine;
    const mainTasks = byLine.slice(lowerBound(starts, from), lowerBound(starts, to + 1));
    const own = account(table.tasks);
    if (!accountsForMore(own, account(mainTasks, countIn(strayLines, from, to)))) continue;
    // Never at the cost of a sound main task: each one starts a generic row too.
    // and names no unit that row leaves out (a units line after the table the main stages gave its last row).
    const rows = new Map(table.tasks.map((t) => [t.line, t]));
    if (!mainTasks.every((t) => !isSoundTask(t) || keepsUnits(t, rows.get(t.line)))) continue;
    // Rows where the main stages read nothing are a part of their own, unless a heading above owns them.
    const part = mainTasks[0]?.part ?? nextPart++;
    if (mainTasks.length === 0)
      parts.push({ index: part, title: partTitle(lines, table.headerLine), line: from });
    const prefix = heading ? `${heading.id}.` : part > 1 ? `${part}:` : "";
    const tasks = withIds(table, part, prefix);
    taken.push({ from, to, tasks });
    table.tasks.forEach((t, k) => {
      const id = (tasks[k] as Task).id;
      if (t.others && t.leader) issues.push(leaderMultiple(id, t.line, t.leader, t.others));
    });
    issues.push(regionIssue("table", table.tasks.length, from, to, mainTasks.length, part));
  }
  for (const items of readItems(lines)) {
    const found = chooseItems(
      items,
      byLine,
      starts,
      [...taken].sort((a, b) => a.from - b.from),
    );
    if (!found) continue;
    for (const v of found.taken) taken.push(v);
    issues.push(found.issue);
  }
  if (taken.length === 0) return main;
  const sorted = [...taken].sort((a, b) => a.from - b.from);
  const within = (line: number | null): boolean => line !== null && overlaps(sorted, line, line);
  const kept = main.tasks.filter((t) => !within(t.line));
  return {
    tasks: uniqueIds(
      mergeByLine(
        kept,
        [...taken].sort((a, b) => a.from - b.from),
      ),
    ),
    issues: [...main.issues.filter((i) => !(REPLACED_CODES.has(i.code) && within(i.line))), ...issues],
    parts,
  };
}

/** True when a generic row stands on a main task's line and names every unit the main task names. */
function keepsUnits(
  main: Task,
  row: { readonly leads: readonly string[]; readonly coUnits: readonly string[] } | undefined,
): boolean {
  if (!row) return false;
  const names = new Set([...row.leads, ...row.coUnits]);
  return [...main.leads, ...main.coUnits].every((u) => names.has(u));
}

// Lines between a heading read as a task without units and the table header or items under it.
const HEADING_GAP = 3;

/**
 * The main task right above line `from` that owns what follows it: a heading read as a task without units,
 * or a task with names that are no units that ran on into the region (it holds the first task's text).
 */
export function headingAbove(
  byLine: readonly Task[],
  starts: readonly number[],
  from: number,
  firstText: string,
): Task | null {
  const above = byLine[lowerBound(starts, from) - 1];
  if (!above || above.line < from - HEADING_GAP) return null;
  if (above.leads.length + above.coUnits.length === 0) return above;
  const ranOn = firstText.length >= 4 && above.text.includes(firstText);
  return ranOn && !isSoundTask(above) ? above : null;
}

/** A short line right above a table's header that names it (附件2 …), as its part's title; else null. */
function partTitle(lines: readonly SourceLine[], headerLine: number): string | null {
  let at = 0;
  for (let hi = lines.length; at < hi;) {
    const mid = (at + hi) >> 1;
    if ((lines[mid] as SourceLine).no < headerLine) at = mid + 1;
    else hi = mid;
  }
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) {
    const text = (lines[i] as SourceLine).text.trim();
    if (text === "") continue;
    return text.length <= 40 && /^附件|表$/.test(text) ? text : null;
  }
  return null;
}

/** True when [from, to] meets one of the regions, which are sorted by their first line and do not overlap. */
export function overlaps(
  sorted: ReadonlyArray<{ readonly from: number; readonly to: number }>,
  from: number,
  to: number,
): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { from: number }).from <= to) lo = mid + 1;
    else hi = mid;
  }
  const before = sorted[lo - 1];
  return before !== undefined && before.to >= from;
}

/** How many of the sorted numbers fall in [from, to]. */
export function countIn(sorted: readonly number[], from: number, to: number): number {
  return lowerBound(sorted, to + 1) - lowerBound(sorted, from);
}

/** Index of the first number not below `x` in a sorted list. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The table's tasks with ids: its row numbers (or row order) after the prefix, in its part. */
function withIds(table: TableRead, part: number, prefix: string): Task[] {
  return table.tasks.map((task, r) => {
    const { no, ...rest } = task;
    return { ...withoutOthers(rest), id: `${prefix}${String(no ?? r + 1)}`, part };
  });
}

/** The `layout-region` finding of a region read by another reader: its lines, its tasks, what it replaced, its part. */
export function regionIssue(
  reader: string,
  count: number,
  from: number,
  to: number,
  replaced: number,
  part: number,
): ParseIssue {
  return {
    code: "layout-region",
    severity: "warning",
    line: from,
    params: { reader, count, from, to, replaced, part },
  };
}

/** The kept tasks with each region's tasks put before the first kept task below its first line. */
function mergeByLine(kept: readonly Task[], regions: readonly Taken[]): Task[] {
  const out: Task[] = [];
  let r = 0;
  const flush = (until: number): void => {
    for (; r < regions.length && (regions[r] as Taken).from < until; r++)
      for (const v of (regions[r] as Taken).tasks) out.push(v);
  };
  for (const t of kept) {
    flush(t.line);
    out.push(t);
  }
  flush(Infinity);
  return out;
}
