/**
 * Forum copies of a flattened inspection summary table (序号 / 具体点位 / 存在问题 / 整改责任单位): each row opens
 * with its bare number and a space (`2 聚源路…工地`), its problems follow as points (`1、…`, `2、…`) over lines of
 * their own, and the units cell is tacked onto the end of the row's last line after single spaces
 * (`2、食堂工作人员无健康证. 区卫生局 区公安分局`) or stands on a line of its own; a merged group cell broken by
 * spaces (`滨江 街道 辖区`) may open the first row of its group; a cell may ask a unit to act instead of naming
 * it (`请市文明办协调解决`). The rows are rewritten as the outline reads a task: `N、` the row's words, its points
 * as `(1)…`, on one line, then a `责任单位:` line; the group cell is a label over the rows, no task's words.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { trailingHeaderAt } from "./tableSpacedRows";
import { columnKind, headerKinds } from "./tableHeader";
import { cellFit } from "./tableSpans";

/** A row's bare number and a space, then its words. */
const ROW = /^(\d{1,3}) +(\S.*)$/;
/** A point inside a row: 1、, 2. (not a decimal). */
const POINT = /^(\d{1,2})(?:、|[.．](?!\d))\s*(\S.*)$/;
/** A cell that asks a unit to act (请市文明办协调解决): the unit. */
const REQUEST = /^请(.{2,20}?)(协调解决|协调处理|负责整改|督促整改|整改|解决|处理|负责)$/;
/** A group cell merged over rows and broken by spaces (滨江 街道 辖区): short pieces, three at least. */
const GROUP = /^((?:[\p{Script=Han}]{1,3} +){2,}[\p{Script=Han}]{1,3}) +(?=\S{4})/u;

/** True when a token names units only (区卫生局, 市、区编办). */
const unitToken = (token: string): boolean => cellFit("units", token) >= 2;

/** The unit a token names: itself, or the unit a request names (请市文明办协调解决 → 市文明办); null if none. */
function unitOf(token: string): string | null {
  if (unitToken(token)) return token;
  const asked = REQUEST.exec(fold(token));
  return asked && unitToken(asked[1] as string) ? (asked[1] as string) : null;
}

/** A line's words and the units cell tacked onto its end after a space (or the whole line), or null. */
function tackedUnits(text: string): { words: string; units: string[] } | null {
  const tokens = text.trim().split(/\s+/);
  let from = tokens.length;
  while (from > 0 && unitOf(tokens[from - 1] as string) !== null) from--;
  if (from === tokens.length) return null;
  const units = tokens.slice(from).map((t) => unitOf(t) as string);
  return { words: tokens.slice(0, from).join(" "), units };
}

/** A new line on the same source line, with its own text. */
const lineOf = (line: SourceLine, text: string): SourceLine => ({
  no: line.no,
  text,
  folded: fold(text),
  raw: text,
});

/** The rows from line `start` on: each row's first line index and the index after its last. */
function rowsFrom(lines: readonly SourceLine[], start: number): Array<{ from: number; to: number }> {
  const rows: Array<{ from: number; to: number }> = [];
  let expect = 0;
  for (let k = start; k < lines.length; k++) {
    const m = ROW.exec((lines[k] as SourceLine).text.trim());
    const n = m ? Number(m[1]) : NaN;
    if (m && (rows.length === 0 || n === expect)) {
      const last = rows[rows.length - 1];
      if (last) last.to = k;
      rows.push({ from: k, to: lines.length });
      expect = n + 1;
    }
  }
  return rows;
}

/**
 * True when a line ends in a header (序号 具体点位 存在问题 整改责任单位) whose last column, and only one, names units
 * (no leader, co-units or deadline column: those cells could not be told from the units tacked on).
 */
function oneUnitsColumnLast(folded: string): boolean {
  const own = /^\s*(序号|编号)\s/.test(folded);
  const at = own ? 0 : trailingHeaderAt(folded);
  if (at < 0) return false;
  const kinds = folded.slice(at).trim().split(/\s+/).map(columnKind);
  if (!headerKinds(kinds)) return false;
  const units = kinds.filter((k) => k === "units" || k === "lead" || k === "co" || k === "leader");
  const last = kinds[kinds.length - 1];
  return units.length === 1 && (last === "units" || last === "lead") && !kinds.includes("deadline");
}

/** The index of the last line with text in [from, to), or -1. */
function lastText(lines: readonly SourceLine[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if ((lines[k] as SourceLine).text.trim() !== "") return k;
  return -1;
}

/**
 * The lines with the rows of an inspection summary, under a header line naming its columns (序号 … 责任单位, or
 * that header at the end of a title line), read as tasks (see the module's comment). Only where two rows or more
 * end in their units, and every row but the last (the copy may be cut) does; other lines are returned as they are.
 */
export function readTackedRows(lines: readonly SourceLine[]): SourceLine[] {
  const header = lines.findIndex((l) => oneUnitsColumnLast(l.folded));
  if (header < 0) return [...lines];
  const rows = rowsFrom(lines, header + 1);
  // Rows one a line each are the spaced rows reader's (tableSpacedRows.ts): here a row runs over lines.
  if (!rows.some((r) => lastText(lines, r.from, r.to) > r.from)) return [...lines];
  const tails = rows.map((r) => {
    const at = lastText(lines, r.from, r.to);
    // On the row's first line the units leave the row some words of its own (3 黎明社区卫生服务中心 is a site).
    const own = at === r.from ? ROW.exec((lines[at] as SourceLine).text.trim())?.[2] : undefined;
    const cells = at >= 0 ? tackedUnits(own ?? (lines[at] as SourceLine).text) : null;
    return { at, cells: cells && (at !== r.from || cells.words !== "") ? cells : null };
  });
  const ended = tails.filter((t) => t.cells !== null).length;
  if (rows.length < 2 || ended < 2 || tails.slice(0, -1).some((t) => t.cells === null)) return [...lines];
  const first = rows[0]?.from ?? lines.length;
  const out = lines.slice(0, first) as SourceLine[];
  rows.forEach((r, i) => {
    const tail = tails[i] as { at: number; cells: { words: string; units: string[] } | null };
    const words: string[] = [];
    for (let k = r.from; k < r.to; k++) {
      const line = lines[k] as SourceLine;
      const text = k === tail.at && tail.cells ? tail.cells.words : line.text.trim();
      if (k === r.from) {
        const m = ROW.exec(line.text.trim()) as RegExpExecArray;
        const rest = k === tail.at && tail.cells ? tail.cells.words : (m[2] as string);
        const group = GROUP.exec(rest);
        words.push(`${m[1] as string}、${group ? rest.slice(group[0].length) : rest}`);
      } else if (text !== "") {
        const p = POINT.exec(text);
        words.push(p ? `(${p[1] as string})${p[2] as string}` : text);
      }
    }
    // The row on one line (its points in it: a bracket closing a point is no unit bracket), then its units.
    const at = lines[r.from] as SourceLine;
    out.push(lineOf(at, words.join("")));
    if (tail.cells) out.push(lineOf(lines[tail.at] as SourceLine, `责任单位:${tail.cells.units.join("、")}`));
  });
  return out;
}
