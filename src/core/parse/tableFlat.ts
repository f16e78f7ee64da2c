/** Tables flattened to one cell per line (a web page copied as text): cells fitted to columns by content. */

import type { SourceLine } from "../text/lines";
import { readPerson } from "./leader";
import { bareNumber } from "./numbering";
import { isDeadline } from "./deadline";
import { isUnitLike, splitUnitList } from "./splitUnits";
import { pushAll } from "./arrays";
import { addPart, categoryCell } from "./tableFlatParts";
import { subRows, type SubRows } from "./tableSubRows";
import { cellRoles, isUnitColumn } from "./tableSpans";
import { FIGURE_CELL, type ColumnKind } from "./vocabulary";
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

/** How well `text` (one or more lines joined) fits a column; higher is better. */
function fit(kind: ColumnKind, parts: readonly string[], unitsLater: boolean): number {
  const text = parts.join("");
  const extra = parts.length - 1;
  switch (kind) {
    case "task": {
      // A further line that is only unit names belongs to a units cell, not to the task's text — unless
      // the line before it stops mid-sentence (…每个乡镇, / 新建党群服务中心).
      const unitLine = parts.slice(1).some((p, k) => {
        const units = splitUnitList(p);
        const runsOn = /[,、:\uff0c\uff1a]$/.test((parts[k] as string).trim());
        return !runsOn && units.length > 0 && units.every(isUnitLike);
      });
      // A line that is only a figure or its unit of measure (≥2%, 0.07, 万亩, -) is a cell of its own.
      const figure = parts.some((p) => FIGURE_CELL.test(p.trim()));
      // A task cell that is only a unit's name is likelier the units cell, when one follows.
      const unitOnly = unitsLater && parts.length === 1 && isUnitLike(text.trim());
      return (
        (text.length >= 8 ? 2 : 0.5) - 0.05 * extra - (unitLine || figure ? 3 : 0) - (unitOnly ? 1.5 : 0)
      );
    }
    case "lead":
    case "co":
    case "units": {
      const units = parts.flatMap((p) => splitUnitList(p));
      const ok =
        (units.length > 0 && units.every(isUnitLike)) || (parts.length === 1 && cellRoles(text) !== null);
      // A lead cell holds one unit, rarely two: a line more is likelier the co-units' cell running on.
      return ok ? 2 - (kind === "lead" ? 0.4 : 0.1) * extra : -3;
    }
    case "leader": {
      // A name and its title broken over two lines (张三 / 副县长) is one leader cell.
      const p =
        parts.length === 1 || (parts.length === 2 && readPerson(parts[0] as string))
          ? readPerson(text)
          : null;
      return p && !isUnitLike(text) && text.length <= 12 ? 2 : -3;
    }
    case "deadline":
      return isDeadline(text) || /^\d{4}年/.test(text) ? 2 - 0.5 * extra : -2;
    case "seq":
      return -5;
    default: {
      // Unit names in a column before the units column are likelier the units cell's lines: each costs.
      // After it, a column of scorers or remarks may name a body (评分部门), rarely more than one.
      const named = parts.filter((p) => isUnitLike(p.trim())).length;
      return 0.3 - 0.05 * extra - (unitsLater ? 0.5 * named : 0.2 * Math.max(0, named - 1));
    }
  }
}

const EMPTY_PENALTY: Readonly<Record<ColumnKind, number>> = {
  seq: 0,
  task: -4,
  lead: -1.5,
  units: -1.5,
  leader: -0.4,
  co: -0.3,
  deadline: -0.4,
  progress: -0.1,
  note: -0.1,
  other: -0.1,
};

/**
 * Distributes a row's lines over its columns, in order, each column taking zero or more consecutive lines,
 * so that the total fit is best (dynamic programming; rows are short).
 */
export function alignCells(columns: readonly ColumnKind[], parts: readonly string[]): string[] {
  const n = parts.length;
  const m = columns.length;
  const NEG = -1e9;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const take: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  const unitsAfter = columns.map((_, c) => columns.slice(c + 1).some(isUnitColumn));
  for (let c = 1; c <= m; c++) {
    const kind = columns[c - 1] as ColumnKind;
    for (let i = 0; i <= n; i++) {
      for (let k = 0; k <= Math.min(i, 8); k++) {
        const prev = (best[c - 1] as number[])[i - k] as number;
        if (prev === NEG) continue;
        const score =
          prev +
          (k === 0 ? EMPTY_PENALTY[kind] : fit(kind, parts.slice(i - k, i), unitsAfter[c - 1] === true));
        if (score > ((best[c] as number[])[i] as number)) {
          (best[c] as number[])[i] = score;
          (take[c] as number[])[i] = k;
        }
      }
    }
  }
  const out = new Array<string>(m).fill("");
  let i = n;
  for (let c = m; c >= 1; c--) {
    const k = (take[c] as number[])[i] as number;
    out[c - 1] = parts
      .slice(i - k, i)
      .join(columns[c - 1] === "task" || columns[c - 1] === "leader" ? "" : "、");
    i -= k;
  }
  if (i > 0) {
    // More lines than the columns could hold: keep them in the task cell rather than lose them.
    const t = columns.indexOf("task");
    if (t >= 0) out[t] = parts.slice(0, i).join("") + out[t];
  }
  return out;
}

export function readFlattened(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
  category = false,
): Table {
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  const hasSeq = columns[0] === "seq";
  const dataColumns = hasSeq ? columns.slice(1) : columns;
  let current: {
    line: number;
    seq: string | null;
    parts: string[];
    lines: number[];
    notes: string[];
  } | null = null;
  // 项目名称 then 项目内容, no 序号: a (一) cell with its name is merged over the rows under it, which hold
  // the other columns only.
  const grouping = !hasSeq && dataColumns[0] === "task" && dataColumns.indexOf("task", 1) > 0;
  let grouped = false;
  const width = (): number => dataColumns.length - (grouped ? 1 : 0);
  let lastSeq = 0;
  let lastSub = 0;
  // Once a row held numbered sub-items with cells of their own, later rows' sub-items are rows too.
  let numberedSubs = false;
  const flush = (): void => {
    if (!current) return;
    // A row without a number that is one short line alone, before numbered rows: a section row of the table.
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
    if (isEnd(line)) break;
    // 序号 again: the header of the next table.
    if (columnKind(line.folded) === "seq" && detectHeader(lines, i)) break;
    const n = hasSeq ? bareNumber(line.folded) : null;
    const parts: number = current === null ? 0 : (current as { parts: string[] }).parts.length;
    // The next number; or the one after it once a whole row went by (the number between was lost);
    // Or 1 again after a whole row (numbering restarts under each heading; the heading row may be lost).
    // A row read without its number ends at any number that may follow.
    // An extract keeps its source's numbers (3, 68, 69, 73): a higher number after a row of all its cells
    // but one starts a row too.
    const unnumbered = current !== null && (current as { seq: string | null }).seq === null;
    const full = parts >= (unnumbered ? 1 : dataColumns.length);
    const jump = n !== null && n > lastSeq + 2 && n <= lastSeq + 100;
    const expected =
      n === lastSeq + 1
        ? parts >= 1
        : ((n === lastSeq + 2 || n === 1) && full) ||
          (jump && parts >= (unnumbered ? 1 : Math.max(1, dataColumns.length - 1)));
    if (n !== null && (current === null || expected)) {
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
      // Without a 序号 column each row is as many lines as there are columns.
      if (current === null) current = { line: line.no, seq: null, parts: [], lines: [], notes: [] };
      const cur: { parts: string[]; lines: number[]; notes: string[] } = current;
      // A category column first (类别, 领域) merged over rows: a row that starts with its task leaves it out.
      if (cur.parts.length === 0 && !grouped && dataColumns[0] === "other" && dataColumns[1] === "task")
        if (line.text.length > 12 || /[。;;]$/.test(line.text.trim())) cur.parts.push("");
      addPart(cur, line);
      if (cur.parts.length === width()) flush();
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

/** True when a bare number just after `last` (or the one after, or 1) is among the next `window` lines. */
function seqFollows(lines: readonly SourceLine[], i: number, last: number, window: number): boolean {
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < window; k++) {
    if ((lines[k] as SourceLine).text === "") continue; // blank lines between cells count for nothing
    seen++;
    const n = bareNumber((lines[k] as SourceLine).folded);
    if (n === last + 1 || n === last + 2 || n === 1) return true;
  }
  return false;
}

type Item = { row: TableRow } | { heading: TableHeading };

/**
 * A row holding several rows of the source: a heading (its 序号 and group name) and its sub-rows, each
 * fitted to the columns left. Unnumbered sub-rows share the merged units and leader of the first (reported).
 */
function subRowItems(
  columns: readonly ColumnKind[],
  row: { line: number; seq: string | null; parts: readonly string[]; lines: readonly number[] },
  split: SubRows,
): Item[] {
  const out: Item[] = [{ heading: { line: row.line, text: split.groupText, seq: row.seq ?? undefined } }];
  const cols = columns.filter((_, k) => k !== split.group);
  let first: string[] | null = null;
  split.starts.forEach((start, k) => {
    const cells = alignCells(cols, row.parts.slice(start, split.starts[k + 1] ?? row.parts.length));
    const fromAbove: ColumnKind[] = [];
    cols.forEach((kind, c) => {
      const above = first?.[c] ?? "";
      if (split.group >= 0 || cells[c] !== "" || above === "" || !(isUnitColumn(kind) || kind === "leader"))
        return;
      cells[c] = above;
      fromAbove.push(kind);
    });
    first ??= cells;
    out.push({
      row: {
        line: row.lines[start] ?? row.line,
        seq: null,
        cells: cols.map((kind, c) => ({ kind, text: cells[c] ?? "" })),
        sub: true,
        ...(fromAbove.length > 0 ? { fromAbove } : {}),
      },
    });
  });
  return out;
}
