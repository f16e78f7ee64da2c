/** `taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <list>] [--force]`. */

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { documentYear } from "../core/ledger/documentYear";
import { message, type Lang } from "../core/messages";
import { planLazily } from "../core/workbook/buildPlan";
import { clipSheet, type LongCell } from "../core/plan/longCells";
import { DEFAULT_SETTINGS, settingsWithStatuses } from "../core/plan/settings";
import type { LedgerSettings, SheetKind, SheetPlan } from "../core/plan/types";
import { zh } from "../core/text/cnPunct";
import type { ParsedDocument } from "../core/types";
import { acceptSuggestions, indexRegistry, resolveName, suggestRegistry } from "../core/units/registry";
import { registryFromJson } from "../core/units/registryIo";
import type { AliasSuggestion, Registry } from "../core/units/types";
import { writeWorkbookFile } from "../xlsx/streamWorkbook";
import type { Io } from "./io";
import { readBreakdown } from "./readInput";
import {
  counted,
  fileError,
  findingLines,
  longCellLine,
  noTasksText,
  refusalError,
  writeError,
} from "./report";
import { acceptedBy, pendingReport, suggestionLines } from "./aliases";
import { collectivesWithMembers, membersNote, yearLine } from "./buildNotes";
import { cycleOption, startsDoneWarning } from "./buildOptions";
import { toolVersion } from "./version";
import { checkOutput, writeAtomically } from "./writeOutput";

export interface BuildArgs {
  readonly file: string;
  readonly out: string;
  readonly units?: string;
  readonly status?: string;
  /** `all`, or the suggested aliases to merge by name; undecided suggestions are not merged. */
  readonly acceptAliases?: string;
  /** 报送周期: 月/month (default) or 季度/quarter. */
  readonly period?: string;
  /** Light words and thresholds: 蓝,黄,红 or 绿,黄,红,10,30. */
  readonly lights?: string;
  /** Optional 任务台账 columns to switch on: 责任人,联系电话,工作措施,节点目标. */
  readonly columns?: string;
  /** 时限年度 (2021), when the document names no year or the wrong one. */
  readonly year?: string;
  readonly force: boolean;
}

/** Runs the command; returns the exit code (0 written, 2 nothing written). */
export async function buildCommand(args: BuildArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  const target = checkOutput(args.out, args.force);
  if ("refusal" in target) {
    io.err(refusalError(args.out, target.refusal, lang));
    return 2;
  }
  let parsed: ParsedDocument;
  try {
    parsed = await readBreakdown(args.file);
  } catch (e) {
    io.err(fileError(args.file, e, lang));
    return 2;
  }
  if (parsed.tasks.length === 0) {
    io.err(noTasksText(parsed, lang));
    return 2;
  }

  let registry: Registry;
  let applied: AliasSuggestion[] = [];
  let pending: AliasSuggestion[] = [];
  const notes: string[] = [];
  if (args.units) {
    let text: string;
    try {
      text = await readFile(args.units, "utf8");
    } catch (e) {
      io.err(fileError(args.units, e, lang));
      return 2;
    }
    const read = registryFromJson(text);
    if (!read.registry) {
      // Not JSON, or JSON without a units list: one line naming the file, not the JSON parser's words.
      const why = message("file-unreadable", { reason: "not-units" }, lang);
      io.err(isZh ? zh`${args.units}:` + why : `${args.units}: ${why}`);
      return 2;
    }
    registry = read.registry;
    for (const p of read.problems) notes.push(`${args.units} ${p.where}: ${p.message}`);
    // Units of the document the registry does not know are written as they are; validate reports them.
    const index = indexRegistry(registry);
    for (const u of new Set(parsed.tasks.flatMap((t) => [...t.leads, ...t.coUnits]))) {
      const resolution = resolveName(index, u);
      if (resolution.status !== "unknown") continue;
      const near = resolution.suggestions;
      notes.push(
        isZh
          ? zh`“${u}”不在单位名录中${near.length ? zh`(是否为:${near.join("、")}?)` : ""}`
          : `"${u}" is not in the unit registry${near.length ? ` (did you mean: ${near.join(", ")}?)` : ""}`,
      );
    }
  } else {
    // The pane's rule: a suggestion is merged only when accepted; the undecided ones are listed below.
    const suggested = suggestRegistry(parsed);
    const chosen = acceptedBy(suggested.suggestions, args.acceptAliases);
    if (chosen.unknown.length > 0) {
      io.err(
        isZh
          ? zh`--accept-aliases 中的 ${chosen.unknown.join("、")} 不是建议的别名;建议的别名有:${suggested.suggestions.map((x) => x.alias).join("、") || "(无)"}。`
          : `--accept-aliases: ${chosen.unknown.join(", ")} ${chosen.unknown.length === 1 ? "is" : "are"} not a suggested alias; the suggested ones are: ${suggested.suggestions.map((x) => x.alias).join(", ") || "(none)"}.`,
      );
      return 2;
    }
    applied = chosen.accepted;
    pending = suggested.suggestions.filter((x) => !applied.includes(x));
    registry = acceptSuggestions(suggested, applied);
  }

  // Statuses separated by , or 、, at either width.
  const statusSettings = args.status
    ? settingsWithStatuses(args.status.split(/[,\uff0c、]/))
    : DEFAULT_SETTINGS;
  const cycle = cycleOption(args, lang);
  if ("error" in cycle) {
    io.err(cycle.error);
    return 2;
  }
  const yearArg = args.year?.trim();
  if (yearArg !== undefined && !/^20\d{2}$/.test(yearArg)) {
    io.err(
      isZh
        ? zh`--year 应为四位年份,如 2021,而不是“${yearArg}”。`
        : `--year must be a year such as 2021, not "${yearArg}".`,
    );
    return 2;
  }
  const settings: LedgerSettings = { ...statusSettings, cycle: cycle.cycle };
  const startsDone = startsDoneWarning(settings, lang);
  if (startsDone) io.err(startsDone);
  const named = documentYear(parsed);
  const model = ledgerFromParsed(parsed, registry, settings, {
    sourceFile: basename(args.file),
    ...(yearArg ? { year: Number(yearArg) } : {}),
  });
  // Each sheet is planned as the writer reaches it and let go once written, so a large ledger is never held
  // whole. Excel holds 32,767 characters a cell: longer text is cut, and each cut cell is reported below.
  const plan = planLazily(model, { version: toolVersion(), applied, pivots: false });
  const long: LongCell[] = [];
  const kinds: SheetKind[] = [];
  const sheets = function* (): Generator<SheetPlan> {
    for (const sheet of plan.sheets) {
      kinds.push(sheet.kind);
      yield clipSheet(sheet, long);
    }
  };
  try {
    // Streamed to a temporary file beside the target, renamed over it only when complete.
    await writeAtomically(
      target.path,
      (tmp) => writeWorkbookFile({ names: plan.names, sheets: sheets() }, tmp),
      args.force,
    );
  } catch (e) {
    io.err(writeError(args.out, e, lang));
    return 2;
  }

  const count = (k: string): number => kinds.filter((kind) => kind === k).length;
  const lines: string[] = [];
  if (isZh) {
    lines.push(
      zh`已写入 ${args.out}:${kinds.length} 个工作表(${count("leader")} 个分领导表,${count("unit")} 个分单位表),${model.tasks.length} 项任务,${registry.units.length} 个单位。`,
    );
    if (applied.length > 0) {
      lines.push(
        zh`按 --accept-aliases 合并了 ${applied.length} 个别名(任务台账中写为规范名称,原文写法记在单位名录的别名列):`,
      );
      lines.push(...suggestionLines(applied, lang));
    }
  } else {
    lines.push(
      `Wrote ${args.out}: ${counted(kinds.length, "sheet")} (${count("leader")} per leader, ${count("unit")} per unit), ${counted(model.tasks.length, "task")}, ${counted(registry.units.length, "unit")}.`,
    );
    if (applied.length > 0) {
      lines.push(
        `Merged ${counted(applied.length, "alias", "aliases")} with --accept-aliases (the ledger writes the canonical name; 单位名录 keeps the document's wording as an alias):`,
      );
      lines.push(...suggestionLines(applied, lang));
    }
  }
  lines.push(yearLine(model.settings.year, named, yearArg !== undefined, lang));
  lines.push(...pendingReport(pending, lang));
  for (const n of notes) lines.push(`  ${n}`);
  for (const c of long) lines.push(longCellLine(c, lang));
  // Members of 各镇(街道) and the like come from the document alone; the clerk completes them.
  if (!args.units) {
    const groups = collectivesWithMembers(registry);
    if (groups.length > 0) lines.push(membersNote(groups, registry, lang));
  }
  if (parsed.issues.length === 0) lines.push(isZh ? "文件中没有发现问题。" : "No findings in the document.");
  else
    lines.push(
      isZh
        ? zh`文件中的问题(${parsed.issues.length}):`
        : `Findings in the document (${parsed.issues.length}):`,
    );
  lines.push(...findingLines(parsed.issues, lang));
  lines.push(
    isZh
      ? zh`核对台账:npx taizhang validate ${args.out}`
      : `Check the ledger: npx taizhang validate ${args.out}`,
  );
  io.out(lines.join("\n"));
  return 0;
}
