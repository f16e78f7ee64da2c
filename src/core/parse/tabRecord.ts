/**
 * One row of a tab-separated table as Excel copies it (tableTabbed.ts reads the table): a cell that holds line breaks
 * is quoted and runs over several lines; its paragraphs joined again as one cell's text.
 */

import type { SourceLine } from "../text/lines";
import type { ColumnKind } from "./vocabulary";

/**
 * One row of a tab-separated table as Excel copies it, from `lines[i]` on: a cell that holds line breaks
 * is quoted ("…", with "" for a quote mark) and runs over several lines. Returns each cell's paragraphs
 * and the index after the row; null when the line has no tab, or its quotes are not Excel's (then the
 * line is read as it stands).
 */
export function tabRecord(
  lines: readonly SourceLine[],
  i: number,
): { cells: string[][]; next: number } | null {
  let k = i;
  let s = (lines[k] as SourceLine).raw;
  if (!s.includes("\t")) return null;
  const cells: string[][] = [];
  let pos = 0;
  for (;;) {
    while (s[pos] === " ") pos++;
    if (s[pos] === '"') {
      const paras: string[] = [];
      let cur = "";
      pos++;
      for (;;) {
        if (pos >= s.length) {
          // The line ends inside the quotes: the cell goes on on the next line.
          paras.push(cur);
          cur = "";
          k++;
          // An unclosed quote that runs on for 40 lines is a stray quote mark, not a cell: read as it stands.
          if (k >= lines.length || k - i > 40) return null;
          s = (lines[k] as SourceLine).raw;
          pos = 0;
          continue;
        }
        const ch = s[pos] as string;
        pos++;
        if (ch !== '"') cur += ch;
        else if (s[pos] === '"') {
          cur += '"';
          pos++;
        } else break;
      }
      paras.push(cur);
      // Text after the closing quote: not a quoted cell ("十四五"规划), so not Excel's quoting.
      if (pos < s.length && s[pos] !== "\t") return null;
      cells.push(paras);
    } else {
      const tab = s.indexOf("\t", pos);
      const end = tab < 0 ? s.length : tab;
      cells.push([s.slice(pos, end)]);
      pos = end;
    }
    if (pos >= s.length) break;
    pos++; // the tab
  }
  if (k === i && !(lines[i] as SourceLine).raw.includes('"')) {
    // A plain row: the same cells as rowCells gives, but with the empty cells before the first kept.
    return { cells: cells.map((c) => c.map((p) => p.trim())), next: i + 1 };
  }
  return { cells: cells.map((c) => c.map((p) => p.trim()).filter(Boolean)), next: k + 1 };
}

/** The paragraphs of one cell as one text: units one per line are a list; other text runs on. */
export function joinParagraphs(paras: readonly string[], kind: ColumnKind): string {
  if (kind !== "lead" && kind !== "co" && kind !== "units" && kind !== "leader") return paras.join("");
  return paras.reduce(
    (out, p) => (out === "" || /[、,;\uff0c\uff1b]$/.test(out) ? out + p : `${out}、${p}`),
    "",
  );
}
