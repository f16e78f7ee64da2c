/**
 * Cells longer than Excel holds (32,767 characters): cut to fit, each one reported with its cell, and each
 * cut cell saying so in its own last words, so that nobody reads it as whole. A list of units (牵头单位 and
 * 配合单位 of a table) is cut between two names, never inside one, and says how many it lists of how many:
 * every unit stays whole in 任务分工 (one row per task and unit), where `validate`, `regenerate` and `update`
 * read the rest (ledger/cutUnits.ts).
 */

import { message, whereText, type Lang } from "../messages";
import { splitCell } from "../units/applyFix";
import { a1 } from "./formulas";
import type { Block, CellValue, SheetPlan, TablePlan, WorkbookPlan } from "./types";

/** The most characters an Excel cell holds. */
export const CELL_LIMIT = 32767;

/** The table columns that hold a list of units, cut between names. */
export const UNIT_LIST_COLUMNS: ReadonlySet<string> = new Set(["牵头单位", "配合单位"]);

/** The words a cut list of units ends with (the numbers read back by `cutUnitsOf`). */
export const unitsCutMark = (total: number, listed: number): string =>
  `……【共${total}个单位,单元格只容得下前${listed}个,全部见任务分工】`;
const UNITS_CUT = /……【共(\d+)个单位,单元格只容得下前(\d+)个,全部见任务分工】$/;

/** The words any other cut cell ends with. */
export const textCutMark = (length: number): string => `……【原有${length}字,超出单元格上限,以下已截断】`;

/**
 * A list of units cut at build: the names it still lists, how many it had; null for any other text.
 * @example cutUnitsOf("财政局、发改局……【共9个单位,单元格只容得下前2个,全部见任务分工】") → { listed: "财政局、发改局", total: 9, count: 2 }
 */
export function cutUnitsOf(text: string): { listed: string; total: number; count: number } | null {
  const m = UNITS_CUT.exec(text);
  if (!m) return null;
  return { listed: text.slice(0, m.index), total: Number(m[1]), count: Number(m[2]) };
}

/** A cell that had to be cut: where it is, how long it was; for a list of units, how many it lists of how many. */
export interface LongCell {
  readonly sheet: string;
  readonly cell: string;
  readonly length: number;
  readonly units?: { readonly total: number; readonly listed: number; readonly id?: string };
}

/** A list of units cut between two names, with the mark saying how many it lists. */
function cutUnits(v: string): { text: string; total: number; listed: number } {
  const names = splitCell(v);
  const total = names.length;
  let listed = names.length;
  let end = v.length;
  // Drop whole names from the end until the rest and the mark fit (the mark is at most 60 characters).
  while (listed > 0 && end + unitsCutMark(total, listed).length > CELL_LIMIT) {
    const cut = v.lastIndexOf("、", end - 1);
    end = cut < 0 ? 0 : cut;
    listed = end === 0 ? 0 : splitCell(v.slice(0, end)).length;
  }
  return { text: v.slice(0, end) + unitsCutMark(total, listed), total, listed };
}

const cutText = (v: string): string => {
  const mark = textCutMark(v.length);
  return v.slice(0, CELL_LIMIT - mark.length) + mark;
};

/** The table column header of a sheet cell (0-based), or null outside every table's body. */
function headerAt(
  tables: readonly TablePlan[],
  row: number,
  col: number,
): { table: TablePlan; header: string } | null {
  for (const t of tables) {
    const r = t.range;
    if (row > r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols)
      return { table: t, header: t.columns[col - r.col] ?? "" };
  }
  return null;
}

function clipBlock(sheet: SheetPlan, block: Block, found: LongCell[]): Block {
  if (block.kind !== "values") return block;
  if (!block.values.some((r) => r.some((v) => typeof v === "string" && v.length > CELL_LIMIT))) return block;
  const values = block.values.map((r, i) =>
    r.map((v, k): CellValue => {
      if (typeof v !== "string" || v.length <= CELL_LIMIT) return v;
      const cell = a1(block.row + i, block.col + k);
      const at = headerAt(sheet.tables, block.row + i, block.col + k);
      if (at && UNIT_LIST_COLUMNS.has(at.header)) {
        const cut = cutUnits(v);
        const idCol = at.table.columns.indexOf("编号") + at.table.range.col - block.col;
        const id = idCol >= 0 ? r[idCol] : undefined;
        found.push({
          sheet: sheet.name,
          cell,
          length: v.length,
          units: { total: cut.total, listed: cut.listed, ...(typeof id === "string" && id ? { id } : {}) },
        });
        return cut.text;
      }
      found.push({ sheet: sheet.name, cell, length: v.length });
      return cutText(v);
    }),
  );
  return { ...block, values };
}

/** The sheet with every text cell cut to 32,767 characters; each cell cut is added to `long`. */
export function clipSheet(sheet: SheetPlan, long: LongCell[]): SheetPlan {
  const blocks = sheet.blocks.map((b) => clipBlock(sheet, b, long));
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

/** What to say of a cut cell: its message code and parameters. */
export function longCellMessage(c: LongCell): {
  code: "cell-too-long" | "units-too-long";
  params: Record<string, string | number>;
} {
  return c.units
    ? {
        code: "units-too-long",
        params: { length: c.length, total: c.units.total, listed: c.units.listed, id: c.units.id ?? "" },
      }
    : { code: "cell-too-long", params: { length: c.length } };
}

/** A cut cell as one line for the pane's notes: 任务台账!D2：这个单元格有 40001 个字符… */
export function longCellNote(c: LongCell, lang: Lang): string {
  const where = whereText({ sheet: c.sheet, cell: c.cell }, lang);
  const { code, params } = longCellMessage(c);
  return `${where}${lang === "zh-CN" ? "\uff1a" : ": "}${message(code, params, lang)}`;
}
