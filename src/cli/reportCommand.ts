/**
 * `taizhang report <ledger.xlsx> -o <通报.docx> [--period 2026-03] [--today YYYY-MM-DD] [--due YYYY-MM-DD]`:
 * drafts the 通报 as .docx and writes the same tables as the ledger's 通报 sheet (in place, keeping the previous
 * file beside it).
 */

import { readFile } from "node:fs/promises";
import type { Lang } from "../core/messages";
import { bulletinDoc } from "../core/rounds/bulletinDoc";
import { bulletinFigures } from "../core/rounds/bulletinFigures";
import { periodOfDay } from "../core/rounds/dispatch";
import { targetsFromTable } from "../core/rounds/targetsTable";
import { readDate } from "../core/plan/settings";
import { zh } from "../core/text/cnPunct";
import { cycleOf } from "../core/cycle/periods";
import { progressFromTable } from "../core/year/progress";
import { writeBulletin } from "../docx/writeBulletin";
import { loadForRewrite } from "../xlsx/rewrite";
import { BULLETIN_SHEET, putBulletinSheet } from "../xlsx/rounds/writeBulletinSheet";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { writeError } from "./report";
import { rewriteLedger } from "./besideName";
import { writeAtomically } from "./writeOutput";
import { outsideYear, wrongPeriodKind, periodOption } from "./periodOption";

export interface ReportArgs {
  readonly file: string;
  readonly out: string;
  readonly period: string | undefined;
  readonly due: string | undefined;
  readonly today: string;
}

/** Runs the command; 0 written, 2 on bad input. */
export async function reportCommand(args: ReportArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const option = periodOption(args.period, lang, io);
  if (!option) return 2;
  const { asked } = option;
  if (args.due !== undefined && readDate(args.due) !== args.due) {
    io.err(
      isZh
        ? zh`--due 应为实际存在的日期,写作 YYYY-MM-DD,不是“${args.due}”。`
        : `--due must be a real date written YYYY-MM-DD, not "${args.due}".`,
    );
    return 2;
  }
  const input = await readLedgerInput(args.file, lang, io);
  if (!input) return 2;
  const { ledger, model } = input;
  const period = asked ?? periodOfDay(cycleOf(model.settings).period, args.today);
  // The period of the day, when none is given, is checked as a given one is.
  if (outsideYear(period, ledger.about.year, args.file, lang, io)) return 2;
  if (wrongPeriodKind(period, cycleOf(model.settings).period, args.file, lang, io)) return 2;
  const figures = bulletinFigures(
    model,
    progressFromTable(ledger.progress ?? null),
    targetsFromTable(ledger.targets ?? null),
    period,
    args.today,
    args.due,
  );
  const doc = bulletinDoc(figures, model.document?.title ?? "", model.document?.issuer ?? "");
  let backup: string | null = null;
  // The file the failure is about: the bulletin first, then the ledger its 通报 sheet is written into.
  let writing = args.out;
  try {
    await writeAtomically(args.out, await writeBulletin(doc), true);
    writing = args.file;
    const { wb, save } = await loadForRewrite(new Uint8Array(await readFile(args.file)));
    putBulletinSheet(wb, doc);
    const bytes = await save();
    backup = await rewriteLedger(args.file, undefined, `通报前-${period}`, bytes);
  } catch (e) {
    io.err(writeError(writing, e, lang));
    return 2;
  }
  const t = figures.total;
  io.out(
    [
      isZh
        ? zh`已生成通报 ${args.out}:${t.tasks} 项任务,已完成 ${t.done} 项,正常推进 ${t.onSchedule} 项,滞后 ${t.behind} 项,逾期 ${t.overdue} 项,完成率 ${t.rate}%;未报送 ${figures.missing.length} 个单位。`
        : `Wrote the bulletin ${args.out}: ${t.tasks} tasks, ${t.done} done, ${t.onSchedule} on schedule, ${t.behind} behind, ${t.overdue} overdue, ${t.rate}% done; ${figures.missing.length} units did not report.`,
      // A past period is reported as it was: what its statuses came from, and the day it is judged on.
      ...(figures.past
        ? [
            isZh
              ? zh`${period} 已过去:完成状态按进展记录中该期的记录统计,逾期和亮灯按 ${figures.past.asOf} 判断` +
                (figures.past.statusesNow.length > 0
                  ? zh`;${figures.past.statusesNow.length} 项任务没有该期记录,按当前完成状态计(通报中已注明)。`
                  : "。")
              : `${period} is past: statuses as 进展记录's rows of the period give them, judged on ${figures.past.asOf}` +
                (figures.past.statusesNow.length > 0
                  ? `; ${figures.past.statusesNow.length} tasks have no record of it and are counted with today's status (the 通报 says so).`
                  : "."),
          ]
        : []),
      isZh
        ? zh`同样的表格已写入 ${args.file} 的“${BULLETIN_SHEET}”表;原文件保存为 ${backup}。`
        : `The same tables are in ${args.file}'s "${BULLETIN_SHEET}" sheet; the previous file is kept as ${backup}.`,
    ].join("\n"),
  );
  return 0;
}
