/**
 * The file shell: writes a workbook plan to an .xlsx with ExcelJS, block by block. What ExcelJS cannot write
 * (PivotTables with these fields) is replaced by each pivot's planned formula fallback and its note.
 */

import ExcelJS from "exceljs";
import { dateToSerial } from "../core/plan/settings";
import type {
  Block,
  BlockStyle,
  CellRange,
  CellValue,
  ColumnFormat,
  ConditionalFormatPlan,
  ListValidation,
  PrintPlan,
  SheetPlan,
  WorkbookPlan,
} from "../core/plan/types";
import { a1 } from "../core/plan/formulas";
import { LEDGER_FONT } from "../core/plan/print";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

const NUMBER_FORMAT: Readonly<Record<ColumnFormat, string | null>> = {
  text: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  general: null,
};

/** The ledger's font, named in every font a cell has, so that no engine falls back to a serif face. */
const FONT: Partial<ExcelJS.Font> = { ...LEDGER_FONT };

const STYLE: Readonly<Record<BlockStyle, Partial<ExcelJS.Style>>> = {
  title: { font: { ...FONT, bold: true, size: 14, color: { argb: "FF201F1E" } } },
  note: { font: { ...FONT, italic: true, color: { argb: "FF605E5C" } } },
  header: {
    font: { ...FONT, bold: true, color: { argb: "FF201F1E" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } },
    alignment: { vertical: "middle", wrapText: true },
  },
  label: { font: { ...FONT, bold: true } },
  // Plain cells carry no style of their own: a style per cell is most of a large file's writing time.
  body: {},
};

/** Excel's own limits on validation texts ([MS-OI29500] 2.1.613): clip rather than write an invalid file. */
const clip = (text: string, max: number): string =>
  [...text].length > max ? [...text].slice(0, max).join("") : text;

function range(r: CellRange): string {
  return `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A plan value as ExcelJS takes it. Text stays a string (never parsed as a formula). */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  if ("date" in v) {
    const [y, m, d] = v.date.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
}

/**
 * The style of a block's column, one object for all its cells: ExcelJS recognises an object it has seen,
 * so a shared style costs one lookup per cell instead of one serialisation.
 */
function styleOf(style: BlockStyle, format: ColumnFormat | undefined, wrap: boolean): Partial<ExcelJS.Style> {
  const base = STYLE[style];
  const numFmt = format ? NUMBER_FORMAT[format] : null;
  const alignment = {
    ...(base.alignment ?? {}),
    ...(wrap ? { wrapText: true, vertical: "top" as const } : {}),
  };
  return {
    ...base,
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, wrap: boolean): void {
  if (block.kind === "values") {
    const width = block.values[0]?.length ?? 0;
    const styles = Array.from({ length: width }, (_, k) =>
      styleOf(block.style, block.formats?.[k], wrap || block.wrap === true),
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

function writeValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
  const formula = "name" in v.source ? v.source.name : `"${v.source.values.join(",")}"`;
  // ExcelJS 4.4 has Worksheet.dataValidations.add(range, …) but its typings only declare the per-cell form.
  const validations = (
    ws as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(range(v.range), {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: clip(v.errorTitle, 32),
    error: clip(v.errorMessage, 224),
    ...(v.prompt
      ? { showInputMessage: true, promptTitle: clip(v.prompt.title, 32), prompt: clip(v.prompt.message, 255) }
      : {}),
  });
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, rules: readonly ConditionalFormatPlan[]): void {
  for (const cf of rules) {
    const style: Partial<ExcelJS.Style> = {
      ...(cf.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } } : {}),
      ...(cf.font || cf.bold
        ? {
            font: {
              ...(cf.font ? { color: { argb: argb(cf.font) } } : {}),
              ...(cf.bold ? { bold: true } : {}),
            },
          }
        : {}),
    };
    const rule: ExcelJS.ConditionalFormattingRule =
      cf.rule.kind === "equals"
        ? {
            type: "cellIs",
            operator: "equal",
            formulae: [`"${cf.rule.value.replace(/"/g, '""')}"`],
            priority: cf.priority,
            style,
          }
        : { type: "expression", formulae: [cf.rule.formula], priority: cf.priority, style };
    ws.addConditionalFormatting({ ref: range(cf.range), rules: [rule] });
  }
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

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
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
  for (const b of sheet.blocks) writeBlock(ws, b, wraps(b));
  for (const p of sheet.pivots) {
    for (const b of p.fallback.blocks) writeBlock(ws, b, wraps(b));
    const note: Block = {
      kind: "values",
      row: p.fallback.noteRow,
      col: p.fallback.noteCol,
      values: [[p.fallback.note]],
      style: "note",
    };
    writeBlock(ws, note, wraps(note));
  }
  if (sheet.print) applyPrint(ws, sheet.print);
  for (const v of sheet.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.autoFilter) ws.autoFilter = range(sheet.autoFilter);
}

/** Page setup, footer and the estimated heights of rows with wrapped text (see src/core/plan/print.ts). */
function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: 0, // as many pages tall as it takes
    margins: print.margins,
    firstPageNumber: 1, // each sheet counts its own pages, as its footer says (第 1 页 共 N 页)
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
      : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footer}` };
  for (const { row, points } of print.rowHeights) ws.getRow(row + 1).height = points;
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

/**
 * ExcelJS keeps defined names as cell ranges only. A name over a table column must be a structured
 * reference (Units[单位]) to grow with the table, so the names are added to the model it writes.
 */
function addNames(wb: ExcelJS.Workbook, names: WorkbookPlan["names"]): void {
  const dn = wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> };
  const proto = Object.getPrototypeOf(dn) as object;
  const own = Object.getOwnPropertyDescriptor(proto, "model");
  if (!own?.get || !own.set) throw new Error("ExcelJS defined names changed shape; cannot add table names");
  const { get, set } = own;
  Object.defineProperty(dn, "model", {
    get: () => [
      ...(get.call(dn) as Array<{ name: string; ranges: string[] }>),
      ...names.map((n) => ({ name: n.name, ranges: [n.refersTo] })),
    ],
    set: (v: unknown) => set.call(dn, v),
    configurable: true,
  });
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
