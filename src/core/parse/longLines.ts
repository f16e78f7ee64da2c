/**
 * A very long line that no stage read (a heading of 10,000 characters, a leader line run together with a whole
 * section): it is never dropped without a word. One finding per such line, with its number, its length and its
 * opening words; the lines tasks, headings and other findings account for are left alone. Linear in the text.
 */

import type { ParseIssue, ParsedDocument } from "../types";

/** Lines longer than this (characters, spaces left out) are reported when nothing read them. */
export const LONG_LINE = 500;

/**
 * The parsed document with a `line-unread` warning for each line of `text` over LONG_LINE characters that no task
 * starts on, no heading or document field names, and no finding already points at.
 * @example unreadLongLines(text, parsed).issues → [… { code: "line-unread", line: 5, params: { length: 9800, text: "李某副市长分管…" } }]
 */
export function unreadLongLines(text: string, parsed: ParsedDocument): ParsedDocument {
  const lines = text.split(/\r\n|\r|\n/);
  if (!lines.some((l) => l.length > LONG_LINE)) return parsed;
  const seen = new Set<number>();
  for (const t of parsed.tasks) seen.add(t.line);
  for (const i of parsed.issues) if (i.line !== null) seen.add(i.line);
  for (const p of parsed.document.parts) if (p.line !== null) seen.add(p.line);
  if (parsed.document.roleConvention) seen.add(parsed.document.roleConvention.line);
  const found: ParseIssue[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/[\s\u3000]+/g, "");
    if (line.length <= LONG_LINE || seen.has(i + 1)) return;
    found.push({
      code: "line-unread",
      severity: "warning",
      line: i + 1,
      params: { length: line.length, text: line.slice(0, 40) },
    });
  });
  return found.length === 0 ? parsed : { ...parsed, issues: [...parsed.issues, ...found] };
}
