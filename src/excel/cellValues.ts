/**
 * Plan cells as Excel input. Text is always written as text: text columns are formatted "@" before their
 * values; text in other columns that Excel would read as a formula, number or date gets Excel's quote prefix.
 */

import { dateToSerial, serialToDate } from "../core/plan/settings";
import type { LedgerValue } from "../core/types";
import type { CellValue, ColumnFormat } from "../core/plan/types";

/** Excel number format codes for the plan's column formats. */
export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  text: "@",
  date: "yyyy-mm-dd",
  integer: "0",
  general: "General",
};

/**
 * Strings Excel would not keep as typed: formulas (= + - @), numbers, percentages, dates (2020-05-22,
 * 5/22, 2020年5月22日, 5月22日), times, booleans.
 */
const NOT_PLAIN_TEXT =
  /^(?:[=+\-@\t\r]|\s*[-+]?(?:\d[\d,]*\.?\d*|\.\d+)(?:e[-+]?\d+)?%?\s*$|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$|(?:\d{1,4}年)?\d{1,2}月(?:\d{1,2}日)?$|\d{1,2}:\d{2}|(?:true|false)$)/i;

/**
 * Text as input for a cell not formatted as text: with Excel's quote prefix when Excel would otherwise
 * make it a formula, number or date.
 * @example guardText("=1+1") === "'=1+1"; guardText("财政局") === "财政局"
 */
export function guardText(text: string): string {
  return NOT_PLAIN_TEXT.test(text) ? `'${text}` : text;
}

/** True when the cell is a formula. */
export function isFormulaCell(
  value: CellValue,
): value is { readonly formula: string; readonly result: string | number } {
  return typeof value === "object" && value !== null && "formula" in value;
}

/**
 * The input Excel receives for a plan cell: text as is in text columns (they are "@"), guarded elsewhere;
 * dates as serial numbers; formulas with their "="; empty as "".
 * @example cellInput({ date: "2020-06-30" }, "date") === 44012
 */
export function cellInput(value: CellValue, format: ColumnFormat): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  if (typeof value === "string") return format === "text" ? value : guardText(value);
  if (isFormulaCell(value)) return `=${value.formula}`;
  const serial = dateToSerial(value.date);
  return Number.isFinite(serial) ? serial : guardText(value.date);
}

/**
 * True for an Excel number format that shows a date: it has a year or a day once quoted text, escaped
 * characters and [bracketed] parts (colours, locales, elapsed hours) are set aside.
 * @example isDateFormat("yyyy/m/d") === true; isDateFormat('yyyy"年"m"月"') === true; isDateFormat("0.00") === false
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * A value read from a cell as the checks take it: "" is empty; a number shown as a date is that date (ISO).
 * @example ledgerValue(44012, "yyyy/m/d") → { date: "2020-06-30" }; ledgerValue(44012, "General") === 44012
 */
export function ledgerValue(v: unknown, format?: string): LedgerValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number")
    return format && isDateFormat(format) ? { date: serialToDate(Math.floor(v)) } : v;
  if (typeof v === "boolean") return v;
  return String(v);
}
