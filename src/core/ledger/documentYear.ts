/** The year a breakdown is for, as the document says it: the ledger's 时限年度. */

import type { ParsedDocument } from "../types";

/** Where the year was read: the title (or a part's), the tasks' 完成时限, the date, 年度 words in the tasks. */
export type YearSource = "title" | "deadlines" | "date" | "text";

/** The year a document names and where, or null when it names none. */
export interface DocumentYear {
  readonly year: number;
  readonly from: YearSource;
}

const YEAR = /(20\d{2})\s*年/;

/** The year met most often among `texts` (the earliest on a tie), by `pattern`; null when none. */
function mostOften(texts: ReadonlyArray<string | null | undefined>, pattern: RegExp): number | null {
  const counts = new Map<number, number>();
  for (const t of texts) {
    const m = t ? pattern.exec(t) : null;
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) {
    const b = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > b || (n === b && best !== null && y < best)) best = y;
  }
  return best;
}

/**
 * The year of a breakdown: its title's (or a part's title's) year first (关于2021年重点工作…); else the year the
 * tasks' 完成时限 name most (2021年12月31日); else its date's; else the year its tasks' 年度 words name most
 * (2021年度目标). Null when it names none: the caller takes another year and says so.
 * @example documentYear(luan) → { year: 2021, from: "deadlines" } (no title read; 完成时限:2021年12月31日)
 */
export function documentYear(parsed: ParsedDocument): DocumentYear | null {
  const doc = parsed.document;
  const title =
    mostOften([doc.title], YEAR) ??
    mostOften(
      doc.parts.map((p) => p.title),
      YEAR,
    );
  if (title !== null) return { year: title, from: "title" };
  const deadlines = mostOften(
    parsed.tasks.map((t) => t.deadline),
    /(20\d{2})\s*(?:年|[-/.]\d)/,
  );
  if (deadlines !== null) return { year: deadlines, from: "deadlines" };
  const date = mostOften([doc.date], /(20\d{2})/);
  if (date !== null) return { year: date, from: "date" };
  const text = mostOften(
    parsed.tasks.map((t) => t.text),
    /(20\d{2})\s*年度/,
  );
  return text !== null ? { year: text, from: "text" } : null;
}
