/** What `collect` reads from returned files and what it makes of them. */

import type { Params } from "../types";
import type { ProgressRow } from "../year/progress";
import type { FormMeta } from "./form";

/** A filled cell of a returned form: its column, what the unit wrote, and where (填报!H5). */
export interface ReturnCell {
  readonly column: string;
  readonly value: string;
  readonly cell: string;
}

/** A task row of a returned form as read: the locked cells as they now read, and the filled cells. */
export interface ReturnRowRead {
  readonly id: string;
  /** Where the row's 编号 sits (填报!A7). */
  readonly cell: string;
  readonly text: string;
  readonly lead: string;
  readonly deadline: string;
  /** Non-empty fill cells only. */
  readonly fills: readonly ReturnCell[];
  /** The read-only 当前状态 and 当前进展 cells when not empty (a unit may have typed there); absent: empty. */
  readonly status?: ReturnCell;
  readonly progress?: ReturnCell;
  /** Non-empty cells under columns the unit inserted (neither ours nor the clerk's fill columns); absent: none. */
  readonly others?: readonly ReturnCell[];
}

/**
 * Where a return's 报送日期 came from: the day the clerk gave when collecting (`given`), the day the unit's Excel,
 * WPS or LibreOffice last saved the form, which the file records inside itself and a copy or a mail download
 * keeps (`saved`), or the file's modification day on this computer (`file`: a copy's is the day it was copied).
 */
export type ReportDateSource = "given" | "saved" | "file";

/** A file given to collect: a form as read, or a file that is none (with why). */
export type ReturnRead =
  | {
      readonly file: string;
      /** When the file was saved or received (ISO date-time): of two returns of a unit, the later wins. */
      readonly receivedAt: string;
      readonly meta: FormMeta;
      readonly rows: readonly ReturnRowRead[];
      /** When the unit's program last saved it, as the file records (ISO date-time); absent: not recorded. */
      readonly savedAt?: string;
      /** Its 报送日期 (yyyy-mm-dd, a local day) and where that came from; absent: the day of `receivedAt`. */
      readonly dated?: { readonly on: string; readonly from: ReportDateSource };
      /** Cells typed outside the table (填报!L7 beside it, 填报!B5 above it), which no column takes; absent: none. */
      readonly outside?: readonly ReturnCell[];
    }
  | {
      readonly file: string;
      readonly receivedAt: string;
      /** Not a form: not an .xlsx (an .ods, .xls or .csv copy of one is named as such), damaged, saved with a
       *  password, or no form. */
      readonly notReturn: "not-xlsx" | "bad-xlsx" | "not-return" | "ods" | "xls" | "csv" | "encrypted";
    };

/** Why a file, a row or a cell did not land, or what else collect did. */
export type CollectCode =
  | "not-return"
  | "other-ledger"
  | "other-period"
  | "superseded"
  | "locked-edited"
  | "row-added"
  | "row-repeated"
  | "row-deleted"
  | "task-gone"
  | "task-changed"
  | "task-unclear"
  | "task-moved"
  | "task-edited"
  | "not-units-task"
  | "role-changed"
  | "done-kept"
  | "kept-earlier"
  | "blank-later"
  | "locked-typed"
  | "column-added"
  | "return-status-invalid"
  | "leads-disagree"
  | "return-empty"
  | "outside-table"
  | "report-date"
  | "replaced";

/** One line of collect's report. `entries` is how many filled cells it concerns (0 when none). */
export interface CollectFinding {
  readonly code: CollectCode;
  readonly file: string;
  readonly unit: string;
  readonly id: string;
  readonly cell: string;
  readonly entries: number;
  readonly params: Params;
}

/** A unit that reports, and what it returned. */
export interface UnitReturn {
  readonly unit: string;
  readonly lead: number;
  readonly co: number;
  /** The return used (the latest), or null when none came back. */
  readonly file: string | null;
  readonly receivedAt: string | null;
  /** The 报送日期 its Progress rows carry, and where it came from; null when none came back. */
  readonly reportedOn: string | null;
  readonly dateFrom: ReportDateSource | null;
  /** Filled cells landed in Progress. */
  readonly landed: number;
  /** Filled cells not landed (refused or superseded). */
  readonly refused: number;
  /** The unit's 报送 rows of the period in Progress after the collect (this collect's and earlier ones'). */
  readonly reported: number;
}

/** The outcome of a collect. */
export interface CollectResult {
  readonly period: string;
  /** The Progress table's rows after the collect (earlier rows kept, the period's earlier returns replaced). */
  readonly progress: readonly ProgressRow[];
  /** The new 报送 rows. */
  readonly added: readonly ProgressRow[];
  /** Current state to set on 任务台账, from the lead units' words. */
  readonly updates: ReadonlyArray<{
    readonly id: string;
    readonly status?: string;
    readonly progress?: string;
  }>;
  readonly units: readonly UnitReturn[];
  /**
   * Units with tasks that reported nothing for the period (the 催办 list): no return, or one that landed no
   * filled cell (sent back unfilled, or every cell refused) — 未报送, as `report` counts them.
   */
  readonly missing: readonly UnitReturn[];
  readonly findings: readonly CollectFinding[];
  /** Filled cells landed / not landed, over all files. */
  readonly landed: number;
  readonly refused: number;
}
