/**
 * What a table header's cells name: a cell's column kind, the kinds that make a header, the cells of a one-line
 * row, and a schedule's second header row merged into the first (tableHeader.ts finds where a header stands).
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { COLUMN_NAMES, COLUMN_WORDS, SCHEDULE_COLUMN, type ColumnKind } from "./vocabulary";

/** The kind of a header cell, or null when the text is not a column name. */
export function columnKind(cell: string): ColumnKind | null {
  const kind = namedColumn(cell);
  // 重点工作任务(杭州市2项牵头工作), 年度投资(万元): a remark in brackets after the name says nothing more.
  const bare = cell.replace(/\s*[((][^()()]*[))]\s*$/, "");
  return kind ?? (bare !== cell && bare.trim() ? namedColumn(bare) : null);
}

function namedColumn(cell: string): ColumnKind | null {
  // 2022年预期目标, 2024年度目标: the year says nothing about the column.
  const s = fold(cell)
    .replace(/\s+/g, "")
    .replace(/^\d{4}年度?/, "");
  for (const { kind, re } of COLUMN_NAMES) if (re.test(s)) return kind;
  if (s.length < 2 || s.length > 10 || /[\d。,,;;::、]/.test(s)) return null;
  // A short cell opening with a verb of work (强化组织领导, 加强项目管理) is a task's words, not a column's name.
  if (/^(加强|强化|坚持|健全|完善|深化|提升|做好|抓好|建立|全面)/.test(s)) return null;
  for (const { kind, re } of COLUMN_WORDS) if (re.test(s)) return kind;
  return null;
}

/**
 * A header is at least three cells, with a task column and a column naming units; a few cells the reader
 * does not know (是否达序, 考核分值) are kept as other columns rather than rejecting the table.
 */
export function headerKinds(kinds: ReadonlyArray<ColumnKind | null>): ColumnKind[] | null {
  if (kinds.length < 3) return null;
  const unknown = kinds.filter((k) => k === null).length;
  if (unknown * 2 > kinds.length) return null;
  if (!kinds.includes("task") || !(kinds.includes("lead") || kinds.includes("units"))) return null;
  return kinds.map((k) => k ?? "other");
}

/** A header of two cells set apart by a tab or spaces, task then units (工作任务⇥责任单位): its columns. */
export function twoColumns(kinds: ReadonlyArray<ColumnKind | null>, separated: boolean): ColumnKind[] | null {
  const [a, b] = kinds;
  const units = b === "lead" || b === "units";
  return separated && kinds.length === 2 && a === "task" && units ? [a, b] : null;
}

/** The cells of a one-line row: separated by tabs, or by | as web tables are copied. Null for one cell. */
export function rowCells(text: string): string[] | null {
  const line = text
    .replace(/\uff5c/g, "|")
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "");
  const cells = line.includes("\t") ? line.split("\t") : line.includes("|") ? line.split("|") : null;
  return cells && cells.length > 1 ? cells.map((c) => c.trim()) : null;
}

/** Columns whose name a second header row never stands under: the cells of the task, the units, 序号. */
const OWN_COLUMNS: ReadonlyArray<ColumnKind | null> = ["seq", "task", "leader", "lead", "co", "units"];

/**
 * The header's names with a second header row of a schedule merged in: 第一季度 … 第四季度 under 时间节点. The
 * second row's other cells are empty or repeat the first row's (a spreadsheet fills a merged 序号 down). In
 * place when each schedule cell stands under the spanning cell or an empty one (a spreadsheet, a .docx);
 * else listed after the first row's cells (`twoRows`: the spanning cell is found by underSpanningCell).
 */
export function withScheduleRow(
  cells: readonly string[],
  line: SourceLine | undefined,
): { names: string[]; twoRows: boolean; rows: 1 | 2 } {
  const raw = line ? ((line.raw.includes("\t") ? line.raw.split("\t") : rowCells(line.text)) ?? []) : [];
  const second = raw.map((c) => c.trim());
  const isSchedule = (c: string): boolean => SCHEDULE_COLUMN.test(fold(c).replace(/\s+/g, ""));
  const schedule = second.filter(isSchedule);
  const repeats = second.every((c, k) => c === "" || isSchedule(c) || c === cells[k]);
  if (schedule.length < 2 || !repeats) return { names: [...cells], twoRows: false, rows: 1 };
  const inPlace = second.every(
    (c, k) => !isSchedule(c) || (k < cells.length && !OWN_COLUMNS.includes(columnKind(cells[k] as string))),
  );
  if (inPlace)
    return {
      names: cells.map((c, k) => (isSchedule(second[k] ?? "") ? (second[k] as string) : c)),
      twoRows: false,
      rows: 2,
    };
  // The first row's empty cells at its end (a '|' line closed by '|||') are no columns the schedule comes after.
  let named = cells.length;
  while (named > 0 && (cells[named - 1] as string).trim() === "") named--;
  return { names: [...cells.slice(0, named), ...schedule], twoRows: true, rows: 2 };
}
