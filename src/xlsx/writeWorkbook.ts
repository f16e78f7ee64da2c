/**
 * The file shell: writes a workbook plan to an .xlsx with ExcelJS, block by block. What ExcelJS cannot write
 * (PivotTables with these fields) is replaced by each pivot's planned formula fallback and its note.
 */

import ExcelJS from "exceljs";
import { dateToSerial } from "../core/plan/settings";
import type { Block, CellRange, SheetPlan, WorkbookPlan } from "../core/plan/types";
import { a1 } from "../core/plan/formulas";
import { fileBlocks } from "../core/plan/fileBlocks";
import { LEDGER_FONT } from "../core/plan/print";
import {
  addNames,
  applyPrint,
  argb,
  joinPrintAreas,
  cellValue,
  range,
  styleOf,
  writeConditionalFormats,
  writeValidation,
} from "./sheetStyle";

function writeBlock(ws: ExcelJS.Worksheet, block: Block, wrap: boolean): void {
  if (block.kind === "values") {
    const width = block.values[0]?.length ?? 0;
    const styles = Array.from({ length: width }, (_, k) =>
      styleOf(
        block.style,
        block.formats?.[k],
        wrap || block.wrap === true,
        k >= (block.centerFrom ?? Infinity),
      ),
    );
    block.values.forEach((cells, i) => {
      const row = ws.getRow(block.row + i + 1);
      cells.forEach((v, k) => {
        const cell = row.getCell(block.col + k + 1);
        cell.style = styles[k] ?? {};
        cell.value = cellValue(v);
      });
    });
    return;
  }
  const style = styleOf(block.style, block.format, wrap);
  // One shared formula for the column: the first cell holds it, the others refer to it (smaller, faster file).
  const first = block.row + 1;
  const master = a1(block.row, block.col);
  const last = a1(block.row + block.results.length - 1, block.col);
  block.results.forEach((result, i) => {
    const r = block.row + i + 1;
    const cell = ws.getRow(r).getCell(block.col + 1);
    cell.style = style;
    const value =
      block.format === "date" && typeof result === "string" && /^\d{4}-\d{2}-\d{2}$/.test(result)
        ? dateToSerial(result)
        : result;
    cell.value = (
      r === first
        ? {
            formula: block.a1.replace(/\{r\}/g, String(r)),
            result: value,
            shareType: "shared",
            ref: `${master}:${last}`,
          }
        : { sharedFormula: master, result: value }
    ) as ExcelJS.CellValue;
  });
}

/** The 2-D values a table covers, from the blocks of its sheet (ExcelJS tables carry their rows). */
function tableRows(sheet: SheetPlan, r: CellRange): ExcelJS.CellValue[][] {
  const grid: ExcelJS.CellValue[][] = Array.from({ length: r.rows }, () =>
    new Array<ExcelJS.CellValue>(r.cols).fill(null),
  );
  for (const b of sheet.blocks) {
    const put = (row: number, col: number, v: ExcelJS.CellValue): void => {
      const i = row - r.row;
      const k = col - r.col;
      const line = grid[i];
      if (line && k >= 0 && k < r.cols) line[k] = v;
    };
    if (b.kind === "values")
      b.values.forEach((cells, i) => cells.forEach((v, k) => put(b.row + i, b.col + k, cellValue(v))));
    else
      b.results.forEach((result, i) =>
        put(b.row + i, b.col, {
          formula: b.a1.replace(/\{r\}/g, String(b.row + i + 1)),
          result,
        } as ExcelJS.CellFormulaValue),
      );
  }
  return grid;
}

/** Adds one planned sheet to a workbook (also to one read from a file, as `taizhang snapshot` does). */
export function writeSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: [
      sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)
        ? { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }
        : { state: "normal" },
    ],
  });
  sheet.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const t of sheet.tables) {
    const grid = tableRows(sheet, t.range);
    ws.addTable({
      name: t.name,
      ref: a1(t.range.row, t.range.col),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows: grid.slice(1),
    });
  }
  const wraps = (b: Block): boolean =>
    sheet.print?.wrap.some((r) => r.row === b.row && r.col === b.col) ?? false;
  for (const b of fileBlocks(sheet)) writeBlock(ws, b, wraps(b));
  // A cell's own number format over its column's: a copy of its style (a block's style is shared by its column).
  for (const f of sheet.cellFormats ?? []) {
    const cell = ws.getRow(f.row + 1).getCell(f.col + 1);
    cell.style = { ...cell.style, numFmt: f.numFmt };
  }
  if (sheet.print) applyPrint(ws, sheet.print);
  for (const v of sheet.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.autoFilter) ws.autoFilter = range(sheet.autoFilter);
}

/**
 * ExcelJS writes Calibri as the workbook's default font (font 0, which every cell without a font of its
 * own uses). The ledger's font takes its place: it is added first, when ExcelJS prepares its styles.
 */
function useLedgerFont(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as {
    prepareModel?: (model: { styles?: { _addFont?: (font: object) => number } }, options: unknown) => void;
  };
  const prepare = xlsx.prepareModel;
  if (typeof prepare !== "function") throw new Error("ExcelJS changed shape; cannot set the default font");
  xlsx.prepareModel = (model, options) => {
    prepare.call(xlsx, model, options);
    const add = model.styles?._addFont;
    if (typeof add !== "function")
      throw new Error("ExcelJS styles changed shape; cannot set the default font");
    add.call(model.styles, { ...LEDGER_FONT });
  };
}

/** The ExcelJS workbook for a plan (kept separate so tests can inspect it before it is serialised). */
export function buildWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "台账助手 Taizhang";
  wb.created = new Date();
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) writeSheet(wb, sheet);
  addNames(wb, plan.names);
  useLedgerFont(wb);
  joinPrintAreas(wb);
  return wb;
}

/** The .xlsx bytes for a plan. */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  // Light deflate: a large ledger compresses almost as well, several times faster (JSZip is pure JS).
  const options = {
    zip: { compressionOptions: { level: 3 } },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  const buffer = await buildWorkbook(plan).xlsx.writeBuffer(options);
  return new Uint8Array(buffer as ArrayBuffer);
}
