/**
 * Unnumbered items with no heading above them, as web and forum copies give a breakdown: paragraphs, with or
 * without blank lines between them, each ending in its own unit bracket ((县教育局牵头,县财政局配合) / 〔县教育局〕)
 * or its own units sentence (责任单位:县教育局、县住建局。). Such a paragraph is a task even before any item opened.
 */

import { fold, isCloser, matchingOpener } from "../text/fold";
import { firstLabelAt, lineLabelKind } from "./labels";
import type { SourceLine } from "../text/lines";
import { closesWithRoles, closingByClause, endsWithRoleBracket } from "./node";
import { readLeadingRoles } from "./prose";
import { emptyRoles } from "./roles";
import { namesRoles, readRoles } from "./roles";

// A paragraph is a sentence or more of words before its units: a title of a few characters is not.
const MIN_WORDS = 6;

/**
 * True when a paragraph says at its end who does it: a role bracket, a bracket of unit names only, or a unit
 * label after the sentence's end (…。责任单位:A、B。) — with words of a task before it.
 * @example endsWithOwnUnits("新建幼儿园一所。(县教育局)") === true; endsWithOwnUnits("各有关单位:") === false
 */
export function endsWithOwnUnits(text: string): boolean {
  const f = fold(text).replace(/[\s。;,.]+$/, "");
  const close = f.length - 1;
  if (close > 0 && isCloser(f[close] as string)) return endsWithUnitBracket(text);
  // A role sentence after the words (…,由A负责落实。), not a line of roles alone (由A负责落实。).
  if (f.length >= MIN_WORDS && closesWithRoles(text) && closingByClause(text)?.at !== 0) return true;
  const at = firstLabelAt(f);
  if (at < MIN_WORDS) return false;
  const kind = lineLabelKind(f.slice(at));
  return kind === "lead" || kind === "co" || kind === "list";
}

/**
 * True when a paragraph ends in a role bracket or a bracket of unit names only, with words before it.
 * @example endsWithUnitBracket("新建幼儿园一所。〔县教育局〕") === true; endsWithUnitBracket("建设公园(含绿道)") === false
 */
export function endsWithUnitBracket(text: string): boolean {
  const f = fold(text).replace(/[\s。;,.]+$/, "");
  const close = f.length - 1;
  if (close < 1 || !isCloser(f[close] as string)) return false;
  const open = matchingOpener(f, close);
  if (open < MIN_WORDS) return false;
  return endsWithRoleBracket(text) || isUnitBracket(text.slice(open + 1, close));
}

/**
 * True when a bracket's inside says who does a task: role words, or a list of unit names and nothing else.
 * @example isUnitBracket("县教育局、县财政局") === true; isUnitBracket("含绿道") === false
 */
export function isUnitBracket(inside: string): boolean {
  if (namesRoles(inside)) return true;
  const roles = readRoles(inside, { bareUnits: true });
  return (
    roles.matched &&
    roles.rest.length === 0 &&
    roles.leads.length + roles.listed.length + roles.coUnits.length > 0
  );
}

/**
 * True when a paragraph before any item is a task all the same: it ends in its own units (endsWithOwnUnits), opens
 * with them (由A牵头,B参与,新建… / (牵头单位:A)新建…), or the next line is its unit label (责任单位:A、B).
 */
export function opensLooseItem(line: SourceLine, next: SourceLine | null): boolean {
  if (endsWithOwnUnits(line.text)) return true;
  const rest = readLeadingRoles(line.text, emptyRoles());
  if (rest !== null && fold(rest).length >= MIN_WORDS) return true;
  if (/^[([【〔]/.test(line.folded)) {
    const close = line.folded.search(/[)\]】〕]/);
    const words = close > 0 ? line.folded.slice(close + 1) : "";
    if (words.length >= MIN_WORDS && isUnitBracket(line.text.slice(1, close))) return true;
  }
  // Not a field of a record (重点工作: | … |), whose label the record readers know.
  const field = /[|\t]|^[^:]{1,10}:/.test(line.folded);
  const kind = next && !field ? lineLabelKind(next.folded) : null;
  return line.folded.length >= MIN_WORDS && (kind === "lead" || kind === "co" || kind === "list");
}
