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
  SheetPlan,
  WorkbookPlan,
} from "../core/plan/types";
import { a1 } from "../core/plan/formulas";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

const NUMBER_FORMAT: Readonly<Record<ColumnFormat, string | null>> = {
  text: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  general: null,
};

const STYLE: Readonly<Record<BlockStyle, Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 14, color: { argb: "FF201F1E" } } },
  note: { font: { italic: true, color: { argb: "FF605E5C" } } },
  header: {
    font: { bold: true, color: { argb: "FF201F1E" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } },
    alignment: { vertical: "middle", wrapText: true },
  },
  label: { font: { bold: true } },
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

function writeBlock(ws: ExcelJS.Worksheet, block: Block): void {
  const style = STYLE[block.style];
  const apply = (cell: ExcelJS.Cell, format: ColumnFormat | undefined, wrap: boolean): void => {
    if (style.font) cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    const alignment = {
      ...(style.alignment ?? {}),
      ...(wrap ? { wrapText: true, vertical: "top" as const } : {}),
    };
    if (Object.keys(alignment).length > 0) cell.alignment = alignment;
    const numFmt = format ? NUMBER_FORMAT[format] : null;
    if (numFmt) cell.numFmt = numFmt;
  };
  if (block.kind === "values") {
    block.values.forEach((cells, i) => {
      const row = ws.getRow(block.row + i + 1);
      cells.forEach((v, k) => {
        const cell = row.getCell(block.col + k + 1);
        apply(cell, block.formats?.[k], block.wrap === true);
        cell.value = cellValue(v);
      });
    });
    return;
  }
  // One shared formula for the column: the first cell holds it, the others refer to it (smaller, faster file).
  const first = block.row + 1;
  const master = a1(block.row, block.col);
  const last = a1(block.row + block.results.length - 1, block.col);
  block.results.forEach((result, i) => {
    const r = block.row + i + 1;
    const cell = ws.getRow(r).getCell(block.col + 1);
    apply(cell, block.format, false);
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
  for (const b of sheet.blocks) writeBlock(ws, b);
  for (const p of sheet.pivots) {
    for (const b of p.fallback.blocks) writeBlock(ws, b);
    writeBlock(ws, {
      kind: "values",
      row: p.fallback.noteRow,
      col: p.fallback.noteCol,
      values: [[p.fallback.note]],
      style: "note",
    });
  }
  for (const v of sheet.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.autoFilter) ws.autoFilter = range(sheet.autoFilter);
}

/**
 * ExcelJS keeps defined names as cell ranges only. A name over a table column must be a structured
 * reference (Units[单位]) to grow with the table, so the names are added to the model it writes.
 */
export function addNames(wb: ExcelJS.Workbook, names: WorkbookPlan["names"]): void {
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
