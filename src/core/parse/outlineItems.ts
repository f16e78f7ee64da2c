/**
 * Unnumbered items with no heading above them, as web and forum copies give a breakdown: paragraphs, with or
 * without blank lines between them, each ending in its own unit bracket ((县教育局牵头,县财政局配合) / 〔县教育局〕)
 * or its own units sentence (责任单位:县教育局、县住建局。). Such a paragraph is a task even before any item opened.
 */

import { fold, isCloser, matchingOpener } from "../text/fold";
import { firstLabelAt, lineLabelKind } from "./labels";
import { endsWithRoleBracket } from "./node";
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
  if (close > 0 && isCloser(f[close] as string)) {
    const open = matchingOpener(f, close);
    if (open < MIN_WORDS) return false;
    return endsWithRoleBracket(text) || isUnitBracket(text.slice(open + 1, close));
  }
  const at = firstLabelAt(f);
  if (at < MIN_WORDS) return false;
  const kind = lineLabelKind(f.slice(at));
  return kind === "lead" || kind === "co" || kind === "list";
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
