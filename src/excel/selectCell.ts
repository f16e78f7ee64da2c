/** Going to a finding's cell: activate its sheet and select the cell. One sync. */

import type { CellRef } from "../core/types";
import { OfficeActionError } from "./errors";
import { runExcel } from "./run";

/** Activates the sheet of `ref` and selects its cell; a sheet that is gone is reported as SheetNotFound. */
export async function selectCell(ref: CellRef): Promise<void> {
  await runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.cell).select();
    try {
      await context.sync();
    } catch (error) {
      if (
        typeof error === "object" &&
        error !== null &&
        (error as { code?: unknown }).code === "ItemNotFound"
      ) {
        throw new OfficeActionError("SheetNotFound", `${ref.sheet}!${ref.cell}`, error);
      }
      throw error;
    }
  });
}
