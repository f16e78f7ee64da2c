/**
 * Raw HTML tags left in a copied page (a blog platform's whole article on one line: `<p class="ql-block">…</p>
 * <p class="ql-block">…</p>`): block tags become line breaks, table cells tabs, inline tags nothing.
 */

import { fold } from "./fold";
import type { SourceLine } from "./lines";

// Tags that end a paragraph or a row: a new line at each.
const BLOCK_TAG =
  /<\/?(?:p|br|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|blockquote|hr|dt|dd)(?:\s[^<>]*)?\/?>/gi;
// A table cell's tags: a tab between cells.
const CELL_TAG = /<\/?(?:td|th)(?:\s[^<>]*)?>/gi;
// Tags inside a paragraph: nothing of the text.
const INLINE_TAG =
  /<\/?(?:span|strong|b|i|em|font|a|u|s|sub|sup|img|small|big|label|mark|o:p|code)(?:\s[^<>]*)?\/?>/gi;
// Quick test: a line with at least one such tag.
const ANY_TAG =
  /<\/?(?:p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|section|article|blockquote|hr|dt|dd|span|strong|b|i|em|font|a|u|s|sub|sup|img|small|big|label|mark|o:p|code)(?:\s[^<>]*)?\/?>/i;

/**
 * A line holding HTML tags, as the lines its block tags set apart (each keeping the line's number), the other
 * tags taken out; a line without tags as it is.
 * @example splitHtmlTags(line('<p class="a">一、总则</p> <p>1.推进<span>改造</span>。</p>')).map((l) => l.text)
 *   → ["一、总则", "1.推进改造。"]
 */
export function splitHtmlTags(line: SourceLine): SourceLine[] {
  if (!line.text.includes("<") || !ANY_TAG.test(line.text)) return [line];
  const text = line.text.replace(INLINE_TAG, "").replace(CELL_TAG, "\t").replace(BLOCK_TAG, "\n");
  return text
    .split("\n")
    .map((piece) => piece.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ""))
    .filter((piece) => piece !== "")
    .map((piece) => ({ no: line.no, text: piece, folded: fold(piece), raw: piece }));
}
