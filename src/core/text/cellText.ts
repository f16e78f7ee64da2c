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
