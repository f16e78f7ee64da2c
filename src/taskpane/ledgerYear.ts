/**
 * The ledger's year (说明's 时限年度: the periods, 6月底前 and the lights follow it) as the import shows it before
 * writing: the year the document names, or this year where it names none, and what the clerk typed instead.
 */

import { documentYear, type DocumentYear } from "../core/ledger/documentYear";
import type { ParsedDocument } from "../core/types";

/** The years a ledger may be written for. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * A typed 时限年度 read: the year (full-width digits as the Chinese IME types them), or "invalid" for text that is
 * not a whole year from 2000 to 2100; null when nothing was typed (the document's year stands).
 * @example typedYear("２０２１") === 2021; typedYear("21") === "invalid"; typedYear(null) === null
 */
export function typedYear(text: string | null): number | "invalid" | null {
  if (text === null) return null;
  const digits = text.trim().replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (!/^\d{4}$/.test(digits)) return "invalid";
  const year = Number(digits);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : "invalid";
}

/** What the import shows for a document: the year it names and from where (null: none), and the year taken without it. */
export interface YearShown {
  readonly named: DocumentYear | null;
  /** The year the ledger is written for when the clerk types none. */
  readonly year: number;
}

/**
 * The year a parsed document gives the ledger, as `ledgerFromParsed` takes it: the one it names, else `fallback`
 * (this year).
 */
export function yearShown(parsed: ParsedDocument, fallback: number): YearShown {
  const named = documentYear(parsed);
  return { named, year: named?.year ?? fallback };
}
