/** Running a batch against the workbook: one place that chooses the run options and converts errors. */

import { toOfficeActionError } from "./errors";

let ownWrites = 0;

/** True while the shell itself is writing: change events seen now are the tool's own, not a person's. */
export function isOwnWriteInProgress(): boolean {
  return ownWrites > 0;
}

/** Marks the shell's own writes for the duration of `work` (the re-entrancy flag watchLedger checks). */
export async function asOwnWrite<T>(work: () => Promise<T>): Promise<T> {
  ownWrites += 1;
  try {
    return await work();
  } finally {
    ownWrites -= 1;
  }
}

/** How a batch is run. */
export interface RunOptions {
  /**
   * Make all the batch's syncs one undo step, so one Ctrl+Z undoes the whole action (Excel.run's
   * mergeUndoGroup, ExcelApi 1.20, docs/excel/excel-add-ins-undo-capabilities.md). Only for batches whose
   * every call can be undone (cell values, formats, validation): a call that cannot makes the group fail
   * with UndoNotSupported. Ignored where 1.20 is missing (Office 2021/2024 perpetual): each sync is then
   * an undo step of its own.
   */
  readonly undoGroup?: boolean;
}

/**
 * Runs a batch in Excel, waiting for the clerk to leave cell-edit mode rather than failing, and turns any
 * error into an OfficeActionError.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {},
): Promise<T> {
  const group = options.undoGroup === true && Office.context.requirements.isSetSupported("ExcelApi", "1.20");
  try {
    return await Excel.run(
      group ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true },
      batch,
    );
  } catch (error) {
    throw toOfficeActionError(error);
  }
}
