/**
 * OpenDocument content (content.xml of an .odt or .ods) → the text the parser reads, by rewriting its
 * paragraphs and tables as the HTML that html.ts already reads (Word tables through mammoth): paragraphs
 * become <p>, table rows <tr>, cells <td> with their spans; cells covered by a span are left out, as HTML
 * leaves them.
 */

import { htmlToText } from "./html";

/** Repeated rows and columns (spreadsheets repeat empty ones a million times) are written at most this often. */
const MAX_REPEAT = 200;

/** Elements whose content is not the document's text: notes, comments, tracked deletions, drawings. */
const DROPPED =
  /<(text:note|office:annotation|text:tracked-changes|draw:frame|text:table-of-content|office:forms)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g;

const attr = (tag: string, name: string): number => {
  const n = Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1] ?? 1);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

/** Rewrites the table parts of one row: cells with spans, repeated cells, no covered cells. */
function rowHtml(row: string): string {
  const cells: string[] = [];
  const re = /<table:(table-cell|covered-table-cell)\b([^>]*?)(\/>|>([\s\S]*?)<\/table:\1>)/g;
  for (let m = re.exec(row); m; m = re.exec(row)) {
    if (m[1] === "covered-table-cell") continue;
    const open = m[2] as string;
    const spans = ` rowspan="${attr(open, "table:number-rows-spanned")}" colspan="${attr(open, "table:number-columns-spanned")}"`;
    const td = `<td${spans}>${m[4] ?? ""}</td>`;
    const repeat = Math.min(attr(open, "table:number-columns-repeated"), MAX_REPEAT);
    for (let k = 0; k < repeat; k++) cells.push(td);
  }
  // Empty cells repeated to the sheet's edge carry nothing.
  while (cells.length > 0 && /^<td[^>]*><\/td>$/.test(cells[cells.length - 1] as string)) cells.pop();
  return `<tr>${cells.join("")}</tr>`;
}

/**
 * Converts content.xml to parser text.
 * @example odfText('<office:text><text:p>标题</text:p><table:table><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:text>')
 *   === "标题\n1"
 */
export function odfText(xml: string): string {
  const body = /<office:body>([\s\S]*)<\/office:body>/.exec(xml)?.[1] ?? xml;
  const html = body
    .replace(DROPPED, "")
    .replace(/<text:s\b[^>]*?text:c="(\d+)"[^>]*\/>/g, (_m, n: string) => " ".repeat(Math.min(Number(n), 50)))
    .replace(/<text:s\b[^>]*\/>/g, " ")
    .replace(/<text:tab\b[^>]*\/>/g, " ")
    .replace(/<text:line-break\b[^>]*\/>/g, "<br/>")
    .replace(/<text:(p|h)\b[^>]*\/>/g, "")
    .replace(/<text:(p|h)\b[^>]*>/g, "<p>")
    .replace(/<\/text:(p|h)>/g, "</p>")
    .replace(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g, (_m, open: string, row: string) =>
      rowHtml(row).repeat(Math.min(attr(open, "table:number-rows-repeated"), MAX_REPEAT)),
    )
    .replace(/<table:table\b[^>]*>/g, "<table>")
    .replace(/<\/table:table>/g, "</table>");
  return htmlToText(html)
    .split("\n")
    .filter((l) => l.replace(/\t/g, "").trim() !== "")
    .join("\n");
}
