/**
 * Widths of the 任务台账 columns, chosen from the ledger's content so that it prints on the fewest pages one
 * A4 landscape page wide at the readable size (columnWidths.ts; docs/printing.md has the figures). Excel has
 * no print-only width, so these serve the screen too.
 */

import { allocateWidths, cellOf, minimumWidth } from "../plan/columnWidths";
import { columnPoints, printable, READABLE_SCALE } from "../plan/pageFit";
import type { CellValue } from "../plan/types";

/**
 * The narrowest some columns may be whatever they hold now, for the screen: 进展情况 and 备注, typed into
 * later, eight and four characters a line; 截止日期 a whole date (Excel shows #### for one cut short); 亮灯
 * one light word; the optional columns a short phrase.
 */
const SCREEN_MINIMUM: Readonly<Record<string, number>> = {
  进展情况: 16,
  备注: 8,
  截止日期: 11,
  亮灯: 3,
  工作措施: 16,
  节点目标: 12,
  责任人: 6,
};

/** The text a ledger cell shows: a date as yyyy-mm-dd, a number as written. */
function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("date" in v) return "0000-00-00";
  return "result" in v ? String(v.result ?? "") : "";
}

/**
 * Widths for the ledger's columns (`header`, then a row of values per task, `extra` columns' values by
 * header such as the formula results of 亮灯): each column at least its header on three lines, its short
 * tokens whole and SCREEN_MINIMUM; the rest of a landscape page at READABLE_SCALE given
 * where it saves the most lines. Null without tasks (nothing to measure).
 */
export function taskWidths(
  header: readonly string[],
  rows: ReadonlyArray<readonly CellValue[]>,
  extra: Readonly<Record<string, readonly string[]>>,
): number[] | null {
  if (rows.length === 0) return null;
  const columns = header.map((h, c) => {
    const texts = extra[h] ?? rows.map((r) => shown(r[c]));
    return { cells: [cellOf(h), ...texts.map(cellOf)], min: minimumWidth(h, texts, SCREEN_MINIMUM[h]) };
  });
  return allocateWidths(columns, printable("landscape").width / READABLE_SCALE, columnPoints);
}
