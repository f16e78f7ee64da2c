/**
 * A sheet's rows for the streaming writer, as the <row> XML ExcelJS itself writes, made one row at a time from
 * the plan's blocks. ExcelJS's Row and Cell objects cost more than the rest of a large build together (one
 * object per cell, a model per cell, XML built a node at a time), so the rows are written here as strings; the
 * style ids and shared strings are ExcelJS's own, so its styles and strings parts still describe them.
 */

import type ExcelJS from "exceljs";
import { fileBlocks } from "../core/plan/fileBlocks";
import { a1, columnLetter } from "../core/plan/formulas";
import { dateToSerial } from "../core/plan/settings";
import type { Block, CellValue, SheetPlan } from "../core/plan/types";
import { styleOf } from "./sheetStyle";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

/** ExcelJS's value types (Enums.ValueType), which pick a style's default number format. */
const NUMBER = 2;
const STRING = 3;
const DATE = 4;

/** Where a cell's style id and a text's shared-string index come from: the workbook writer's own tables. */
export interface CellIds {
  readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };
  readonly sharedStrings: { add(text: string): number };
}

/** A value as written: text, a number, a date's serial number, a formula with its result, or nothing. */
type Written =
  | string
  | number
  | null
  | { readonly serial: number }
  | {
      /** The formula's text; null in a cell that shares the formula of the column's first cell. */
      readonly formula: string | null;
      readonly result: string | number;
      /** A shared formula: its index on the sheet, and in the first cell the range that shares it. */
      readonly share?: { readonly si: number; readonly ref?: string };
    };

/** One cell to write: its value and its (shared) style. */
interface Cell {
  readonly value: Written;
  readonly style: Partial<ExcelJS.Style>;
}

/** A block of a sheet as rows to write: the rows it covers and the cells of each, made when asked for. */
export interface BlockRows {
  readonly first: number;
  /** One past the last row. */
  readonly end: number;
  readonly col: number;
  /** The cells of the block's `i`th row, from its first column. */
  readonly cells: (i: number) => readonly Cell[];
}

/** A plan value as written: text stays text (never parsed as a formula), a date becomes its serial number. */
function written(v: CellValue): Written {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  if ("date" in v) return { serial: dateToSerial(v.date) };
  return { formula: v.formula, result: v.result };
}

/** A sheet's blocks and its pivots' fallbacks as rows, in the plan's order (a later block wins a cell). */
export function sheetRows(sheet: SheetPlan): BlockRows[] {
  const wraps = (b: Block): boolean =>
    sheet.print?.wrap.some((r) => r.row === b.row && r.col === b.col) ?? false;
  const blocks = fileBlocks(sheet);
  // A column's formula is shared from its first cell (as the in-memory writer does) unless a later block
  // writes over part of the column, which could take the first cell away from the others.
  const covered = (i: number): boolean => {
    const b = blocks[i] as Block;
    return blocks.slice(i + 1).some((o) => {
      const rows = o.kind === "values" ? o.values.length : o.results.length;
      const cols = o.kind === "values" ? (o.values[0]?.length ?? 0) : 1;
      const bRows = b.kind === "values" ? b.values.length : b.results.length;
      return o.row < b.row + bRows && b.row < o.row + rows && o.col <= b.col && b.col < o.col + cols;
    });
  };
  let shared = 0;
  return blocks.map((b, index): BlockRows => {
    if (b.kind === "values") {
      const styles = (b.values[0] ?? []).map((_, k) =>
        styleOf(b.style, b.formats?.[k], wraps(b) || b.wrap === true, k >= (b.centerFrom ?? Infinity)),
      );
      return {
        first: b.row,
        end: b.row + b.values.length,
        col: b.col,
        cells: (i) => (b.values[i] ?? []).map((v, k) => ({ value: written(v), style: styles[k] ?? {} })),
      };
    }
    const style = styleOf(b.style, b.format, wraps(b));
    const si = b.results.length > 1 && !covered(index) ? shared++ : null;
    const ref = `${a1(b.row, b.col)}:${a1(b.row + b.results.length - 1, b.col)}`;
    return {
      first: b.row,
      end: b.row + b.results.length,
      col: b.col,
      cells: (i) => {
        const result = b.results[i] as string | number;
        const value =
          b.format === "date" && typeof result === "string" && /^\d{4}-\d{2}-\d{2}$/.test(result)
            ? dateToSerial(result)
            : result;
        const formula = si !== null && i > 0 ? null : b.a1.replace(/\{r\}/g, String(b.row + i + 1));
        const share = si === null ? undefined : i === 0 ? { si, ref } : { si };
        return [{ value: { formula, result: value, ...(share ? { share } : {}) }, style }];
      },
    };
  });
}

/** The rows any block covers, in order. */
export function rowNumbers(blocks: readonly BlockRows[]): number[] {
  const rows = new Set<number>();
  for (const b of blocks) for (let r = b.first; r < b.end; r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** The cells of row `r` by column, from every block that covers it (a later block wins a cell). */
export function rowCells(blocks: readonly BlockRows[], r: number): Cell[] {
  const cells: Cell[] = [];
  for (const b of blocks) {
    if (r < b.first || r >= b.end) continue;
    b.cells(r - b.first).forEach((cell, k) => (cells[b.col + k] = cell));
  }
  return cells;
}

/** The value type ExcelJS picks a cell's default number format by (a formula's is its result's). */
function valueType(v: Written): number {
  if (v === null || typeof v === "number") return NUMBER;
  if (typeof v === "string") return STRING;
  if ("serial" in v) return DATE;
  return typeof v.result === "string" ? STRING : NUMBER;
}

/** One <c> element, as ExcelJS's CellXform writes it; "" for an empty cell without a style. */
function cellXml(ref: string, cell: Cell, ids: CellIds): string {
  const styleId = ids.styles.addStyleModel(cell.style, valueType(cell.value));
  const s = styleId ? ` s="${styleId}"` : "";
  const v = cell.value;
  if (v === null) return styleId ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}"${s} t="s"><v>${ids.sharedStrings.add(v)}</v></c>`;
  if ("serial" in v) return `<c r="${ref}"${s}><v>${v.serial}</v></c>`;
  const f =
    v.share === undefined
      ? `<f>${xmlEncode(v.formula ?? "")}</f>`
      : v.share.ref === undefined
        ? `<f t="shared" si="${v.share.si}"/>`
        : `<f t="shared" ref="${v.share.ref}" si="${v.share.si}">${xmlEncode(v.formula ?? "")}</f>`;
  if (typeof v.result === "number") return `<c r="${ref}"${s}>${f}<v>${v.result}</v></c>`;
  // A formula's text result is written in the cell (t="str"), never as a shared string, as ExcelJS does.
  return `<c r="${ref}"${s} t="str">${f}<v>${xmlEncode(v.result)}</v></c>`;
}

const LETTERS: string[] = [];

/** Column `c`'s letters, remembered. */
function letters(c: number): string {
  return (LETTERS[c] ??= columnLetter(c));
}

/**
 * Row `r` (0-based) as a <row> element with its cells in column order and its height in points, as ExcelJS's
 * RowXform writes it; "" for a row with nothing to write.
 */
export function rowXml(r: number, cells: readonly Cell[], height: number | undefined, ids: CellIds): string {
  let body = "";
  let min = 0;
  let max = 0;
  let values = false;
  cells.forEach((cell, c) => {
    if (min === 0) min = c + 1;
    max = c + 1;
    if (cell.value !== null) values = true;
    body += cellXml(`${letters(c)}${r + 1}`, cell, ids);
  });
  if (!values && height === undefined) return "";
  const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  const spans = min > 0 ? ` spans="${min}:${max}"` : "";
  return `<row r="${r + 1}"${ht}${spans} x14ac:dyDescent="0.25">${body}</row>`;
}

/** A sheet's cell formats (`SheetPlan.cellFormats`) by row: column → number format. */
export function cellFormatsByRow(sheet: SheetPlan): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  for (const f of sheet.cellFormats ?? []) {
    const row = out.get(f.row) ?? new Map<number, string>();
    row.set(f.col, f.numFmt);
    out.set(f.row, row);
  }
  return out;
}

/** A row's cells with their own number formats over their column's (the style copied, never changed in place). */
export function withCellFormats(cells: Cell[], formats: ReadonlyMap<number, string> | undefined): Cell[] {
  if (!formats) return cells;
  for (const [col, numFmt] of formats) {
    const cell = cells[col];
    if (cell) cells[col] = { ...cell, style: { ...cell.style, numFmt } };
  }
  return cells;
}
