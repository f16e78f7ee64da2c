/** The rows of a table that are not data: group and category rows, and the 序号 of sub-rows. */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
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
