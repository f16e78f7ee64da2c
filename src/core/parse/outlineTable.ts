/** Table rows (any table shape, already read into the same rows) become items of the outline. */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { pushAll } from "./arrays";
import type { Outline } from "./outline";
import type { Node } from "./node";
import { emptyRoles, type Roles } from "./roles";
import { readLeaderHeading, readPerson, type Person } from "./leader";
import { splitUnitList } from "./unitLike";
import { takeLeadingPersons, takeTrailingPersons } from "./unitValues";
import { cellRoles } from "./tableSpans";
import { EMPTY_CELL, LEAD_STAR, LEAD_STAR_AFTER } from "./vocabulary";
import type { NumStyle } from "./numbering";
import type { ColumnKind } from "./table";
import { readNumbering } from "./numbering";
import { type TableHeading, type TableRow } from "./table";
import { SUB_SEQ } from "./tableHeader";
import { targetCells, unreadTargets, withTargets } from "./tableTargets";

/**
 * The rows of a table (by index) where a run of 序号 starts, when the numbers start again at 1 and the
 * table has no heading rows of its own: the first numbered row and every restart. Empty otherwise.
 */
export function restartingRows(rows: readonly TableItem[], topLevel: boolean): Set<number> {
  const starts = new Set<number>();
  if (!topLevel || rows.some((item) => "heading" in item)) return starts;
  let previous = 0;
  rows.forEach((item, i) => {
    const seq = "row" in item && item.row.seq ? readNumbering(fold(item.row.seq) + ".") : null;
    if (!seq) return;
    if (seq.n === 1 && previous >= 1) starts.add(i);
    if (starts.size === 0 && previous === 0) starts.add(i);
    previous = seq.n;
  });
  return starts.size > 1 ? starts : new Set();
}

/**
 * The numbered item just above a table that owns the table's rows: an item without units of its own,
 * the last line read, when the table has no heading rows and its 序号 (if any) starts at 1 or under the item
 * (2.1 under 2.). Null otherwise.
 */
function owningItem(outline: Outline, rows: readonly TableItem[]): Node | null {
  const item = openItem(outline) ?? restartUnder(outline, rows);
  if (!item || rows.some((r) => "heading" in r)) return null;
  const first = rows.find((r): r is { row: TableRow } => "row" in r);
  if (!first?.row.seq) return item;
  // Rows numbered under the item (2.1, 2.2 under 2.), or numbered from 1.
  const dotted = SUB_SEQ.exec(fold(first.row.seq).replace(/\s+/g, ""));
  if (dotted) return Number(dotted[1]) === item.n ? item : null;
  return readNumbering(fold(first.row.seq) + ".")?.n === 1 ? item : null;
}

/**
 * The numbered item read last, with units of its own, when the table's rows are numbered from 1 again: rows that
 * restart the numbering under it are its sub-tasks (1.1, 1.2 under 1.), not items whose ids collide with it.
 */
function restartUnder(outline: Outline, rows: readonly TableItem[]): Node | null {
  const item = outline.current;
  if (!item || item.heading || item.style === null || item.n === null || item.children.length > 0)
    return null;
  const seqs = rows.map((r) => ("row" in r && r.row.seq ? readNumbering(fold(r.row.seq) + ".") : null));
  return seqs.length > 0 && seqs[0]?.n === 1 && seqs.every((q) => q !== null && q.style === item.style)
    ? item
    : null;
}

/**
 * The numbered item read last when it has no sub-items yet and no units, or announces what follows
 * (2.实施民生实事,具体如下:): the item a table right after it belongs to. Null otherwise.
 */
export function openItem(outline: Outline): Node | null {
  const item = outline.current;
  if (!item || item.heading || item.style === null || item.n === null || item.children.length > 0)
    return null;
  // An item that announces what follows (…,具体如下:) owns the table even when its units came first.
  if (/[::]$/.test(fold(item.text).trim())) return item;
  return item.closed || item.roles.length > 0 ? null : item;
}

/**
 * True when a line is the next item after `item` or after a heading it sits in (3. after 2., 二、 after 一、),
 * written on a line of its own with no cell borders: it ends a table inside item 2, never more of the table.
 */
export function nextItemLine(item: Node | null, line: SourceLine): boolean {
  if (!item || /[\t|\uff5c]|\S\s{2,}\S/.test(line.text.trim())) return false;
  const numbering = readNumbering(line.folded);
  if (!numbering) return false;
  for (let p: Node | null = item; p; p = p.parent)
    if (p.style === numbering.style && p.n !== null && numbering.n === p.n + 1) return true;
  return false;
}

/** A star before or after a unit in a units cell: the unit leads (★区发改委、统计局, *市建设局、嘉源集团, 区财政局*、区发改局). */
const STAR = { test: (u: string): boolean => LEAD_STAR.test(u) || LEAD_STAR_AFTER.test(u) };
const unstarred = (u: string): string => u.replace(LEAD_STAR, "").replace(LEAD_STAR_AFTER, "");
const UNIT_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(["lead", "co", "units"]);

/** A row of a table, or a heading row inside it. */
export type TableItem = { row: TableRow } | { heading: TableHeading };

/** Lines of a table (F7) become nodes of the outline with their units, leader and deadline. */
export function addTableRows(outline: Outline, rows: readonly TableItem[]): void {
  // The row above, for cells a merged cell left empty (a category row ends a merge).
  let above: { leader: Person | null; roles: Roles } | null = null;
  const restarts = restartingRows(rows, outline.stack.length === 0 && outline.section === null);
  let group = 0;
  // An item just above the table with no units of its own (2.实施民生实事,具体如下:) owns its rows.
  let subParent: Node | null = owningItem(outline, rows);
  const owner = subParent !== null;
  // The last row numbered by its 序号, for rows numbered under it (7.1, 7.2 under 7).
  let numberedRow: { n: number; node: Node } | null =
    subParent?.n != null ? { n: subParent.n, node: subParent } : null;
  for (const [index, item] of rows.entries()) {
    if (restarts.has(index) && "row" in item) {
      // 序号 starting again at 1 (one run per leader, no heading rows): each run is a section of its own,
      // so that ids read 2.1, 2.2 … as the document's own sections would.
      const leaderCell = item.row.cells.find((c) => c.kind === "leader")?.text ?? "";
      const section = outline.addNode(item.row.line, "cn", ++group, true, leaderCell);
      const person = leaderCell ? readPerson(leaderCell) : null;
      if (person) {
        section.leader = person;
        section.leaderLine = item.row.line;
      }
    }
    if ("heading" in item) {
      above = null;
      const f = fold(item.heading.text);
      // A row with sub-rows: its 序号 numbers the heading, its text (if any) names the group.
      const seq = item.heading.seq ? Number(item.heading.seq) : null;
      const numbering = seq !== null ? { style: "ar" as NumStyle, n: seq, length: 0 } : readNumbering(f);
      const rest = numbering ? item.heading.text.slice(numbering.length).trim() : item.heading.text;
      const leader = readLeaderHeading(rest);
      const node = outline.addNode(
        item.heading.line,
        numbering?.style ?? null,
        numbering?.n ?? null,
        true,
        rest,
      );
      if (leader) {
        node.leader = leader;
        node.leaderLine = item.heading.line;
      }
      if (!numbering) outline.section = node;
      subParent = node;
      continue;
    }
    const { row } = item;
    const dotted = row.seq ? SUB_SEQ.exec(fold(row.seq).replace(/\s+/g, "")) : null;
    const subOf = dotted && numberedRow && Number(dotted[1]) === numberedRow.n ? numberedRow.node : null;
    const seq = row.seq && !dotted ? readNumbering(fold(row.seq) + ".") : null;
    // Two columns of one kind of units (责任单位 and 具体责任单位) are one list, never one name.
    const cell = (k: ColumnKind): string =>
      row.cells
        .filter((c) => c.kind === k)
        .map((c) => c.text)
        .filter((t) => !UNIT_KINDS.has(k) || t.trim() !== "")
        .join(UNIT_KINDS.has(k) ? "、" : "")
        .trim();
    const taskText = cell("task");
    // Keep the numbering of the task cell when the table has no 序号 column (1.推进…).
    const own = !seq ? readNumbering(fold(taskText)) : null;
    const style: NumStyle | null = seq || subOf ? "ar" : (own?.style ?? null);
    const n = subOf ? Number((dotted as RegExpExecArray)[2]) : seq ? seq.n : (own?.n ?? null);
    // A target column's cell (目标值 6%左右, 工作目标) stays with the task: 量化指标 reads it from the text.
    const targets = targetCells(row.cells);
    const text = withTargets(own ? taskText.slice(own.length).trim() : taskText, targets);
    // A sub-row nests under its row's heading, whatever its own numbering (1. under 序号 1); a row
    // numbered 7.1 under row 7.
    const under = subOf ?? (row.sub || owner ? subParent : null);
    if (style !== null && !under) {
      // Rows of a table are siblings: a table's 序号 sits below any section heading of the table.
      const at = outline.stack.findIndex((s) => s.style === style);
      if (at >= 0) outline.stack.length = at;
    }
    const node = outline.addNode(row.line, style, n, false, text, under);
    node.unreadTargets.push(...unreadTargets(text, targets));
    if (seq && (!under || (owner && under === subParent))) numberedRow = { n: seq.n, node };
    const roles = emptyRoles();
    const noted = (s: string): string => outline.noteConvention(s, row.line);
    for (const k of ["lead", "co", "units"] as const) outline.checkBrackets(cell(k), row.line);
    // A units cell that gives roles itself (A牵头,B配合; 牵头单位:A;配合单位:B): read as it says.
    const given = (k: "lead" | "co" | "units"): string => {
      const r = cell(k) ? cellRoles(noted(cell(k))) : null;
      if (!r) return cell(k);
      pushAll(roles.leads, r.leads);
      pushAll(k === "lead" ? roles.leads : k === "co" ? roles.coUnits : roles.listed, r.listed);
      pushAll(roles.coUnits, r.coUnits);
      roles.deadline ??= r.deadline;
      return "";
    };
    // A person in charge named in a units cell, first (张三、县住建局) or after a unit and a space (市民政局 伍泽国):
    // kept with the task's words, never a unit.
    const persons: string[] = [];
    const unnamed = (units: string): string => {
      const after = takeTrailingPersons(units);
      const taken = takeLeadingPersons(after.units);
      pushAll(persons, [...taken.persons, ...after.persons]);
      return taken.units;
    };
    const lead = unnamed(given("lead"));
    const co = given("co");
    const units = unnamed(given("units"));
    if (persons.length > 0) node.text += `(责任人:${persons.join(";")})`;
    // A lead cell of several units, some starred (★发改局、经信局): the starred ones lead, the others help.
    const leadCell = lead ? splitUnitList(noted(lead)) : [];
    const leadStars = leadCell.length > 1 && leadCell.some((u) => STAR.test(u));
    for (const u of leadCell) (!leadStars || STAR.test(u) ? roles.leads : roles.coUnits).push(unstarred(u));
    const starred = lead ? [] : splitUnitList(noted(units)).filter((u) => STAR.test(u));
    if (starred.length > 0) {
      // ★区发改委、统计局: the starred units lead, the others help.
      for (const u of splitUnitList(noted(units)))
        (STAR.test(u) ? roles.leads : roles.coUnits).push(unstarred(u));
    } else if (units) pushAll(lead ? roles.coUnits : roles.listed, splitUnitList(noted(units)));
    if (co) pushAll(roles.coUnits, splitUnitList(noted(co)));
    const deadline = cell("deadline");
    // A deadline cell marked empty (—, /, 无) gives no deadline.
    if (deadline && !EMPTY_CELL.test(fold(deadline).trim())) roles.deadline = deadline;
    const [namedLead, listed] = [roles.leads.length > 0, roles.listed];
    // Units listed beside a lead the cells named (A牵头 in one cell): they help.
    if (namedLead && listed.length > 0) pushAll(roles.coUnits, listed.splice(0));
    const leader = cell("leader");
    if (leader) roles.leader = readPerson(leader) ?? { name: leader, title: null, others: [] };
    // Word and Excel copies leave a vertically merged cell empty below its first row.
    const hasColumn = (k: ColumnKind): boolean => row.cells.some((c) => c.kind === k);
    if (!leader && hasColumn("leader") && above?.leader) {
      roles.leader = above.leader;
      node.fromAbove.push({ column: "leader", value: [above.leader.name ?? above.leader.title ?? ""] });
    }
    // Cells a row left out (merged over rows on a web page) were read as the row above: reported.
    for (const column of row.fromAbove ?? []) node.fromAbove.push({ column, value: [cell(column)] });
    // An empty units cell under a filled one may be a merged cell, or a unit really missing (the
    // sample's 4.19): never guessed — the task keeps no units and its error says what to check.
    if (!lead && !units && !co && above && above.roles.leads.length + above.roles.listed.length > 0) {
      node.emptyBelowFilled = true;
    }
    above = { leader: roles.leader, roles };
    roles.matched = true;
    node.roles.push(roles);
    outline.unitsSeen = true;
    outline.lastUnitLine = row.line;
    if (roles.leader) {
      node.leader = roles.leader;
      node.leaderLine = row.line;
    }
    if (roles.deadline) node.deadline = roles.deadline;
    node.closed = true;
  }
  outline.current = null;
  // A units line right after the rows of an item without units of its own is the item's (outline.ts).
  outline.tableOwner = owner && subParent !== null && subParent.roles.length === 0 ? subParent : null;
}
