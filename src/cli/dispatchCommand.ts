/**
 * `taizhang dispatch <ledger.xlsx> -o <folder> [--period 2026-03] [--force]`: 分发各单位 — one reporting form
 * per unit with tasks, named by the unit and period.
 */

import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../core/messages";
import { dispatchForms, extraFillColumns, periodOfDay } from "../core/rounds/dispatch";
import { zh } from "../core/text/cnPunct";
import { cycleOf } from "../core/cycle/periods";
import { writeForm } from "../xlsx/rounds/writeForm";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { writeError } from "./report";
import { outsideYear, wrongPeriodKind, periodOption } from "./periodOption";

export interface DispatchArgs {
  readonly file: string;
  readonly out: string;
  readonly period: string | undefined;
  readonly force: boolean;
  readonly today: string;
}

/** Runs the command; 0 written, 1 nothing written because forms are there already, 2 on bad input. */
export async function dispatchCommand(args: DispatchArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const option = periodOption(args.period, lang, io);
  if (!option) return 2;
  const { asked } = option;
  const input = await readLedgerInput(args.file, lang, io);
  if (!input) return 2;
  const { ledger, model } = input;
  const period = asked ?? periodOfDay(cycleOf(model.settings).period, args.today);
  // The period of the day, when none is given, is checked as a given one is.
  if (outsideYear(period, ledger.about.year, args.file, lang, io)) return 2;
  if (wrongPeriodKind(period, cycleOf(model.settings).period, args.file, lang, io)) return 2;
  const forms = dispatchForms(model, period, extraFillColumns(ledger.progress?.header));
  const taken = forms.filter((f) => existsSync(join(args.out, f.fileName)));
  if (taken.length > 0 && !args.force) {
    io.err(
      isZh
        ? zh`${args.out} 中已有 ${taken.length} 个同名报送表(如 ${taken[0]?.fileName}),未写入;要覆盖请加 --force。`
        : `${args.out} already holds ${taken.length} of these forms (such as ${taken[0]?.fileName}); nothing written. Add --force to overwrite.`,
    );
    return 1;
  }
  try {
    await mkdir(args.out, { recursive: true });
    for (const form of forms) await writeFile(join(args.out, form.fileName), await writeForm(form));
  } catch (e) {
    io.err(writeError(args.out, e, lang));
    return 2;
  }
  const lines = [
    isZh
      ? zh`已为 ${forms.length} 个单位生成期次 ${period} 的报送表,写入 ${args.out}:`
      : `Wrote the period ${period} forms of ${forms.length} units into ${args.out}:`,
    ...forms.map((f) => {
      const lead = f.rows.filter((r) => r.role === "牵头").length;
      const co = f.rows.length - lead;
      return isZh
        ? zh`  ${f.meta.unit}:牵头 ${lead} 项,配合 ${co} 项 → ${f.fileName}`
        : `  ${f.meta.unit}: leads ${lead}, supports ${co} → ${f.fileName}`;
    }),
  ];
  io.out(lines.join("\n"));
  return 0;
}
