/**
 * Where planned sheets go, decided before anything is written: which generated sheets are replaced, which
 * planned names must change because a sheet that stays (a person's, or ours when not replacing) holds them,
 * and which table names cannot be used. Pure: it reads the inventory and the plan only.
 */

import type { SheetKind, SheetPlan } from "../core/plan/types";
import type { Inventory, SheetInfo } from "./inventory";
import { sheetName } from "../core/plan/sheetNames";

/** What a write will do to the sheets that exist. */
export interface Placement {
  /** Generated sheets of the kinds written, deleted by the write (only when replacing was allowed). */
  readonly replace: readonly SheetInfo[];
  /** Replaced sheets whose name a new sheet takes: renamed first to these free names, deleted at the end. */
  readonly temporaryNames: ReadonlyMap<string, string>;
  /** Sheets that stay and hold a planned name. */
  readonly clashes: readonly string[];
  /** Planned names taken by a sheet that stays, and the names used instead. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly used: string }>;
  /** Planned tables whose name a table or defined name that stays already holds. */
  readonly tableConflicts: ReadonlyArray<{ readonly table: string; readonly where: string }>;
  /** Tables the planned pivots count over that neither the plan nor the kept sheets hold. */
  readonly missingSources: readonly string[];
}

/** Options of a write that decide placement. */
export interface PlacementOptions {
  /** The kinds written: generated sheets of these kinds are the ones replaced. */
  readonly kinds: ReadonlySet<SheetKind>;
  readonly replaceGenerated: boolean;
  /** Defined names the write (re)creates: an existing one of these is not a conflict. */
  readonly plannedNames: readonly string[];
}

/** Decides placement of `planned` sheets into the workbook described by `inventory`. */
export function placeSheets(
  planned: readonly SheetPlan[],
  inventory: Inventory,
  options: PlacementOptions,
): Placement {
  const replace = options.replaceGenerated
    ? inventory.sheets.filter((s) => s.kind !== null && options.kinds.has(s.kind))
    : [];
  const replacedIds = new Set(replace.map((s) => s.id));
  const kept = inventory.sheets.filter((s) => !replacedIds.has(s.id));

  const taken = new Set(kept.map((s) => s.name.toLowerCase()));
  const keptByName = new Map(kept.map((s) => [s.name.toLowerCase(), s.name]));
  const clashes: string[] = [];
  const renamed: Array<{ wanted: string; used: string }> = [];
  for (const sheet of planned) {
    const clash = keptByName.get(sheet.name.toLowerCase());
    if (clash !== undefined && !clashes.includes(clash)) clashes.push(clash);
    const used = sheetName(sheet.name, taken);
    if (used !== sheet.name) renamed.push({ wanted: sheet.name, used });
  }

  // Old sheets whose name a new one takes are moved aside first; the new sheets then take their names.
  const temporaryNames = new Map<string, string>();
  const allNames = new Set([...taken, ...replace.map((s) => s.name.toLowerCase())]);
  for (const s of replace) {
    if (taken.has(s.name.toLowerCase())) temporaryNames.set(s.id, sheetName("~taizhang-old", allNames));
  }

  const plannedNames = new Set(options.plannedNames.map((n) => n.toLowerCase()));
  const keptTables = new Map<string, string>();
  for (const s of kept) for (const t of s.tables) keptTables.set(t.toLowerCase(), s.name);
  const tableConflicts: Array<{ table: string; where: string }> = [];
  const plannedTables = new Set<string>();
  for (const t of planned.flatMap((s) => s.tables)) {
    const lower = t.name.toLowerCase();
    plannedTables.add(lower);
    const holder = keptTables.get(lower);
    if (holder !== undefined) tableConflicts.push({ table: t.name, where: holder });
    else if (inventory.names.some((n) => n.toLowerCase() === lower && !plannedNames.has(lower))) {
      tableConflicts.push({ table: t.name, where: "名称管理器 / Name Manager" });
    }
  }
  const missingSources = [
    ...new Set(
      planned
        .flatMap((s) => s.pivots.map((p) => p.source))
        .filter((src) => !plannedTables.has(src.toLowerCase()) && !keptTables.has(src.toLowerCase())),
    ),
  ];

  return { replace, temporaryNames, clashes, renamed, tableConflicts, missingSources };
}
