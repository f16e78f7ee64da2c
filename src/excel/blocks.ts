/**
 * Writing the plan's blocks: a ValueBlock as 2-D arrays (number formats first, then values, sliced by rows
 * when large), a FormulaColumn as one R1C1 formula for the whole column, then the block's look.
 */

import type { Block, CellValue, ColumnFormat, FormulaColumn, ValueBlock } from "../core/plan/types";
import { NUMBER_FORMATS, cellInput, isFormulaCell } from "./cellValues";
import { SLICE_BYTES, op, payloadBytes } from "./payload";
import type { WriteOp } from "./payload";
import { BLOCK_STYLES } from "./styles";
import type { CellStyle } from "./styles";

/** The worksheet a block goes to, resolved when the operation is queued (the sheet is added earlier in the batch). */
export type SheetRef = () => Excel.Worksheet;

/** Range properties that accept one value for every cell. */
type ScalarProperty = "numberFormat" | "formulasR1C1";

/**
 * Assigns one value to every cell of a range. Office.js applies a scalar to all cells, R1C1 formulas
 * relative to each cell; the typings only know any[][], hence the cast. (A 1x1 array would be refused.)
 */
export function setAll(range: Excel.Range, property: ScalarProperty, value: string): void {
  (range as unknown as Record<ScalarProperty, string>)[property] = value;
}

/** Queues a style on a range's format. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.color !== undefined) range.format.font.color = style.color;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
}

/** Runs of equal formats across the block's columns: [first column, count, format]. */
function formatRuns(formats: readonly ColumnFormat[], cols: number): Array<[number, number, ColumnFormat]> {
  const runs: Array<[number, number, ColumnFormat]> = [];
  for (let c = 0; c < cols; c += 1) {
    const f = formats[c] ?? "general";
    const last = runs[runs.length - 1];
    if (last && last[2] === f) last[1] += 1;
    else runs.push([c, 1, f]);
  }
  return runs;
}

/** Row slices [start, end) of `rows` such that each slice's input stays under SLICE_BYTES. */
function rowSlices(rows: ReadonlyArray<ReadonlyArray<string | number>>): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const b = payloadBytes(row);
    if (i > start && bytes + b > SLICE_BYTES) {
      slices.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (rows.length > start) slices.push([start, rows.length]);
  return slices;
}

/** Operations that dress a block's range in its style (and wrap text when asked). */
function styleOps(
  sheet: SheetRef,
  row: number,
  col: number,
  rows: number,
  cols: number,
  block: Block,
): WriteOp[] {
  const style = BLOCK_STYLES[block.style];
  const ops: WriteOp[] = [];
  if (Object.keys(style).length > 0) {
    ops.push(
      op(Object.keys(style).length + 1, style, () =>
        applyStyle(sheet().getRangeByIndexes(row, col, rows, cols), style),
      ),
    );
  }
  const center = block.kind === "values" ? block.centerFrom : undefined;
  if (center !== undefined && center < cols) {
    ops.push(
      op(2, "Center", () => {
        sheet().getRangeByIndexes(row, col + center, rows, cols - center).format.horizontalAlignment =
          "Center";
      }),
    );
  }
  if (block.kind === "values" && block.wrap) {
    ops.push(
      op(2, true, () => {
        sheet().getRangeByIndexes(row, col, rows, cols).format.wrapText = true;
      }),
    );
  }
  return ops;
}

/** Operations writing a ValueBlock: number formats by column run, values by row slice, then the look. */
function valueBlockOps(sheet: SheetRef, block: ValueBlock): WriteOp[] {
  const rows = block.values.length;
  const cols = block.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return [];
  const formats = block.formats ?? [];
  const formatOf = (c: number): ColumnFormat => formats[c] ?? "general";
  const input = block.values.map((r) => r.map((v, c) => cellInput(v, formatOf(c))));
  const ops: WriteOp[] = [];

  for (const [c0, n, f] of formatRuns(formats, cols)) {
    ops.push(
      op(2, NUMBER_FORMATS[f], () =>
        setAll(
          sheet().getRangeByIndexes(block.row, block.col + c0, rows, n),
          "numberFormat",
          NUMBER_FORMATS[f],
        ),
      ),
    );
  }
  // A formula in a text column would be stored as its text: such cells get the general format instead.
  block.values.forEach((r, i) =>
    r.forEach((v: CellValue, c) => {
      if (isFormulaCell(v) && formatOf(c) === "text") {
        ops.push(
          op(2, "General", () =>
            setAll(sheet().getRangeByIndexes(block.row + i, block.col + c, 1, 1), "numberFormat", "General"),
          ),
        );
      }
    }),
  );

  for (const [start, end] of rowSlices(input)) {
    const slice = input.slice(start, end);
    const hasFormula = block.values.slice(start, end).some((r) => r.some(isFormulaCell));
    ops.push(
      op(2, slice, () => {
        const range = sheet().getRangeByIndexes(block.row + start, block.col, end - start, cols);
        if (hasFormula) range.formulas = slice;
        else range.values = slice;
      }),
    );
  }
  return [...ops, ...styleOps(sheet, block.row, block.col, rows, cols, block)];
}

/**
 * Operations writing a FormulaColumn: its number format, then one R1C1 formula for every row.
 * A text format would turn the formulas into text, so a text column of formulas gets the general format.
 */
function formulaColumnOps(sheet: SheetRef, block: FormulaColumn): WriteOp[] {
  const rows = block.results.length;
  if (rows === 0) return [];
  const format = block.format === "text" ? NUMBER_FORMATS.general : NUMBER_FORMATS[block.format];
  const formula = `=${block.r1c1}`;
  return [
    op(3, [format, formula], () => {
      const range = sheet().getRangeByIndexes(block.row, block.col, rows, 1);
      setAll(range, "numberFormat", format);
      setAll(range, "formulasR1C1", formula);
    }),
    ...styleOps(sheet, block.row, block.col, rows, 1, block),
  ];
}

/** Operations writing one block of the plan. */
export function blockOps(sheet: SheetRef, block: Block): WriteOp[] {
  return block.kind === "values" ? valueBlockOps(sheet, block) : formulaColumnOps(sheet, block);
}
