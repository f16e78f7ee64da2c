/** The rows of a table that are not data: group and category rows, and the 序号 of sub-rows. */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { bareNumber } from "./numbering";
import type { ColumnKind } from "./vocabulary";

/** A line of a table flattened to one cell per line, without the | a web page leaves after each cell. */
export function cellLine(line: SourceLine): SourceLine {
  if (!/\|\s*$/.test(line.text)) return line;
  return {
    ...line,
    text: line.text.replace(/[\s|]+$/, ""),
    folded: line.folded.replace(/[\s|]+$/, ""),
  };
}

/** A 序号 numbering a row under another: 7.1, 7-2 (the row's number, then its own). */
export const SUB_SEQ = /^(\d{1,4})[.-](\d{1,3})$/;

/** A section marker opening a row (一、 (二)): a heading inside the table, never a column name. */
export const SECTION_ROW = /^([一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))])/;

/**
 * The name of a group cell given on the line after its bare marker ((一) / 经济社会发展主要预期目标): the
 * next filled line and its index; null when the marker's line holds more than the marker.
 */
export function groupName(lines: readonly SourceLine[], i: number): { text: string; at: number } | null {
  if (
    !/^([一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))])$/.test(
      fold(cellLine(lines[i] as SourceLine).text),
    )
  )
    return null;
  for (let k = i + 1; k < lines.length; k++) {
    const line = cellLine(lines[k] as SourceLine);
    if (line.text === "") continue;
    return SECTION_ROW.test(line.folded) ? null : { text: line.text, at: k };
  }
  return null;
}

/**
 * A category row inside a table (一、教育类(5项), maybe with subtotals in other columns): its text, or null.
 * It names no unit or leader, and its first filled cell is a section heading.
 */
export function categoryRow(cells: readonly string[], columns: readonly ColumnKind[]): string | null {
  const first = cells.findIndex(Boolean);
  if (first < 0 || !SECTION_ROW.test(fold(cells[first] as string))) return null;
  const named = cells.some(
    (c, k) => k !== first && c !== "" && ["task", "lead", "co", "units", "leader"].includes(columns[k] ?? ""),
  );
  return named ? null : (cells[first] as string);
}

/**
 * A header without 序号 over rows whose second cell is a bare number (工作任务 / 具体要求 / 责任科室, then
 * 强化… / 1 / 对…): the number's column has no header cell, and the first column, before it, is a group merged
 * over its rows; the text column after the number holds the task. In place: 序号 is put in after the first
 * cell, the first unnamed or other column after it becomes the task (a category column before 序号).
 */
export function unnamedSeq(
  kinds: Array<ColumnKind | null>,
  names: string[],
  lines: readonly SourceLine[],
  j: number,
): void {
  if (kinds.includes("seq")) return;
  const cells: string[] = [];
  for (let k = j; k < lines.length && cells.length < 2; k++) {
    const text = cellLine(lines[k] as SourceLine).folded.trim();
    if (text !== "") cells.push(text);
  }
  // Rows that open with their number (1 / 推进… / 县水利局) under a header that names no 序号: the number's column
  // comes first.
  if (cells.length === 2 && bareNumber(cells[0] as string) === 1 && bareNumber(cells[1] as string) === null) {
    kinds.unshift("seq");
    names.unshift("序号");
    return;
  }
  if (kinds[0] !== "task") return;
  if (cells.length < 2 || bareNumber(cells[0] as string) !== null || bareNumber(cells[1] as string) === null)
    return;
  const task = kinds.findIndex((k, c) => c > 0 && (k === null || k === "other" || k === "task"));
  const units = kinds.findIndex((k) => k === "lead" || k === "units");
  if (task < 0 || units < task) return;
  kinds[0] = "other";
  kinds[task] = "task";
  kinds.splice(1, 0, "seq");
  names.splice(1, 0, "序号");
}

/**
 * A task column before 序号 with no task column after it (工作任务 | 序号 | 具体要求 | 责任科室, one row a line): the
 * first column is a group merged over its rows (left empty under it), and the first unnamed or other
 * column after 序号 holds each row's task. Other headers are returned as they are.
 */
export function groupBeforeSeq(kinds: ReadonlyArray<ColumnKind | null>): Array<ColumnKind | null> {
  if (kinds[0] !== "task" || kinds[1] !== "seq" || kinds.includes("task", 2)) return [...kinds];
  const task = kinds.findIndex((k, c) => c > 1 && (k === null || k === "other"));
  const units = kinds.findIndex((k) => k === "lead" || k === "units");
  if (task < 0 || units < task) return [...kinds];
  return kinds.map((k, c) => (c === 0 ? "other" : c === task ? "task" : k));
}

const UNIT_KINDS: ReadonlyArray<ColumnKind | null> = ["lead", "co", "units"];

/**
 * A header whose task column lost its name (a blank cell right after 序号: 序号 / ␣ / 牵头单位 / 责任单位 …), one cell
 * a line: the blank line is no cell there, so the header reads 序号 then units columns, with no task column. When
 * the first row under it is a number then a sentence (1 / 严格落实…。 / 市发改委), the sentence's column is the task's:
 * put in after 序号, in place.
 */
export function unnamedTask(
  kinds: Array<ColumnKind | null>,
  names: string[],
  lines: readonly SourceLine[],
  j: number,
): void {
  if (kinds[0] !== "seq" || kinds.includes("task") || !UNIT_KINDS.includes(kinds[1] ?? null)) return;
  const cells: string[] = [];
  for (let k = j; k < lines.length && cells.length < 2; k++) {
    const text = cellLine(lines[k] as SourceLine).folded.trim();
    if (text !== "") cells.push(text);
  }
  const [seq, task] = cells;
  if (seq === undefined || bareNumber(seq) === null || task === undefined || !sentence(task)) return;
  kinds.splice(1, 0, "task");
  names.splice(1, 0, "");
}

/** A header's blank cell right after 序号 with no task column named (序号 | | 牵头单位 | 责任单位): the task's, in place. */
export function blankTaskCell(kinds: Array<ColumnKind | null>, names: readonly string[]): void {
  if (kinds[0] !== "seq" || kinds.includes("task") || names[1]?.trim() !== "") return;
  if (kinds.slice(2).some((k) => UNIT_KINDS.includes(k))) kinds[1] = "task";
}

/** A task's sentence, never a unit's name: 12 characters or more with a stop or a comma in them. */
const sentence = (text: string): boolean => text.length >= 12 && /[。,,;;]/.test(text);
