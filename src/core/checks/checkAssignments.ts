/**
 * Is 任务分工 still the ledger's? The `Assignments` table (and the unit sheets and 汇总 counted from it) is
 * derived from Tasks and Units when sheets are generated; a person who then deletes a task, adds one, or
 * changes its 牵头单位 / 配合单位 leaves it stale, and nothing else would say so.
 */

import { cellText, isUncalculated } from "../text/cellText";
import type { LedgerTask } from "../ledger/types";
import { deriveAssignments } from "../workbook/assignments";
import { columnLetter } from "../plan/formulas";
import type { CellRef, Finding, LedgerTable } from "../types";
import type { Registry } from "../units/types";

/** A row's (unit, role, via) as one comparable key. */
const key = (unit: string, role: string, via: string): string => `${unit}\u0000${role}\u0000${via}`;
const unitOf = (k: string): string => k.split("\u0000")[0] as string;

/** The cell at a table's body row `r`, column `c` (both 0-based). */
function cellOf(table: LedgerTable, r: number, c: number): CellRef {
  return { sheet: table.sheet, cell: `${columnLetter(table.left + c)}${table.top + r + 2}` };
}

/** The column of `name` in a table's header, or -1. */
const columnOf = (table: LedgerTable, name: string): number =>
  table.header.findIndex((h) => h.trim() === name);

/**
 * Each task of the Tasks table as the assignments see it, with the 编号 cell of its first row; and the tasks
 * that cannot be compared (a formula with no result in the file), or null for all when an 编号 is one.
 */
function currentTasks(tasks: LedgerTable): {
  tasks: Map<string, { task: LedgerTask; where: CellRef }>;
  unknown: Set<string> | null;
} | null {
  const [id, lead, co] = ["编号", "牵头单位", "配合单位"].map((h) => columnOf(tasks, h)) as [
    number,
    number,
    number,
  ];
  if (id < 0 || lead < 0 || co < 0) return null; // column-missing says so
  const out = new Map<string, { task: LedgerTask; where: CellRef }>();
  let unknown: Set<string> | null = new Set<string>();
  tasks.rows.forEach((row, r) => {
    const taskId = cellText(row[id]).trim();
    // A cell whose formula has no result in the file cannot be compared (formula-no-value says so).
    if (isUncalculated(row[id])) unknown = null;
    if (taskId && (isUncalculated(row[lead]) || isUncalculated(row[co]))) unknown?.add(taskId);
    if (!taskId || isUncalculated(row[lead]) || isUncalculated(row[co])) return;
    const prev = out.get(taskId);
    const units = (t: LedgerTask | undefined, field: "lead" | "co", i: number): string =>
      [t?.[field], cellText(row[i])].filter(Boolean).join("、");
    const task: LedgerTask = {
      id: taskId,
      leader: "",
      leaderTitle: "",
      text: "",
      lead: units(prev?.task, "lead", lead),
      co: units(prev?.task, "co", co),
      target: "",
      deadline: "",
      due: null,
      status: "",
      progress: "",
      note: "",
    };
    out.set(taskId, { task, where: prev?.where ?? cellOf(tasks, r, id) });
  });
  return { tasks: out, unknown };
}

/** The rows of the Assignments table by task, with the 编号 cell of each task's first row. */
function tableAssignments(table: LedgerTable): Map<string, { keys: Set<string>; where: CellRef }> | null {
  const [id, unit, role, via] = ["编号", "单位", "角色", "经由"].map((h) => columnOf(table, h)) as [
    number,
    number,
    number,
    number,
  ];
  if (id < 0 || unit < 0 || role < 0) return null;
  const out = new Map<string, { keys: Set<string>; where: CellRef }>();
  table.rows.forEach((row, r) => {
    const taskId = cellText(row[id]).trim();
    if (!taskId) return;
    const entry = out.get(taskId) ?? { keys: new Set<string>(), where: cellOf(table, r, id) };
    entry.keys.add(
      key(cellText(row[unit]).trim(), cellText(row[role]).trim(), via >= 0 ? cellText(row[via]).trim() : ""),
    );
    out.set(taskId, entry);
  });
  return out;
}

/**
 * One warning per task whose assignments no longer match its current lead and co-units: changed (at the
 * task's 编号 in Tasks, naming the units that differ), added to Tasks without assignments, or deleted from
 * Tasks but still assigned (at its first row in Assignments). Nothing when a table or column is missing.
 * @example checkAssignments(tasks, assignments, registry) → [{ code: "assignments-stale", params: { id: "1.2", change: "changed", units: ["交通局"] } … }]
 */
export function checkAssignments(
  tasks: LedgerTable,
  assignments: LedgerTable,
  registry: Registry,
): Finding[] {
  const read = currentTasks(tasks);
  const written = tableAssignments(assignments);
  if (!read || !written) return [];
  const { tasks: current, unknown } = read;
  const derived = new Map<string, Set<string>>();
  for (const a of deriveAssignments(
    [...current.values()].map((c) => c.task),
    registry,
  )) {
    const set = derived.get(a.id) ?? new Set<string>();
    set.add(key(a.unit, a.role, a.via));
    derived.set(a.id, set);
  }
  const stale = (
    id: string,
    where: CellRef,
    change: string,
    units: readonly string[],
    labelled: { added?: readonly string[]; removed?: readonly string[] } = {},
  ): Finding => ({
    code: "assignments-stale",
    severity: "warning",
    where,
    params: {
      id,
      change,
      units: [...units],
      ...(labelled.added?.length ? { added: [...labelled.added] } : {}),
      ...(labelled.removed?.length ? { removed: [...labelled.removed] } : {}),
    },
  });
  const out: Finding[] = [];
  for (const [id, { where }] of current) {
    const now = derived.get(id) ?? new Set<string>();
    const then = written.get(id)?.keys;
    if (!then) {
      if (now.size > 0) out.push(stale(id, where, "added", []));
      continue;
    }
    const gained = new Set([...now].filter((k) => !then.has(k)).map(unitOf));
    const lost = new Set([...then].filter((k) => !now.has(k)).map(unitOf));
    const differ = [...gained, ...lost];
    // A unit in both only changed its role; the others were added to the task or taken off it.
    const added = [...gained].filter((u) => !lost.has(u));
    const removed = [...lost].filter((u) => !gained.has(u));
    if (differ.length > 0) out.push(stale(id, where, "changed", [...new Set(differ)], { added, removed }));
  }
  // Deleted from Tasks: only when every 编号 could be read, and not a task whose units could not be.
  for (const [id, { where }] of written) {
    if (unknown && !current.has(id) && !unknown.has(id)) out.push(stale(id, where, "removed", []));
  }
  return out;
}
