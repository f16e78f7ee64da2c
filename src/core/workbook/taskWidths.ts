/**
 * Widths of the 任务台账 columns, chosen from the ledger's content so that it prints on the fewest pages one
 * A4 landscape page wide at the readable size (columnWidths.ts; docs/printing.md has the figures). Excel has
 * no print-only width, so these serve the screen too.
 */

import { allocateWidths, cellOf, minimumWidth } from "../plan/columnWidths";
import { columnPoints, printable, READABLE_SCALE } from "../plan/pageFit";
import { printPlan } from "../plan/print";
import type { CellValue, SheetPlan } from "../plan/types";

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

/**
 * The sheet with the widths of its table `table` chosen again from all its columns (taskWidths), the
 * columns a clerk added among them, and printed as planned with them. An added column kept at a fixed
 * width made 任务台账 wider than a landscape page holds at the readable scale: fitted one page wide all the
 * same, it printed at 6.7 points (one column of 14 added to the 169 characters); chosen with the others it
 * wraps its text, and the other columns give up what they can spare, so the list stays readable.
 * A sheet without that table, or a table without rows, comes back as it is.
 */
export function refitTable(sheet: SheetPlan, table: string): SheetPlan {
  const t = sheet.tables.find((x) => x.name === table);
  if (!t) return sheet;
  const grid: CellValue[][] = Array.from({ length: t.range.rows - 1 }, () =>
    Array.from({ length: t.range.cols }, (): CellValue => null),
  );
  for (const b of sheet.blocks) {
    const cells: ReadonlyArray<readonly CellValue[]> =
      b.kind === "values" ? b.values : b.results.map((v) => [v]);
    cells.forEach((row, i) =>
      row.forEach((v, k) => {
        const r = grid[b.row + i - t.range.row - 1];
        const c = b.col + k - t.range.col;
        if (r && c >= 0 && c < t.range.cols) r[c] = v;
      }),
    );
  }
  const chosen = taskWidths(t.columns, grid, {});
  if (!chosen) return sheet;
  const widths = [...sheet.widths];
  chosen.forEach((w, k) => (widths[t.range.col + k] = w));
  const { print, ...rest } = sheet;
  const refitted = { ...rest, widths };
  return print ? { ...refitted, print: printPlan(refitted) } : refitted;
}
