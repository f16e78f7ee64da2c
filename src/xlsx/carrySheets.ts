/**
 * Sheets a person added to a ledger (a memo, a list of their own), carried into a ledger that is written anew
 * from its plan (`taizhang update`): copied cell by cell with their styles, merges, validations and tables.
 */

import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../core/plan/types";
import { buildWorkbook } from "./writeWorkbook";
import { withRelativeTargets } from "./relativeTargets";

/**
 * The .xlsx bytes of `plan`, followed by the sheets `names` of the workbook `previous` (read as it stands).
 * A name the plan already uses is skipped.
 */
export async function writeWorkbookWith(
  plan: WorkbookPlan,
  previous: Uint8Array,
  names: readonly string[],
): Promise<Uint8Array> {
  const wb = buildWorkbook(plan);
  if (names.length > 0) {
    const old = new ExcelJS.Workbook();
    await old.xlsx.load((await withRelativeTargets(previous)) as unknown as ExcelJS.Buffer);
    for (const name of names) {
      const from = old.getWorksheet(name);
      if (!from || wb.getWorksheet(name)) continue;
      const to = wb.addWorksheet(name);
      const model = from.model as unknown as Record<string, unknown>;
      to.model = { ...model, name, id: to.id, mergeCells: model.merges } as unknown as ExcelJS.WorksheetModel;
    }
  }
  const options = {
    zip: { compressionOptions: { level: 3 } },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return new Uint8Array((await wb.xlsx.writeBuffer(options)) as ArrayBuffer);
}
