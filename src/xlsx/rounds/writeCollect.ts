/**
 * Writes what collect found into the ledger file: the Progress table's rows (through writeProgress), the lead
 * units' current state on 任务台账, and the 报送情况 sheet (replaced when there is one from an earlier collect).
 */

import type ExcelJS from "exceljs";
import type { LedgerModel } from "../../core/ledger/types";
import type { Lang } from "../../core/messages";
import type { CollectResult } from "../../core/rounds/collectTypes";
import {
  ROUND_FINDING_HEADER,
  ROUND_SHEET,
  ROUND_UNIT_HEADER,
  collectReportLines,
  roundSheetRows,
} from "../../core/rounds/roundReport";
import type { LedgerTable } from "../../core/types";
import { loadForRewrite } from "../rewrite";
import { putProgress } from "../writeProgress";

/** Sets 完成状态 and 进展情况 of the updated tasks in the Tasks table where it sits. */
function setCurrentState(wb: ExcelJS.Workbook, tasks: LedgerTable, updates: CollectResult["updates"]): void {
  const ws = wb.getWorksheet(tasks.sheet);
  if (!ws) return;
  const col = (h: string): number => tasks.header.findIndex((x) => String(x).trim() === h);
  const [idCol, statusCol, progressCol] = [col("编号"), col("完成状态"), col("进展情况")];
  if (idCol < 0) return;
  const byId = new Map(updates.map((u) => [u.id, u]));
  tasks.rows.forEach((row, k) => {
    const u = byId.get(String(row[idCol] ?? "").trim());
    if (!u) return;
    const r = tasks.top + 2 + k;
    if (u.status !== undefined && statusCol >= 0) ws.getCell(r, tasks.left + 1 + statusCol).value = u.status;
    if (u.progress !== undefined && progressCol >= 0)
      ws.getCell(r, tasks.left + 1 + progressCol).value = u.progress;
  });
}

/** Writes 报送情况: the report's first line, the unit table, then the findings. */
function writeRoundSheet(wb: ExcelJS.Workbook, result: CollectResult, lang: Lang): void {
  const old = wb.getWorksheet(ROUND_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(ROUND_SHEET, { properties: { tabColor: { argb: "FFC55A11" } } });
  const { title, units, findings } = roundSheetRows(result, lang);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([collectReportLines(result, lang)[0] ?? ""]);
  ws.addRow([]);
  const header = (values: readonly string[]) => {
    const row = ws.addRow([...values]);
    row.font = { bold: true };
    row.eachCell((c) => {
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    });
  };
  header(ROUND_UNIT_HEADER);
  for (const u of units) {
    const row = ws.addRow([...u]);
    if (u[7] === "未报送") row.getCell(8).font = { color: { argb: "FFC00000" }, bold: true };
  }
  ws.addRow([]);
  header(ROUND_FINDING_HEADER);
  for (const f of findings) ws.addRow([...f]).getCell(6).alignment = { wrapText: true };
  [24, 12, 12, 30, 18, 60, 10, 18].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** The ledger file after a collect. */
export async function writeCollect(
  bytes: Uint8Array,
  model: LedgerModel,
  tasks: LedgerTable,
  progress: LedgerTable | null,
  result: CollectResult,
  lang: Lang,
): Promise<Uint8Array> {
  const { wb, save } = await loadForRewrite(bytes);
  putProgress(wb, model, progress, result.progress);
  setCurrentState(wb, tasks, result.updates);
  writeRoundSheet(wb, result, lang);
  return save();
}
