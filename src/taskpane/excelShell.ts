/**
 * The Office.js shell as the services inside Excel use it (src/excel by default; a double in tests), where they
 * keep the clerk's settings (the workbook's own settings), and the options they are made with.
 */

import type { LedgerReadBack } from "../core/ledger/readBack";
import type { SheetKind, WorkbookPlan } from "../core/plan/types";
import type { CellRef, Fix } from "../core/types";
import type { SheetGrid } from "../core/files/grid";
import { applyFixes } from "../excel/applyFixes";
import { applyPlan } from "../excel/applyPlan";
import { inspectWorkbook } from "../excel/inspectWorkbook";
import { readLedger } from "../excel/readLedger";
import { reformatLedger } from "../excel/reformatLedger";
import { refreshPivots } from "../excel/refreshPivots";
import { selectCell } from "../excel/selectCell";
import { readSetting, writeSetting } from "../excel/settings";
import { watchLedger } from "../excel/watchLedger";
import { addComments, readComments } from "../excel/comments";
import type { CellNote } from "../core/workbook/keptNotes";
import type { Progress, WritePreview, WriteResult } from "./services";

/** The Office.js shell as these services use it (src/excel; a double in tests). */
export interface ExcelShell {
  applyPlan(
    plan: WorkbookPlan,
    options: {
      readonly onlyKinds?: readonly SheetKind[];
      readonly replaceGenerated: boolean;
      readonly progress?: Progress;
    },
  ): Promise<WriteResult>;
  inspectWorkbook(plan: WorkbookPlan, onlyKinds?: readonly SheetKind[]): Promise<WritePreview>;
  /** Re-applies the plan's status colouring and dropdown to the Tasks table where it now sits. */
  reformatLedger(plan: WorkbookPlan): Promise<WriteResult>;
  /** The ledger's tables; with `sources`, the typed tables' formulas and number formats too (for an update). */
  readLedger(options?: { readonly sources?: boolean }): Promise<LedgerReadBack>;
  selectCell(ref: CellRef): Promise<void>;
  applyFixes(fixes: readonly Fix[]): Promise<unknown>;
  /**
   * Calls `onDirty` with the edited table's name ("" when unknown) after a person edits the ledger tables;
   * resolves to the function that stops watching.
   */
  watchLedger(onDirty: (table: string) => void): Promise<() => Promise<void> | void>;
  /** Refreshes the PivotTables after status edits; absent while the shell has none to refresh. */
  refreshPivots?(): Promise<unknown>;
  /** The active sheet's breakdown table (selection or used range) as a grid, for 从当前工作表导入. */
  readSheetTable?(): Promise<SheetGrid>;
  /** Every comment (批注) with its cell; null when this Excel has no comments API (ExcelApi 1.10). */
  readComments?(): Promise<CellNote[] | null>;
  /** Writes comments on their cells (after a write that made their sheets anew). */
  addComments?(notes: readonly CellNote[]): Promise<void>;
}

/** Where settings are kept: the workbook's settings (workbook.settings) in Excel, read fresh each time. */
export interface SettingsBag {
  /** The stored string, or null. */
  read(key: string): Promise<string | null>;
  /** Stores the string in the document; the other keys stay as they are. */
  write(key: string, value: string): Promise<void>;
}

export interface ExcelServicesOptions {
  /** Office's UI language. */
  readonly locale: string;
  /**
   * Receives errors of background work for the pane to show: a live check after an edit when setLiveChecks
   * was given no `onError` (each error goes to one receiver only).
   */
  readonly onBackgroundError: (error: unknown) => void;
  /** The Office.js shell; src/excel by default. */
  readonly shell?: ExcelShell;
  /** The workbook's settings; workbook.settings through the shell by default. */
  readonly settings?: SettingsBag;
  /** Quiet time after the last edit before a live check runs. */
  readonly debounceMs?: number;
  /** Today as ISO yyyy-mm-dd (the overdue rules); the local date by default. */
  readonly today?: () => string;
  /** Saves a generated file (the round's forms and 通报); a Blob download by default. */
  readonly download?: (fileName: string, bytes: Uint8Array) => void;
}

/** The shell over Office.js (src/excel). */
export const defaultShell: ExcelShell = {
  applyPlan,
  inspectWorkbook,
  reformatLedger,
  readLedger,
  readSheetTable: async () =>
    (await import(/* webpackChunkName: "sheet-import" */ "../excel/readSheetTable")).readSheetTable(),
  selectCell,
  applyFixes,
  watchLedger,
  refreshPivots,
  readComments,
  addComments,
};

/** The workbook's settings (workbook.settings, ExcelApi 1.4) as the services use them. */
export const workbookSettings: SettingsBag = { read: readSetting, write: writeSetting };
