/**
 * Tables without a 序号 column whose rows are numbered inside a cell that is not the task column the header
 * names (`任务内容 | 标准或要求 | 工作内容及要求 | 责任单位 | …` over `生态环境 | 1、城市大环境绿化… | 禁止开发… | …`):
 * the column whose cells open with the rows' numbers in order (1、 2、 3、) is the task column, and the row's number
 * its own. A row short of cells (merged on the left, cut on the right) whose numbered cell was set left of that
 * column is moved into it.
 */

import { fold } from "../text/fold";
import { readNumbering } from "./numbering";
import type { Table, TableHeading, TableRow } from "./tableHeader";
import type { ColumnKind } from "./vocabulary";

type Item = { row: TableRow } | { heading: TableHeading };

/** Numbering in Arabic figures: 1. 1、 1) (1). */
const ARABIC: ReadonlySet<string> = new Set(["ar", "arp", "par"]);

/** The number an arabic-numbered cell opens with (1、, 2.), or null. */
function numberOf(text: string): number | null {
  const f = fold(text).trim();
  const num = readNumbering(f);
  return num && ARABIC.has(num.style) && num.length < f.length ? num.n : null;
}

/** Where rows stand under a first column of headings merged over them (一、… | 1.… then 2.… alone). */
export interface HeadingColumnState {
  /** The number of the last row's numbered cell, once a row gave a heading and a numbered cell after it. */
  last: number | null;
}

/**
 * A row's cells with the merged heading cell put back (an empty first cell) when the row leaves it out: once a row
 * gave a heading (一、, (一)) and then a numbered cell (1.…), a row whose first cell carries the next number sets its
 * cells one column early (`3.… | 各科室 | |`). The cells as they were otherwise.
 */
export function realignUnderHeading(cells: readonly string[], state: HeadingColumnState): readonly string[] {
  const first = readNumbering(fold(cells[0] ?? "").trim());
  const heading = first !== null && (first.style === "cn" || first.style === "pcn");
  const second = numberOf(cells[1] ?? "");
  if (heading && second !== null) {
    state.last = second;
    return cells;
  }
  // A line of one cell is a row cut short (tableTabbed.ts), never a row under the heading.
  if (state.last === null || cells.length < 2) return cells;
  const own = numberOf(cells[0] ?? "");
  if (own !== null && own === state.last + 1) {
    state.last = own;
    return ["", ...cells];
  }
  // A row that keeps the merged cell blank (⇥2.…): the numbers go on from its numbered cell.
  if (own === null && second !== null && (cells[0] ?? "").trim() === "") state.last = second;
  return cells;
}

/** True when row `k`'s cell `c` repeats the row above's (a merged cell filled down), never its own. */
const copied = (rows: readonly TableRow[], k: number, c: number): boolean =>
  k > 0 && rows[k]?.cells[c]?.text === rows[k - 1]?.cells[c]?.text;

/** How many of the rows' own cells in column `c` open with a number. */
const numberedCells = (rows: readonly TableRow[], c: number): number =>
  rows.filter((r, k) => !copied(rows, k, c) && numberOf(r.cells[c]?.text ?? "") !== null).length;

/**
 * Row `k`'s number for column `c`: its own cell's there or, in a row short of cells (its last cell empty: a cell
 * merged on its left left out, so its cells stand one column early), that of its first numbered cell left of `c`.
 */
function rowNumber(rows: readonly TableRow[], k: number, c: number): number | null {
  const cells = (rows[k] as TableRow).cells;
  const own = cells[c]?.text && !copied(rows, k, c) ? numberOf(cells[c]?.text as string) : null;
  if (own !== null || cells[cells.length - 1]?.text !== "") return own;
  for (let j = 0; j < c; j++) {
    const n = copied(rows, k, j) ? null : numberOf(cells[j]?.text ?? "");
    if (n !== null) return n;
  }
  return null;
}

/** The index of the column whose cells open with the rows' numbers, in order and two at least; or -1. */
function numberedColumn(rows: readonly TableRow[], width: number): number {
  for (let c = 0; c < width; c++) {
    const numbers = rows.flatMap((_, k) => {
      const n = rowNumber(rows, k, c);
      return n === null ? [] : [n];
    });
    const inOrder = numbers.every((n, k) => k === 0 || n === (numbers[k - 1] as number) + 1);
    if (numbers.length >= 2 && numbers.length * 2 >= rows.length && inOrder) return c;
  }
  return -1;
}

/**
 * A row's own cells (not those filled down from the row above, `above`) set from column `at` on, its numbered
 * cell first, an empty cell among them kept in its place: the cells left of it empty (merged above), those past
 * its last empty (cut).
 */
function shifted(row: TableRow, above: TableRow | undefined, from: number, at: number): TableRow {
  const own = row.cells
    .map((c) => c.text)
    .filter((t, j) => j >= from && (t === "" || t !== above?.cells[j]?.text));
  const cells = row.cells.map((c, k) => ({
    kind: c.kind,
    text: (k >= at ? (own[k - at] ?? "") : "").replace(/\s*[|\uff5c]+$/, ""),
  }));
  return { line: row.line, seq: row.seq, cells };
}

/**
 * A row whose cell left of the task column opens with a heading's number (一、, (一)), not the row above's: that
 * column is merged over the rows of a group, and the cell is the group's heading, set before the row.
 */
function withHeading(row: TableRow, above: TableRow | undefined, at: number): Item[] {
  const k = row.cells.findIndex((c, j) => {
    const num = j < at && c.text !== above?.cells[j]?.text ? readNumbering(fold(c.text).trim()) : null;
    return num !== null && (num.style === "cn" || num.style === "pcn") && num.length < c.text.trim().length;
  });
  if (k < 0) return [{ row }];
  const heading = { line: row.line, text: (row.cells[k] as { text: string }).text };
  return [
    { heading },
    { row: { ...row, cells: row.cells.map((c, j) => (j === k ? { ...c, text: "" } : c)) } },
  ];
}

/**
 * The table with its task column moved to the column whose cells carry the rows' numbers, when the header
 * gives no 序号 and the task column's own cells carry none; the table as it was otherwise.
 */
export function withNumberedTaskColumn(table: Table): Table {
  if (table.columns.includes("seq")) return table;
  const rows = table.items.flatMap((item) => ("row" in item ? [item.row] : []));
  if (rows.length < 2) return table;
  const width = Math.min(...rows.map((r) => r.cells.length));
  const at = numberedColumn(rows, width);
  const kind = rows[0]?.cells[at]?.kind;
  // A task column already, unless a first task column before it holds the groups (主要任务 | 工作措施).
  const firstTask = rows[0]?.cells.findIndex((c) => c.kind === "task") ?? -1;
  if (at < 0 || (kind === "task" && firstTask === at) || kind === "lead" || kind === "co" || kind === "units")
    return table;
  // The numbered cells already read as headings over sub-rows (1.城乡供水提升工程 over its works): left so.
  const headings = new Set(table.items.flatMap((item) => ("heading" in item ? [item.heading.text] : [])));
  if (rows.some((r) => headings.has(r.cells[at]?.text ?? ""))) return table;
  // The task column's cells numbered as often: they carry the rows' numbers themselves.
  const most = rows.filter((_, k) => rowNumber(rows, k, at) !== null).length;
  if (rows[0]?.cells.some((c, k) => k !== at && c.kind === "task" && numberedCells(rows, k) >= most))
    return table;
  const kinds = (rows[0] as TableRow).cells.map((c, k): ColumnKind =>
    k === at ? "task" : c.kind === "task" ? "other" : c.kind,
  );
  const rekinded = (row: TableRow): TableRow => ({
    ...row,
    cells: row.cells.map((c, k) => ({ kind: kinds[k] ?? c.kind, text: c.text })),
  });
  const moved = new Map<number, string>();
  const items = table.items.flatMap((item): Item[] => {
    if (!("row" in item)) return [item];
    const k = rows.indexOf(item.row);
    const from = item.row.cells.findIndex((c, j) => j < at && numberOf(c.text) !== null);
    const own = numberOf(item.row.cells[at]?.text ?? "") !== null && !copied(rows, k, at);
    if (from < 0 || own) return withHeading(rekinded(item.row), rows[k - 1], at);
    moved.set(item.row.line, item.row.cells[from]?.text ?? "");
    return [{ row: rekinded(shifted(item.row, rows[k - 1], from, at)) }];
  });
  // The numbered cell read as a group's name when it stood in a group column: no heading.
  const kept = items.filter(
    (item) => !("heading" in item) || moved.get(item.heading.line) !== item.heading.text,
  );
  return {
    ...table,
    columns: table.columns.map((k, c) => (c === at ? "task" : k === "task" ? "other" : k)),
    items: kept,
  };
}
