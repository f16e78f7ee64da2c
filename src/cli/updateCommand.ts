/**
 * `taizhang update <ledger.xlsx> <revised document> [-o out.xlsx] [--yes]`: 更新现有台账 — the revised tasks
 * matched to the ledger's rows by content, everything typed kept with its task, dropped tasks moved to 已撤销,
 * 任务分工 and the unit sheets regenerated. The report comes first; doubtful matches are applied only with
 * --yes (without it nothing is written). In place unless -o is given, after keeping the previous file beside
 * it; the file is written to a temporary name and renamed over the target, so it is never half written.
 */

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { message, type Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import type { ParsedDocument } from "../core/types";
import { cellsLeftParams } from "../core/ledger/regenerate";
import {
  carriedContext,
  cellsNotCarried,
  ownSheetsOf,
  roundRecordsOf,
  typedProgress,
  withTypedTargets,
} from "../core/workbook/carryLedger";
import { updateLedger } from "../core/year/updateLedger";
import { updatedPlan } from "../core/workbook/updatePlan";
import { revokedWhy } from "../core/year/revokedSheet";
import { noteLostLine, notesKeeper } from "../core/workbook/keptNotes";
import { clipLongCells } from "../core/plan/longCells";
import { changesNothing, doubtfulOf, updateReportLines } from "../core/year/updateText";
import { writeWorkbookWith } from "../xlsx/carrySheets";
import type { Io } from "./io";
import { readBreakdown, readLedgerInput } from "./readInput";
import { fileError, longCellLine, writeError } from "./report";
import { toolVersion } from "./version";
import { rewriteLedger } from "./besideName";

export interface UpdateArgs {
  readonly file: string;
  readonly revised: string;
  readonly out: string | undefined;
  /** Apply the doubtful matches too. */
  readonly yes: boolean;
  /** The day of the update (ISO): 撤销日期 on 已撤销. */
  readonly today: string;
}

/** Runs the command: 0 written (or nothing to change), 1 doubtful matches not confirmed, 2 on bad input. */
export async function updateCommand(args: UpdateArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const input = await readLedgerInput(
    args.file,
    lang,
    io,
    isZh
      ? zh`${args.file}:没有任务台账(Tasks 表),无法更新。`
      : `${args.file}: no Tasks table; nothing to update.`,
  );
  if (!input) return 2;
  const { ledger, model: read } = input;
  const model = withTypedTargets(read, ledger);
  let revised: ParsedDocument;
  try {
    revised = await readBreakdown(args.revised);
  } catch (e) {
    io.err(fileError(args.revised, e, lang));
    return 2;
  }
  if (revised.tasks.length === 0) {
    const reason = revised.issues.find((i) => i.severity === "error");
    const why = reason
      ? message(reason.code, reason.params, lang)
      : isZh
        ? "未找到任务。"
        : "No tasks found.";
    io.err(
      isZh ? zh`${args.revised}:${why}台账未作修改。` : `${args.revised}: ${why} The ledger is unchanged.`,
    );
    return 2;
  }
  const result = updateLedger(model, typedProgress(ledger), revised, {
    tasks: ledger.revoked ?? null,
    progress: ledger.revokedProgress ?? null,
  });
  const { removed } = result.report;
  // Nothing to write when every task stands as it did (the same document again): the file stays as it is.
  const unchanged = changesNothing(model, result);
  if (unchanged) {
    io.out(
      isZh
        ? zh`修订后的文件与台账的 ${model.tasks.length} 项任务一致,台账未作修改。`
        : `The revised document matches the ledger's ${model.tasks.length} tasks; the ledger is unchanged.`,
    );
    return 0;
  }
  const lines = updateReportLines(model, result, lang);
  const doubtful = doubtfulOf(result);
  if (doubtful.length > 0 && !args.yes) {
    io.out(lines.join("\n"));
    io.err(
      isZh
        ? zh`有 ${doubtful.length} 处匹配不确定,台账未作修改。请逐一核对上面列出的匹配:都是同一项任务时,加 --yes 重新运行;某处不是同一项任务时,先把修订文件或台账中该任务的文字改得一致(或按撤销、新增处理后手工移回内容),再运行。`
        : `${doubtful.length} doubtful matches; the ledger is unchanged. Check each match listed above: when all are the same task, run again with --yes; when one is not, make that task's text agree in the revised document or the ledger first (or move its values by hand afterwards), then run again.`,
    );
    return 1;
  }
  // Excel holds 32,767 characters a cell: longer text is cut, and each cut cell is reported below.
  const { plan, long } = clipLongCells(
    updatedPlan(
      { ...result, model: { ...result.model, sourceFile: basename(args.revised) } },
      carriedContext(ledger, {
        today: args.today,
        why: revokedWhy(revised.document, basename(args.revised)),
        version: toolVersion(),
        pivots: false,
      }),
    ),
  );
  const own = ownSheetsOf(ledger, plan);
  // 报送情况 and 通报 are records of a collect and a period the tool wrote: kept as they stand, named as records
  // (with the 编号 of their time), never as the clerk's own sheets.
  const records = roundRecordsOf(ledger, plan);
  const target = args.out ?? args.file;
  let backup: string | null = null;
  // Comments (批注) on the Tasks table follow their task's row; those that cannot are named below.
  const notes = notesKeeper(plan);
  try {
    const bytes = await writeWorkbookWith(
      plan,
      new Uint8Array(await readFile(args.file)),
      [...own, ...records],
      notes.keep,
    );
    backup = await rewriteLedger(args.file, args.out, "更新前", bytes);
  } catch (e) {
    io.err(writeError(target, e, lang));
    return 2;
  }
  lines.push(
    isZh
      ? zh`已写入 ${target}:任务分工、分领导表和分单位表按更新后的任务重新生成;原有的填写内容、进展记录和量化指标实际值随任务保留` +
          (removed.length > 0 ? zh`;撤销的 ${removed.length} 项任务移到“已撤销”` : "") +
          "。"
      : `Wrote ${target}: 任务分工 and the leader and unit sheets regenerated from the updated tasks; typed values, progress history and targets' actuals kept with their tasks` +
          (removed.length > 0 ? `; the ${removed.length} removed tasks moved to 已撤销` : "") +
          ".",
  );
  // What could not be written as typed (text in a date column, a formula whose cells move), each by its cell.
  for (const n of plan.notes ?? []) lines.push(message(n.code, n.params, lang));
  for (const n of notes.lost) lines.push(noteLostLine(n, isZh));
  if (own.length > 0)
    lines.push(
      isZh
        ? zh`自建的工作表 ${own.join("、")} 已原样带入。`
        : `Your own sheets ${own.join(", ")} are carried over as they were.`,
    );
  if (records.length > 0) {
    const renumbered = result.report.changes.filter((c) => c.renumbered).length;
    lines.push(message("kept-round-records", { sheets: records, renumbered }, lang));
  }
  const left = cellsNotCarried(ledger.outside ?? [], plan);
  if (left.length > 0) lines.push(message("regenerated-cells-left", cellsLeftParams(left), lang));
  for (const c of long) lines.push(longCellLine(c, lang));
  if (backup) lines.push(isZh ? zh`原文件保存为 ${backup}。` : `The previous file is kept as ${backup}.`);
  lines.push(
    isZh ? zh`核对台账:npx taizhang validate ${target}` : `Check the ledger: npx taizhang validate ${target}`,
  );
  io.out(lines.join("\n"));
  return 0;
}
