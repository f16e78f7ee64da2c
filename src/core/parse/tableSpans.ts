/**
 * Rows that leave out their merged cells. A web table copied as text gives a cell merged over several rows
 * (rowspan) only in its first row: the rows below carry fewer cells. Which columns the cells a row carries
 * belong to is told by what they hold; the columns left out are the merged cells above them.
 */

import { fold } from "../text/fold";
import { isDeadline } from "./deadline";
import { readPerson } from "./leader";
import { isUnitLike, splitUnitList } from "./unitLike";
import { cellRoles } from "./cellRoles";
import { FIGURE_CELL, MEASURE, type ColumnKind } from "./vocabulary";
import type { TableHeading, TableRow } from "./tableHeader";

export { cellRoles } from "./cellRoles";

const UNIT_KINDS: ReadonlySet<ColumnKind> = new Set(["lead", "co", "units"]);

/** A date or month in a short cell (2021.8, 计划10月底完成, 2021年11月): a deadline written as free text. */
const LOOSE_DATE = /\d{4}[.年]\d{0,2}|\d{1,2}月|年底|年内|季度/;
/** A cell opening with a row's number and words (2.推进…, 3、…, (4)…). */
const ROW_NUMBER = /^\s*(\d{1,3}\s*[.、](?!\d)|\(\d{1,3}\)|\d{1,3}\))\s*[\u3400-\u9fff]/;
/** A count of things (改造2个, 新建3处): a task's words, never a deadline however it opens (持续推进…). */
const COUNT = new RegExp(`\\d${MEASURE}(?!月)`);

/** A verb of work opening a cell: a task's words, however they end (完善社区卫生服务中心), never units' names. */
export const WORK_VERB =
  /^(推进|推动|完成|实施|开展|新建|新增|改造|改扩建|提升|提高|加强|加快|落实|优化|深化|启动|支持|建成|打造|实现|促进|开工|全面|持续|做好|抓好|完善|健全|强化|扩大|创建|规范|巩固|坚持|建立)/;

/** True when a cell opens with a task's words: a verb of work, or a row's number and words (11.创建…城市). */
export function opensTask(text: string): boolean {
  const f = fold(text).trim();
  return WORK_VERB.test(f) || ROW_NUMBER.test(f);
}

/** True when every name of the text is a unit name (never a cell opening with a task's words). */
function allUnits(text: string): boolean {
  if (opensTask(text)) return false;
  const units = splitUnitList(text);
  return (units.length > 0 && units.every(isUnitLike)) || cellRoles(text) !== null;
}

/** How well one cell's text fits a column: below 0 when it plainly does not belong there. */
export function cellFit(kind: ColumnKind, text: string): number {
  const f = fold(text).replace(/\s+/g, "");
  // A sentence (开工建设老年大学。) is a task's text, never a unit's name.
  const sentence = /[。;]$/.test(f) && f.length >= 6;
  switch (kind) {
    case "task":
      if (sentence) return 2;
      // A deadline phrase opens many a task's words (持续提升…): a long cell is a deadline only with a date in it.
      if (
        allUnits(f) ||
        (isDeadline(f) && !COUNT.test(f) && (f.length <= 12 || LOOSE_DATE.test(f))) ||
        (f.length <= 8 && LOOSE_DATE.test(f))
      )
        return -1;
      return f.length >= 6 ? 2 : 1;
    case "lead":
    case "co":
    case "units":
      return allUnits(text) && !sentence ? 2 : -3;
    case "leader":
      return readPerson(text) && !isUnitLike(f) && f.length <= 12 ? 2 : -3;
    case "deadline":
      // A schedule opening with a month (2021年2月公布预算信息,2021年8月公布决算信息) fits too, less well.
      if (isDeadline(f) || (f.length <= 20 && LOOSE_DATE.test(f))) return 2;
      return /^\d{4}年\d{1,2}月/.test(f) && f.length <= 60 ? 1 : -2;
    case "seq":
      return /^\d{1,4}([.、]|[.-]\d{1,3})?$/.test(f) ? 2 : -5;
    default:
      return 0.3;
  }
}

/**
 * The column of each of a row's cells, when the row carries fewer cells than the columns: the cells in
 * place if each fits its column; else the last columns (merged cells sit on the left) if each fits there;
 * else the order-keeping assignment that fits best. Null when the cells read in place.
 */
export function fitCells(columns: readonly ColumnKind[], cells: readonly string[]): number[] | null {
  const k = cells.length;
  const m = columns.length;
  if (k === 0 || k >= m) return null;
  const fits = (at: (i: number) => number): boolean =>
    cells.every((c, i) => cellFit(columns[at(i)] as ColumnKind, c) >= 0);
  if (fits((i) => i)) return null;
  // The row's number stays in the 序号 column: the cells after it are fitted to the columns after it.
  if (columns[0] === "seq" && k > 1 && cellFit("seq", cells[0] as string) > 0) {
    const rest = fitCells(columns.slice(1), cells.slice(1));
    return [0, ...(rest ?? cells.slice(1).map((_, i) => i)).map((c) => c + 1)];
  }
  if (fits((i) => m - k + i)) return cells.map((_, i) => m - k + i);
  // Best order-keeping assignment: best[c][i] = score of the first i cells in the first c columns.
  const NEG = -1e9;
  const best = Array.from({ length: m + 1 }, () => new Array<number>(k + 1).fill(NEG));
  const took = Array.from({ length: m + 1 }, () => new Array<boolean>(k + 1).fill(false));
  (best[0] as number[])[0] = 0;
  for (let c = 1; c <= m; c++) {
    for (let i = 0; i <= k; i++) {
      // Skipping a later column costs a little more: merged cells are likelier on the left.
      const skip = ((best[c - 1] as number[])[i] as number) - 0.001 * c;
      const use =
        i > 0
          ? ((best[c - 1] as number[])[i - 1] as number) +
            cellFit(columns[c - 1] as ColumnKind, cells[i - 1] as string)
          : NEG;
      (best[c] as number[])[i] = Math.max(skip, use);
      (took[c] as boolean[])[i] = use > skip;
    }
  }
  const at = new Array<number>(k).fill(0);
  for (let c = m, i = k; c > 0 && i > 0; c--) {
    if ((took[c] as boolean[])[i]) at[--i] = c - 1;
  }
  return at;
}

/** A row read from its cells: the cell of each column, null for a column the row leaves out (merged above). */
export type SpannedCells = ReadonlyArray<string | null>;

/**
 * The cells of a row that carries `cells` (already trimmed of the empty cells a copy pads rows with) under
 * `columns`: in place, or fitted to the columns with the others left out (null).
 */
export function spanCells(columns: readonly ColumnKind[], cells: readonly string[]): SpannedCells {
  const at = fitCells(columns, cells);
  if (!at) return columns.map((_, c) => cells[c] ?? "");
  const out: Array<string | null> = columns.map(() => null);
  at.forEach((c, i) => (out[c] = cells[i] as string));
  return out;
}

/**
 * A row with more cells than the header names (a header cell over several columns whose own header row was
 * lost: 分解情况 over 指标 / 总数 / 分解): the columns from the first leader or units column on take the last
 * cells, the columns before the spanning one the first cells, and the spanning column (the last unnamed or
 * other column before the leader and units) the cells between, joined. Null when there is no such column.
 */
export function wideRowCells(columns: readonly ColumnKind[], cells: readonly string[]): string[] | null {
  const extra = cells.length - columns.length;
  const first = columns.findIndex((k) => k === "leader" || isUnitColumn(k));
  let span = first - 1;
  while (span >= 0 && columns[span] !== "other") span--;
  if (extra <= 0 || span < 0) return null;
  const out = columns.map((_, c) =>
    c < span
      ? (cells[c] as string)
      : c === span
        ? cells.slice(span, span + extra + 1).join(" ")
        : (cells[c + extra] as string),
  );
  // The rows under it carry the spanning column's cells alone, its first cell in the task's place: the first
  // cell under the span names the row (城镇新增就业人数), the task column's own cell is a group over the rows,
  // kept after the columns (a note).
  const taskAt = columns.indexOf("task");
  const sub = cells[span] as string;
  if (taskAt < 0 || taskAt > span || FIGURE_CELL.test(fold(sub).trim()) || cellFit("task", sub) < 1)
    return out;
  out.push(out[taskAt] as string);
  out[taskAt] = sub;
  out[span] = cells.slice(span + 1, span + extra + 1).join(" ");
  return out;
}

/**
 * A row that carries fewer cells than the columns, in place from the left (`城镇失业人员再就业(人) | 250 | …`, no
 * more), none of its leader and units cells among them: those columns are merged over it from the row above
 * (left out, null).
 */
export function leftOutOnRight(
  columns: readonly ColumnKind[],
  fitted: SpannedCells,
  carried: number,
): SpannedCells {
  if (carried < 2 || fitted.slice(0, carried).some((c) => c === null)) return fitted;
  // A row that carries a cell of unit names (3.… | 各科室, under 工作任务 | 具体要求 | 责任部门) carries its own units
  // cell, set one column early (a merged cell on its left left out): nothing of the row above fills it.
  if (fitted.slice(1, carried).some((c) => c !== null && cellFit("units", c) > 0)) return fitted;
  // Only a row that carries none of them (a row with its leader and no units cell has no units).
  const first = columns.findIndex((k) => k === "leader" || isUnitColumn(k));
  if (first < 0 || carried > first) return fitted;
  return fitted.map((c, k) =>
    k >= carried && (columns[k] === "leader" || isUnitColumn(columns[k] as ColumnKind)) ? null : c,
  );
}

/** True when a column holds unit names. */
export const isUnitColumn = (kind: ColumnKind): boolean => UNIT_KINDS.has(kind);

type Item = { row: TableRow } | { heading: TableHeading };

/**
 * Resolves the cells rows left out (`absent`): a left-out column takes the row above's text (reported);
 * a row that leaves out its task carries more cells of the task above (a second unit, a second date: the
 * units are added, the rest kept as a note); and when a table has two task columns and rows leave out
 * the first (项目名称 over several 工作任务), the first is a group: a heading over the rows under it.
 */
export function mergeSpans(items: readonly Item[]): Item[] {
  const rows = items.flatMap((it) => ("row" in it ? [it.row] : []));
  if (!rows.some((r) => r.absent && r.absent.length > 0)) return [...items];
  const kinds = (rows[0] as TableRow).cells.map((c) => c.kind);
  const taskAt = kinds.flatMap((k, i) => (k === "task" ? [i] : []));
  // Two rows at least leave the first task column out: one alone may be a damaged row.
  const grouped = rows.filter((r) => r.absent?.includes(taskAt[0] as number)).length >= 2;
  const group = taskAt.length >= 2 && grouped ? (taskAt[0] as number) : -1;
  const own = taskAt.filter((i) => i !== group);
  const out: Item[] = [];
  let above: TableRow | null = null;
  let aboveAt = -1;
  for (const item of items) {
    if ("heading" in item) {
      out.push(item);
      above = null;
      continue;
    }
    const row = item.row;
    const absent = new Set(row.absent ?? []);
    if (group >= 0 && !absent.has(group) && (row.cells[group] as { text: string }).text !== "") {
      out.push({ heading: { line: row.line, text: (row.cells[group] as { text: string }).text } });
    }
    const prev: TableRow | null = above;
    // No task of its own, and only cells merged on its left left out: more cells of the task above.
    const present = row.cells.flatMap((_, k) => (absent.has(k) ? [] : [k]));
    const leftOnly = Math.max(...absent) < Math.min(...present);
    // A cell opening with a row's number (2.持续推进…) is the row's own words, set early: no continuation.
    const numbered = present.some((k) => ROW_NUMBER.test(fold((row.cells[k] as { text: string }).text)));
    if (prev && own.every((i) => absent.has(i)) && leftOnly && !numbered) {
      const merged = continueRow(prev, row, absent);
      out[aboveAt] = { row: merged };
      above = merged;
      continue;
    }
    const fromAbove: ColumnKind[] = [];
    const cells = row.cells.map((c, i) => {
      if (i === group) return { kind: "other" as ColumnKind, text: c.text };
      if (!absent.has(i) || !prev || c.kind === "task") return c;
      const text = (prev.cells[i] as { text: string }).text;
      if (text !== "" && c.kind !== "seq") fromAbove.push(c.kind);
      return { kind: c.kind, text };
    });
    const resolved: TableRow = { line: row.line, seq: row.seq, cells, fromAbove };
    aboveAt = out.push({ row: resolved }) - 1;
    above = resolved;
  }
  return out;
}

/** The row above with the cells of a row that has no task of its own: units added, the rest kept as a note. */
function continueRow(prev: TableRow, row: TableRow, absent: ReadonlySet<number>): TableRow {
  const cells = prev.cells.map((c) => ({ ...c }));
  const notes: string[] = [];
  row.cells.forEach((c, i) => {
    if (absent.has(i) || c.text === "") return;
    const target = cells[i] as { kind: ColumnKind; text: string };
    if (isUnitColumn(c.kind)) target.text = target.text ? `${target.text}、${c.text}` : c.text;
    else notes.push(c.text);
  });
  if (notes.length > 0) cells.push({ kind: "note", text: notes.join(" ") });
  return { ...prev, cells };
}
