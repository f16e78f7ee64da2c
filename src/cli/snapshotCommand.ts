/**
 * `taizhang snapshot <ledger.xlsx> --period 2026-03 [-o out.xlsx] [--replace]`: 存档本期 — the current state of
 * every task copied into 进展记录's Progress table for that period. In place unless -o is given, after keeping
 * the previous file beside it. A period already archived is replaced only with --replace, after saying so.
 */

import { readFile } from "node:fs/promises";
import type { Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { readPeriod } from "../core/cycle/periods";
import { outsideYear, wrongPeriodKind } from "./periodOption";
import { cycleOf } from "../core/cycle/periods";
import { archivedRows, progressFromTable, snapshotRows, withSnapshot } from "../core/year/progress";
import { BelowTableError, writeProgress } from "../xlsx/writeProgress";
import { noteLostLine, type LostNote } from "../core/workbook/keptNotes";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { writeError } from "./report";
import { rewriteLedger } from "./besideName";

export interface SnapshotArgs {
  readonly file: string;
  readonly period: string | undefined;
  readonly out: string | undefined;
  readonly replace: boolean;
  /** The 报送日期 of the archived rows (ISO). */
  readonly today: string;
}

/** Runs the command; 0 archived, 1 nothing done because the period is archived already, 2 on bad input. */
export async function snapshotCommand(args: SnapshotArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const period = args.period ? readPeriod(args.period) : null;
  if (!period) {
    io.err(
      isZh
        ? zh`snapshot 需要 --period,写作 2026-03(月)或 2026Q1(季度)` +
            (args.period ? zh`,不是“${args.period}”。` : "。")
        : `snapshot needs --period, written 2026-03 (a month) or 2026Q1 (a quarter)${args.period ? `, not "${args.period}"` : ""}.`,
    );
    return 2;
  }
  const input = await readLedgerInput(
    args.file,
    lang,
    io,
    isZh
      ? zh`${args.file}:没有任务台账(Tasks 表),无法存档。`
      : `${args.file}: no Tasks table; nothing to archive.`,
  );
  if (!input) return 2;
  const { ledger, model } = input;
  if (outsideYear(period, ledger.about.year, args.file, lang, io)) return 2;
  if (wrongPeriodKind(period, cycleOf(model.settings).period, args.file, lang, io)) return 2;
  const existing = progressFromTable(ledger.progress ?? null);
  const replaced = archivedRows(existing, period);
  if (replaced > 0 && !args.replace) {
    io.err(
      isZh
        ? zh`期次 ${period} 已存档(${replaced} 行)。要用任务台账的当前状态替换这些存档行,请加 --replace;其他记录不受影响。`
        : `Period ${period} is archived already (${replaced} rows). Add --replace to replace those rows with the ledger's current state; other rows stay.`,
    );
    return 1;
  }
  const fresh = snapshotRows(model.tasks, period, args.today);
  const rows = withSnapshot(existing, fresh, period);
  const target = args.out ?? args.file;
  let backup: string | null = null;
  const lostNotes: LostNote[] = [];
  try {
    const bytes = await writeProgress(
      new Uint8Array(await readFile(args.file)),
      model,
      ledger.progress ?? null,
      rows,
      lostNotes,
    );
    backup = await rewriteLedger(args.file, args.out, `存档前-${period}`, bytes);
  } catch (e) {
    if (e instanceof BelowTableError) {
      io.err(
        isZh
          ? zh`进展记录表下方的单元格 ${e.cell} 有内容,表格无法向下扩展;请把这些内容移开后再存档。未作任何修改。`
          : `The cell ${e.cell} below the Progress table holds something, so the table cannot grow; move it and archive again. Nothing was changed.`,
      );
      return 2;
    }
    io.err(writeError(target, e, lang));
    return 2;
  }
  const lines = [
    isZh
      ? zh`已将 ${fresh.length} 项任务的当前状态存档为期次 ${period},写入 ${target} 的进展记录` +
        (replaced > 0 ? zh`(替换了该期次原有的 ${replaced} 行存档)` : "") +
        "。"
      : `Archived the current state of ${fresh.length} tasks as period ${period} in ${target}'s 进展记录` +
        (replaced > 0 ? ` (replacing the period's ${replaced} earlier archived rows)` : "") +
        ".",
  ];
  // Comments on 进展记录 follow their rows; those on the replaced period's rows are named.
  for (const n of lostNotes) lines.push(noteLostLine(n, isZh));
  if (backup) lines.push(isZh ? zh`原文件保存为 ${backup}。` : `The previous file is kept as ${backup}.`);
  io.out(lines.join("\n"));
  return 0;
}
