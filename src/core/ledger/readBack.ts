/**
 * A ledger read back from a workbook — by the Office.js shell from the open workbook, or by the file shell
 * from an .xlsx — in one shape, and the rule for which settings then apply.
 */

import type { LedgerSettings } from "../plan/types";
import { DEFAULT_SETTINGS } from "../plan/settings";
import type { LedgerTable } from "../types";
import { readAbout, settingsOfWorkbook } from "./about";

/** The ledger's tables as found in a workbook, wherever they sit; null for a table that is not there. */
export interface LedgerReadBack {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  /** 任务分工 as last generated, for the check that it still matches the tasks. */
  readonly assignments: LedgerTable | null;
  /** The Statuses table's names (its first column, non-empty cells); null without the table. */
  readonly statuses: readonly string[] | null;
  /** 说明's About table: where the ledger came from, its year and deadline settings. */
  readonly about: LedgerTable | null;
  /** The year's tables: Progress, Targets, and 已撤销's Revoked and RevokedProgress (null when not there). */
  readonly progress?: LedgerTable | null;
  readonly targets?: LedgerTable | null;
  readonly revoked?: LedgerTable | null;
  readonly revokedProgress?: LedgerTable | null;
}

/**
 * The settings that apply to a ledger read back: those the clerk saved for this workbook when there are
 * any, else the ledger's own (its Statuses and About tables over the defaults). The year of relative
 * deadlines is the ledger's whenever its About table names one: it belongs to the document, not to a preference.
 * @example settingsOfReadBack({ tasks: null, units: null, assignments: null, statuses: null, about: null }, null) === DEFAULT_SETTINGS
 */
export function settingsOfReadBack(
  readBack: LedgerReadBack,
  saved: LedgerSettings | null,
  base: LedgerSettings = DEFAULT_SETTINGS,
): LedgerSettings {
  const about = readAbout(readBack.about);
  if (saved) return about.year !== null ? { ...saved, year: about.year } : saved;
  if (readBack.statuses === null && readBack.about === null) return base;
  return settingsOfWorkbook(base, readBack.statuses, about);
}
