/** Writing a sheet's tables, layout (widths, frozen panes, tab colour, filter buttons), dropdowns and conditional formats. */

import type {
  CellRange,
  ConditionalFormatPlan,
  ListValidation,
  SheetPlan,
  TablePlan,
} from "../core/plan/types";
import type { SheetRef } from "./blocks";
import { op } from "./payload";
import type { WriteOp } from "./payload";
import { columnWidthPoints } from "./styles";

/** The plan's range on the sheet. */
export const rangeOf = (sheet: SheetRef, r: CellRange): Excel.Range =>
  sheet().getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** Operations making each table over its already written range (values first, then the table), named and styled. */
export function tableOps(sheet: SheetRef, tables: readonly TablePlan[]): WriteOp[] {
  return tables.map((t) =>
    op(4, [t.name, t.style], () => {
      const table = sheet().tables.add(rangeOf(sheet, t.range), true);
      table.name = t.name;
      table.style = t.style;
    }),
  );
}

/** Operations setting column widths (runs of equal widths at once) and the tab colour (frozen panes: freezeOps). */
export function layoutOps(sheet: SheetRef, plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = [];
  let c = 0;
  while (c < plan.widths.length) {
    const width = plan.widths[c] as number;
    let n = 1;
    while (plan.widths[c + n] === width) n += 1;
    const first = c;
    const count = n;
    ops.push(
      op(2, width, () => {
        sheet().getRangeByIndexes(0, first, 1, count).format.columnWidth = columnWidthPoints(width);
      }),
    );
    c += n;
  }
  const tabColor = plan.tabColor;
  if (tabColor) {
    ops.push(
      op(1, tabColor, () => {
        sheet().tabColor = tabColor;
      }),
    );
  }
  return ops;
}

/**
 * Operations freezing the sheet's panes. Kept out of the requests that write the ledger: on some Office
 * 2019 builds freezeRows fails with GeneralException in the middle of an import (OfficeDev/office-js#2196),
 * and freezeAt has failed on particular files (#2014); panes are a convenience, the ledger is not.
 */
export function freezeOps(sheet: SheetRef, plan: SheetPlan): WriteOp[] {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.cols === 0)) return [];
  return [
    op(2, freeze, () => {
      const panes = sheet().freezePanes;
      if (freeze.rows > 0 && freeze.cols > 0)
        panes.freezeAt(sheet().getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.cols);
    }),
  ];
}

/** Operations putting filter buttons over a plain range (ExcelApi 1.9; the caller checks support). */
export function autoFilterOps(sheet: SheetRef, plan: SheetPlan): WriteOp[] {
  const range = plan.autoFilter;
  return range ? [op(2, range, () => sheet().autoFilter.apply(rangeOf(sheet, range)))] : [];
}

/** Excel's limits on validation texts (MS-OI29500 2.1.613): titles 32, prompt 255, error message 225 characters. */
const clip = (text: string, max: number): string => Array.from(text).slice(0, max).join("");

/** The list source Excel takes: "=Name" for a defined name, a comma list for literal items. */
export function listSource(source: ListValidation["source"]): string {
  return "name" in source ? `=${source.name}` : source.values.join(",");
}

/** Operations adding each in-cell dropdown: rule, error alert and prompt. */
export function validationOps(sheet: SheetRef, validations: readonly ListValidation[]): WriteOp[] {
  return validations.map((v) => {
    const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: listSource(v.source) } };
    const errorAlert: Excel.DataValidationErrorAlert = {
      showAlert: true,
      style: v.errorStyle === "stop" ? "Stop" : "Warning",
      title: clip(v.errorTitle, 32),
      message: clip(v.errorMessage, 224),
    };
    const prompt: Excel.DataValidationPrompt = v.prompt
      ? { showPrompt: true, title: clip(v.prompt.title, 32), message: clip(v.prompt.message, 255) }
      : { showPrompt: false, title: "", message: "" };
    return op(4, [rule, errorAlert, prompt], () => {
      const dv = rangeOf(sheet, v.range).dataValidation;
      dv.rule = rule;
      dv.errorAlert = errorAlert;
      dv.prompt = prompt;
    });
  });
}

/** A text as an Excel formula string literal: ="已完成". */
export const textFormula = (text: string): string => `="${text.replace(/"/g, '""')}"`;

/** Queues one conditional format: exact text match (cellValue EqualTo, never containsText) or a custom formula. */
function addConditionalFormat(sheet: SheetRef, cf: ConditionalFormatPlan): void {
  const formats = rangeOf(sheet, cf.range).conditionalFormats;
  let format: Excel.ConditionalRangeFormat;
  if (cf.rule.kind === "equals") {
    const added = formats.add("CellValue");
    added.cellValue.rule = { formula1: textFormula(cf.rule.value), operator: "EqualTo" };
    format = added.cellValue.format;
  } else {
    const added = formats.add("Custom");
    added.custom.rule.formula = `=${cf.rule.formula}`;
    format = added.custom.format;
  }
  if (cf.fill) format.fill.color = cf.fill;
  if (cf.font) format.font.color = cf.font;
  if (cf.bold) format.font.bold = true;
}

/**
 * Operations adding conditional formats in priority order. Excel puts each new rule on top, so the rules are
 * added from the last priority to the first: priority 1 ends on top and is applied first.
 */
export function conditionalFormatOps(sheet: SheetRef, formats: readonly ConditionalFormatPlan[]): WriteOp[] {
  return [...formats]
    .map((cf, i) => ({ cf, i }))
    .sort((a, b) => b.cf.priority - a.cf.priority || b.i - a.i)
    .map(({ cf }) => op(6, cf.rule, () => addConditionalFormat(sheet, cf)));
}
