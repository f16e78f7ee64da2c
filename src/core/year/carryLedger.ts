/**
 * What a ledger read back carries into the workbook written anew from it — by an update with a revised
 * document, and by a regeneration with none: the targets' 实际值, the progress history, the clerk's columns on
 * 任务台账, 单位名录 and 进展记录, and the earlier 已撤销. One path for both, so regenerating keeps all an update keeps.
 */

import type { LedgerModel } from "../ledger/types";
import type { WorkbookPlan } from "../plan/types";
import type { LedgerTable } from "../types";
import { progressFromTable, type ProgressRow } from "./progress";
import { targetsFromTable } from "./targetsTable";
import type { UpdateResult } from "./updateLedger";
import { updatedPlan, type UpdateContext } from "./updatePlan";

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
  /** False for a file (formula counts instead of PivotTables); Excel's default otherwise. */
  readonly pivots?: boolean;
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
    taskHeader: tables.tasks?.header ?? [],
    progressHeader: tables.progress?.header ?? null,
    units: tables.units,
    earlier: { tasks: tables.revoked ?? null, progress: tables.revokedProgress ?? null },
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
