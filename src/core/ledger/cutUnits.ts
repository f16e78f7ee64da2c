/**
 * Lists of units cut at build (more than an Excel cell holds; plan/longCells.ts): read whole again from 任务分工,
 * where every unit of a task has its row, so that the checks, `regenerate` and `update` never take the cut
 * cell for the task's units, nor drop the units it could not list.
 */

import { cellText } from "../text/cellText";
import { columnLetter } from "../plan/formulas";
import { cutUnitsOf, UNIT_LIST_COLUMNS } from "../plan/longCells";
import { splitCell } from "../units/applyFix";
import type { CellRef, LedgerTable, LedgerValue } from "../types";

/** A units cell that was cut at build: where, whose, and whether 任务分工 gave back every unit. */
export interface CutUnitsCell {
  readonly where: CellRef;
  readonly id: string;
  readonly column: string;
  readonly total: number;
  readonly listed: number;
  /** Units neither the cell nor 任务分工 holds (0 when the list was read whole). */
  readonly missing: number;
}

/** The Tasks table with a cut list of units read whole, and the cells that were; `cut` is set once read. */
export type RestoredTasks = LedgerTable & { readonly cut?: readonly CutUnitsCell[] };

/** Units of 任务分工 by task and role, in its order: a collective's members stand for the collective. */
function assignedUnits(assignments: LedgerTable | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!assignments) return out;
  const col = (h: string): number => assignments.header.findIndex((x) => String(x).trim() === h);
  const [id, unit, role, via] = [col("编号"), col("单位"), col("角色"), col("经由")];
  if (id < 0 || unit < 0 || role < 0) return out;
  for (const row of assignments.rows) {
    const key = `${cellText(row[id]).trim()}\u0000${cellText(row[role]).trim()}`;
    const through = via >= 0 ? cellText(row[via]).trim() : "";
    const name = through || cellText(row[unit]).trim();
    const list = out.get(key) ?? [];
    if (name && !list.includes(name)) list.push(name);
    out.set(key, list);
  }
  return out;
}

/**
 * The Tasks table with each units cell cut at build (it ends 全部见任务分工) read whole: the names it lists,
 * then those 任务分工 has for the task in that role; without them, the names it lists (the note left off, so no
 * check takes it for a unit). Each such cell is listed in `cut`. A table read before is returned as it is.
 * @example restoreCutUnits(tasks, assignments).cut → [{ id: "1.1", column: "配合单位", total: 5000, listed: 3763, missing: 0 … }]
 */
export function restoreCutUnits(tasks: LedgerTable, assignments: LedgerTable | null): RestoredTasks {
  if ((tasks as RestoredTasks).cut) return tasks;
  const columns = tasks.header
    .map((h, i) => [String(h).trim(), i] as const)
    .filter(([h]) => UNIT_LIST_COLUMNS.has(h));
  const idCol = tasks.header.findIndex((h) => String(h).trim() === "编号");
  const cut: CutUnitsCell[] = [];
  let assigned: Map<string, string[]> | null = null;
  const rows = tasks.rows.map((row, r) => {
    let out: LedgerValue[] | null = null;
    for (const [header, c] of columns) {
      const v = row[c];
      const found = typeof v === "string" ? cutUnitsOf(v) : null;
      if (!found) continue;
      assigned ??= assignedUnits(assignments);
      const id = idCol >= 0 ? cellText(row[idCol]).trim() : "";
      const names = splitCell(found.listed);
      for (const u of assigned.get(`${id}\u0000${header === "牵头单位" ? "牵头" : "配合"}`) ?? [])
        if (!names.includes(u)) names.push(u);
      out ??= [...row];
      out[c] = names.join("、");
      cut.push({
        where: { sheet: tasks.sheet, cell: `${columnLetter(tasks.left + c)}${tasks.top + r + 2}` },
        id,
        column: header,
        total: found.total,
        listed: found.count,
        missing: Math.max(0, found.total - names.length),
      });
    }
    return out ?? row;
  });
  return { ...tasks, rows, cut };
}
