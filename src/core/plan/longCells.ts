/** Cells longer than Excel holds (32,767 characters): cut to fit, each one reported with its cell. */

import { message, whereText, type Lang } from "../messages";
import { a1 } from "./formulas";
import type { Block, CellValue, SheetPlan, WorkbookPlan } from "./types";

/** The most characters an Excel cell holds. */
export const CELL_LIMIT = 32767;

/** A cell that had to be cut: where it is, how long it was. */
export interface LongCell {
  readonly sheet: string;
  readonly cell: string;
  readonly length: number;
}

const clip = (v: CellValue): CellValue =>
  typeof v === "string" && v.length > CELL_LIMIT ? v.slice(0, CELL_LIMIT) : v;

function clipBlock(sheet: string, block: Block, found: LongCell[]): Block {
  if (block.kind !== "values") return block;
  if (!block.values.some((r) => r.some((v) => typeof v === "string" && v.length > CELL_LIMIT))) return block;
  const values = block.values.map((r, i) =>
    r.map((v, k) => {
      if (typeof v === "string" && v.length > CELL_LIMIT)
        found.push({ sheet, cell: a1(block.row + i, block.col + k), length: v.length });
      return clip(v);
    }),
  );
  return { ...block, values };
}

/** The sheet with every text cell cut to 32,767 characters; each cell cut is added to `long`. */
export function clipSheet(sheet: SheetPlan, long: LongCell[]): SheetPlan {
  const blocks = sheet.blocks.map((b) => clipBlock(sheet.name, b, long));
  return blocks.every((b, i) => b === sheet.blocks[i]) ? sheet : { ...sheet, blocks };
}

/**
 * The plan with every text cell cut to 32,767 characters (Excel would refuse or cut the file's cell itself),
 * and the cells that were cut, so that the shell says which.
 * @example clipLongCells(plan).long → [{ sheet: "任务台账", cell: "D2", length: 40000 }]
 */
export function clipLongCells(plan: WorkbookPlan): {
  readonly plan: WorkbookPlan;
  readonly long: LongCell[];
} {
  const long: LongCell[] = [];
  const sheets: SheetPlan[] = plan.sheets.map((s) => clipSheet(s, long));
  return { plan: long.length === 0 ? plan : { ...plan, sheets }, long };
}

/** A cut cell as one line for the pane's notes: 任务台账!D2：这个单元格有 40001 个字符… */
export function longCellNote(c: LongCell, lang: Lang): string {
  const where = whereText({ sheet: c.sheet, cell: c.cell }, lang);
  return `${where}${lang === "zh-CN" ? "\uff1a" : ": "}${message("cell-too-long", { length: c.length }, lang)}`;
}
