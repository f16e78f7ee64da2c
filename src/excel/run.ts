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

/**
 * Runs a batch in Excel, waiting for the clerk to leave cell-edit mode rather than failing, and turns any
 * error into an OfficeActionError.
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (error) {
    throw toOfficeActionError(error);
  }
}
