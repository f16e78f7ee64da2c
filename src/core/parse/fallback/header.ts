/**
 * Finding a table's header wherever its cells were put: on one line (`|` or spaces between cells) or one
 * cell per line. A header names a task column and a column of units (vocabulary.ts).
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { readNumbering } from "../numbering";
import { isBreakdownTitle } from "../docInfo";
import {
  COLUMN_NAMES,
  COLUMN_WORDS,
  FALLBACK_OTHER_COLUMN,
  FALLBACK_TASK_COLUMN,
  FALLBACK_UNIT_COLUMN,
  LEAD_VERB,
  CO_VERB,
  type ColumnKind,
} from "../vocabulary";
import { splitCells } from "./cells";
import { brokenHeaderNames } from "../tableSpacedNames";

/** A header found: its columns in order, where it ends, and whether rows keep their cells on one line. */
export interface FoundHeader {
  readonly columns: readonly ColumnKind[];
  /** Index (into the lines) of the header's first line. */
  readonly start: number;
  /** Index of the first line after the header. */
  readonly end: number;
  /** "line": a row's cells share a line; "cell": one cell per line. */
  readonly mode: "line" | "cell";
}

const LEAD_START = new RegExp(`^(主要|具体)?${LEAD_VERB}`);
const CO_START = new RegExp(`^${CO_VERB}`);

/**
 * What column a header cell names, or null when the cell is not a header cell.
 * @example columnKind("指标名称") === "task"; columnKind("责任科室") === "units"; columnKind("单位") === "other"
 */
export function columnKind(cell: string): ColumnKind | null {
  const f = fold(cell).replace(/\s+/g, "").replace(/[::]$/, "");
  if (f.length === 0 || f.length > 14 || /[。,;!?]/.test(f) || readNumbering(f)) return null;
  // The document's title over a table one cell a line (2024年重点工作任务分解表) names no column.
  if ((/^\d{4}年/.test(f) || f.endsWith("表")) && isBreakdownTitle(f)) return null;
  for (const { kind, re } of COLUMN_NAMES) if (re.test(f)) return kind;
  if (FALLBACK_UNIT_COLUMN.test(f)) return LEAD_START.test(f) ? "lead" : CO_START.test(f) ? "co" : "units";
  if (FALLBACK_TASK_COLUMN.test(f)) return "task";
  if (FALLBACK_OTHER_COLUMN.test(f)) return "other";
  for (const { kind, re } of COLUMN_WORDS) if (re.test(f)) return kind;
  return null;
}

/** True when a column holds units. */
export const isUnitColumn = (k: ColumnKind): boolean => k === "lead" || k === "co" || k === "units";

/** True when the columns make a header: a task column and a column of units. */
function isHeader(columns: readonly ColumnKind[]): boolean {
  return columns.includes("task") && columns.some(isUnitColumn);
}

/** A short cell a header may hold that names no known column (实际完成, 备 注): at most one per header. */
function isOddCell(cell: string): boolean {
  const f = fold(cell).replace(/\s+/g, "");
  return f.length >= 2 && f.length <= 8 && !/[\d。,;:!?、|]/.test(f);
}

/** The columns of header cells, null when they are not a header (unknown cells beyond one odd cell). */
function kindsOf(cells: readonly string[]): ColumnKind[] | null {
  const kinds = cells.map(columnKind);
  const unknown = kinds.filter((k, i) => k === null && isOddCell(cells[i] as string)).length;
  if (kinds.filter((k) => k === null).length !== unknown || unknown > 1) return null;
  const columns = kinds.map((k) => k ?? "other");
  return isHeader(columns) ? columns : null;
}

/** The header that starts at line `i`, or null. */
export function headerAt(lines: readonly SourceLine[], i: number): FoundHeader | null {
  const line = lines[i];
  if (!line || line.text === "" || (columnKind(line.text) === null && splitCells(line.text).length < 2))
    return null;
  // Names broken by runs of spaces in a header set apart by single spaces (牵头   单位): joined (tableSpacedNames.ts).
  const cells = joinSingles(brokenHeaderNames(line.folded) ?? splitCells(line.text));
  if (cells.length >= 2) {
    const columns = kindsOf(cells);
    return columns ? { columns, start: i, end: i + 1, mode: "line" } : null;
  }
  // One cell per line, blank lines between allowed: the run of header cells (one odd cell inside it).
  const cellsRun: string[] = [];
  let end = i;
  let odd = 0;
  for (let j = i; j < lines.length; j++) {
    const l = lines[j] as SourceLine;
    if (l.text === "") continue;
    const one = splitCells(l.text);
    if (one.length !== 1) break;
    let cell = one[0] as string;
    // A header cell wrapped over lines (建设起 / 止年限, 责任 / 单位, 总投资 / (万元)): one column name.
    const k = nextCellLine(lines, j);
    const next = k === null ? null : splitCells((lines[k] as SourceLine).text);
    const nextCell = next && next.length === 1 ? (next[0] as string) : null;
    if (k !== null && nextCell !== null && wrapsOn(cell, nextCell, cellsRun.length > 0)) {
      cell += nextCell;
      j = k;
    } else if (
      cellsRun.length > 0 &&
      columnKind(cell) === null &&
      joinsBack(cellsRun[cellsRun.length - 1] as string, cell)
    ) {
      cellsRun[cellsRun.length - 1] += cell;
      end = j + 1;
      continue;
    }
    if (columnKind(cell) === null) {
      if (odd > 0 || !isOddCell(cell)) break;
      odd++;
      cellsRun.push(cell);
      continue;
    }
    cellsRun.push(cell);
    end = j + 1;
  }
  // A trailing odd cell is the first body cell, not the header's.
  while (cellsRun.length > 0 && columnKind(cellsRun[cellsRun.length - 1] as string) === null) cellsRun.pop();
  const columns = cellsRun.length >= 2 ? kindsOf(cellsRun) : null;
  return columns ? { columns, start: i, end, mode: "cell" } : null;
}

/** A measure in brackets under a header cell's name (总投资 / (万元)): part of that cell. */
const MEASURE_BRACKET = /^[((][^()()]{1,4}[))]$/;
/** The second half of a column name wrapped onto a line of its own (资金 / 来源, 责任 / 单位, 建设起 / 止年限). */
const SECOND_HALF = /^(?:来源|计划|单位|部门|科室|止?年限|时限|期限|名称|内容|情况|领导)$/;

/**
 * True when the header cell `cell` and the next line `next` are one column name wrapped: a short first half that is
 * no column by itself and a second half that is none either or only ends a name (建设起 / 止年限, 责任 / 单位, 2023年度 /
 * 计划), or a measure in brackets under the name (总投资 / (万元)). Only inside a run already started (`inRun`).
 */
function wrapsOn(cell: string, next: string, inRun: boolean): boolean {
  const here = fold(cell).trim();
  const there = fold(next).trim();
  // A row's number after the header (1 / 城市用气) is never a header cell's half.
  if (!inRun || /^\d+[.、]?$/.test(here)) return false;
  if (MEASURE_BRACKET.test(there)) return true;
  if (here.length > 6 || (columnKind(there) !== null && !SECOND_HALF.test(there))) return false;
  return columnKind(here) === null && columnKind(here + there) !== null;
}

/** True when a cell that names no column only ends the short one before it (资金 / 来源 → 资金来源). */
function joinsBack(previous: string, cell: string): boolean {
  return previous.length <= 4 && SECOND_HALF.test(fold(cell).trim()) && columnKind(previous + cell) !== null;
}

/** The index of the next line with text after `lines[j]`, or null. */
function nextCellLine(lines: readonly SourceLine[], j: number): number | null {
  for (let k = j + 1; k < lines.length; k++) if ((lines[k] as SourceLine).text !== "") return k;
  return null;
}

/** Header cells written with spaces between their characters (单 位, 备  注) joined back: runs of one-character cells. */
function joinSingles(cells: readonly string[]): string[] {
  const out: string[] = [];
  let run = "";
  for (const c of cells) {
    if (c.length === 1) {
      run += c;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(c);
  }
  if (run) out.push(run);
  return out;
}

/** The first header at or after line `from`, or null. */
export function findHeader(lines: readonly SourceLine[], from: number): FoundHeader | null {
  for (let i = from; i < lines.length; i++) {
    const h = headerAt(lines, i);
    if (h) return h;
  }
  return null;
}
