/**
 * A unit the revised document calls by another name (交通运输局 → 公路与运输管理中心): every task that named the old
 * name names the new one in its place, in the same role, and neither name is met elsewhere. An update records it
 * in 单位名录 — the unit's row takes the new name and keeps the old one as an alias — so that what the ledger
 * holds under the old name (进展记录's returns, as `report` counts them) stays the unit's.
 */

import type { LedgerTask } from "../ledger/types";
import type { Registry, Unit } from "../units/types";

/** A unit renamed by a revision, with the tasks (their 编号 now) that name it. */
export interface UnitRename {
  readonly from: string;
  readonly to: string;
  readonly tasks: readonly string[];
}

/** The units a task names, each with its role. */
function rolesOf(t: Pick<LedgerTask, "lead" | "co">): Map<string, "lead" | "co"> {
  const out = new Map<string, "lead" | "co">();
  const split = (s: string) =>
    s
      .split("、")
      .map((u) => u.trim())
      .filter(Boolean);
  for (const u of split(t.co)) out.set(u, "co");
  for (const u of split(t.lead)) out.set(u, "lead");
  return out;
}

/**
 * The renames a revision makes, from the ledger's tasks (`before`), the revised ones (`after`), and which old
 * task each kept one was (`pairs`: indices into before and after).
 * @example unitRenames([{ lead: "交通运输局", co: "" }], [{ lead: "公路与运输管理中心", co: "" }], [{ old: 0, new: 0 }])
 *   → [{ from: "交通运输局", to: "公路与运输管理中心", tasks: [that task's 编号] }]
 */
export function unitRenames(
  before: ReadonlyArray<Pick<LedgerTask, "lead" | "co">>,
  after: ReadonlyArray<Pick<LedgerTask, "id" | "lead" | "co">>,
  pairs: ReadonlyArray<{ readonly old: number; readonly new: number }>,
): UnitRename[] {
  const oldRoles = before.map(rolesOf);
  const newRoles = after.map(rolesOf);
  const oldNames = new Set(oldRoles.flatMap((m) => [...m.keys()]));
  const newNames = new Set(newRoles.flatMap((m) => [...m.keys()]));
  const fresh = [...newNames].filter((u) => !oldNames.has(u));
  const out: UnitRename[] = [];
  const taken = new Set<string>();
  for (const from of [...oldNames].filter((u) => !newNames.has(u))) {
    const mine = pairs.filter((p) => oldRoles[p.old]?.has(from));
    if (mine.length === 0) continue;
    // The new names standing where the old one stood, in its role, in every task that named it.
    let candidates = fresh.filter((v) => !taken.has(v));
    for (const p of mine) {
      const role = oldRoles[p.old]?.get(from);
      candidates = candidates.filter((v) => newRoles[p.new]?.get(v) === role);
    }
    if (candidates.length !== 1) continue;
    const to = candidates[0] as string;
    // Named only where the old name was (or in tasks the revision adds): not a unit given others' work.
    const mineNew = new Set(mine.map((p) => p.new));
    const paired = new Set(pairs.map((p) => p.new));
    const elsewhere = after.some((t, i) => paired.has(i) && !mineNew.has(i) && rolesOf(t).has(to));
    if (elsewhere) continue;
    taken.add(to);
    out.push({ from, to, tasks: mine.map((p) => after[p.new]?.id ?? "") });
  }
  return out;
}

/**
 * 单位名录 with the renames recorded: the old unit's row under its new name, the old name (and its aliases) kept as
 * aliases; where 单位名录 already lists the new name, the old one joins its aliases and its own row goes.
 */
export function renamedRegistry(registry: Registry, renames: readonly UnitRename[]): Registry {
  if (renames.length === 0 || registry.units.length === 0) return registry;
  let units: Unit[] = [...registry.units];
  for (const r of renames) {
    const old = units.find((u) => u.name === r.from);
    const existing = units.find((u) => u.name === r.to);
    const aliases = (u: Unit | undefined, more: readonly string[]) => [
      ...new Set([...(u?.aliases ?? []), ...more].filter((a) => a !== r.to)),
    ];
    if (existing) {
      units = units
        .filter((u) => u !== old)
        .map((u) => (u === existing ? { ...u, aliases: aliases(u, [r.from, ...(old?.aliases ?? [])]) } : u));
    } else if (old) {
      units = units.map((u) => (u === old ? { ...u, name: r.to, aliases: aliases(u, [r.from]) } : u));
    }
  }
  return { ...registry, units };
}
