/** Writes the 通报's sections and tables as the 通报 sheet of the ledger (replacing an earlier one). */

import type ExcelJS from "exceljs";
import type { BulletinDoc } from "../../core/rounds/bulletinDoc";

/** The name of the sheet. */
export const BULLETIN_SHEET = "通报";

/** Puts the 通报 sheet into a loaded workbook. */
export function putBulletinSheet(wb: ExcelJS.Workbook, doc: BulletinDoc): void {
  const old = wb.getWorksheet(BULLETIN_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(BULLETIN_SHEET, { properties: { tabColor: { argb: "FF7030A0" } } });
  ws.addRow([doc.title]).font = { bold: true, size: 14 };
  ws.addRow([doc.subtitle]);
  ws.addRow([[doc.issuer, doc.date].filter((x) => x).join(" ")]);
  for (const s of doc.sections) {
    ws.addRow([]);
    ws.addRow([s.heading]).font = { bold: true };
    for (const p of s.paragraphs) ws.addRow([p]);
    if (!s.table) continue;
    const head = ws.addRow([...s.table.header]);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    });
    for (const r of s.table.rows) ws.addRow([...r]);
  }
  [16, 12, 12, 12, 12, 12, 12].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
