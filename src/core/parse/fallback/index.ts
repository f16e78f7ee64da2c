/**
 * The last-resort reading of a document in which the main stages found no task: a table whose cell borders
 * were lost (glued.ts), where its columns can be told apart; header-anchored tables in
 * any flattening (tables.ts), vertical `label: value` records (records.ts), then numbered items with prose
 * roles (proseItems.ts). Each demands real evidence — a header naming a column of units, a units label, or
 * role words with unit-looking names — so a look-alike still gives nothing.
 */

import type { ParseIssue, Task } from "../../types";
import type { SourceLine } from "../../text/lines";
import { readTablesGenerically } from "./tables";
import { leaderMultiple, withoutOthers } from "./rowTask";
import { readRecords } from "./records";
import { itemTask, readProseItems, type ProseTask } from "./proseItems";
import { readGlued } from "./glued";
import { readProseParagraphs } from "./proseParagraphs";
import { readLeadLists } from "./leadList";
import { readGluedProjects } from "./gluedProjects";
import { readGluedProgress } from "./gluedProgress";
import { readGluedRows } from "./gluedRows";
import { readColumnItems } from "./columnItems";
import { readQuotedTasks } from "./quotedTasks";
import { readOfficeProfile } from "./officeProfile";
import { readUnitWorkLists } from "./unitWorkList";
import { readUnitTitledItems } from "./unitTitledItems";
import { readLedItems } from "./ledItems";
import { readBareBrackets } from "./bareBrackets";
import { readQuotedUnits } from "./quotedUnits";
import { readAreaDemands } from "./areaDemands";
import { readNamedDemands } from "./namedDemand";
import { readOfficeSeats } from "./officeSeat";
import { readBodyDuties } from "./bodyDuty";
import { readSubjectDemands } from "./subjectDemands";
import { readAddressedProblems } from "./addressedProblems";
import { readClusterDemands } from "./clusterDemands";
import { readPersonItems } from "./personItems";
import { readSuggestionReplies } from "./suggestionReply";

/** Which generic reader read the document. */
export type GenericReader = "table" | "records" | "prose" | "glued";

/** Tasks read generically, by which reader, and the line where the reading starts. */
export interface GenericReading {
  readonly reader: GenericReader;
  readonly tasks: readonly Task[];
  readonly line: number | null;
  /** Findings about the tasks read (a row naming several leaders). */
  readonly issues?: readonly ParseIssue[];
}

// A table or prose must give at least this many tasks to be believed; a record names its own units label.
const MIN_TASKS = 2;

/** Reads the lines generically; null when no reader finds enough evidence. */
export function readGenerically(lines: readonly SourceLine[]): GenericReading | null {
  // A table whose cell borders were lost, where its columns can be told apart (a key-project table by its
  // header's order and how names end).
  const glued =
    readGlued(lines) ?? readGluedProgress(lines) ?? readGluedProjects(lines) ?? readGluedRows(lines);
  if (glued)
    return {
      reader: "glued",
      tasks: uniqueIds(
        glued.tasks.map(({ no, sub, ...t }) => ({
          ...t,
          id: sub === null ? String(no) : `${no}.${sub}`,
          part: 1,
        })),
      ),
      line: glued.line,
    };
  const tables = readTablesGenerically(lines);
  const read = tables.flatMap((t, k) => t.tasks.map((task, r) => ({ task, k, r })));
  const rows = read.map(({ task, k, r }) => {
    const { no, ...rest } = task;
    const own = String(no ?? r + 1);
    return { ...withoutOthers(rest), id: k === 0 ? own : `${k + 1}:${own}`, part: 1 };
  });
  if (rows.length >= MIN_TASKS) {
    const tasks = uniqueIds(rows);
    const issues = read.flatMap(({ task }, i) =>
      task.others && task.leader
        ? [leaderMultiple((tasks[i] as Task).id, task.line, task.leader, task.others)]
        : [],
    );
    return { reader: "table", tasks, line: tables[0]?.headerLine ?? null, issues };
  }
  // A matrix of targets by place whose items are its columns, with a units row (columnItems.ts).
  const columns = readColumnItems(lines);
  if (columns.length >= MIN_TASKS) return itemReading("table", columns, true);
  const records = readRecords(lines);
  if (records.length > 0) return itemReading("records", records, true);
  // A body's reply to a delegate's suggestion: the suggestion, led by the body (suggestionReply.ts); one is enough.
  const replies = readSuggestionReplies(lines);
  if (replies.length > 0) return itemReading("prose", replies, true);
  const prose = readProseItems(lines);
  if (prose.length >= MIN_TASKS) return itemReading("prose", prose, true);
  // Numbered items after a sentence that names the lead of them all (leadList.ts).
  const listed = readLeadLists(lines);
  if (listed.length >= MIN_TASKS) return itemReading("prose", listed, true);
  // An office's profile: its numbered functions under their label, the office defined above (officeProfile.ts).
  const profile = readOfficeProfile(lines);
  if (profile.length > 0) return itemReading("prose", profile, true);
  // A report quoting a plan's tasks by number, each with its roles after it (quotedTasks.ts).
  const quoted = readQuotedTasks(lines);
  if (quoted.length > 0) {
    const reading = itemReading("prose", quoted, true);
    const issues = quoted.flatMap((t, i) =>
      t.others && t.leader ? [leaderMultiple((reading.tasks[i] as Task).id, t.line, t.leader, t.others)] : [],
    );
    return { ...reading, issues };
  }
  // A report's prose naming items of a list by their lead: A牵头的第1项“…”,…;B牵头的第4项“…” (ledItems.ts).
  const led = readLedItems(lines);
  if (led.length >= MIN_TASKS) return itemReading("prose", led, true);
  // Unnumbered paragraphs, each closed by a role bracket or naming its unit in prose (proseParagraphs.ts).
  const paragraphs = readProseParagraphs(lines);
  if (paragraphs.length >= MIN_TASKS) return itemReading("prose", paragraphs, false);
  // A unit's own work items set in one list (明确了X当前A、B、C等项工作: unitWorkList.ts).
  const listedWork = readUnitWorkLists(lines);
  if (listedWork.length >= MIN_TASKS) return itemReading("prose", listedWork, false);
  // Units' headings, each over its own work items opening with short title sentences (unitTitledItems.ts).
  const titled = readUnitTitledItems(lines);
  if (titled.length >= MIN_TASKS) return itemReading("prose", titled, false);
  // Three or more paragraphs each closed by a bracket of unit names only (bareBrackets.ts).
  const bare = readBareBrackets(lines);
  if (bare.length > 0) return itemReading("prose", bare, false);
  // Items a report names in quotes, each with a bracket of its units, two or more on a line (quotedUnits.ts).
  const quotedUnits = readQuotedUnits(lines);
  if (quotedUnits.length >= MIN_TASKS) return itemReading("prose", quotedUnits, false);
  // Topic paragraphs of 第N项 items, each run closed by who answers for it (责任人,X。: personItems.ts).
  const answered = readPersonItems(lines);
  if (answered.length >= MIN_TASKS) return itemReading("prose", answered, true);
  // The office of a body the notice sets up, seated in a bureau with its duty (officeSeat.ts): one is enough.
  // Its own duties too, by its short name (领导小组主要职责是:… / 工作专班负责…, bodyDuty.ts), in page order.
  const seats = [...readBodyDuties(lines), ...readOfficeSeats(lines)]
    .sort((a, b) => a.line - b.line)
    .map((t, i) => ({ ...t, id: String(i + 1) }));
  if (seats.length > 0) return itemReading("prose", seats, false);
  // A leader's demands on the areas one by one (揭东要…;普宁要…, areaDemands.ts).
  const areas = readAreaDemands(lines);
  if (areas.length >= MIN_TASKS) return itemReading("prose", areas, false);
  // Two or more bodies given work in turn in one paragraph (组委会要…;凯里市要…, subjectDemands.ts).
  // Problems or proposals handled one by one, each by the unit named after it (针对…问题,X已…, addressedProblems.ts).
  const problems = readAddressedProblems(lines);
  if (problems.length > 0) return itemReading("prose", problems, false);
  const bodies = readSubjectDemands(lines);
  if (bodies.length >= MIN_TASKS) return itemReading("prose", bodies, false);
  // Clusters of places each given their work (由A、B、C组成的东部组团,要…, clusterDemands.ts).
  const clusters = readClusterDemands(lines);
  if (clusters.length >= MIN_TASKS) return itemReading("prose", clusters, false);
  // A named office given work in a speech a news report retells (会议指出,…市发改委要拉出任务清单…): one is enough.
  const demands = readNamedDemands(lines);
  if (demands.length > 0) return itemReading("prose", demands, false);
  return null;
}

/** A reading of items as tasks of the first part, from the first item's line; `unique`: repeated ids suffixed. */
function itemReading(reader: GenericReader, items: readonly ProseTask[], unique: boolean): GenericReading {
  const tasks = items.map((t) => itemTask(t, t.id, 1));
  return { reader, tasks: unique ? uniqueIds(tasks) : tasks, line: items[0]?.line ?? null };
}

/** Ids made unique in the document: a repeated id gets a suffix (5, 5-2). */
export function uniqueIds(tasks: readonly Task[]): Task[] {
  const seen = new Set<string>();
  // The suffix to try next for each id: the ones below it are taken (seen only grows), so an id written many times
  // is not tried again from 2 each time.
  const next = new Map<string, number>();
  return tasks.map((t) => {
    let id = t.id;
    let k = next.get(t.id) ?? 2;
    if (seen.has(id)) for (id = `${t.id}-${k}`; seen.has(id);) id = `${t.id}-${++k}`;
    if (id !== t.id) next.set(t.id, k + 1);
    seen.add(id);
    return id === t.id ? t : { ...t, id };
  });
}
