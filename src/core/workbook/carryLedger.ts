/**
 * What a ledger read back carries into the workbook written anew from it — by an update with a revised
 * document, and by a regeneration with none: the targets' 实际值, the progress history, the clerk's columns on
 * 任务台账, 单位名录 and 进展记录, and the earlier 已撤销. One path for both, so regenerating keeps all an update keeps;
 * and what the new workbook leaves to the old one (a person's own sheets, carried whole; cells typed beside the tables).
 */

import { cellText } from "../text/cellText";
import { ownSheets, type OutsideCell } from "../ledger/regenerate";
import type { LedgerModel } from "../ledger/types";
import { KIND_LABEL, SHEETS_TABLE } from "./aboutSheet";
import type { SheetPlan, WorkbookPlan } from "../plan/types";
import type { LedgerTable } from "../types";
import { progressFromTable, type ProgressRow } from "../year/progress";
import { targetsFromTable } from "../year/targetsTable";
import type { UpdateResult } from "../year/updateLedger";
import { updatedPlan, type UpdateContext } from "./updatePlan";

// What follows a cell into the new workbook (its comment), for the shells that load this module on demand.
export { noteLostLine, notesKeeper, placedNotes } from "./keptNotes";

/** The tables of a ledger read back that hold what people typed (null or absent when not there). */
export interface CarriedTables {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  readonly progress?: LedgerTable | null;
  readonly targets?: LedgerTable | null;
  /** 已撤销's Revoked and RevokedProgress tables. */
  readonly revoked?: LedgerTable | null;
  readonly revokedProgress?: LedgerTable | null;
}

/** How the workbook is planned: the day of the lights (and of new 已撤销 rows), why rows were set aside, the version. */
export interface CarryOptions {
  readonly today: string;
  readonly why: string;
  readonly version: string;
  /**
   * True when Excel writes the sheets (PivotTables, with rows kept for them); false for a file (formula counts,
   * laid out as build lays them). No default: each command that rewrites a ledger names the shell it writes for.
   */
  readonly pivots: boolean;
}

/**
 * The model read from the tables, with its targets as the Targets table holds them (the 实际值 typed); without
 * that table, as the task texts give them.
 */
export function withTypedTargets(model: LedgerModel, tables: CarriedTables): LedgerModel {
  const targets = targetsFromTable(tables.targets);
  return targets ? { ...model, targets } : model;
}

/** The progress history of the Progress table as read. */
export function typedProgress(tables: CarriedTables): ProgressRow[] {
  return progressFromTable(tables.progress ?? null);
}

/** What `updatedPlan` needs from the tables as read: the clerk's headers and columns, the earlier 已撤销. */
export function carriedContext(tables: CarriedTables, options: CarryOptions): UpdateContext {
  return {
    typed: tables,
    taskHeader: tables.tasks?.header ?? [],
    progressHeader: tables.progress?.header ?? null,
    units: tables.units,
    earlier: { tasks: tables.revoked ?? null, progress: tables.revokedProgress ?? null },
    taskOrigin: tables.tasks
      ? {
          sheet: tables.tasks.sheet,
          top: tables.tasks.top,
          left: tables.tasks.left,
          header: tables.tasks.header,
        }
      : null,
    ...options,
  };
}

/** An update that changes nothing: every task kept as it stands, with its progress rows; none revoked. */
export function unchangedUpdate(model: LedgerModel, progress: readonly ProgressRow[]): UpdateResult {
  return { model, progress, revoked: [], report: { changes: [], added: [], removed: [] } };
}

/**
 * The ledger's sheets planned again from the ledger itself (任务分工, the leader and unit sheets, 汇总 made
 * anew), carrying everything typed as an update does.
 * @example regeneratedPlan(model, ledgerFile, { today: "2026-03-31", version: "1.0.0", pivots: false })
 */
export function regeneratedPlan(
  model: LedgerModel,
  tables: CarriedTables,
  options: Omit<CarryOptions, "why">,
): WorkbookPlan {
  const result = unchangedUpdate(withTypedTargets(model, tables), typedProgress(tables));
  return updatedPlan(result, carriedContext(tables, { ...options, why: "" }));
}

/** What `ownSheetsOf` reads of a ledger read back: its sheets, and its tables by name (说明's Sheets among them). */
export interface LedgerSheets {
  readonly sheetNames: readonly string[];
  readonly tables?: ReadonlyMap<string, LedgerTable>;
}

/**
 * The sheets the tool writes into a ledger outside its plan, as records of a round: collect's 报送情况 and
 * report's 通报 (each under its one name, replaced by the next collect or report). 说明 does not list them, yet
 * they are no person's own: a rewrite of the ledger keeps them as the records they are, and says so.
 */
export const ROUND_RECORD_SHEETS: readonly string[] = [KIND_LABEL.round, KIND_LABEL.bulletin];

/** Every sheet of a ledger read back that the workbook `plan` does not write: what the tool generated is not among them. */
function unplanned(ledger: LedgerSheets, plan: WorkbookPlan): string[] {
  const listed = ledger.tables?.get(SHEETS_TABLE);
  return ownSheets(
    ledger.sheetNames,
    listed ? listed.rows.map((r) => cellText(r[0]).trim()) : null,
    plan.sheets.map((s) => s.name),
  );
}

/**
 * The sheets of a ledger read back that are a person's own, by `ownSheets`, beside the workbook `plan` writes:
 * the round's records (报送情况, 通报), which the tool wrote, are not among them (`roundRecordsOf`).
 * @example ownSheetsOf({ sheetNames: ["任务台账", "领导批示", "报送情况", "通报"] }, plan) → ["领导批示"]
 */
export function ownSheetsOf(ledger: LedgerSheets, plan: WorkbookPlan): string[] {
  return unplanned(ledger, plan).filter((n) => !ROUND_RECORD_SHEETS.includes(n));
}

/**
 * The round's records (报送情况, 通报) a ledger read back holds and the workbook `plan` does not write: kept as
 * they stand, as records of the collect and the period they were made for, and named as such.
 * @example roundRecordsOf({ sheetNames: ["任务台账", "领导批示", "报送情况", "通报"] }, plan) → ["报送情况", "通报"]
 */
export function roundRecordsOf(ledger: LedgerSheets, plan: WorkbookPlan): string[] {
  return unplanned(ledger, plan).filter((n) => ROUND_RECORD_SHEETS.includes(n));
}

/** The texts a planned sheet writes anywhere: its values, formula results and table headers. */
function plannedTexts(sheet: SheetPlan): Set<string> {
  const out = new Set<string>(sheet.tables.flatMap((t) => t.columns.map((c) => c.trim())));
  const blocks = [...sheet.blocks, ...sheet.pivots.flatMap((p) => p.fallback.blocks)];
  for (const b of blocks) {
    const values = b.kind === "values" ? b.values.flat() : b.results;
    for (const v of values) {
      if (v === null) continue;
      const shown = typeof v === "object" ? ("date" in v ? v.date : v.result) : v;
      out.add(String(shown).trim());
    }
  }
  return out;
}

/**
 * The cells outside the tables that the workbook planned anew would not hold: those whose text the planned sheet
 * of the same name writes nowhere (a note the tool wrote, moved over by a column added, is held; a word typed
 * beside a table is not). A sheet the plan does not write is carried whole, so none of its cells count.
 * @example cellsNotCarried([{ sheet: "任务台账", cell: "Z1", text: "督办人" }], plan) → [that cell]
 */
export function cellsNotCarried(outside: readonly OutsideCell[], plan: WorkbookPlan): OutsideCell[] {
  const texts = new Map<string, Set<string>>();
  const planned = (name: string): Set<string> | undefined => {
    const sheet = plan.sheets.find((s) => s.name === name);
    if (sheet && !texts.has(name)) texts.set(name, plannedTexts(sheet));
    return texts.get(name);
  };
  return outside.filter((c) => {
    const held = planned(c.sheet);
    return held !== undefined && !held.has(c.text.trim());
  });
}
