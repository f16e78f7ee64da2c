/**
 * A table with no 序号 column run together with single spaces (a forum's copy of a duty table: `工作任务和内容 责任单位
 * 配合单位 完成时间 负责…。 县委宣传部 持续开展 负责…。 县五城办 7月底前制定 …`): the header is found by its column names,
 * a task column first; each row opens with its task cell, a sentence (a stop or a comma in it, at least
 * `MIN_TASK` characters, no unit list), after a row that named its units. Each row becomes a line of its own, so
 * the table reads as rows one a line. The copy may break its paragraph inside a row (after the first row's task
 * cell): the next line goes on with that row's cells, then the rows after it.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { nameColumn } from "./tableColumns";
import { columnKind, headerKinds } from "./tableHeader";
import { cellFit } from "./tableSpans";
import { cutAt } from "./tableOneLine";
import type { ColumnKind } from "./vocabulary";

/** Lines shorter than this are never a whole table. */
const MIN_LENGTH = 40;
/** The most cells a header may have. */
const MAX_COLUMNS = 12;
/** The fewest characters of a task cell that opens a row. */
const MIN_TASK = 12;
/** A sentence's punctuation: a task cell has some, a units or time cell none. */
const SENTENCE = /[,。.;、]/;

interface Token {
  readonly text: string;
  readonly at: number;
}

/** Where a table's rows stand: the columns after the task column, and whether the current row named its units. */
interface RowsState {
  readonly after: readonly ColumnKind[];
  named: boolean;
}

/**
 * The lines, each line holding such a table cut into its text before the table, the header and one line per row;
 * the line after one whose last row stopped before its units goes on with that row.
 * @example splitUnnumberedTables([line("工作任务 责任单位 完成时间 新建学校一所,扩大学位供给。 县教育局 年底前 改造城区道路两条,方便群众出行。 县交通局 年底前")])
 *   → ["工作任务 责任单位 完成时间", "新建学校一所,扩大学位供给。 县教育局 年底前", "改造城区道路两条,方便群众出行。 县交通局 年底前"]
 */
export function splitUnnumberedTables(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let open: RowsState | null = null;
  for (const [i, line] of lines.entries()) {
    if (line.text.trim() === "") {
      out.push(line);
      continue;
    }
    const tokens = tokensOf(line.folded);
    if (open) {
      // The row left open above goes on here: its cells, then rows; a line that holds no row is the table's end.
      const cuts = rowCuts(tokens, 0, open);
      if (cuts && cuts.length > 1) {
        out.push(...cutAt(line, cuts));
        open = open.named ? null : open;
        continue;
      }
      open = null;
    }
    const found = line.folded.length >= MIN_LENGTH ? tableIn(tokens) : null;
    // One row alone, left open, is a table only when the next line goes on with it.
    if (!found || (found.cuts.length < 3 && !goesOn(lines, i + 1, found.state))) {
      out.push(line);
      continue;
    }
    out.push(...cutAt(line, found.cuts));
    open = found.state.named ? null : found.state;
  }
  return out;
}

function tokensOf(f: string): Token[] {
  const tokens: Token[] = [];
  for (const m of f.matchAll(/\S+/g)) tokens.push({ text: m[0], at: m.index ?? 0 });
  return tokens;
}

/** A header of column names opening with a task column, then rows: the cuts (before the header, before each row). */
function tableIn(tokens: readonly Token[]): { cuts: number[]; state: RowsState } | null {
  for (let h = 0; h < tokens.length; h++) {
    if (columnKind((tokens[h] as Token).text) !== "task") continue;
    const names: string[] = [];
    let j = h;
    while (j < tokens.length && names.length < MAX_COLUMNS && columnKind((tokens[j] as Token).text) !== null)
      names.push((tokens[j++] as Token).text);
    const columns = headerKinds(nameColumn(names.map(columnKind), names));
    if (!columns || columns[0] !== "task" || j >= tokens.length) continue;
    const state: RowsState = { after: columns.slice(1), named: true };
    // The first header is the table's (the rows read once: linear in the line's length).
    const rows = rowCuts(tokens, j, state);
    return rows ? { cuts: [(tokens[h] as Token).at, ...rows], state } : null;
  }
  return null;
}

/** True when the next line that is not empty goes on with the row left open, then holds a row of its own. */
function goesOn(lines: readonly SourceLine[], from: number, state: RowsState): boolean {
  if (state.named) return false;
  let k = from;
  while (k < lines.length && (lines[k] as SourceLine).text.trim() === "") k++;
  const next = lines[k];
  const cuts = next ? rowCuts(tokensOf(next.folded), 0, { ...state }) : null;
  return cuts !== null && cuts.length > 1;
}

/**
 * The cuts before each row from token `from` on (the first cut at `from` itself when the row goes on from a line
 * above); null when a row's first cell is not a task's sentence or a table's rows name no units.
 */
function rowCuts(tokens: readonly Token[], from: number, state: RowsState): number[] | null {
  const cuts: number[] = [];
  let unitsSeen = false;
  if (!state.named) cuts.push((tokens[from] as Token).at);
  for (let k = from; k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    if (state.named && opensRow(text, state.after)) {
      cuts.push((tokens[k] as Token).at);
      state.named = false;
      continue;
    }
    // The first cell after the header (or of a line going on) must open a row, or be the open row's cells.
    if (cuts.length === 0) return null;
    const units = state.after.some((kind) => kind !== "deadline" && cellFit(kind, text) >= 2);
    if (units) unitsSeen = true;
    state.named ||= units;
  }
  return unitsSeen || !state.named ? cuts : null;
}

/** A row's first cell: a task's sentence, never a cell the columns after the task would take. */
function opensRow(text: string, after: readonly ColumnKind[]): boolean {
  const f = fold(text);
  return f.length >= MIN_TASK && SENTENCE.test(f) && after.every((kind) => cellFit(kind, f) < 2);
}
