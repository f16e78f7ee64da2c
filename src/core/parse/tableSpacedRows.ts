/**
 * Tables whose rows are one line each with cells set apart by single spaces (a forum repost, a page copied
 * without its cell borders): `1 地区生产总值增长7%以上. 发改委、经信委`, under a header of known columns
 * (`序号 工作任务 牵头责任单位 完成时限`). A space inside a task's text cannot be told from a cell border, so
 * the cells are told apart from the right by what they hold, as the header orders them: unit names for a
 * units column, a deadline for a deadline column, a person for a leader column; what is left is the task
 * (spacedRowFit.ts).
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isLabelLine } from "./labels";
import { SECTION_ROW } from "./tableGroups";
import { columnKind, headerKinds, type Table, type TableHeading, type TableRow } from "./tableHeader";
import { cellFit, isUnitColumn } from "./tableSpans";
import { brokenHeaderNames, joinPaddedNames, leadingUnits } from "./tableSpacedNames";
import { fitSpacedRow, REMARK_KINDS, rowTokens, unitToken } from "./spacedRowFit";
import type { ColumnKind } from "./vocabulary";

/**
 * A numbered row: a bare number and a space (`1 地区生产总值…`) or its mark (`1.`, `1、`), then its cells; a
 * number under an item's (`2.1 新建…`) is followed by a space.
 */
const NUMBERED = /^(\d{1,4}(?:[.．]\d{1,3}(?=\s))?)(?:\s+|[.、．](?![\d\s])\s*)(\S.*)$/;
/**
 * A line of figures alone, or a total row (`合计 182852`, `55219.1 30.2`): the figures of a table of progress, in
 * a total row or a group row's figures wrapped onto a line of their own — no row, read past.
 */
const FIGURES = /^(?:(?:合计|总计|小计)\s*)?(?:[-+]?\d[\d.,]*%?(?:\s+|$))+$/;
/** A group row's figures after its name (`一、市级重点民生实事 16842`): no part of the heading. */
const GROUP_FIGURES = /(?:\s+[-+]?\d[\d.,]*%?)+\s*$/;
/** How many lines after the header are looked at to decide that its rows are one a line. */
const LOOK_AHEAD = 12;

/**
 * The columns a row's cells are fitted to: the header's but its 序号; a task-like column after the units
 * (工作措施, 具体措施 — how the units go about it) holds a remark, never the task.
 */
function rowKinds(columns: readonly ColumnKind[]): ColumnKind[] {
  const data = columns.filter((k) => k !== "seq");
  const units = data.findIndex(isUnitColumn);
  return data.map((k, c) => (k === "task" && units >= 0 && c > units ? "other" : k));
}

/**
 * True when the lines after a header written on one line (`序号 工作任务 牵头单位`) are rows one a line,
 * cells set apart by spaces: at least two numbered lines whose last cell fits a column after the task.
 */
export function spacedRowsFollow(
  lines: readonly SourceLine[],
  from: number,
  columns: readonly ColumnKind[],
): boolean {
  const data = rowKinds(columns);
  // More than one column before the task but a category and a leader (类别 / 责任领导 / 工作任务): their cells cannot
  // be told apart (类别 / 主要任务 / 细化措施: the middle one's text may hold spaces).
  const taskAt = data.lastIndexOf("task");
  if (taskAt > 2 || (taskAt === 2 && !(data[0] === "other" && data[1] === "leader"))) return false;
  let rows = 0;
  let loose = 0;
  let seen = 0;
  for (let k = from; k < lines.length && seen < LOOK_AHEAD; k++) {
    const text = (lines[k] as SourceLine).folded.trim();
    if (text === "") continue;
    seen++;
    if ((SECTION_ROW.test(text) && text.length <= 40) || FIGURES.test(text)) continue;
    const m = NUMBERED.exec(text);
    // A line without a number: a row's text wrapped onto a line of its own, a few at most; a unit's name alone
    // (a units cell continued one unit a line) is part of a row.
    if (!m) {
      if (!unitToken(text) && !leaderLine(data, text)) loose++;
      continue;
    }
    const tokens = rowTokens(joinPaddedNames(m[2] as string));
    const cells = fitSpacedRow(data, tokens);
    if (tokens.length >= 2 && cells.some((c, i) => c !== "" && i > data.lastIndexOf("task"))) rows++;
  }
  return rows >= 2 && loose < rows;
}

/**
 * The cells of a header written on one line, set apart by spaces; cells set apart by runs of spaces may be
 * spaced out themselves (序号  工 作 任 务  责 任 单 位).
 */
export function inlineCells(folded: string): string[] {
  const runs = folded.trim().split(/\s{2,}/);
  const cells =
    runs.length >= 3 && runs.some((c) => /\s/.test(c))
      ? runs.map((c) => c.replace(/\s+/g, ""))
      : folded.split(/\s+/).filter(Boolean);
  return brokenHeaderNames(folded) ?? cells;
}

/**
 * A breakdown's header at the end of a run-on line (`…常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`):
 * the index in the folded text where the header starts (at its 序号, or its task column when every word after it
 * is a column name), or -1.
 */
export function trailingHeaderAt(folded: string): number {
  const m = /[^\S\t](序号|编号)((?:[^\S\t]+[^\s|\uff5c]{1,10}){2,8})\s*$/.exec(folded);
  if (m && m.index > 0 && folded.slice(0, m.index).trim() !== "") {
    const kinds = [m[1] as string, ...(m[2] as string).trim().split(/\s+/)].map(columnKind);
    if (headerKinds(kinds)) return m.index + 1;
  }
  // Without 序号: the line's last words, every one a column name, from a task column on (工作任务 牵头单位 完成时限).
  const tail = /((?:[^\S\t]+[^\s|\uff5c]{2,10}){3,8})\s*$/.exec(folded);
  if (!tail || /\t/.test(folded)) return -1;
  const words = (tail[1] as string).trim().split(/\s+/);
  const kinds = words.map(columnKind);
  const from = kinds.indexOf("task");
  if (from < 0 || kinds.slice(from).length < 3 || kinds.slice(from).includes(null)) return -1;
  if (!headerKinds(kinds.slice(from))) return -1;
  const at = tail.index + (tail[1] as string).length - words.slice(from).join(" ").length;
  const start = folded.lastIndexOf(words[from] as string, at + 1);
  // What comes before is prose (a run-on notice), never more of a header (序号 类别 主要任务 …).
  const before = folded.slice(0, start).trim();
  const prose = /[。.,,;;::]/.test(before) && columnKind(before.split(/\s+/).pop() ?? "") === null;
  return start > 0 && prose ? start : -1;
}

/** A folded line without its spaces. */
const squeeze = (folded: string): string => folded.replace(/\s+/g, "");

/** Reads the rows after a one-line header, one a line, until a line that is neither a row nor a section row. */
export function readSpacedRows(
  lines: readonly SourceLine[],
  columns: ColumnKind[],
  start: number,
  headerLine: number,
  isEnd: (line: SourceLine) => boolean,
): Table {
  const data = rowKinds(columns);
  const header = squeeze(lines[start - 1]?.folded ?? "");
  const items: Array<{ row: TableRow } | { heading: TableHeading }> = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = line.text.trim();
    if (text === "") continue;
    if (isEnd(line)) break;
    // The header again after a page break: the header line's words, spaces aside.
    if (squeeze(line.folded) === header || FIGURES.test(fold(text))) continue;
    if (SECTION_ROW.test(fold(text)) && text.length <= 40) {
      items.push({ heading: { line: line.no, text: text.replace(GROUP_FIGURES, "") } });
      continue;
    }
    const m = NUMBERED.exec(text);
    const last = items[items.length - 1];
    // A line without a number between rows: the row above's task text wrapped onto a line of its own.
    if (!m && last && "row" in last && wrapped(last.row, lines, i)) {
      items[items.length - 1] = { row: withMoreTask(last.row, text) };
      continue;
    }
    // A line without a number after a row's cells: more of its units cell (one unit a line) or of the free-text
    // cell after its units (上半年推进情况).
    const more = !m && last && "row" in last ? continuedRow(last.row, text) : null;
    if (more) {
      items[items.length - 1] = { row: more };
      continue;
    }
    if (!m) break;
    // Two columns before the task: two spaces after the number are the first one's blank cell (merged over rows).
    const blank = data.lastIndexOf("task") === 2 && /^\d{1,4}\s{2}\S/.test(text) ? [""] : [];
    const cells = fitSpacedRow(data, [...blank, ...rowTokens(joinPaddedNames(m[2] as string))]);
    items.push({
      row: {
        line: line.no,
        seq: m[1] as string,
        cells: data.map((kind, c) => ({ kind, text: cells[c] ?? "" })),
      },
    });
  }
  return { columns, headerLine, items, end: i };
}

/**
 * The row with a line of its own added to a cell: a unit's name to its last units cell (while no text cell after
 * the units is filled), other text to the free-text cell after its units; null when neither fits.
 */
function continuedRow(row: TableRow, text: string): TableRow | null {
  // A label line (牵头单位:县政府办) after the rows is the document's text again, not a cell.
  if (isLabelLine(fold(text))) return null;
  const cells = row.cells;
  const taskAt = cells.findIndex((c) => c.kind === "task");
  const unitsAt = cells.reduce((at, c, k) => (isUnitColumn(c.kind) && c.text !== "" ? k : at), -1);
  const remarkAt = cells.findIndex((c, k) => k > unitsAt && REMARK_KINDS.has(c.kind));
  // A leader cell of several names one a line (陶静华 / 范颖飞 / 钱  辉), its units cell still to come: more leaders.
  const leaderAt = cells.findIndex((c) => c.kind === "leader");
  if (
    unitsAt < 0 &&
    leaderAt > taskAt &&
    leaderLine(
      cells.map((c) => c.kind),
      text,
    )
  ) {
    const names = (cells[leaderAt] as { text: string }).text;
    if (names !== "")
      return {
        ...row,
        cells: cells.map((c, k) => (k === leaderAt ? { kind: c.kind, text: `${names}、${text}` } : c)),
      };
  }
  // A units cell that comes after the leader's, on the line after the leaders' names: the row's units.
  const unitsCol = cells.findIndex((c, k) => k > leaderAt && leaderAt > taskAt && isUnitColumn(c.kind));
  if (unitsAt < 0 && unitsCol > 0 && unitToken(text))
    return { ...row, cells: cells.map((c, k) => (k === unitsCol ? { kind: c.kind, text } : c)) };
  if (unitsAt <= taskAt) return null;
  const open = remarkAt < 0 || (cells[remarkAt] as { text: string }).text === "";
  const at = unitToken(text) && open ? unitsAt : remarkAt;
  if (at < 0) return null;
  // The units cell spilling onto a line that goes on with the cells after it (县直有关单位 已完成 …).
  const spill = open && remarkAt >= 0 ? leadingUnits(text) : null;
  if (spill) return continuedRow(continuedRow(row, spill.units) ?? row, spill.rest);
  const join = at === unitsAt ? "、" : "";
  return {
    ...row,
    cells: cells.map((c, k) =>
      k === at ? { kind: c.kind, text: c.text === "" ? text : c.text + join + text } : c,
    ),
  };
}

/** True when a line alone is a person's name (陶静华, 钱  辉) and the columns have a leader's. */
function leaderLine(columns: readonly ColumnKind[], text: string): boolean {
  const name = joinPaddedNames(text.trim());
  return columns.includes("leader") && !/\s/.test(name) && name.length <= 4 && cellFit("leader", name) >= 2;
}

/** True when the row has no cell after its task yet and a numbered row follows line `i`. */
function wrapped(row: TableRow, lines: readonly SourceLine[], i: number): boolean {
  if (row.cells.some((c) => c.kind !== "task" && c.text !== "")) return false;
  const next = lines.slice(i + 1, i + 4).find((l) => l.text.trim() !== "");
  return next !== undefined && NUMBERED.test(next.text.trim());
}

/** The row with a wrapped line's text read again with its own: the line's last cells are the row's cells. */
function withMoreTask(row: TableRow, text: string): TableRow {
  const kinds = row.cells.map((c) => c.kind);
  const task = row.cells.find((c) => c.kind === "task")?.text ?? "";
  const cells = fitSpacedRow(kinds, `${task} ${text}`.split(/\s+/));
  return { ...row, cells: kinds.map((kind, c) => ({ kind, text: cells[c] ?? "" })) };
}
