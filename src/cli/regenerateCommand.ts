/**
 * `taizhang regenerate <ledger.xlsx> [-o <new.xlsx>] [--force]`: the ledger's sheets made again from its own
 * 任务台账 and 单位名录 (every typed column kept), for offices without the add-in. In place by default, written
 * atomically; a column or sheet a person added, which a fresh workbook would not hold, stops it in place.
 */

import { resolve } from "node:path";
import { assignedUnits, notCarried, unitChanges } from "../core/ledger/regenerate";
import { taskColumnsAfterDocument } from "../core/year/ledgerLights";
import { message, whereText, type Lang } from "../core/messages";
import { deriveAssignments } from "../core/plan/assignments";
import { buildPlan } from "../core/plan/buildPlan";
import { clipLongCells } from "../core/plan/longCells";
import { zh } from "../core/text/cnPunct";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import type { Io } from "./io";
import { readLedgerInput } from "./readInput";
import { refusalError, severityLabel, writeError } from "./report";
import { toolVersion } from "./version";
import { checkOutput, writeAtomically } from "./writeOutput";

/** Runs the command; 0 written, 2 nothing written. */
export async function regenerateCommand(
  file: string,
  out: string | undefined,
  force: boolean,
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
  const missing = notCarried({ ...ledger, ownColumns: taskColumnsAfterDocument(ledger.settings) });
  const lost = [
    ...missing.columns.map((c) => (isZh ? zh`列“${c}”` : `column "${c}"`)),
    ...missing.sheets.map((s) => (isZh ? zh`工作表“${s}”` : `sheet "${s}"`)),
  ];
  if (inPlace && lost.length > 0) {
    io.err(
      isZh
        ? zh`未重新生成:台账中有手工添加的${lost.join("、")},重新生成的工作簿不会包含它们。请用 -o 写到新文件(原文件保持不变),再把它们复制过去。`
        : `Not regenerated: the ledger holds ${lost.join(", ")} added by hand, which a regenerated workbook would not hold. Write to a new file with -o (the original stays as it is) and copy them over.`,
    );
    return 2;
  }
  const { plan, long } = clipLongCells(buildPlan(model, { version: toolVersion() }));
  try {
    await writeAtomically(target.path, await writeWorkbook(plan), inPlace || force);
  } catch (e) {
    io.err(writeError(out ?? file, e, lang));
    return 2;
  }
  const now = [...new Set(deriveAssignments(model.tasks, model.registry).map((a) => a.unit))];
  const changes = unitChanges(assignedUnits(ledger.assignments), now);
  const written = out ?? file;
  const lines: string[] = [
    isZh
      ? zh`已按任务台账和单位名录重新生成 ${written}:${plan.sheets.length} 个工作表,${model.tasks.length} 项任务;任务台账、单位名录中填写的内容原样保留。`
      : `Regenerated ${written} from its 任务台账 and 单位名录: ${plan.sheets.length} sheets, ${model.tasks.length} tasks; everything typed there is kept.`,
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
  if (lost.length > 0)
    lines.push(
      isZh
        ? zh`  未带到新文件(仍在 ${file} 中):${lost.join("、")}`
        : `  Not carried to the new file (still in ${file}): ${lost.join(", ")}`,
    );
  for (const c of long)
    lines.push(
      `  ${severityLabel("warning", lang)}  ${whereText({ sheet: c.sheet, cell: c.cell }, lang)}  ${message("cell-too-long", { length: c.length }, lang)}`,
    );
  io.out(lines.join("\n"));
  return 0;
}
