/** How the paragraphs (or lines) of one table cell become the cell's text, for every reader of tables. */

import { isUnitLike } from "../parse/splitUnits";

/**
 * Joins a cell's paragraphs: with 、 when each is a unit name (a units cell written one unit per line),
 * otherwise with nothing (a sentence wrapped over lines).
 * @example joinCellParagraphs(["财政局", "发改局"]) === "财政局、发改局"
 * @example joinCellParagraphs(["加快推进城东", "改造。"]) === "加快推进城东改造。"
 */
export function joinCellParagraphs(paragraphs: readonly string[]): string {
  if (paragraphs.length > 1 && paragraphs.every((p) => isUnitLike(p))) return paragraphs.join("、");
  return paragraphs.join("");
}
