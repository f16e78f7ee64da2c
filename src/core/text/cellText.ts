/** Ledger cells as text, the one reading every part of the core shares. */

import type { LedgerValue } from "../types";

/**
 * The text of a cell as a clerk sees it: a date as ISO, a formula whose result the file does not hold as
 * "" (the checks report that cell on its own).
 * @example cellText({ date: "2020-06-30" }) === "2020-06-30"; cellText(null) === ""
 */
export function cellText(v: LedgerValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : "";
  return String(v);
}

/** The text of a cell without spaces at its ends: what the ledger's readers compare. */
export function trimmedText(v: LedgerValue | undefined): string {
  return cellText(v).trim();
}

/** True for a formula cell whose result the file does not hold (written by a program, never calculated). */
export function isUncalculated(v: LedgerValue | undefined): v is { readonly formula: string } {
  return typeof v === "object" && v !== null && "formula" in v;
}

/** A number as a clerk writes it: digits with thousands separators in groups of three, a decimal point. */
const TYPED_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^[+-]?\.\d+$/;

/**
 * The number a text cell holds as a clerk types one — full-width digits and signs (１２．５), spaces at its ends,
 * thousands separators (1,234.5) — or null: text that JavaScript would make a number of but no clerk types one
 * so (0x10, 1e3, Infinity, 0b1), a percentage (50%: the sheet's formulas do not read it) and words.
 * @example readNumberText("１２") === 12; readNumberText("1,234.5") === 1234.5; readNumberText("0x10") === null
 */
export function readNumberText(text: string): number | null {
  const t = text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).trim();
  return TYPED_NUMBER.test(t) ? Number(t.replace(/,/g, "")) : null;
}
