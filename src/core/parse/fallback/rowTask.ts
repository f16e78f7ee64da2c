/** A table row read generically → a task: the text cell, the units cells, the deadline cell. */

import type { Task } from "../../types";
import { emptyRoles, readRoles, resolveRoles, type Roles } from "../roles";
import { isCollective } from "../splitUnits";
import { ROLE_WORD, type ColumnKind } from "../vocabulary";
import { fold } from "../../text/fold";
import { isValueCell, unitsOfCell } from "./cells";
import { isUnitColumn } from "./header";
import type { Row } from "./rows";

/** What a row gives before ids are set: the task without its id, or null when the row names no unit. */
export type RowTask = Omit<Task, "id" | "part">;

/**
 * Reads a row against the header's columns. Cells are placed by the header's order when the row has
 * exactly its cells; otherwise the first text cell is the task, unit cells are units (the first listed
 * leads), and other cells go to the non-unit columns. A number, percentage or date is never a unit.
 */
export function rowTask(row: Row, columns: readonly ColumnKind[], known: Set<string>): RowTask | null {
  const body = row.no === null ? columns : columns.filter((k) => k !== "seq");
  const aligned = row.cells.length === body.length;
  const roles: Roles[] = [];
  let text: string | null = null;
  let deadline: string | null = null;
  row.cells.forEach((cell, k) => {
    const kind = aligned ? (body[k] as ColumnKind) : null;
    if (kind === "seq") return;
    if (kind === "deadline") {
      deadline ??= cell;
      return;
    }
    const units = kind === null || isUnitColumn(kind) ? unitsOfCell(cell, known) : null;
    if (units && (text !== null || kind !== null)) {
      roles.push(cellRoles(cell, units, kind));
      for (const u of units) known.add(u);
    } else if (text === null && (kind === "task" || (kind === null && !isValueCell(cell)))) text = cell;
  });
  const { leads, coUnits } = resolveRoles(roles);
  if (text === null || leads.length + coUnits.length === 0) return null;
  return {
    text,
    leads,
    coUnits,
    collectives: [...leads, ...coUnits].filter(isCollective),
    deadline,
    leader: null,
    leaderTitle: null,
    line: row.line,
  };
}

/** The roles of one unit cell: its column's role, or the roles its words give (A牵头,B配合). */
function cellRoles(cell: string, units: readonly string[], kind: ColumnKind | null): Roles {
  if (ROLE_WORD.test(fold(cell))) {
    const read = readRoles(cell, { bareUnits: true });
    if (read.matched) return read;
  }
  const r = emptyRoles();
  r.matched = true;
  if (kind === "lead") r.leads.push(...units);
  else if (kind === "co") r.coUnits.push(...units);
  else r.listed.push(...units);
  return r;
}
