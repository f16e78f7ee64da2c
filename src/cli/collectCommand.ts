/**
 * `taizhang collect <ledger.xlsx> <files or folders…> [-o out.xlsx] [--period 2026-03] [--received 2026-04-03]`: 汇总各单位报送 — the
 * returned forms merged into 进展记录, the lead units' words set on 任务台账, the report printed and written as
 * 报送情况. In place unless -o is given, after keeping the previous file beside it.
 */

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { Lang } from "../core/messages";
import { collectReturns, periodOfReturns } from "../core/rounds/collect";
import type { ReturnRead } from "../core/rounds/collectTypes";
import { collectReportLines, ROUND_SHEET } from "../core/rounds/roundReport";
import { zh } from "../core/text/cnPunct";
import { progressFromTable } from "../core/year/progress";
import { readForm } from "../xlsx/rounds/readForm";
import { writeCollect } from "../xlsx/rounds/writeCollect";
import { BelowTableError } from "../xlsx/writeProgress";
import { noteLostLine, type LostNote } from "../core/workbook/keptNotes";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { fileError, writeError } from "./report";
import { rewriteLedger } from "./besideName";
import { outsideYear, periodOption } from "./periodOption";

export interface CollectArgs {
  readonly file: string;
  readonly inputs: readonly string[];
  readonly out: string | undefined;
  readonly period: string | undefined;
  /** The 报送日期 of every return (--received), or null: each return's own (saved inside it, else the file's). */
  readonly received: string | null;
}

/** Lock and temporary files office programs leave beside open files: not returns, not worth a line. */
const isLockFile = (name: string): boolean => name.startsWith("~$") || name.startsWith(".~lock.");

/** The files to read: files as given, and every file directly in a folder given (but the ledger itself). */
async function returnFiles(inputs: readonly string[], ledger: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    for (const name of (await readdir(input)).sort()) {
      const path = join(input, name);
      if (isLockFile(name) || resolve(path) === resolve(ledger) || !(await stat(path)).isFile()) continue;
      files.push(path);
    }
  }
  return files;
}

/** Runs the command; 0 all landed, 1 collected with cells not used or files that are no returns, 2 on bad input. */
export async function collectCommand(args: CollectArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const option = periodOption(args.period, lang, io);
  if (!option) return 2;
  const { asked } = option;
  const input = await readLedgerInput(args.file, lang, io);
  if (!input) return 2;
  const { ledger, model } = input;
  if (asked && outsideYear(asked, ledger.about.year, args.file, lang, io)) return 2;
  const reads: ReturnRead[] = [];
  try {
    for (const path of await returnFiles(args.inputs, args.file)) {
      const info = await stat(path);
      reads.push(
        await readForm(
          basename(path),
          new Uint8Array(await readFile(path)),
          info.mtime.toISOString(),
          args.received,
        ),
      );
    }
  } catch (e) {
    io.err(fileError(String((e as { path?: string }).path ?? args.inputs.join(" ")), e, lang));
    return 2;
  }
  const period = periodOfReturns(reads, asked);
  if (!period) {
    io.err(
      isZh
        ? "没有可汇总的报送表;如需只生成报送情况(全部催办),请用 --period 指明期次。"
        : "No reporting forms to collect; give --period to write the report (everyone to chase) anyway.",
    );
    return 2;
  }
  // The period the returns name, when none is given, is checked as a given one is.
  if (!asked && outsideYear(period, ledger.about.year, args.file, lang, io)) return 2;
  const result = collectReturns(model, progressFromTable(ledger.progress ?? null), reads, period);
  const target = args.out ?? args.file;
  let backup: string | null = null;
  const lostNotes: LostNote[] = [];
  try {
    const bytes = await writeCollect(
      new Uint8Array(await readFile(args.file)),
      model,
      ledger.tasks,
      ledger.progress ?? null,
      result,
      lang,
      lostNotes,
    );
    backup = await rewriteLedger(args.file, args.out, `汇总前-${period}`, bytes);
  } catch (e) {
    if (e instanceof BelowTableError) {
      io.err(
        isZh
          ? zh`进展记录表下方的单元格 ${e.cell} 有内容,表格无法向下扩展;请把这些内容移开后再汇总。未作任何修改。`
          : `The cell ${e.cell} below the Progress table holds something, so the table cannot grow; move it and collect again. Nothing was changed.`,
      );
      return 2;
    }
    io.err(writeError(target, e, lang));
    return 2;
  }
  const lines = collectReportLines(result, lang);
  lines.push(
    isZh
      ? zh`已写入 ${target} 的进展记录和“${ROUND_SHEET}”表。`
      : `Written to ${target}'s 进展记录 and the "${ROUND_SHEET}" sheet.`,
  );
  // Comments on 进展记录 follow their rows; those on a unit's replaced rows are named.
  for (const n of lostNotes) lines.push(noteLostLine(n, isZh));
  if (backup) lines.push(isZh ? zh`原文件保存为 ${backup}。` : `The previous file is kept as ${backup}.`);
  io.out(lines.join("\n"));
  return result.refused > 0 || result.findings.some((f) => f.code === "not-return") ? 1 : 0;
}
