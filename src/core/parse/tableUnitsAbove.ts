/**
 * A table without a units column under a heading that names the units of all its rows, the work they are to do
 * (一、各区、县(市)政府、市政府各部门负责落实的工作任务, over 序号 / 任务事项 / 工作要求 / 完成时限; 二、县直各部门承担的
 * 重点任务). The header is read without a units column, and each row is given the heading's units (as a units cell:
 * the first leads, the others help). Only right under such a heading: a table of tasks without any unit is no
 * breakdown. (A field naming the one unit of a responsibility book, 部门(单位):X over 工作任务 / 目标及质量要求, is the
 * same family, left for when its two-column table without 序号 reads.)
 */

import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { isCollective } from "./splitUnits";
import { isUnitLike, splitUnitList } from "./unitLike";
import { UNITS_OF_TABLE_HEADING, type ColumnKind } from "./vocabulary";
import type { FoundHeader } from "./tableHeader";

/** The units the filled line before `lines[i]` names for the table starting there, or null. */
export function unitsAbove(lines: readonly SourceLine[], i: number): string | null {
  let k = i - 1;
  while (k >= 0 && (lines[k] as SourceLine).text.trim() === "") k--;
  const line = lines[k];
  if (!line) return null;
  const folded = line.folded.trim();
  const num = readNumbering(folded);
  const heading = UNITS_OF_TABLE_HEADING.exec(num ? folded.slice(num.length).trim() : folded);
  const units = heading?.[1]?.replace(/\s+/g, "") ?? "";
  const names = units ? splitUnitList(units) : [];
  return names.length > 0 && names.every((n) => isUnitLike(n) || isCollective(n)) ? units : null;
}

/**
 * A header's columns without a units column: a task column and at least one more, most of them known. For a
 * table under a line naming its units (unitsAbove); null otherwise.
 */
export function unitlessColumns(kinds: ReadonlyArray<ColumnKind | null>): ColumnKind[] | null {
  if (kinds.length < 2 || !kinds.includes("task")) return null;
  if (kinds.some((k) => k === "lead" || k === "co" || k === "units")) return null;
  if (kinds.filter((k) => k === null).length * 2 > kinds.length) return null;
  return kinds.map((k) => k ?? "other");
}

/**
 * The header at `lines[i]` read without a units column (`kinds`, the index after it `next`), when the heading
 * above it names the units of its rows; `tabbed` says, from the number of columns, whether its rows are tab rows.
 */
export function unitlessHeader(
  lines: readonly SourceLine[],
  i: number,
  kinds: ReadonlyArray<ColumnKind | null>,
  next: number,
  tabbed: (columns: number) => boolean,
): FoundHeader | null {
  const columns = unitlessColumns(kinds);
  const givenUnits = columns ? unitsAbove(lines, i) : null;
  return columns && givenUnits ? { columns, next, tabbed: tabbed(columns.length), givenUnits } : null;
}
