/**
 * Tables whose cells are set apart by runs of spaces, one row a line, numbered with a bare number
 * (`1 城镇新增就业 万人 5.2 7.23 139.1% 人力资源社会保障局`): a progress ledger of 民生实事 whose 备注 column
 * names the responsible unit. Rows without a number under a numbered one are its sub-rows (n.1, n.2 …);
 * a sub-row without a unit shares the merged unit cell of the rows above it in the same item.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isUnitLike, splitUnitList } from "./unitLike";
import { columnKind, type Table, type TableHeading, type TableRow } from "./tableHeader";
import { MEASURE, type ColumnKind } from "./vocabulary";

/** A numbered row: a bare number and spaces (`1 城镇新增就业 …`), or a number and its mark (`9.新增…`). */
const NUMBERED = /^(\d{1,3})(?:\s+|[.、．](?=[^\d\s]))(\S.*)$/;
/** A cell of figures: a number, a share, a dash, a measure (万人, 元/月/人, 公里). */
const FIGURE = new RegExp(`^(?:[-—–~]+|[\\d.,]+%?|${MEASURE}|\\S{0,3}\\/\\S{1,6})$`);

/** The header's cells: 单 位 and 备  注 (one name spaced out) joined again. */
function headerCells(text: string): string[] {
  const out: string[] = [];
  let pending = "";
  for (const token of fold(text).trim().split(/\s+/)) {
    if (token.length === 1) pending += token;
    else {
      if (pending) out.push(pending);
      pending = "";
      out.push(token);
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** True when the line's last cell is a list of unit names. */
function unitCell(tokens: readonly string[]): string | null {
  const last = tokens[tokens.length - 1] ?? "";
  const units = splitUnitList(last);
  return tokens.length >= 2 && units.length > 0 && units.every(isUnitLike) ? last : null;
}

/**
 * A header `序号 考核指标 … 备注` on one line, cells set apart by spaces, with no column of units, over
 * numbered rows most of which end in unit names: the last column holds the units.
 */
export function detectSpacedHeader(
  lines: readonly SourceLine[],
  i: number,
): { columns: ColumnKind[]; next: number; tabbed: boolean; spaced: true } | null {
  const first = lines[i];
  if (!first || !/\s/.test(first.text.trim())) return null;
  const cells = headerCells(first.text);
  if (cells.length < 4) return null;
  const kinds = cells.map(columnKind);
  if (kinds[0] !== "seq" || kinds[kinds.length - 1] !== "note") return null;
  if (kinds.filter((k) => k === null).length * 2 > kinds.length) return null;
  if (!kinds.some((k) => k === "task" || k === "other")) return null;
  const rows = rowLines(lines, i + 1);
  const numbered = rows.filter((r) => NUMBERED.test(r.text.trim())).length;
  const withUnits = rows.filter((r) => unitCell(r.text.trim().split(/\s+/)) !== null).length;
  if (numbered < 2 || withUnits * 2 < rows.length) return null;
  return { columns: ["seq", "task", "units"], next: i + 1, tabbed: false, spaced: true };
}

/** True when a line is a numbered row of several cells. */
function isRow(line: SourceLine | undefined): boolean {
  const text = line?.text.trim() ?? "";
  return NUMBERED.test(text) && text.split(/\s+/).length >= 2;
}

/** The row lines after a header: numbered ones and the sub-rows under them, up to a blank or short line. */
function rowLines(lines: readonly SourceLine[], from: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let k = from; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    const text = line.text.trim();
    // A blank line between rows (pages copied with gaps) does not end the table when a numbered row follows.
    if (text === "") {
      if (out.length > 0 && isRow(lines.slice(k + 1).find((l) => l.text.trim() !== ""))) continue;
      break;
    }
    // A line of one cell between rows (a row whose other cells were lost, a leader line, a remark) stays in
    // the table as a row of its own when numbered rows follow it: the rows after it are read, nothing is lost.
    if (text.split(/\s+/).length < 2 && !NUMBERED.test(text) && !(out.length > 0 && isRow(lines[k + 1])))
      break;
    if (out.length === 0 && !NUMBERED.test(line.text.trim())) break;
    out.push(line);
  }
  return out;
}

/** The task cell: the row's first cells, up to the first cell of figures (and never its unit cell). */
function taskText(tokens: readonly string[], units: string | null): string {
  const cells = units ? tokens.slice(0, -1) : tokens;
  const end = cells.findIndex((t, k) => k > 0 && FIGURE.test(fold(t)));
  return (end < 0 ? cells : cells.slice(0, end)).join(" ");
}

/** Reads the rows of a spaced table: numbered items, with their sub-rows as n.1, n.2 …. */
export function readSpaced(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
): Table {
  const rows = rowLines(lines, start);
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  const read = rows.map((line) => {
    const m = NUMBERED.exec(line.text.trim());
    const tokens = (m ? (m[2] as string) : line.text.trim()).split(/\s+/);
    const units = unitCell(tokens);
    // A line of one cell between rows (a remark, a leader line) is no sub-row and takes no unit from the rows.
    const lone = m === null && tokens.length < 2;
    return { line, seq: m ? (m[1] as string) : null, text: taskText(tokens, units), units, lone };
  });
  let itemUnits: string | null = null;
  read.forEach((r, k) => {
    const subRows = r.seq !== null && read[k + 1]?.seq === null && read[k + 1]?.lone === false;
    if (r.seq !== null) itemUnits = null;
    if (subRows) items.push({ heading: { line: r.line.no, text: `${r.seq}.` } });
    const shared = r.units === null && r.seq === null && !r.lone ? itemUnits : null;
    itemUnits = r.units ?? itemUnits;
    items.push({
      row: {
        line: r.line.no,
        seq: subRows ? null : r.seq,
        cells: [
          { kind: "task", text: r.text },
          { kind: "units", text: r.units ?? shared ?? "" },
        ],
        ...(shared ? { fromAbove: ["units"] as ColumnKind[] } : {}),
      },
    });
  });
  const last = rows[rows.length - 1];
  const end = last ? lines.indexOf(last) + 1 : start;
  return { columns, headerLine, items, end };
}
