/**
 * Tables in breakdowns (F7): a header row 序号 / 工作任务 / 牵头领导 / 牵头单位 / 配合单位 / 完成时限, then one
 * row per task — either one line per row with cells separated by tabs (Word or a spreadsheet copied as
 * text, or a .docx table), or flattened to one cell per line (a web page), where a cell may run over
 * several lines and empty cells leave no line.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { bareNumber } from "./numbering";
import { readPerson } from "./leader";
import { isDeadline } from "./roles";
import { isUnitLike, splitUnitList } from "./splitUnits";
import { COLUMN_NAMES, COLUMN_WORDS, type ColumnKind } from "./vocabulary";

export type { ColumnKind };

/** The kind of a header cell, or null when the text is not a column name. */
export function columnKind(cell: string): ColumnKind | null {
  const s = fold(cell).replace(/\s+/g, "");
  for (const { kind, re } of COLUMN_NAMES) if (re.test(s)) return kind;
  if (s.length < 2 || s.length > 10 || /[\d。,,;;::、]/.test(s)) return null;
  for (const { kind, re } of COLUMN_WORDS) if (re.test(s)) return kind;
  return null;
}

/**
 * A header is at least three cells, with a task column and a column naming units; a few cells the reader
 * does not know (是否达序, 考核分值) are kept as other columns rather than rejecting the table.
 */
function headerKinds(kinds: ReadonlyArray<ColumnKind | null>): ColumnKind[] | null {
  if (kinds.length < 3) return null;
  const unknown = kinds.filter((k) => k === null).length;
  if (unknown * 2 > kinds.length) return null;
  if (!kinds.includes("task") || !(kinds.includes("lead") || kinds.includes("units"))) return null;
  return kinds.map((k) => k ?? "other");
}

/** The cells of a one-line row: separated by tabs, or by | as web tables are copied. Null for one cell. */
export function rowCells(text: string): string[] | null {
  const line = text
    .replace(/\uff5c/g, "|")
    .replace(/^\s*\|/, "")
    .replace(/\|\s*$/, "");
  const cells = line.includes("\t") ? line.split("\t") : line.includes("|") ? line.split("|") : null;
  return cells && cells.length > 1 ? cells.map((c) => c.trim()) : null;
}

/** True when one of the next two non-empty lines after `lines[j]` is a known column name. */
function knownColumnFollows(lines: readonly SourceLine[], j: number): boolean {
  let seen = 0;
  for (let k = j + 1; k < lines.length && seen < 2; k++) {
    const line = cellLine(lines[k] as SourceLine);
    if (line.text === "") continue;
    seen++;
    if (columnKind(line.folded) !== null) return true;
  }
  return false;
}

/** A line of a table flattened to one cell per line, without the | a web page leaves after each cell. */
function cellLine(line: SourceLine): SourceLine {
  if (!/\|\s*$/.test(line.text)) return line;
  return {
    ...line,
    text: line.text.replace(/[\s|]+$/, ""),
    folded: line.folded.replace(/[\s|]+$/, ""),
  };
}

/** One data row of a table, with its cells keyed by column. */
export interface TableRow {
  /** Line of the row's first cell. */
  readonly line: number;
  /** 序号 as written (a bare number), or null. */
  readonly seq: string | null;
  readonly cells: ReadonlyArray<{ kind: ColumnKind; text: string }>;
}

/** A heading inside a table (一、稳增长), kept in order with the rows. */
export interface TableHeading {
  readonly line: number;
  readonly text: string;
}

export interface Table {
  readonly columns: readonly ColumnKind[];
  readonly headerLine: number;
  readonly items: ReadonlyArray<{ row: TableRow } | { heading: TableHeading }>;
  /** Index (in the input array) of the first line after the table. */
  readonly end: number;
}

/** Where a table header starts at `lines[i]`, the columns and the index after the header. */
export function detectHeader(
  lines: readonly SourceLine[],
  i: number,
): { columns: ColumnKind[]; next: number; tabbed: boolean } | null {
  const first = lines[i];
  if (!first) return null;
  // Tab rows are read from the raw line (tabRecord), empty cells before the first kept: so is the header,
  // without the empty cells after its last name.
  const tabbed = first.raw.includes("\t") ? first.raw.split("\t").map((c) => c.trim()) : null;
  while (tabbed && tabbed.length > 0 && tabbed[tabbed.length - 1] === "") tabbed.pop();
  const cells = tabbed && tabbed.length > 1 ? tabbed : rowCells(first.text);
  if (cells) {
    const columns = headerKinds(cells.map(columnKind));
    return columns ? { columns, next: i + 1, tabbed: true } : null;
  }
  const inline = first.folded.split(/\s{1,}/).filter(Boolean);
  if (inline.length >= 3) {
    const columns = headerKinds(inline.map(columnKind));
    if (columns) return { columns, next: i + 1, tabbed: false };
  }
  const kinds: Array<ColumnKind | null> = [];
  let j = i;
  while (j < lines.length) {
    const line = cellLine(lines[j] as SourceLine);
    if (line.text === "") {
      j++;
      continue;
    }
    const k = columnKind(line.folded);
    // A header cell the reader does not know (1-10月推进情况) is kept when column names follow it.
    if (k === null && !(kinds.length > 0 && line.text.length <= 12 && knownColumnFollows(lines, j))) break;
    kinds.push(k);
    j++;
  }
  const columns = headerKinds(kinds);
  return columns ? { columns, next: j, tabbed: false } : null;
}

const SECTION_ROW = /^([一二三四五六七八九十]{1,3}[、.]|[((][一二三四五六七八九十]{1,3}[))])/;

/**
 * A category row inside a table (一、教育类(5项), maybe with subtotals in other columns): its text, or null.
 * It names no unit or leader, and its first filled cell is a section heading.
 */
function categoryRow(cells: readonly string[], columns: readonly ColumnKind[]): string | null {
  const first = cells.findIndex(Boolean);
  if (first < 0 || !SECTION_ROW.test(fold(cells[first] as string))) return null;
  const named = cells.some(
    (c, k) => k !== first && c !== "" && ["task", "lead", "co", "units", "leader"].includes(columns[k] ?? ""),
  );
  return named ? null : (cells[first] as string);
}

/**
 * Reads the rows of a table whose header ends before `lines[start]`, until `isEnd` says a line is no
 * longer part of the table.
 */
export function readTable(
  lines: readonly SourceLine[],
  header: { columns: ColumnKind[]; next: number; tabbed: boolean },
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  return header.tabbed
    ? readTabbed(lines, header.columns, header.next, headerLine, isEnd)
    : readFlattened(lines, header.columns, header.next, headerLine, isEnd);
}

function readTabbed(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === "") continue;
    if (isEnd(line)) break;
    const record = tabRecord(lines, i);
    const cells = record
      ? record.cells.map((paras, k) => joinParagraphs(paras, columns[k] ?? "other"))
      : (rowCells(line.text) ?? [
          line.text
            .replace(/^\s*[|\uff5c]/, "")
            .replace(/[|\uff5c]\s*$/, "")
            .trim(),
        ]);
    if (record) i = record.next - 1;
    const heading = categoryRow(cells, columns);
    if (heading !== null) {
      items.push({ heading: { line: line.no, text: heading } });
      continue;
    }
    if (cells.length === 1) {
      // A line without tabs inside a tabbed table continues the last row's last filled cell.
      const last = items[items.length - 1];
      if (last && "row" in last) {
        const row = last.row;
        const cellsCopy = row.cells.map((c) => ({ ...c }));
        const target = [...cellsCopy].reverse().find((c) => c.text !== "") ?? cellsCopy[cellsCopy.length - 1];
        if (target) target.text += line.text;
        items[items.length - 1] = { row: { ...row, cells: cellsCopy } };
        continue;
      }
      break;
    }
    const seqIndex = columns.indexOf("seq");
    const seq = seqIndex >= 0 ? (cells[seqIndex] ?? "") : "";
    items.push({
      row: {
        line: line.no,
        seq: seq === "" ? null : seq,
        cells: columns.map((kind, k) => ({ kind, text: cells[k] ?? "" })).filter((c) => c.kind !== "seq"),
      },
    });
  }
  return { columns, headerLine, items, end: i };
}

/**
 * One row of a tab-separated table as Excel copies it, from `lines[i]` on: a cell that holds line breaks
 * is quoted ("…", with "" for a quote mark) and runs over several lines. Returns each cell's paragraphs
 * and the index after the row; null when the line has no tab, or its quotes are not Excel's (then the
 * line is read as it stands).
 */
function tabRecord(lines: readonly SourceLine[], i: number): { cells: string[][]; next: number } | null {
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
function joinParagraphs(paras: readonly string[], kind: ColumnKind): string {
  if (kind !== "lead" && kind !== "co" && kind !== "units" && kind !== "leader") return paras.join("");
  return paras.reduce(
    (out, p) => (out === "" || /[、,;\uff0c\uff1b]$/.test(out) ? out + p : `${out}、${p}`),
    "",
  );
}

/** How well `text` (one or more lines joined) fits a column; higher is better. */
function fit(kind: ColumnKind, parts: readonly string[]): number {
  const text = parts.join("");
  const extra = parts.length - 1;
  switch (kind) {
    case "task": {
      // A further line that is only unit names belongs to a units cell, not to the task's text — unless
      // the line before it stops mid-sentence (…每个乡镇, / 新建党群服务中心).
      const unitLine = parts.slice(1).some((p, k) => {
        const units = splitUnitList(p);
        const runsOn = /[,、:\uff0c\uff1a]$/.test((parts[k] as string).trim());
        return !runsOn && units.length > 0 && units.every(isUnitLike);
      });
      return (text.length >= 8 ? 2 : 0.5) - 0.05 * extra - (unitLine ? 3 : 0);
    }
    case "lead":
    case "co":
    case "units": {
      const units = parts.flatMap((p) => splitUnitList(p));
      const ok = units.length > 0 && units.every(isUnitLike);
      // A lead cell holds one unit, rarely two: a line more is likelier the co-units' cell running on.
      return ok ? 2 - (kind === "lead" ? 0.4 : 0.1) * extra : -3;
    }
    case "leader": {
      const p = parts.length === 1 ? readPerson(text) : null;
      return p && !isUnitLike(text) && text.length <= 12 ? 2 : -3;
    }
    case "deadline":
      return isDeadline(text) || /^\d{4}年/.test(text) ? 2 - 0.5 * extra : -2;
    case "seq":
      return -5;
    default:
      return 0.3 - 0.05 * extra;
  }
}

const EMPTY_PENALTY: Readonly<Record<ColumnKind, number>> = {
  seq: 0,
  task: -4,
  lead: -1.5,
  units: -1.5,
  leader: -0.4,
  co: -0.3,
  deadline: -0.4,
  progress: -0.1,
  note: -0.1,
  other: -0.1,
};

/**
 * Distributes a row's lines over its columns, in order, each column taking zero or more consecutive lines,
 * so that the total fit is best (dynamic programming; rows are short).
 */
export function alignCells(columns: readonly ColumnKind[], parts: readonly string[]): string[] {
  const n = parts.length;
  const m = columns.length;
  const NEG = -1e9;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const take: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let c = 1; c <= m; c++) {
    const kind = columns[c - 1] as ColumnKind;
    for (let i = 0; i <= n; i++) {
      for (let k = 0; k <= Math.min(i, 8); k++) {
        const prev = (best[c - 1] as number[])[i - k] as number;
        if (prev === NEG) continue;
        const score = prev + (k === 0 ? EMPTY_PENALTY[kind] : fit(kind, parts.slice(i - k, i)));
        if (score > ((best[c] as number[])[i] as number)) {
          (best[c] as number[])[i] = score;
          (take[c] as number[])[i] = k;
        }
      }
    }
  }
  const out = new Array<string>(m).fill("");
  let i = n;
  for (let c = m; c >= 1; c--) {
    const k = (take[c] as number[])[i] as number;
    out[c - 1] = parts.slice(i - k, i).join(columns[c - 1] === "task" ? "" : "、");
    i -= k;
  }
  if (i > 0) {
    // More lines than the columns could hold: keep them in the task cell rather than lose them.
    const t = columns.indexOf("task");
    if (t >= 0) out[t] = parts.slice(0, i).join("") + out[t];
  }
  return out;
}

function readFlattened(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  const hasSeq = columns[0] === "seq";
  const dataColumns = hasSeq ? columns.slice(1) : columns;
  let current: { line: number; seq: string | null; parts: string[] } | null = null;
  let lastSeq = 0;
  const flush = (): void => {
    if (!current) return;
    const cells = alignCells(dataColumns, current.parts);
    items.push({
      row: {
        line: current.line,
        seq: current.seq,
        cells: dataColumns.map((kind, k) => ({ kind, text: cells[k] ?? "" })),
      },
    });
    current = null;
  };
  let i = start;
  for (; i < lines.length; i++) {
    const line = cellLine(lines[i] as SourceLine);
    if (line.text === "") continue;
    if (isEnd(line)) break;
    const n = hasSeq ? bareNumber(line.folded) : null;
    const rowFull: boolean = current !== null && (current as { parts: string[] }).parts.length >= 1;
    if (n !== null && (current === null || (n === lastSeq + 1 && rowFull))) {
      flush();
      current = { line: line.no, seq: String(n), parts: [] };
      lastSeq = n;
      continue;
    }
    if (SECTION_ROW.test(line.folded) && line.text.length <= 40) {
      flush();
      items.push({ heading: { line: line.no, text: line.text } });
      continue;
    }
    if (!hasSeq) {
      // Without a 序号 column each row is as many lines as there are columns.
      if (current === null) current = { line: line.no, seq: null, parts: [] };
      const cur: { parts: string[] } = current;
      cur.parts.push(line.text);
      if (cur.parts.length === dataColumns.length) flush();
      continue;
    }
    if (current === null) break;
    (current as { parts: string[] }).parts.push(line.text);
  }
  flush();
  return { columns, headerLine, items, end: i };
}
