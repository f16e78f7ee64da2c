/** Tables whose rows are one line each, cells separated by tabs or |, as Word, Excel and .docx give them. */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isDateLine, isIssuerLine } from "./docInfo";
import { readNumbering } from "./numbering";
import type { ColumnKind } from "./vocabulary";
import {
  categoryRow,
  columnKind,
  rowCells,
  type Table,
  type TableHeading,
  type TableRow,
} from "./tableHeader";
import { isUnitColumn, leftOutOnRight, mergeSpans, spanCells, wideRowCells } from "./tableSpans";
import { endsLikeUnit, isUnitLike } from "./unitLike";
import { nameColumn } from "./tableColumns";
import { realignUnderHeading, type HeadingColumnState } from "./tableNumberedCell";
import { joinParagraphs, tabRecord } from "./tabRecord";
import { mergedRows } from "./tableMergedRows";

/** True when a header's cells are set apart by '|' with no border before the first or after the last. */
const bareBars = (text: string): boolean =>
  /[|\uff5c]/.test(text) && !/^\s*[|\uff5c]|[|\uff5c]\s*$/.test(text);

/**
 * A row's cells under a header with no '|' border: a '|' at the row's start or end sets apart a blank first or
 * last cell (| 推进… | 市财政局), not a border.
 */
function blankEdges(cells: string[] | null, text: string, bare: boolean): string[] | null {
  if (!cells || !bare || text.includes("\t")) return cells;
  return [...(/^\s*[|\uff5c]/.test(text) ? [""] : []), ...cells, ...(/[|\uff5c]\s*$/.test(text) ? [""] : [])];
}

export function readTabbed(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  const headed: HeadingColumnState = { last: null };
  // Rows that are a line of text alone: never read as rows under a merged 序号.
  const plain = new Set<TableRow>();
  const plainRow = (row: TableRow): TableRow => (plain.add(row), row);
  const bare = bareBars(lines[start - 1]?.text ?? "");
  // The header's own cells: a row that repeats them word for word is the header again (具体要求 names no kind).
  const own = (rowCells(lines[start - 1]?.text ?? "") ?? []).join("|");
  // The last line with words and the last with a row's cells, found once (keeps the reading linear).
  let tail: Tail | null = null;
  const ends = (): Tail => (tail ??= tailOf(lines));
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === "") continue;
    if (isEnd(line)) break;
    const record = tabRecord(lines, i);
    const given = record
      ? record.cells.map((paras, k) => joinParagraphs(paras, columns[k] ?? "other"))
      : (blankEdges(rowCells(line.text), line.text, bare) ?? [
          line.text
            .replace(/^\s*[|\uff5c]/, "")
            .replace(/[|\uff5c]\s*$/, "")
            .trim(),
        ]);
    if (record) i = record.next - 1;
    // Under a merged first column of headings a row leaves its cell out: put back (tableNumberedCell.ts).
    const cells = realignUnderHeading(given, headed);
    // The header again (a page break of a Word or PDF table repeats it): the table goes on.
    if (repeatsHeader(cells, columns) || (cells.length >= 2 && cells.join("|") === own)) continue;
    const heading = categoryRow(cells, columns);
    if (heading !== null) {
      items.push({ heading: { line: line.no, text: heading } });
      continue;
    }
    if (cells.length === 1) {
      // A line that is only a bar (|) after a row: the border of the row's empty last cell, read past.
      if (cells[0] === "" && items.length > 0 && /^[\s|\uff5c]+$/.test(line.text)) continue;
      // The signature below the table (桐乡市人民政府办公室, then the date): the table ends there, its last
      // cell (a deadline, often) is not continued with it.
      if (items.length > 0 && i > ends().row && signatureFollows(lines, i)) break;
      // A line without tabs inside a tabbed table continues the last row's last filled cell.
      const last = items[items.length - 1];
      const atEnd = i >= ends().words;
      if (startsNextRow(items, line.folded)) {
        // 6.老年 after row 5.…: the next row, cut short (its other cells lost), not more of the row above.
        items.push({ heading: { line: line.no, text: line.text.trim() } });
        continue;
      }
      const target = last && "row" in last ? lastFilled(last.row) : undefined;
      // At the text's end, a line that opens with a row's bar (| 推), or that no unit's name goes on with after a
      // units cell holding a whole name (市卫健委 / 推): the next row, cut by the page's end.
      const cutRow =
        atEnd &&
        target !== undefined &&
        (/^\s*[|\uff5c]/.test(line.text) ||
          (isUnitColumn(target.kind) && endsLikeUnit(target.text.trim()) && !isUnitLike(cells[0] ?? "")));
      if (cutRow) {
        items.push({ row: plainRow(textRow(columns, line.no, cells[0] ?? line.text.trim())) });
        continue;
      }
      if (last && "row" in last && target && !opensRowInNameCell(target.kind, line.folded)) {
        const row = last.row;
        const cellsCopy = row.cells.map((c) => ({ ...c }));
        (cellsCopy[row.cells.indexOf(target)] as { text: string }).text += line.text;
        items[items.length - 1] = { row: { ...row, cells: cellsCopy } };
        continue;
      }
      // A line of its own between a heading row and more rows: kept as a row of text alone (a task without
      // units, reported), so that the table goes on; so is a numbered line after a row's units, leader or
      // deadline cell (the next row, cut short). Otherwise the table ends here.
      if (!target && !tabRowFollows(lines, i)) break;
      items.push({ row: plainRow(textRow(columns, line.no, cells[0] ?? line.text)) });
      continue;
    }
    // A tab row with a cell for every column, its last ones empty (1⇥修路⇥交通局⇥): an empty cell, read in
    // place — not a row under merged cells, which carries fewer, nor a row with more filled cells than the
    // columns (a header cell spanning several columns: tableSpans.ts).
    const full =
      record !== null &&
      cells.length >= columns.length &&
      cells.slice(columns.length).every((c) => c.trim() === "");
    items.push({ row: full ? inPlace(columns, cells, line.no) : spannedRow(columns, cells, line.no) });
  }
  return { columns, headerLine, items: mergedRows(mergeSpans(items), plain), end: i };
}

/** A row whose cells stand in their columns' places. */
function inPlace(columns: readonly ColumnKind[], cells: readonly string[], line: number): TableRow {
  const seq = columns.indexOf("seq") >= 0 ? (cells[columns.indexOf("seq")] ?? "") : "";
  return {
    line,
    seq: seq === "" ? null : seq,
    cells: columns.flatMap((kind, k) => (kind === "seq" ? [] : [{ kind, text: cells[k] ?? "" }])),
  };
}

/**
 * A row from its cells. A row that carries fewer filled cells than the columns, none empty among them
 * (`2021.8 | 城投集团 | ||`: a web table's row under merged cells), is fitted to the columns by content.
 */
export function spannedRow(
  columns: readonly ColumnKind[],
  cells: readonly string[],
  line: number,
  explicit = false,
): TableRow {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  const carried = cells.slice(0, n);
  const wide = carried.length > columns.length ? wideRowCells(columns, carried) : null;
  const placed =
    wide ??
    (carried.length >= (explicit ? 1 : 2) && carried.length < columns.length && !carried.includes("")
      ? spanCells(columns, carried)
      : columns.map((_, k) => cells[k] ?? ""));
  // A row that really carries fewer cells (not a row whose last cells are empty): merged cells on its right.
  const fitted = cells.length < columns.length ? leftOutOnRight(columns, placed, carried.length) : placed;
  const seqIndex = columns.indexOf("seq");
  const seq = seqIndex >= 0 ? (fitted[seqIndex] ?? "") : "";
  const data = columns.flatMap((kind, k) => (kind === "seq" ? [] : [{ kind, text: fitted[k] ?? null }]));
  // A wide row's group (the task column's own cell, when a cell under the span names the row): a note.
  if (wide && wide.length > columns.length) data.push({ kind: "note", text: wide[columns.length] ?? "" });
  const absent = data.flatMap((c, k) => (c.text === null ? [k] : []));
  return {
    line,
    seq: seq === "" ? null : seq,
    cells: data.map((c) => ({ kind: c.kind, text: c.text ?? "" })),
    ...(absent.length > 0 ? { absent } : {}),
  };
}

/** A row's last filled cell (its last cell when none is filled): the one a line without cells goes on. */
const lastFilled = (row: TableRow): TableRow["cells"][number] | undefined =>
  [...row.cells].reverse().find((c) => c.text !== "") ?? row.cells[row.cells.length - 1];

/**
 * True when a line opening with a row's number (11.提前…) would go on a units, leader or deadline cell: such a
 * cell never runs on into a numbered sentence, so the line is the next row (its other cells cut), not more of it.
 */
function opensRowInNameCell(kind: ColumnKind, folded: string): boolean {
  if (kind !== "lead" && kind !== "co" && kind !== "units" && kind !== "leader" && kind !== "deadline")
    return false;
  const num = readNumbering(folded);
  return num !== null && /^(ar|arp|par)$/.test(num.style) && !num.doubtful && num.length < folded.length;
}

/** True when the next non-empty line after `lines[i]` is a row with cells. */
function tabRowFollows(lines: readonly SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    if (line.text !== "") return rowCells(line.text) !== null || line.raw.includes("\t");
  }
  return false;
}

/** The index of the last line with words, and of the last with a row's cells or a tab (-1 when none). */
interface Tail {
  readonly words: number;
  readonly row: number;
}

function tailOf(lines: readonly SourceLine[]): Tail {
  let [words, row] = [-1, -1];
  for (let k = lines.length - 1; k >= 0 && (words < 0 || row < 0); k--) {
    const l = lines[k] as SourceLine;
    if (words < 0 && l.text.trim() !== "") words = k;
    if (row < 0 && l.text !== "" && (rowCells(l.text) !== null || l.raw.includes("\t"))) row = k;
  }
  return { words, row };
}

/**
 * True when lines[i] starts the signature (the caller has made sure nothing of a table follows): the issuing
 * office alone on its line with the date or nothing after it, or the date as the last line.
 */
function signatureFollows(lines: readonly SourceLine[], i: number): boolean {
  let k = i + 1;
  while (k < lines.length && (lines[k] as SourceLine).text === "") k++;
  const [line, next] = [lines[i], lines[k]];
  if (!line || line.text === "") return false;
  if (isIssuerLine(line.folded)) return next === undefined || isDateLine(next.folded);
  return isDateLine(line.folded) && next === undefined;
}

/** True when a line without cells is numbered next after the last numbered first cell of the rows. */
function startsNextRow(
  items: ReadonlyArray<{ row: TableRow } | { heading: TableHeading }>,
  folded: string,
): boolean {
  const own = readNumbering(folded);
  if (!own || own.length >= folded.length) return false;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as { row: TableRow } | { heading: TableHeading };
    const first =
      "row" in item ? (item.row.cells.find((c) => c.kind === "task")?.text ?? "") : item.heading.text;
    const theirs = readNumbering(fold(first));
    if (theirs) return theirs.style === own.style && theirs.n + 1 === own.n;
  }
  return false;
}

/** True when a row's cells are the header's names again: each filled cell names its column's kind. */
function repeatsHeader(cells: readonly string[], columns: readonly ColumnKind[]): boolean {
  const named = cells.filter((c) => c !== "");
  // A name column (名称, 指标名称) is a task column only before one: read as the header read it.
  const kinds = nameColumn(cells.map(columnKind), cells);
  return (
    named.length >= 2 &&
    cells.every(
      (c, k) =>
        c === "" || (kinds[k] != null && kinds[k] === (columns[k] ?? null)) || columnKind(c) === columns[k],
    ) &&
    cells.some((c, k) => c !== "" && columns[k] === "task")
  );
}

/** A row of one task cell (its other cells empty): a line of text alone, or a row cut short. */
function textRow(columns: readonly ColumnKind[], line: number, text: string): TableRow {
  return {
    line,
    seq: null,
    cells: columns
      .map((kind) => ({ kind, text: kind === "task" ? text : "" }))
      .filter((c) => c.kind !== "seq"),
  };
}
