/** The whole ledger workbook planned from the ledger model: the sheets of product.md §2, in order. */

import { SHEETS, type LedgerModel } from "../ledger/types";
import type { AliasSuggestion } from "../units/types";
import { aboutSheet } from "./aboutSheet";
import { deriveAssignments } from "./assignments";
import { leaderSheet, unitSheet } from "./listSheets";
import { STATUS_LIST, fitsLiteralList } from "../plan/listSource";
import { sheetName } from "../plan/sheetNames";
import { summarySheet } from "./summarySheet";
import { assignmentsSheet, ledgerSheet, unitsSheet } from "./tableSheets";
import type { SheetKind, SheetPlan, WorkbookPlan } from "../plan/types";
import { TOOL_VERSION } from "../version";
import { targetsSheet } from "../year/targetsSheet";
import { progressSheet } from "../year/progressSheet";
import { isoToday, withLights } from "../year/ledgerLights";

export interface PlanOptions {
  /** Only these kinds of sheets (说明 is always planned, since it lists the sheets). Default: all. */
  readonly kinds?: readonly SheetKind[];
  /** Status colouring and deadline rules (default on). */
  readonly formatting?: boolean;
  /** Tool version for 说明 (default: this build's, as the command line says it). */
  readonly version?: string;
  /** Alias suggestions that were accepted without the clerk seeing them (the command line), listed in 说明. */
  readonly applied?: readonly AliasSuggestion[];
  /**
   * Whether the shell makes PivotTables (Excel, the default) or writes their formula fallbacks (a file):
   * a file's sheets keep no rows free for a pivot, so no empty rows stand between the counts and the list.
   */
  readonly pivots?: boolean;
  /** The day the lights written as values are computed for (ISO); default today. Formulas recompute them. */
  readonly today?: string;
}

const ALL_KINDS: readonly SheetKind[] = [
  "ledger",
  "assignments",
  "units",
  "summary",
  "leader",
  "unit",
  "targets",
  "progress",
  "about",
];

/** The plan of a workbook whose sheets are planned one at a time, as they are asked for. */
export interface LazyWorkbookPlan extends Omit<WorkbookPlan, "sheets"> {
  /** Plans the sheets in order, each when it is reached (again at each iteration). */
  readonly sheets: Iterable<SheetPlan>;
}

/**
 * Plans the ledger: 任务台账, 任务分工, 单位名录, 汇总, one sheet per leader, one per unit, 量化指标, 进展记录, 说明.
 * Sheet names are decided for all sheets at once (fixed names first), so they are the same whatever
 * subset is planned.
 */
export function buildPlan(ledger: LedgerModel, options: PlanOptions = {}): WorkbookPlan {
  const plan = planLazily(ledger, options);
  return { sheets: [...plan.sheets], names: plan.names, settings: plan.settings };
}

/**
 * The same plan as buildPlan, each sheet planned only when it is reached, so that a writer that lets each sheet
 * go once written never holds the whole workbook (a large ledger's sheets are most of its memory).
 */
export function planLazily(ledger: LedgerModel, options: PlanOptions = {}): LazyWorkbookPlan {
  const model = withLights(ledger, options.today ?? isoToday());
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  kinds.add("about");
  const formatting = options.formatting ?? true;
  const pivots = options.pivots ?? true;
  const assignments = deriveAssignments(model.tasks, model.registry);
  const leaders = [...new Set(model.tasks.map((t) => t.leader).filter(Boolean))];
  const units = [...new Set(assignments.map((a) => a.unit))];

  const taken = new Set<string>();
  const fixed = {
    ledger: sheetName(SHEETS.ledger, taken),
    assignments: sheetName(SHEETS.assignments, taken),
    units: sheetName(SHEETS.units, taken),
    summary: sheetName(SHEETS.summary, taken),
    about: sheetName(SHEETS.about, taken),
    targets: sheetName(SHEETS.targets, taken),
    progress: sheetName(SHEETS.progress, taken),
  };
  const leaderNames = leaders.map((l) => sheetName(l, taken));
  const unitNames = units.map((u) => sheetName(u, taken));

  function* listSheets(): Generator<SheetPlan> {
    if (kinds.has("ledger")) yield ledgerSheet(model, fixed.ledger, formatting);
    if (kinds.has("assignments")) yield assignmentsSheet(model, assignments, fixed.assignments, formatting);
    if (kinds.has("units")) yield unitsSheet(model, fixed.units);
    if (kinds.has("summary")) yield summarySheet(model, assignments, units, leaders, fixed.summary, pivots);
    if (kinds.has("leader"))
      for (const [i, l] of leaders.entries())
        yield leaderSheet(model, l, leaderNames[i] as string, formatting);
    if (kinds.has("unit")) yield* unitSheets();
    if (kinds.has("targets")) yield targetsSheet(model, fixed.targets);
    if (kinds.has("progress")) yield progressSheet(model, fixed.progress);
  }
  function* unitSheets(): Generator<SheetPlan> {
    const byUnit = new Map<string, typeof assignments>();
    for (const a of assignments) {
      const list = byUnit.get(a.unit);
      if (list) list.push(a);
      else byUnit.set(a.unit, [a]);
    }
    for (const [i, u] of units.entries())
      yield unitSheet(
        model,
        u,
        byUnit.get(u) ?? [],
        unitNames[i] as string,
        `PT_Unit_${String(i + 1).padStart(3, "0")}`,
        formatting,
        pivots,
      );
  }
  // 说明 comes last: it lists the sheets before it.
  function* allSheets(): Generator<SheetPlan> {
    const listed: Array<{ name: string; kind: SheetKind; key: string }> = [];
    for (const s of listSheets()) {
      listed.push({ name: s.name, kind: s.kind, key: s.key });
      yield s;
    }
    listed.push({ name: fixed.about, kind: "about", key: "about" });
    yield aboutSheet(model, fixed.about, listed, {
      version: options.version ?? TOOL_VERSION,
      applied: options.applied ?? [],
    });
  }
  const statusNames = model.settings.statuses.map((s) => s.name);
  const names = [
    { name: "UnitList", refersTo: "Units[单位]" },
    ...(fitsLiteralList(statusNames) ? [] : [STATUS_LIST]),
  ];
  return { sheets: { [Symbol.iterator]: allSheets }, names, settings: model.settings };
}
