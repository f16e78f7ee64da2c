/** CSV text (as Excel, WPS or LibreOffice save it) → rows of cells; quoted cells may hold line breaks. */

/** The separator a CSV file uses: the one of comma, semicolon and tab found most on its first line. */
function separatorOf(text: string): string {
  const first = text.slice(0, Math.max(0, text.indexOf("\n")) || text.length);
  let best = ",";
  let most = 0;
  for (const sep of [",", ";", "\t"]) {
    const n = first.split(sep).length - 1;
    if (n > most) {
      best = sep;
      most = n;
    }
  }
  return best;
}

/**
 * Splits CSV text into rows of cells (RFC 4180: "" is a quote inside a quoted cell). A quote that never
 * closes is read as a plain character, so that it cannot swallow the rest of the file into one cell. The
 * separator is `separator` when given (a file whose writer is known), else the one the first line uses most.
 * @example csvRows('1,"财政局\n发改局",x') → [["1", "财政局\n发改局", "x"]]
 */
export function csvRows(text: string, separator?: "," | ";" | "\t"): string[][] {
  const sep = separator ?? separatorOf(text);
  const literal = new Set<number>();
  for (let pass = 0; pass < 100; pass++) {
    const read = readRows(text, sep, literal);
    if (read.unclosedAt < 0) return read.rows;
    literal.add(read.unclosedAt);
  }
  return readRows(text, sep, literal).rows;
}

function readRows(
  text: string,
  sep: string,
  literal: ReadonlySet<number>,
): { rows: string[][]; unclosedAt: number } {
  const rows: string[][] = [];
  let opened = -1;
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "" && !literal.has(i)) {
      quoted = true;
      opened = i;
    } else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, unclosedAt: quoted ? opened : -1 };
}
