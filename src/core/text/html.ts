/**
 * HTML (as mammoth makes it from a .docx) → the plain text the parser reads: one line per paragraph, one
 * line per table row with cells separated by a tab. Paragraphs inside one cell are joined with 、 when each
 * is a unit name (a units cell written one unit per paragraph), otherwise with nothing.
 */

import { isUnitLike } from "../parse/splitUnits";

const ENTITY: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITY[e.toLowerCase()] ?? m;
  });
}

function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""))
    .replace(/[\t\r\n]+/g, " ")
    .trim();
}

/** The paragraphs of a fragment: <p>, <h1>…<h6>, <li>; text outside them counts as one paragraph. */
function paragraphs(fragment: string): string[] {
  const out: string[] = [];
  const re = /<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  let last = 0;
  for (let m = re.exec(fragment); m; m = re.exec(fragment)) {
    const loose = textOf(fragment.slice(last, m.index));
    if (loose) out.push(loose);
    const t = textOf(m[2] as string);
    if (t) out.push(t);
    last = m.index + m[0].length;
  }
  const tail = textOf(fragment.slice(last));
  if (tail) out.push(tail);
  return out;
}

function cellText(cell: string): string {
  const ps = paragraphs(cell);
  if (ps.length > 1 && ps.every((p) => isUnitLike(p))) return ps.join("、");
  return ps.join("");
}

/**
 * Converts HTML to lines for the parser.
 * @example htmlToText("<p>标题</p><table><tr><td>1</td><td><p>财政局</p><p>发改局</p></td></tr></table>")
 *   === "标题\n1\t财政局、发改局"
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  const tableRe = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
  let last = 0;
  const pushParagraphs = (fragment: string): void => {
    for (const p of paragraphs(fragment)) lines.push(p);
  };
  for (let m = tableRe.exec(html); m; m = tableRe.exec(html)) {
    pushParagraphs(html.slice(last, m.index));
    const rows = (m[1] as string).match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) ?? [];
    for (const row of rows) {
      const cells = row.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi) ?? [];
      lines.push(cells.map((c) => cellText(c.replace(/^<t[dh]\b[^>]*>|<\/t[dh]>$/gi, ""))).join("\t"));
    }
    last = m.index + m[0].length;
  }
  pushParagraphs(html.slice(last));
  return lines.join("\n");
}
