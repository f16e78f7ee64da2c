/**
 * The reporting round in the pane (分发各单位, 汇总各单位报送, 通报), as the panel asks for it. Inside Excel it works on
 * the open workbook; standalone, on a ledger .xlsx the clerk opens, whose result is downloaded.
 */

import type { CollectResult } from "../../core/rounds/collectTypes";
import type { UnitTasks } from "../../core/rounds/dispatch";

/** A returned file as the clerk picked it: its name, bytes, and when it was last saved (ISO date-time). */
export interface ReturnFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly lastModified: string;
}

/** What dispatch will write: the period, and every unit with tasks and its counts. */
export interface DispatchPreview {
  readonly period: string;
  readonly units: readonly UnitTasks[];
}

/** What was downloaded. */
export interface Downloaded {
  readonly fileName: string;
}

/** What a collect did: the report's lines (as `taizhang collect` prints them), the result, the file downloaded standalone. */
export interface CollectOutcome {
  readonly lines: readonly string[];
  readonly result: CollectResult;
  /** The rewritten ledger's file name (standalone), or null (written into the open workbook). */
  readonly fileName: string | null;
  /** Notes on what could not be written where it belongs (a task row deleted meanwhile …). */
  readonly notes: readonly string[];
}

/** What a 通报 did: its one-line summary and the files downloaded. */
export interface ReportOutcome {
  readonly summary: string;
  readonly fileNames: readonly string[];
}

/** The round's actions. */
export interface RoundServices {
  /** True when a ledger file must be opened first (standalone). */
  readonly needsLedgerFile: boolean;
  /** Standalone: the ledger the round works on, from its bytes; resolves to its name. Absent in Excel. */
  openLedgerFile?(name: string, bytes: Uint8Array): Promise<string>;
  /** Standalone: the name of the ledger file the round works on now (after a collect, the collected one); null before one is opened, and in Excel. */
  currentLedger(): string | null;
  /** The period offered (this month or quarter, by the ledger's cycle) and the units with their task counts. */
  previewDispatch(period: string | null): Promise<DispatchPreview>;
  /** Downloads one .zip of the forms of `period`, one workbook per unit with tasks. */
  dispatch(period: string): Promise<Downloaded & { readonly forms: number }>;
  /**
   * Merges the returns into the ledger (the period of the returns unless given), every return dated
   * `reportedOn` (2026-04-03) when given, else by the day it was last saved as it records inside.
   */
  collect(
    files: readonly ReturnFile[],
    period: string | null,
    reportedOn?: string | null,
  ): Promise<CollectOutcome>;
  /** Downloads the 通报 .docx of `period` and writes the 通报 sheet. */
  report(period: string | null): Promise<ReportOutcome>;
}
