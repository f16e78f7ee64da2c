/**
 * `taizhang regenerate <ledger.xlsx> [-o <new.xlsx>] [--force]`: the ledger's sheets made again from its own
 * 任务台账 and 单位名录, for offices without the add-in. Everything typed is carried as `update` carries it (the
 * columns added to the tables, 进展记录, the targets' 实际值, 已撤销, sheets of one's own). In place by default,
 * after keeping the previous file beside it; written atomically either way.
 */

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  assignedUnits,
  cellsLeftParams,
  unitChanges,
  unregisteredParams,
  unregisteredUnits,
} from "../core/ledger/regenerate";
import { cellsNotCarried, ownSheetsOf, regeneratedPlan, roundRecordsOf } from "../core/workbook/carryLedger";
import { message, type Lang } from "../core/messages";
import { deriveAssignments } from "../core/workbook/assignments";
import { clipLongCells } from "../core/plan/longCells";
import { zh } from "../core/text/cnPunct";
import { writeWorkbookWith } from "../xlsx/carrySheets";
import { noteLostLine, notesKeeper } from "../core/workbook/keptNotes";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { longCellLine, refusalError, writeError } from "./report";
import { toolVersion } from "./version";
import { rewriteLedger } from "./besideName";
import { checkOutput, writeAtomically } from "./writeOutput";

/** Runs the command; 0 written, 2 nothing written. `today` (ISO) is the day the lights are computed for. */
export async function regenerateCommand(
  file: string,
  out: string | undefined,
  force: boolean,
  today: string,
  lang: Lang,
  io: Io,
): Promise<number> {
  const isZh = lang === "zh-CN";
  const inPlace = out === undefined || resolve(out) === resolve(file);
  const target = inPlace ? { path: file } : checkOutput(out, force);
  if ("refusal" in target) {
    io.err(refusalError(out ?? file, target.refusal, lang));
    return 2;
  }
  const input = await readLedgerInput(file, lang, io, message("table-missing", { table: "Tasks" }, lang));
  if (!input) return 2;
  const { ledger, model } = input;
  const { plan, long } = clipLongCells(
    regeneratedPlan(model, ledger, { today, version: toolVersion(), pivots: false }),
  );
  const own = ownSheetsOf(ledger, plan);
  // 报送情况 and 通报, the round's records the tool wrote, are kept as they stand and named as records.
  const records = roundRecordsOf(ledger, plan);
  // Comments (批注) on the Tasks table stay on their task's cells; those that cannot are named below.
  const notes = notesKeeper(plan);
  let backup: string | null = null;
  try {
    const bytes = await writeWorkbookWith(
      plan,
      new Uint8Array(await readFile(file)),
      [...own, ...records],
      notes.keep,
    );
    if (inPlace) backup = await rewriteLedger(file, undefined, "重新生成前", bytes);
    else await writeAtomically(target.path, bytes, force);
  } catch (e) {
    io.err(writeError(out ?? file, e, lang));
    return 2;
  }
  const now = [...new Set(deriveAssignments(model.tasks, model.registry).map((a) => a.unit))];
  const changes = unitChanges(assignedUnits(ledger.assignments), now);
  const written = out ?? file;
  const lines: string[] = [
    isZh
      ? zh`已按任务台账和单位名录重新生成 ${written}:${plan.sheets.length} 个工作表,${model.tasks.length} 项任务;任务台账、单位名录中填写的内容原样保留,进展记录和量化指标实际值随任务保留。`
      : `Regenerated ${written} from its 任务台账 and 单位名录: ${plan.sheets.length} sheets, ${model.tasks.length} tasks; everything typed there is kept, and the progress history and targets' actuals with their tasks.`,
  ];
  if (ledger.assignments) {
    if (changes.added.length > 0)
      lines.push(
        isZh
          ? zh`  新增单位(新建了分单位表):${changes.added.join("、")}`
          : `  Units added (new unit sheets): ${changes.added.join(", ")}`,
      );
    if (changes.removed.length > 0)
      lines.push(
        isZh
          ? zh`  移除单位(不再有任务,分单位表已删除):${changes.removed.join("、")}`
          : `  Units removed (no tasks any more, their sheets are gone): ${changes.removed.join(", ")}`,
      );
  }
  // A unit 单位名录 does not list still gets its sheet (its tasks are real work); the clerk is told where it is written.
  for (const u of unregisteredUnits(ledger.tasks, model.registry, now))
    lines.push(`  ${message("regenerated-unregistered", unregisteredParams(u), lang)}`);
  // What could not be written as typed (text in a date column, a formula whose cells move), each by its cell.
  for (const n of plan.notes ?? []) lines.push(`  ${message(n.code, n.params, lang)}`);
  for (const n of notes.lost) lines.push(`  ${noteLostLine(n, isZh)}`);
  if (own.length > 0) lines.push(`  ${message("regenerated-own-sheets", { sheets: own }, lang)}`);
  if (records.length > 0) lines.push(`  ${message("kept-round-records", { sheets: records }, lang)}`);
  const left = cellsNotCarried(ledger.outside ?? [], plan);
  if (left.length > 0) lines.push(`  ${message("regenerated-cells-left", cellsLeftParams(left), lang)}`);
  for (const c of long) lines.push(longCellLine(c, lang));
  if (backup) lines.push(isZh ? zh`原文件保存为 ${backup}。` : `The previous file is kept as ${backup}.`);
  io.out(lines.join("\n"));
  return 0;
}
