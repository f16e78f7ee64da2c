/**
 * A row of single-space-separated cells fitted to its columns (tableSpacedRows.ts reads the rows): the tokens told
 * apart from the right by what they hold — unit names for a units column, a deadline for a deadline column, a person
 * for a leader column; what is left is the task.
 */

import { fold } from "../text/fold";
import { cellFit, isUnitColumn } from "./tableSpans";
import { EMPTY_CELL, FIGURE_CELL, type ColumnKind } from "./vocabulary";

/** Columns after the units that hold free text. */
export const REMARK_KINDS: ReadonlySet<ColumnKind> = new Set(["note", "progress", "other"]);

/** True when a units column stands between the task column and column `c`. */
const unitsBefore = (columns: readonly ColumnKind[], taskAt: number, c: number): boolean =>
  columns.some((k, b) => b > taskAt && b < c && isUnitColumn(k));

/** True when a token is a list of unit names (发改委、经信委、科技局) or names their roles (A牵头,B配合). */
export function unitToken(token: string): boolean {
  return cellFit("units", token) >= 2;
}

/** True when a token is an empty cell: marked (/, 无, —) or blank (two spaces where one sets cells apart). */
const emptyToken = (token: string): boolean => token === "" || EMPTY_CELL.test(fold(token));

/**
 * A row's tokens after its number: set apart by single spaces, so that a blank cell (two spaces together) is an
 * empty token — but for two spaces between two units' names, a units cell's own gap.
 */
export function rowTokens(cells: string): string[] {
  const tokens = cells.trim().split(/\s/);
  const unit = (k: number): boolean => k >= 0 && k < tokens.length && unitToken(tokens[k] as string);
  return tokens.filter((tok, k) => tok !== "" || !(unit(k - 1) && unit(k + 1)));
}

/**
 * True when token `t` is no unit's name and the one before it (not the row's first) names units or marks the
 * units cell empty (/, 无).
 */
const freeCellAfterUnits = (tokens: readonly string[], t: number): boolean =>
  t >= 2 &&
  !unitToken(tokens[t] as string) &&
  (unitToken(tokens[t - 1] as string) || emptyToken(tokens[t - 1] as string));

/**
 * The cells of a row's tokens (after its number), by column: fitted from the right, each column after the
 * task taking the last tokens that fit it (the units column nearest the task takes every unit name left,
 * units set apart by spaces); a column a row leaves empty takes nothing. The task is what is left.
 */
export function fitSpacedRow(columns: readonly ColumnKind[], tokens: readonly string[]): string[] {
  const cells = columns.map(() => "");
  const taskAt = columns.lastIndexOf("task");
  // As many tokens as columns, each fitting its column (units under a units column, a deadline under the
  // deadline's, a name under the leader's, the task no unit): the cells one a column, as written.
  if (inPlace(columns, tokens)) return [...tokens];
  let t = tokens.length - 1;
  // The leftmost column after the task whose cell was taken: the text columns before it are still open.
  let placed = columns.length;
  for (let c = columns.length - 1; c > taskAt && t > 0; c--) {
    const kind = columns[c] as ColumnKind;
    const before = t;
    // A cell the clerk marked empty (/, 无, —) is that column's, whatever the column.
    if (emptyToken(tokens[t] as string)) t--;
    else if (isUnitColumn(kind)) {
      // The unit names in a run: one for each units column before this one, the rest (co-units) here; none
      // when there are no more names than columns before (a row that leaves its co-units empty).
      // More cells after the units than the header names (a spanning column's sub-columns, 完成额度 / 占比): the
      // cells between are the remark's after the units.
      const spill = remarkSpill(columns, c, tokens, t);
      if (spill > 0) {
        cells[c + 1] = [...tokens.slice(t - spill + 1, t + 1), cells[c + 1]].filter(Boolean).join(" ");
        t -= spill;
      }
      let run = 0;
      while (t - run > 0 && unitToken(tokens[t - run] as string)) run++;
      // Only the units columns right before this one share the run (牵头单位 | 配合单位); a column of other words
      // between them (牵头单位 | 考核方式 | 配合单位) has a cell of its own that ends the run.
      let before = 0;
      while (c - before - 1 > taskAt && isUnitColumn(columns[c - before - 1] as ColumnKind)) before++;
      const take = Math.max(0, run - before);
      cells[c] = tokens.slice(t - take + 1, t + 1).join("、");
      t -= take;
    } else if (cellFit(kind, tokens[t] as string) >= 2) {
      cells[c] = tokens[t--] as string;
      // A leader cell of two names side by side (汪峰 吴蓓蓓): the names before it are more of the cell.
      while (kind === "leader" && t > 0 && isName(tokens[t] as string))
        cells[c] = `${tokens[t--] as string} ${cells[c]}`;
    }
    // A remark after the units (备注, 进展情况: 已完成): any text that is not a unit's name.
    else if (REMARK_KINDS.has(kind) && unitsBefore(columns, taskAt, c) && !unitToken(tokens[t] as string))
      cells[c] = tokens[t--] as string;
    // A deadline cell of free text (1、…7月1日投入试运营2、…) right after the units cell: the token left of it
    // names units, and the units column comes right before this one.
    else if (
      kind === "deadline" &&
      isUnitColumn(columns[c - 1] as ColumnKind) &&
      freeCellAfterUnits(tokens, t)
    )
      cells[c] = tokens[t--] as string;
    if (t < before) placed = c;
  }
  // Text columns before the leader and units in a progress table (年度目标 | 目前进度 | 下一步工作措施; the target column
  // kept with the task, tableTargets.ts): one token each
  // when exactly as many are left as the task and those columns (figures' columns, 总投资, are dropped as below).
  if (placed - taskAt - 1 >= 1 && t + 1 === placed - taskAt && taskAt <= 0) {
    const open = columns.slice(taskAt + 1, placed);
    if (open.every((k) => REMARK_KINDS.has(k) || k === "target") && open.includes("progress")) {
      open.forEach((_, k) => (cells[taskAt + 1 + k] = tokens[k + 1] as string));
      cells[taskAt] = tokens[0] as string;
      return cells;
    }
  }
  // A figure left between the task and the cells after it (10%, 200户) is no part of the task.
  while (t > 0 && FIGURE_CELL.test(fold(tokens[t] as string))) t--;
  // The columns before the task (名称, 项目名称; a category and a leader) take the first tokens, one each, while more
  // are left than columns; a blank token (a cell merged over rows) is its column's, empty.
  let s = 0;
  for (let c = Math.max(0, taskAt - 2); c < taskAt && s < t; c++) cells[c] = tokens[s++] as string;
  cells[taskAt] = tokens.slice(s, t + 1).join(" ");
  return cells;
}

/** True when each token fits its column by position: one token a column, the units, deadline and leader as such. */
function inPlace(columns: readonly ColumnKind[], tokens: readonly string[]): boolean {
  // One task column only: a name column before it (项目名称 | 建设内容) is fitted as below.
  if (tokens.length !== columns.length || !columns.some(isUnitColumn)) return false;
  if (columns.indexOf("task") !== columns.lastIndexOf("task")) return false;
  // Words right after the task in a column of other words (项目名称 | 建设内容及规模): more of the task, as fitted below.
  const next = columns.indexOf("task") + 1;
  if (
    columns[next] === "other" &&
    !FIGURE_CELL.test(fold(tokens[next] ?? "")) &&
    !emptyToken(tokens[next] ?? "")
  )
    return false;
  return columns.every((kind, c) => {
    const token = tokens[c] as string;
    if (kind === "task") return token !== "" && !unitToken(token);
    if (emptyToken(token)) return true;
    if (isUnitColumn(kind)) return unitToken(token);
    if (kind === "deadline" || kind === "leader") return cellFit(kind, token) >= 2;
    return !unitToken(token) || kind === "other" || kind === "note";
  });
}

/** How many cells after the units a row's spanning column adds (a unit's name that many tokens before). */
const MAX_SPILL = 3;

/**
 * How many tokens from `t` leftwards are more of the remark after units column `c` (a row with more cells after
 * its units than the header names: a spanning column's sub-columns, 投资完成情况 over 完成额度 and 占比): none when
 * token `t` names units, no remark column follows `c`, or no unit's name stands within a few tokens to the left
 * with the task still before it.
 */
function remarkSpill(
  columns: readonly ColumnKind[],
  c: number,
  tokens: readonly string[],
  t: number,
): number {
  if (!REMARK_KINDS.has(columns[c + 1] as ColumnKind) || unitToken(tokens[t] as string)) return 0;
  for (let k = 1; k <= MAX_SPILL && t - k > 0; k++) if (unitToken(tokens[t - k] as string)) return k;
  return 0;
}

/** A person's name alone (2-4 characters), as a leader cell holds it. */
const isName = (token: string): boolean => token.length <= 4 && cellFit("leader", token) >= 2;
