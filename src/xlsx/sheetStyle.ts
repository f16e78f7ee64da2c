/** What both file writers share: cell values and styles, dropdowns, colouring rules, page setup, names. */

import type ExcelJS from "exceljs";
import type {
  BlockStyle,
  CellRange,
  CellValue,
  ColumnFormat,
  ConditionalFormatPlan,
  ListValidation,
  PrintPlan,
  WorkbookPlan,
} from "../core/plan/types";
import { a1, columnLetter } from "../core/plan/formulas";
import { LEDGER_FONT } from "../core/plan/print";

/** A #rrggbb colour as ExcelJS takes it (opaque ARGB). */
export const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

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

export function range(r: CellRange): string {
  return `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** A plan value as ExcelJS takes it. Text stays a string (never parsed as a formula). */
export function cellValue(v: CellValue): ExcelJS.CellValue {
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
export function styleOf(
  style: BlockStyle,
  format: ColumnFormat | undefined,
  wrap: boolean,
  center = false,
): Partial<ExcelJS.Style> {
  const base = STYLE[style];
  const numFmt = format ? NUMBER_FORMAT[format] : null;
  const alignment = {
    ...(base.alignment ?? {}),
    ...(wrap ? { wrapText: true, vertical: "top" as const } : {}),
    ...(center ? { horizontal: "center" as const } : {}),
  };
  return {
    ...base,
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
}

export function writeValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
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

export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: readonly ConditionalFormatPlan[],
): void {
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

/** The page setup of a print section, as ExcelJS takes it (see src/core/plan/print.ts). */
export function pageSetupOf(print: PrintPlan): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(print.scale !== undefined
      ? { fitToPage: false, scale: print.scale }
      : {
          fitToPage: true,
          fitToWidth: print.fitToWidth,
          fitToHeight: print.fitToHeight, // 0: as many pages tall as it takes
        }),
    margins: print.margins,
    firstPageNumber: 1, // each sheet counts its own pages, as its footer says (第 1 页 共 N 页)
    // Whole columns (A:V), so that rows added later print too: ExcelJS writes it as _xlnm.Print_Area. Tables
    // side by side are areas of their own, "A:R&&T:AC" to ExcelJS (one name each; joinPrintAreas makes one).
    ...(print.areas
      ? {
          printArea: print.areas
            .map((a) => `${columnLetter(a.col)}:${columnLetter(a.col + a.cols - 1)}`)
            .join("&&"),
        }
      : print.columns !== null
        ? { printArea: `A:${columnLetter(print.columns - 1)}` }
        : {}),
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
      : {}),
  };
}

/**
 * ExcelJS writes each area of a sheet's print area ("A:R&&T:AC") as a `_xlnm.Print_Area` name of its own, and
 * a sheet may have only one name of each (two make Excel repair the file): before the workbook part is
 * written, a sheet's areas become one name listing its ranges, `'已撤销'!$A:$R,'已撤销'!$T:$AC`, which Excel
 * and LibreOffice print each on pages of its own.
 */
export function joinPrintAreas(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as {
    prepareModel?: (model: { definedNames?: DefinedNameModel[] }, options: unknown) => void;
  };
  const prepare = xlsx.prepareModel;
  if (typeof prepare !== "function") throw new Error("ExcelJS changed shape; cannot write print areas");
  xlsx.prepareModel = (model, options) => {
    prepare.call(xlsx, model, options);
    model.definedNames = joinedAreas(model.definedNames ?? []);
  };
}

/** A defined name as ExcelJS's workbook part writes it. */
interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * A print area read back as cell ranges ('量化指标'!$A$1:$V$1048576, printAreas.ts) is written by ExcelJS as
 * '量化指标'!$A1:$V1048576, which LibreOffice does not take for a print area (it printed the whole sheet, 说明
 * and all, after any rewrite): whole columns are written as whole columns again, '量化指标'!$A:$V.
 */
export function wholeColumns(ref: string): string {
  const m = /^(.*!)?\$?([A-Z]{1,3})\$?1:\$?([A-Z]{1,3})\$?1048576$/.exec(ref);
  return m ? `${m[1] ?? ""}$${m[2]}:$${m[3]}` : ref;
}

/** The names with every sheet's print areas made one name (the first one's place), whole columns as such. */
export function joinedAreas(names: readonly DefinedNameModel[]): DefinedNameModel[] {
  const first = new Map<number, DefinedNameModel>();
  const out: DefinedNameModel[] = [];
  for (const n of names) {
    const sheet = n.localSheetId;
    if (n.name !== "_xlnm.Print_Area" || sheet === undefined) {
      out.push(n);
      continue;
    }
    const seen = first.get(sheet);
    if (seen) seen.ranges.push(...n.ranges.map(wholeColumns));
    else {
      const joined = { ...n, ranges: n.ranges.map(wholeColumns) };
      first.set(sheet, joined);
      out.push(joined);
    }
  }
  return out;
}

/** Page setup, footer and the estimated heights of rows with wrapped text. */
export function applyPrint(ws: ExcelJS.Worksheet, print: PrintPlan): void {
  ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(print) };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footer}` };
  for (const { row, points } of print.rowHeights) ws.getRow(row + 1).height = points;
  // A break below Excel row `row` (1-based), which is the 0-based row above the one that starts the page.
  for (const row of print.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
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
