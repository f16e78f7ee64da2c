/**
 * HTML (as mammoth makes it from a .docx) → the plain text the parser reads: one line per paragraph, one
 * line per table row with cells separated by a tab. Paragraphs inside one cell are joined with 、 when each
 * is a unit name (a units cell written one unit per paragraph), otherwise with nothing.
 */

import { joinCellParagraphs } from "./cells";

const ENTITY: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Replaces HTML character references (&amp;, &#20320;, &#x4f60;) with their characters. */
export function decodeEntities(s: string): string {
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
  return joinCellParagraphs(paragraphs(cell));
}

/**
 * The cells of a table, row by row, with merged cells resolved: a cell spanning rows (rowspan) stands in
 * each row it covers, as the reader of the printed table sees it; one spanning columns (colspan) fills its
 * first column and leaves the others empty.
 */
export function tableRows(table: string, cell: (html: string) => string = cellText): string[][] {
  const rows = table.match(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi) ?? [];
  // Cells of earlier rows still spanning down: column → { text, rows left }.
  const pending = new Map<number, { text: string; left: number }>();
  const out: string[][] = [];
  for (const row of rows) {
    const line: string[] = [];
    let col = 0;
    const fillSpanned = (): void => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        line[col] = p.text;
        if (--p.left === 0) pending.delete(col);
        col++;
      }
    };
    const cells = row.match(/<t[dh]\b[^>]*>[\s\S]*?<\/t[dh]>/gi) ?? [];
    for (const html of cells) {
      fillSpanned();
      const open = /^<t[dh]\b([^>]*)>/i.exec(html)?.[1] ?? "";
      const span = (name: string): number => {
        const n = Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(open)?.[1] ?? 1);
        return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
      };
      const text = cell(html.replace(/^<t[dh]\b[^>]*>|<\/t[dh]>$/gi, ""));
      const rowspan = span("rowspan");
      const colspan = span("colspan");
      for (let k = 0; k < colspan; k++) {
        line[col + k] = k === 0 ? text : "";
        if (rowspan > 1) pending.set(col + k, { text: k === 0 ? text : "", left: rowspan - 1 });
      }
      col += colspan;
    }
    fillSpanned();
    out.push(Array.from(line, (c) => c ?? ""));
  }
  return out;
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
    for (const row of tableRows(m[1] as string)) lines.push(row.join("\t"));
    last = m.index + m[0].length;
  }
  pushParagraphs(html.slice(last));
  return lines.join("\n");
}
