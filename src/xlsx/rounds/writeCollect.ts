/**
 * Writes what collect found into the ledger file: the Progress table's rows (through writeProgress), the lead
 * units' current state on 任务台账, and the 报送情况 sheet (replaced when there is one from an earlier collect).
 */

import type ExcelJS from "exceljs";
import type { LedgerModel } from "../../core/ledger/types";
import type { Lang } from "../../core/messages";
import type { CollectResult } from "../../core/rounds/collectTypes";
import { ROUND_SHEET } from "../../core/rounds/roundReport";
import { roundSheetPlan } from "../../core/rounds/reportSheets";
import type { LedgerTable } from "../../core/types";
import type { LostNote } from "../../core/workbook/keptNotes";
import { loadForRewrite } from "../rewrite";
import { putProgress } from "../writeProgress";
import { writeSheet } from "../writeWorkbook";

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

/** Writes 报送情况 (core's plan of it, as the pane writes it in Excel), replacing an earlier one. */
function writeRoundSheet(wb: ExcelJS.Workbook, result: CollectResult, lang: Lang): void {
  const old = wb.getWorksheet(ROUND_SHEET);
  if (old) wb.removeWorksheet(old.id);
  writeSheet(wb, roundSheetPlan(result, lang));
}

/** The ledger file after a collect (`lostNotes` gets the comments whose 进展记录 row was replaced). */
export async function writeCollect(
  bytes: Uint8Array,
  model: LedgerModel,
  tasks: LedgerTable,
  progress: LedgerTable | null,
  result: CollectResult,
  lang: Lang,
  lostNotes: LostNote[] = [],
): Promise<Uint8Array> {
  const { wb, save } = await loadForRewrite(bytes);
  // Comments on 进展记录 follow their rows; those on a unit's replaced rows are added to `lostNotes`.
  lostNotes.push(...putProgress(wb, model, progress, result.progress));
  setCurrentState(wb, tasks, result.updates);
  writeRoundSheet(wb, result, lang);
  return save();
}
