/** Refreshing every PivotTable after status edits (pivots do not follow their source by themselves). One sync. */

import { runExcel } from "./run";

/** Refreshes all PivotTables of the workbook (ExcelApi 1.3). */
export async function refreshPivots(): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.pivotTables.refreshAll();
    await context.sync();
  });
}
