/** A table row read generically → a task: the text cell, the units cells, the deadline cell. */

import type { ParseIssue, Task } from "../../types";
import { emptyRoles, readRoles, resolveRoles, type Roles } from "../roles";
import { isDeadline } from "../deadline";
import { isCollective } from "../splitUnits";
import { ROLE_WORD, SURNAME, type ColumnKind } from "../vocabulary";
import { fold } from "../../text/fold";
import { readPerson, type Person } from "../leader";
import { isUnitLike } from "../unitLike";
import { isValueCell, unitsOfCell } from "./cells";
import { isUnitColumn } from "./header";
import type { Row } from "./rows";
import { targetCells, unreadTargets, withTargets } from "../tableTargets";

/**
 * What a row gives before ids are set: the task without its id, or null when the row names no unit; `others`, the
 * leaders its leader cell names after the first (reported as leader-multiple).
 */
export type RowTask = Omit<Task, "id" | "part"> & {
  readonly others?: readonly string[];
  /** Its target cells (目标值) kept in its text in which 量化指标 reads no target: reported as target-unread. */
  readonly unreadTargets?: readonly string[];
};

// A short name with no punctuation: a task column's cell, or a part of it wrapped onto the next line.
const SHORT_NAME = /^[^,。;:、,;:\d]{2,10}$/;

/**
 * A row one cell longer than the header whose task cell is a short name wrapped over two lines (城市用气 / 提升工程),
 * with the wrapped halves joined when the row then fits the header; otherwise the row as it is.
 */
function withWrappedName(row: Row, body: readonly ColumnKind[], known: Set<string>): Row {
  const at = body.indexOf("task");
  if (at < 0 || row.cells.length !== body.length + 1) return row;
  const [first, second] = [row.cells[at], row.cells[at + 1]] as [string | undefined, string | undefined];
  if (first === undefined || second === undefined) return row;
  if (!SHORT_NAME.test(fold(first).trim()) || !SHORT_NAME.test(fold(second).trim())) return row;
  const cells = [...row.cells.slice(0, at), first.trim() + second.trim(), ...row.cells.slice(at + 2)];
  return fits(cells, body, known) ? { ...row, cells } : row;
}

/**
 * Reads a row against the header's columns. Cells are placed by the header's order when the row has
 * exactly its cells; otherwise the first text cell is the task, unit cells take the units columns before
 * or after the task column in order (the first listed leads), and other cells go to the non-unit columns.
 * A number, percentage or date is never a unit. A row without the cells of a units column that comes
 * before the task column (a merged cell, given once) takes the previous row's: `above`.
 * Returns the task (null when the row names no unit, unless it is `cut`: the table's last row, broken off by the
 * text's end before its units) and the roles of its units before the task column.
 */
export function rowTask(
  row: Row,
  columns: readonly ColumnKind[],
  known: Set<string>,
  above: readonly Roles[],
  cut = false,
): { task: RowTask | null; before: Roles[] } {
  const body = row.no === null ? columns : columns.filter((k) => k !== "seq");
  row = withWrappedName(row, body, known);
  const aligned = row.cells.length === body.length && fits(row.cells, body, known);
  const at = body.indexOf("task");
  const unitsBefore = body.slice(0, Math.max(at, 0)).filter(isUnitColumn);
  const unitsAfter = body.slice(at + 1).filter(isUnitColumn);
  const before: Roles[] = [];
  const after: Roles[] = [];
  let text: string | null = null;
  let deadline: string | null = null;
  const hasDeadline = body.includes("deadline");
  // Where the header puts its leader column after the task: before the units columns there, or after them.
  const leaderAt = body.indexOf("leader");
  const leaderAfterUnits = leaderAt > at && body.slice(at + 1, leaderAt).some(isUnitColumn);
  const leaders: Person[] = [];
  // The target columns' cells (目标值 6%左右): kept with the task's text (tableTargets.ts).
  const targets = targetCells(
    row.cells.map((cell, k) => ({ kind: aligned ? (body[k] ?? "") : "", text: cell })),
  );
  // Several text columns right before the units (类别, 主要任务, 细化措施): the last is the row's own task,
  // the ones before it are groups merged over rows, kept after the text.
  const beforeUnits = body.slice(0, firstUnitColumn(body));
  const detailed =
    beforeUnits[beforeUnits.length - 1] === "task" && beforeUnits.filter(isTextColumn).length >= 2;
  const detail = !detailed ? -1 : aligned ? beforeUnits.length - 1 : lastTextBeforeUnits(row.cells, known);
  const groups = row.cells.slice(0, Math.max(detail, 0)).filter((c) => !isValueCell(c));
  row.cells.forEach((cell, k) => {
    if (k < detail && !isValueCell(cell)) return;
    const kind = aligned ? (body[k] as ColumnKind) : null;
    if (kind === "seq" || kind === "target") return;
    // The leader column's cell, or (cells not aligned) a person's name after the task in the leader column's place:
    // before the units read after the task, or after them, as the header orders them (a deadline after the units,
    // 常态化 or 常年, is never the leader of a header whose leader comes before its units).
    const guessed = kind === null && text !== null && leaderAt >= 0 && after.length > 0 === leaderAfterUnits;
    const person = kind === "leader" || guessed ? personOf(cell) : null;
    if (person) {
      leaders.push(person);
      return;
    }
    if (kind === "deadline") {
      deadline ??= cell;
      return;
    }
    // A row short of the header's cells (an empty cell lost between single spaces): its deadline cell is told by
    // its content, after the task's, when the header has a deadline column.
    if (kind === null && text !== null && deadline === null && hasDeadline && isDeadline(cell)) {
      deadline = cell;
      return;
    }
    const units = kind === null || isUnitColumn(kind) ? unitsOfCell(cell, known) : null;
    const side = text === null ? before : after;
    const sideColumns = text === null ? unitsBefore : unitsAfter;
    if (units && (kind !== null || sideColumns.length > 0 || text !== null)) {
      const place = kind ?? sideColumns[Math.min(side.length, sideColumns.length - 1)] ?? "units";
      side.push(cellRoles(cell, units, place));
      for (const u of units) known.add(u);
    } else if (text === null && (kind === "task" || (kind === null && !isValueCell(cell)))) text = cell;
  });
  const lead = before.length > 0 || unitsBefore.length === 0 ? before : [...above];
  const { leads, coUnits } = resolveRoles(inCellOrder([...lead, ...after]));
  if (text === null || (leads.length + coUnits.length === 0 && !cut)) return { task: null, before: lead };
  const own = withTargets(text as string, targets);
  const unread = unreadTargets(own, targets);
  return {
    task: {
      text: groups.length > 0 ? `${own}(${groups.join(" ")})` : own,
      ...(unread.length > 0 ? { unreadTargets: unread } : {}),
      leads,
      coUnits,
      collectives: [...leads, ...coUnits].filter(isCollective),
      deadline,
      leader: leaders[0]?.name ?? null,
      leaderTitle: leaders[0]?.title ?? null,
      line: row.line,
      ...(leaders.length > 1 || (leaders[0]?.others.length ?? 0) > 0
        ? {
            others: [
              ...(leaders[0]?.others ?? []),
              ...leaders.slice(1).flatMap((l) => [l.name ?? "", ...l.others]),
            ],
          }
        : {}),
    },
    before: lead,
  };
}

/** A leader cell's person (董贵波, 张三副县长, one name a line): never a unit, a name starting with a surname. */
function personOf(cell: string): Person | null {
  const f = fold(cell).trim();
  const p = f.length <= 12 && !isUnitLike(f) ? readPerson(cell) : null;
  return p?.name && (p.title !== null || SURNAME.test(fold(p.name))) ? p : null;
}

/** True when the cells fall in the header's columns: units under units columns only (the task may look like one). */
function fits(cells: readonly string[], body: readonly ColumnKind[], known: ReadonlySet<string>): boolean {
  return cells.every((cell, k) => {
    const kind = body[k] as ColumnKind;
    return kind === "task" || isUnitColumn(kind) === (unitsOfCell(cell, known) !== null);
  });
}

/** The roles of one unit cell: its column's role, or the roles its words give (A牵头,B配合). */
function cellRoles(cell: string, units: readonly string[], kind: ColumnKind | null): Roles {
  if (ROLE_WORD.test(fold(cell))) {
    const read = readRoles(cell, { bareUnits: true });
    if (read.matched) return read;
  }
  const r = emptyRoles();
  r.matched = true;
  const into = kind === "lead" ? r.leads : kind === "co" ? r.coUnits : r.listed;
  // One at a time: a cell may hold more names than a call's arguments can.
  for (const u of units) into.push(u);
  return r;
}

/** A column of text: the task, or another column (类别, 领域) that is not a unit, leader or figure. */
const isTextColumn = (k: ColumnKind): boolean => k === "task" || k === "target" || k === "other";

/** Index of the first column of units (the columns' length when there is none). */
function firstUnitColumn(body: readonly ColumnKind[]): number {
  const at = body.findIndex(isUnitColumn);
  return at < 0 ? body.length : at;
}

/** Index of the last text cell before the row's first cell of units, or -1. */
function lastTextBeforeUnits(cells: readonly string[], known: ReadonlySet<string>): number {
  let last = -1;
  for (const [k, cell] of cells.entries()) {
    if (unitsOfCell(cell, known)) break;
    if (!isValueCell(cell)) last = k;
  }
  return last;
}

/**
 * Roles of a row's unit cells with a named lead: the other cells' units are co-units in the order of the
 * cells (参与单位 before 责任单位), not the plain list first.
 */
function inCellOrder(all: readonly Roles[]): Roles[] {
  if (!all.some((r) => r.leads.length > 0)) return [...all];
  return all.map((r) =>
    r.listed.length === 0 ? r : { ...r, coUnits: [...r.listed, ...r.coUnits], listed: [] },
  );
}

/** A row's leader cell names several leaders: the first is the task's, the others are said here. */
export function leaderMultiple(
  id: string,
  line: number,
  leader: string,
  others: readonly string[],
): ParseIssue {
  return { code: "leader-multiple", severity: "warning", line, params: { id, leader, others } };
}

/** The row's task without its further leaders and unread targets (said in findings, no fields of a Task). */
export function withoutOthers<
  T extends { readonly others?: readonly string[]; readonly unreadTargets?: readonly string[] },
>(task: T): Omit<T, "others" | "unreadTargets"> {
  const { others: _others, unreadTargets: _unread, ...rest } = task;
  void _others;
  void _unread;
  return rest;
}

/** A row's target cell kept in its text in which 量化指标 reads no target (a figure in it: a warning). */
export function targetUnread(id: string, line: number, target: string): ParseIssue {
  return {
    code: "target-unread",
    severity: /\d/.test(fold(target)) ? "warning" : "info",
    line,
    params: { id, target },
  };
}
