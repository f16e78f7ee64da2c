/**
 * Rows of a flattened table after its header, in any flattening: one cell per line (blank lines or not),
 * `|` cells, cells separated by spaces, a row broken over several lines. Rows are anchored by their number
 * (1、 1. 1, counting on from the last) or, in a table without numbers, by a line that starts with text.
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering, bareNumber } from "../numbering";
import { isBreakdownTitle } from "../docInfo";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "../vocabulary";
import { joinWrappedNames, splitCells, isValueCell, unitsOfCell } from "./cells";
import { headerAt, isUnitColumn, type FoundHeader } from "./header";

/** One row: its number if written, its first line, and its cells in order (without the number). */
export interface Row {
  readonly no: number | null;
  readonly line: number;
  readonly cells: string[];
}

// A line that opens with a units label and its colon.
const UNITS_LABEL_LINE = new RegExp(`^\\s*(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*:`);

// Lines read past the last unit before the table is taken to have ended.
const MAX_GAP = 16;

// Styles of row numbers: 1、 1. (1) 1) ①; a bare 1 is "bare".
const ROW_STYLES: ReadonlySet<string> = new Set(["ar", "par", "arp", "circ"]);

/** The number that starts a row (1、text, (1)text, or a bare 1 cell), its style and the rest of its cell. */
function rowNumber(
  cell: string,
  last: number,
  style: string | null,
): { no: number; rest: string; style: string } | null {
  const bare = bareNumber(cell);
  const num = bare === null ? readNumbering(cell) : null;
  const n = bare ?? (num && ROW_STYLES.has(num.style) ? num.n : null);
  const own = bare === null ? (num?.style ?? "") : "bare";
  if (n === null || (style !== null && own !== style) || (n !== last + 1 && n !== 1)) return null;
  const rest = bare === null && num ? cell.slice(num.length).trim() : "";
  // 9.8% is a figure, not row 9; a cell that is only the number ((1), 1.) is a bare number.
  if (bare === null && /^[\d%.]/.test(rest)) return null;
  return { no: n, rest, style: own };
}

/** True when two headers name the same columns in the same order. */
function sameColumns(a: FoundHeader, b: FoundHeader): boolean {
  return a.columns.length === b.columns.length && a.columns.every((k, n) => k === b.columns[n]);
}

/** The row number that opens the first line with text from `from` (as rowNumber reads it after `last`), or null. */
function numberAfter(lines: readonly SourceLine[], from: number, last: number): number | null {
  for (let j = from; j < lines.length; j++) {
    const text = (lines[j] as SourceLine).text;
    if (text !== "") return rowNumber(splitCells(text)[0] ?? "", last, null)?.no ?? null;
  }
  return null;
}

/** True for a section heading inside the table: 一、…, (一)…. */
function isSectionHeading(text: string): boolean {
  const num = readNumbering(text);
  return num !== null && (num.style === "cn" || num.style === "pcn");
}

/**
 * Reads the rows under `header`; stops at another header, a breakdown title, or after a stretch of lines
 * without a unit. Returns the rows, the index of the first line not read, and the number of the last line
 * that went into a row (the table's last line; the lines after it up to `end` were read past).
 */
export function readRows(
  lines: readonly SourceLine[],
  header: FoundHeader,
  known: Set<string>,
): { rows: Row[]; end: number; lastLine: number | null } {
  const rows: Row[] = [];
  const numbered = opensWithNumber(lines, header);
  const mode = header.mode === "line" && oneCellPerLine(lines, header.end) ? "cell" : header.mode;
  let last = 0;
  let current: Row | null = null;
  let gap = 0;
  let closed = false;
  let style: string | null = null;
  let lastLine: number | null = null;
  let i = header.end;
  for (; i < lines.length && gap <= MAX_GAP; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === "") continue;
    const again = headerAt(lines, i);
    // The table's own header repeated on the next page, the numbering going on under it: read past it.
    if (
      again &&
      numbered &&
      last > 0 &&
      sameColumns(again, header) &&
      numberAfter(lines, again.end, last) === last + 1
    ) {
      i = again.end - 1;
      continue;
    }
    if (again || isBreakdownTitle(line.folded)) break;
    // Under a header on one line, a units label line (牵头单位:县政府办) is the text's again, not a row's cell.
    if (mode === "line" && rows.length > 0 && UNITS_LABEL_LINE.test(line.folded)) break;
    // Cells set apart by spaces may break a unit's name (县交通 运输局): its halves joined.
    const cells =
      mode === "line"
        ? /[|\uff5c]/.test(line.text)
          ? splitCells(line.text)
          : joinWrappedNames(splitCells(line.text))
        : cellsOfLine(line.text);
    // A name broken a few characters a line (市政 / 府办 / 公厅): one cell.
    if (mode === "cell" && isFragment(line.text, known)) {
      let j = i + 1;
      let joined = line.text.trim();
      while (j < lines.length && isShort((lines[j] as SourceLine).text))
        joined += (lines[j++] as SourceLine).text.trim();
      if (j > i + 1 && unitsOfCell(joined, known)) {
        cells.splice(0, cells.length, joined);
        i = j - 1;
      }
    }
    if (cells.length === 0) {
      // A line that is only a cell border (|) ends the row: the next text cell opens another.
      if (mode === "cell" && current && !numbered) closed = true;
      continue;
    }
    const first = cells[0] as string;
    if (cells.length === 1 && isSectionHeading(first) && !unitsOfCell(first, known)) {
      current = null;
      gap++;
      continue;
    }
    const num: ReturnType<typeof rowNumber> = numbered ? rowNumber(first, last, style) : null;
    let starts = false;
    if (num) {
      starts = true;
      last = num.no;
      style = num.style;
      current = {
        no: num.no,
        line: line.no,
        cells: num.rest ? [num.rest, ...cells.slice(1)] : cells.slice(1),
      };
    } else if (
      !numbered &&
      ((closed && !unitsOfCell(first, known)) || startsUnnumbered(cells, current, { ...header, mode }, known))
    ) {
      starts = true;
      current = { no: null, line: line.no, cells };
    } else if (current) for (const c of cells) current.cells.push(c);
    if (starts && current) rows.push(current);
    if (current) lastLine = line.no;
    closed = false;
    gap = cells.some((c) => unitsOfCell(c, known)) ? 0 : gap + 1;
  }
  return { rows, end: i, lastLine };
}

/** The cells of a line in a one-cell-per-line table: the line, without the `|` borders a copy kept. */
function cellsOfLine(text: string): string[] {
  return /[|\uff5c]/.test(text) ? splitCells(text) : [text.trim()];
}

const isShort = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.length <= 4 && !/[\d|,,。;;::、]/.test(t);
};

/** The start of a name broken over lines: a short piece that is not a name by itself. */
function isFragment(text: string, known: ReadonlySet<string>): boolean {
  return isShort(text) && !unitsOfCell(text.trim(), known);
}

/** True when the first lines under a header on one line hold one cell each: the rows were flattened cell by cell. */
function oneCellPerLine(lines: readonly SourceLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < 6; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text === "") continue;
    seen++;
    if (splitCells(text).length > 1) return false;
  }
  return seen === 6;
}

/** True when a row numbered 1 comes within the first lines under the header (a merged cell may come first). */
function opensWithNumber(lines: readonly SourceLine[], header: FoundHeader): boolean {
  let seen = 0;
  for (let i = header.end; i < lines.length && seen < 6; i++) {
    const text = (lines[i] as SourceLine).text;
    if (text === "") continue;
    seen++;
    const first = header.mode === "line" ? (splitCells(text)[0] ?? "") : text.trim();
    if (rowNumber(first, 0, null)) return true;
  }
  return false;
}

/** In a table without row numbers: does this line start a row? */
function startsUnnumbered(
  cells: readonly string[],
  current: Row | null,
  header: FoundHeader,
  known: ReadonlySet<string>,
): boolean {
  const first = cells[0] as string;
  // A line with just the header's cells is a row (养老机构 | 4月份 | 民政所: its first cell is the task).
  if (header.mode === "line" && cells.length === header.columns.length) return true;
  if (unitsOfCell(first, known)) {
    // A units column before the task column (牵头单位 | 目标任务 | 责任单位): its cell opens the row.
    const task = header.columns.indexOf("task");
    if (!header.columns.slice(0, task).some(isUnitColumn)) return false;
    if (header.mode === "line") return cells.length >= 2;
    // After a row's text: the next row's lead, unless the header has units after the task column too.
    const unitsAfter = header.columns.slice(task + 1).some(isUnitColumn);
    return current === null || (unitsAfter ? hasTextThenUnits(current, known) : hasText(current, known));
  }
  if (unitsOfCell(first, known) || isValueCell(first)) return false;
  if (header.mode === "line") return cells.length >= 2 || current === null;
  // One cell per line: a text cell after a row that already has its units after its text (or its text,
  // when the only units column comes before the task column: the lead, merged over rows, given once).
  const task = header.columns.indexOf("task");
  const unitsAfter = header.columns.slice(task + 1).some(isUnitColumn);
  return current === null || (unitsAfter ? hasTextThenUnits(current, known) : hasText(current, known));
}

/** True when the row has a text cell. */
function hasText(row: Row, known: ReadonlySet<string>): boolean {
  return row.cells.some((c) => !unitsOfCell(c, known) && !isValueCell(c));
}

/** True when the row has a text cell and a unit cell after it. */
function hasTextThenUnits(row: Row, known: ReadonlySet<string>): boolean {
  const text = row.cells.findIndex((c) => !unitsOfCell(c, known) && !isValueCell(c));
  return text >= 0 && row.cells.slice(text + 1).some((c) => unitsOfCell(c, known));
}
