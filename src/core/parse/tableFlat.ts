/** Tables flattened to one cell per line (a web page copied as text): cells fitted to columns by content. */

import type { SourceLine } from "../text/lines";
import { bareNumber } from "./numbering";
import { pushAll } from "./arrays";
import { alignCells } from "./tableFit";
import { addPart, categoryCell } from "./tableFlatParts";
import { closeGroup, CN_SEQ, ITEM_START, itemRow, SUB_ITEM, type OpenGroup } from "./tableFlatGroups";
import { subRowItems, subRows } from "./tableSubRows";
import { readUnitRuns } from "./tableUnitRuns";
import { nextRowLead, numberAhead, numberedRowsFit, taskNumber } from "./tableFlatNumbered";
import { type ColumnKind } from "./vocabulary";
import {
  cellLine,
  columnKind,
  detectHeader,
  groupName,
  SUB_SEQ,
  SECTION_ROW,
  type Table,
  type TableHeading,
  type TableRow,
} from "./tableHeader";

export { alignCells };

/** Reads the rows of a table flattened one cell per line, from `start` until `isEnd` or the next header. */
export function readFlattened(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
  category = false,
): Table {
  const hasSeq = columns[0] === "seq";
  // Rows that end in their units one a line, told apart by what the lines hold (tableUnitRuns.ts); so too rows
  // under a 序号 column left empty.
  const runs = readUnitRuns(lines, columns, start, headerLine, isEnd);
  if (runs) return runs;
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  const dataColumns = hasSeq ? columns.slice(1) : columns;
  let current: {
    line: number;
    seq: string | null;
    parts: string[];
    lines: number[];
    notes: string[];
    /** A row of a group (一, 二) that starts with its own numbered task cell: (一)… or 1.…. */
    item?: true;
    /** The number its task cell opens with (2.始终坚持…), and that cell's place among its parts. */
    num?: { n: number; at: number };
  } | null = null;
  // 一, 二 …: a group row whose cells before the task column are merged over the numbered items under it.
  const taskAt = dataColumns.indexOf("task");
  let group: OpenGroup | null = null;
  // 项目名称 then 项目内容, no 序号: a (一) cell with its name is merged over the rows under it, which hold
  // the other columns only.
  const grouping = !hasSeq && dataColumns[0] === "task" && dataColumns.indexOf("task", 1) > 0;
  let grouped = false;
  const width = (): number => dataColumns.length - (grouped ? 1 : 0);
  // Rows told by the numbers opening their task cells (tableFlatNumbered.ts).
  const numbered = !hasSeq && !grouping && numberedRowsFit(dataColumns);
  let lastSeq = 0;
  let lastSub = 0;
  // Once a row held numbered sub-items with cells of their own, later rows' sub-items are rows too.
  let numberedSubs = false;
  const flush = (): void => {
    if (!current) return;
    // A row without a number that is one short line alone, before numbered rows: a section row of the table.
    if (current.item) {
      items.push(itemRow(dataColumns, taskAt, group, current));
      current = null;
      return;
    }
    if (
      hasSeq &&
      current.seq === null &&
      current.parts.length === 1 &&
      (current.parts[0] as string).length <= 40
    ) {
      items.push({ heading: { line: current.line, text: current.parts[0] as string } });
      current = null;
      return;
    }
    const split = current.seq !== null ? subRows(dataColumns, current.parts, numberedSubs) : null;
    numberedSubs ||= split !== null && split.group >= 0;
    if (split) {
      pushAll(items, subRowItems(dataColumns, current, split));
      current = null;
      return;
    }
    const cells = grouped
      ? ["", ...alignCells(dataColumns.slice(1), current.parts)]
      : alignCells(dataColumns, current.parts);
    items.push({
      row: {
        line: current.line,
        seq: current.seq,
        cells: [
          ...dataColumns.map((kind, k) => ({ kind, text: cells[k] ?? "" })),
          ...current.notes.map((text) => ({ kind: "note" as ColumnKind, text })),
        ],
      },
    });
    current = null;
  };
  let i = start;
  for (; i < lines.length; i++) {
    const line = cellLine(lines[i] as SourceLine);
    if (line.text === "") continue;
    // A group's merged cells (区住建局 / 区政府民生实事项目(1个)), one a column, up to its first item.
    if (group?.cells === null && group.parts.length < taskAt && !ITEM_START.test(line.folded.trim())) {
      group.parts.push(line.text.trim());
      continue;
    }
    if (isEnd(line) && !(hasSeq && groupRow(lines, i, lastSeq))) break;
    // 序号 again (or, without a 序号 column, any column's name): the header of the next table, or this one's repeated
    // on the next page.
    const kind = columnKind(line.folded);
    if ((hasSeq ? kind === "seq" : kind !== null) && detectHeader(lines, i)) break;
    const n = hasSeq ? bareNumber(line.folded) : null;
    const parts: number = current === null ? 0 : (current as { parts: string[] }).parts.length;
    // The next number; or the one after it once a whole row went by (the number between was lost);
    // Or 1 again after a whole row (numbering restarts under each heading; the heading row may be lost).
    // A row read without its number ends at any number that may follow.
    // An extract keeps its source's numbers (3, 68, 69, 73): a higher number after a row of all its cells
    // but one starts a row too.
    const unnumbered = current !== null && (current as { seq: string | null }).seq === null;
    const full = parts >= (unnumbered ? 1 : dataColumns.length);
    // Rows cut from a long list (145, 249) jump further: after a row of all its cells, any higher number.
    const jump = n !== null && n > lastSeq + 2 && (n <= lastSeq + 100 || (full && n < 10000 && parts > 0));
    const expected =
      n === lastSeq + 1
        ? parts >= 1
        : ((n === lastSeq + 2 || n === 1) && full) ||
          (jump && parts >= (unnumbered ? 1 : Math.max(1, dataColumns.length - 1)));
    // A number followed by the next row's own number is the row's last cell (a deadline cut to 12, a count),
    // not a row of its own; when both are that number, unless the first column may hold it (编号 after 序号).
    const cell =
      n !== null &&
      parts >= 1 &&
      nextNumber(lines, i) === lastSeq + 1 &&
      (n !== lastSeq + 1 || dataColumns[0] !== "other");
    if (n !== null && (current === null || (expected && !cell))) {
      flush();
      current = { line: line.no, seq: String(n), parts: [], lines: [], notes: [] };
      lastSeq = n;
      lastSub = 0;
      continue;
    }
    // The next category's cell (merged over its rows) after a row of all its cells: a heading.
    if (category && parts >= dataColumns.length && categoryCell(lines, i, lastSeq)) {
      flush();
      items.push({ heading: { line: line.no, text: line.text.trim() } });
      continue;
    }
    if (hasSeq && taskAt > 0 && CN_SEQ.test(line.folded.trim())) {
      flush();
      group = { line: line.no, numeral: line.text.trim(), parts: [], cells: null };
      continue;
    }
    if (group && ITEM_START.test(line.folded.trim())) {
      if (group.cells === null) items.push(closeGroup(dataColumns.slice(0, taskAt), group));
      // A numbered item alone, with items numbered under it (1. under (一)): their heading.
      const cur = current as { item?: true; parts: string[]; line: number } | null;
      if (cur?.item && cur.parts.length === 1 && SUB_ITEM.test(line.folded.trim())) {
        items.push({ heading: { line: cur.line, text: cur.parts[0] as string } });
        current = null;
      } else flush();
      current = { line: line.no, seq: null, parts: [], lines: [], notes: [], item: true };
      addPart(current, line);
      continue;
    }
    // 7.1, 7.2 after row 7's cells: rows numbered under it.
    const sub: RegExpExecArray | null =
      hasSeq && parts >= 1 ? SUB_SEQ.exec(line.folded.replace(/\s+/g, "")) : null;
    if (sub && Number(sub[1]) === lastSeq && Number(sub[2]) === lastSub + 1) {
      flush();
      current = { line: line.no, seq: `${lastSeq}.${++lastSub}`, parts: [], lines: [], notes: [] };
      continue;
    }
    if (SECTION_ROW.test(line.folded) && line.text.length <= 40) {
      flush();
      const name = grouping ? groupName(lines, i) : null;
      grouped = grouping;
      items.push({ heading: { line: line.no, text: line.text + (name?.text ?? "") } });
      if (name) i = name.at;
      continue;
    }
    if (!hasSeq) {
      // Task cells opening with the row's number (1.…, 2.…): the next number starts the next row, with the
      // next row's leader cell written just above it (merged over the rows under it).
      const tn = numbered ? taskNumber(line.folded) : null;
      const open = current as { parts: string[]; lines: number[]; num?: { n: number; at: number } } | null;
      if (tn !== null && open?.num && tn === open.num.n + 1 && open.parts.length > open.num.at + 1) {
        const keep = open.parts.length - nextRowLead(dataColumns, open.parts);
        const carried = open.parts.splice(keep);
        const carriedLines = open.lines.splice(keep);
        flush();
        current = {
          line: carriedLines[0] ?? line.no,
          seq: null,
          parts: carried,
          lines: carriedLines,
          notes: [],
        };
      }
      // Without a 序号 column each row is as many lines as there are columns.
      if (current === null) current = { line: line.no, seq: null, parts: [], lines: [], notes: [] };
      const cur: {
        line: number;
        parts: string[];
        lines: number[];
        notes: string[];
        num?: { n: number; at: number };
      } = current;
      // The row's line is its task cell's, not its leader's above it.
      if (tn !== null && !cur.num && cur.parts.length <= taskAt) {
        cur.num = { n: tn, at: cur.parts.length };
        cur.line = line.no;
      }
      // A category column first (类别, 领域) merged over rows: a row that starts with its task leaves it out.
      if (cur.parts.length === 0 && !grouped && dataColumns[0] === "other" && dataColumns[1] === "task")
        if (line.text.length > 12 || /[。;;]$/.test(line.text.trim())) cur.parts.push("");
      addPart(cur, line);
      // A numbered row goes on up to the next number (a units cell one unit a line may take more lines).
      if (cur.parts.length >= width() && !(cur.num && numberAhead(lines, i, cur.num.n + 1, isEnd))) flush();
      continue;
    }
    if (current === null) {
      // A row whose 序号 is missing or damaged, when the next rows' numbers follow it: read without a number.
      if (!seqFollows(lines, i, lastSeq, dataColumns.length + 2)) break;
      current = { line: line.no, seq: null, parts: [], lines: [], notes: [] };
    }
    addPart(current as { parts: string[]; lines: number[]; notes: string[] }, line);
  }
  flush();
  return { columns, headerLine, items, end: i };
}

/**
 * True when a line that reads like a title (经济社会发展主要预期目标分解(15项)) is a group row of the table: short, no
 * note, and the next filled line is the next row's bare 序号 (or 1 under a new group).
 */
function groupRow(lines: readonly SourceLine[], i: number, last: number): boolean {
  const text = cellLine(lines[i] as SourceLine).folded.trim();
  if (text.length > 40 || /^(注|备注|说明)[::]/.test(text)) return false;
  for (let k = i + 1; k < lines.length; k++) {
    if ((lines[k] as SourceLine).text === "") continue;
    const n = bareNumber(cellLine(lines[k] as SourceLine).folded);
    return n === last + 1 || n === 1;
  }
  return false;
}

/** True when a bare number just after `last` (or the one after, or 1) is among the next `window` lines. */
function seqFollows(lines: readonly SourceLine[], i: number, last: number, window: number): boolean {
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < window; k++) {
    if ((lines[k] as SourceLine).text === "") continue; // blank lines between cells count for nothing
    seen++;
    // A cell's line may end in ' |' (a web table copied with its borders).
    const n = bareNumber(cellLine(lines[k] as SourceLine).folded);
    if (n === last + 1 || n === last + 2 || n === 1) return true;
  }
  return false;
}

/** The bare number on the next filled line after `i`, if it is one. */
function nextNumber(lines: readonly SourceLine[], i: number): number | null {
  for (let k = i + 1; k < lines.length; k++)
    if ((lines[k] as SourceLine).text !== "") return bareNumber(cellLine(lines[k] as SourceLine).folded);
  return null;
}
