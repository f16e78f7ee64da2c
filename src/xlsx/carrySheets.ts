/**
 * Sheets a person added to a ledger (a memo, a list of their own), carried into a ledger that is written anew
 * from its plan (`taizhang update`): copied cell by cell with their styles, merges, validations and tables.
 */

import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../core/plan/types";
import type { CellNote } from "../core/workbook/keptNotes";
import { buildWorkbook } from "./writeWorkbook";
import { withRelativeTargets } from "./relativeTargets";

/**
 * The .xlsx bytes of `plan`, followed by the sheets `names` of the workbook `previous` (read as it stands).
 * A name the plan already uses is skipped. With `keepNotes`, the comments (批注) of `previous` are given to it,
 * and those it places are written where it places them.
 */
export async function writeWorkbookWith(
  plan: WorkbookPlan,
  previous: Uint8Array,
  names: readonly string[],
  keepNotes?: (notes: CellNote[]) => readonly CellNote[],
): Promise<Uint8Array> {
  const wb = buildWorkbook(plan);
  if (names.length > 0 || keepNotes) {
    const old = new ExcelJS.Workbook();
    await old.xlsx.load((await withRelativeTargets(previous)) as unknown as ExcelJS.Buffer);
    if (keepNotes)
      for (const n of keepNotes(cellNotes(old))) {
        const to = wb.getWorksheet(n.sheet);
        if (to) to.getCell(n.row + 1, n.col + 1).note = n.note as ExcelJS.Comment;
      }
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

/** The text of a comment as ExcelJS reads it: a string, or rich text runs. */
export function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: Array<{ text?: string }> } | null)?.texts ?? [];
  return texts.map((t) => t.text ?? "").join("");
}

/** Every comment of a workbook, by sheet and cell (0-based). */
function cellNotes(wb: ExcelJS.Workbook): CellNote[] {
  const out: CellNote[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note as unknown;
        if (note === undefined || note === null || noteText(note).trim() === "") return;
        const kept = typeof note === "string" ? note : { texts: (note as { texts: unknown }).texts };
        out.push({
          sheet: ws.name,
          row: Number(cell.row) - 1,
          col: Number(cell.col) - 1,
          text: noteText(note),
          note: kept,
        });
      }),
    ),
  );
  return out;
}
