/**
 * Tables copied from a web page with a line break before each cell's `|`: a row's first cell on lines of
 * its own, each further cell on a line that starts with `|`, and a line that is only `|` ending the row.
 * Rows under merged cells carry fewer cells (see tableSpans.ts); a narrow cell's text is broken a few
 * characters a line (市 / 监 / 察 / 局).
 */

import type { SourceLine } from "../text/lines";
import { isUnitLike } from "./unitLike";
import { columnKind, headerKinds, type Table, type TableHeading, type TableRow } from "./tableHeader";
import { nameColumn } from "./tableColumns";
import { mergeSpans } from "./tableSpans";
import { spannedRow } from "./tableTabbed";
import type { ColumnKind } from "./vocabulary";

const LONE_BAR = /^\s*[|\uff5c]\s*$/;
const LED = /^\s*[|\uff5c]\s*(\S.*)$/;
/** How many lines a row may run over before its closing `|` line: past that, the table has ended. */
const MAX_ROW_LINES = 16;

/** A header `牵头单位` / `| 目标任务` / `| 责任单位` / `|` at `lines[i]`: its columns and the index after it. */
export function detectPipedHeader(
  lines: readonly SourceLine[],
  i: number,
): { columns: ColumnKind[]; next: number; tabbed: boolean; piped: true } | null {
  const group = rowAt(lines, i);
  if (!group || group.cells.length < 3 || group.cells.some((c) => c.length !== 1)) return null;
  const names = group.cells.map((c) => c[0] as string);
  const columns = headerKinds(nameColumn(names.map(columnKind), names));
  return columns ? { columns, next: group.next, tabbed: false, piped: true } : null;
}

/** The lines of one row from `lines[i]` (cells, each as its lines), and the index after its `|` line. */
function rowAt(lines: readonly SourceLine[], i: number): { cells: string[][]; next: number } | null {
  const first = lines[i];
  if (!first || LONE_BAR.test(first.text) || LED.test(first.text)) return null;
  const cells: string[][] = [[first.text.trim()]];
  for (let k = i + 1; k < lines.length && k - i < MAX_ROW_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    if (text.trim() === "") continue;
    if (LONE_BAR.test(text)) return { cells, next: k + 1 };
    const led = LED.exec(text);
    if (led) cells.push([(led[1] as string).trim()]);
    else (cells[cells.length - 1] as string[]).push(text.trim());
  }
  return null;
}

/** A cell's lines as one text: a narrow cell broken a few characters a line is joined; units listed. */
function joinCell(parts: readonly string[]): string {
  if (parts.length > 1 && parts.every((p) => p.length <= 4) && !parts.every(isUnitLike))
    return parts.join("");
  return parts.every(isUnitLike) ? parts.join("、") : parts.join("");
}

/** Reads the rows of a piped table after its header, until a row is not closed by its `|` line. */
export function readPiped(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    if (line.text.trim() === "") {
      i++;
      continue;
    }
    if (isEnd(line)) break;
    const row = rowAt(lines, i) ?? lastRow(lines, i);
    if (!row) break;
    items.push({ row: spannedRow(columns, row.cells.map(joinCell), line.no, true) });
    i = row.next;
  }
  return { columns, headerLine, items: mergeSpans(items), end: i };
}

/** The rows the text ends in without their `|` line (the copy is cut): read as a row when short. */
function lastRow(lines: readonly SourceLine[], i: number): { cells: string[][]; next: number } | null {
  const rest = lines.slice(i).filter((l) => l.text.trim() !== "");
  if (rest.length === 0 || rest.length > 3) return null;
  const cells: string[][] = [];
  for (const l of rest) {
    const led = LED.exec(l.text);
    if (led || cells.length === 0) cells.push([(led ? (led[1] as string) : l.text).trim()]);
    else (cells[cells.length - 1] as string[]).push(l.text.trim());
  }
  return { cells, next: lines.length };
}
