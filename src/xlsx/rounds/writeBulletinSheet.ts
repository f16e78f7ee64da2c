/** Writes the 通报's sections and tables as the 通报 sheet of the ledger (replacing an earlier one). */

import type ExcelJS from "exceljs";
import type { BulletinDoc } from "../../core/rounds/bulletinDoc";
import { BULLETIN_SHEET, bulletinSheetPlan } from "../../core/rounds/reportSheets";
import { writeSheet } from "../writeWorkbook";

export { BULLETIN_SHEET };

/** Puts the 通报 sheet into a loaded workbook (core's plan of it, as the pane writes it in Excel). */
export function putBulletinSheet(wb: ExcelJS.Workbook, doc: BulletinDoc): void {
  const old = wb.getWorksheet(BULLETIN_SHEET);
  if (old) wb.removeWorksheet(old.id);
  writeSheet(wb, bulletinSheetPlan(doc));
}
