/** One row per (task, unit): who works on what, with collectives expanded to their members. */

import type { LedgerTask } from "../ledger/types";
import { splitCell } from "../units/applyFix";
import { isCollective } from "../parse/splitUnits";
import { indexRegistry, membersOf, resolveName } from "../units/registry";
import { differByNumber } from "../units/similar";
import type { Registry } from "../units/types";

export type Role = "牵头" | "配合";

/** A row of the `Assignments` table. */
export interface Assignment {
  readonly id: string;
  /** Canonical unit (an alias is resolved; an unknown name stays as written). */
  readonly unit: string;
  readonly role: Role;
  /** The collective the task reached this unit through (各镇(街道)), or "" when named directly. */
  readonly via: string;
  readonly leader: string;
  readonly status: string;
}

/**
 * The assignments of the ledger's tasks. Each task appears once per unit: a unit named directly wins over
 * the same unit reached through a collective, and a lead over a co-unit. A collective with known members
 * becomes one row per member (marked `via`); one without members stays a row of its own.
 */
export function deriveAssignments(tasks: readonly LedgerTask[], registry: Registry): Assignment[] {
  const index = indexRegistry(registry);
  const canonical = (name: string): string => {
    const r = resolveName(index, name);
    // A numbered unit a registry files under another number stays itself (第二人民医院 is not 第一).
    return r.status === "unknown" || differByNumber(name, r.unit.name) ? name : r.unit.name;
  };
  const members = new Map<string, string[]>();
  const membersFor = (collective: string): string[] => {
    let m = members.get(collective);
    if (!m) {
      m = membersOf(registry, collective);
      members.set(collective, m);
    }
    return m;
  };
  const out: Assignment[] = [];
  for (const task of tasks) {
    const rows = new Map<string, Assignment>();
    const put = (unit: string, role: Role, via: string): void => {
      const prev = rows.get(unit);
      if (!prev) {
        rows.set(unit, { id: task.id, unit, role, via, leader: task.leader, status: task.status });
        return;
      }
      const better =
        (prev.via !== "" && via === "") || (prev.via === via && prev.role === "配合" && role === "牵头");
      if (better) rows.set(unit, { ...prev, role, via });
    };
    const named: Array<[string, Role]> = [
      ...splitCell(task.lead).map((u): [string, Role] => [canonical(u), "牵头"]),
      ...splitCell(task.co).map((u): [string, Role] => [canonical(u), "配合"]),
    ];
    // Direct names first, so that a member named directly keeps its own role.
    for (const [unit, role] of named) {
      if (!(isCollective(unit) && membersFor(unit).length > 0)) put(unit, role, "");
    }
    for (const [unit, role] of named) {
      if (isCollective(unit)) for (const m of membersFor(unit)) put(m, role, unit);
    }
    out.push(...rows.values());
  }
  return out;
}
