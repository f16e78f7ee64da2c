/** `taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <list>] [--force]`. */

import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { documentYear, type DocumentYear } from "../core/ledger/documentYear";
import { message, type Lang } from "../core/messages";
import { planLazily } from "../core/workbook/buildPlan";
import { clipSheet, type LongCell } from "../core/plan/longCells";
import { DEFAULT_SETTINGS, doneFirstOf, settingsWithStatuses } from "../core/plan/settings";
import type { CycleSettings, LedgerSettings, SheetKind, SheetPlan } from "../core/plan/types";
import { DEFAULT_LIGHTS, readLightsOption } from "../core/cycle/lights";
import { OPTIONAL_COLUMNS, readColumnsOption } from "../core/cycle/optionalColumns";
import { zh } from "../core/text/cnPunct";
import type { ParsedDocument } from "../core/types";
import {
  acceptSuggestions,
  indexRegistry,
  membersOf,
  resolveName,
  suggestRegistry,
} from "../core/units/registry";
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

/**
 * A warning when the status list puts the done status first (`--status 完成,未完成`): tasks start at the
 * first status that is not done instead, and the clerk is told so (the same rule and words as the pane).
 */
export function startsDoneWarning(settings: LedgerSettings, lang: Lang): string | null {
  const problem = doneFirstOf(settings);
  if (!problem) return null;
  return (
    (lang === "zh-CN" ? "注意\uff1a--status " : "Note (--status): ") +
    message("status-done-first", problem, lang)
  );
}

const YEAR_FROM: Readonly<Record<DocumentYear["from"], readonly [string, string]>> = {
  title: ["标题", "the title"],
  deadlines: ["完成时限", "the tasks' deadlines (完成时限)"],
  date: ["发文日期", "the date"],
  text: ["任务中的年度", "the tasks' 年度 words"],
};

/**
 * Which year the ledger took (说明's 时限年度: the periods and the lights follow it) and from where; when the
 * document names none, that this year was taken and how to set another.
 * @example yearLine(2021, { year: 2021, from: "deadlines" }, false, "zh-CN") === "时限年度：2021 年（取自完成时限）。"
 */
export function yearLine(year: number, named: DocumentYear | null, given: boolean, lang: Lang): string {
  const isZh = lang === "zh-CN";
  if (given) {
    const differs = named && named.year !== year;
    return isZh
      ? zh`时限年度:${year} 年(按 --year${differs ? zh`;文件的${YEAR_FROM[named.from][0]}写的是 ${named.year} 年` : ""})。`
      : `Year (时限年度): ${year} (--year${differs ? `; the document's ${YEAR_FROM[named.from][1]} say ${named.year}` : ""}).`;
  }
  if (named)
    return isZh
      ? zh`时限年度:${year} 年(取自${YEAR_FROM[named.from][0]})。`
      : `Year (时限年度): ${year} (from ${YEAR_FROM[named.from][1]}).`;
  return isZh
    ? zh`注意:文件的标题、完成时限和发文日期都没有写明年份,时限年度取了今年(${year} 年)。如不是,请加 --year <年份> 重新生成,或改说明中的“时限年度”(期次和亮灯都按它)。`
    : `Note: the document's title, deadlines and date name no year, so the ledger's year (时限年度) is this year, ${year}. If that is wrong, build again with --year <year>, or correct 时限年度 on 说明 (the periods and the lights follow it).`;
}

/** The collectives of a registry that have members (各镇(街道) with the towns and streets of the document). */
function collectivesWithMembers(registry: Registry): string[] {
  return registry.units
    .filter((u) => u.kind === "组" && membersOf(registry, u.name).length > 0)
    .map((u) => u.name);
}

/** Where the members of the collectives came from, and that the clerk adds the others in 单位名录. */
function membersNote(groups: readonly string[], registry: Registry, lang: Lang): string {
  const members = new Set(groups.flatMap((g) => membersOf(registry, g)));
  return lang === "zh-CN"
    ? zh`单位组 ${groups.join("、")} 的成员是文件中出现的 ${members.size} 个镇、街道;文件没有列出的成员,请在单位名录的“所属组”列中添加。`
    : `The members of ${groups.join(", ")} are the ${counted(members.size, "town or street", "towns and streets")} the document names; add the others in 单位名录 (column 所属组).`;
}

/** The cycle `--period`, `--lights` and `--columns` set, or the line saying what is wrong with them. */
function cycleOption(args: BuildArgs, lang: Lang): { cycle: CycleSettings } | { error: string } {
  const isZh = lang === "zh-CN";
  const p = args.period?.trim();
  const period =
    !p || /^(月|month|monthly)$/i.test(p)
      ? "month"
      : /^(季|季度|quarter|quarterly)$/i.test(p)
        ? "quarter"
        : null;
  if (period === null)
    return {
      error: isZh
        ? zh`--period 应为“月”或“季度”,而不是“${p ?? ""}”。`
        : `--period must be month or quarter, not "${p ?? ""}".`,
    };
  const lights = args.lights ? readLightsOption(args.lights) : DEFAULT_LIGHTS;
  if (lights === null)
    return {
      error: isZh
        ? zh`--lights 应为三个用词,可跟黄灯、红灯的落后百分点,如 ` +
          "绿,黄,红,10,30" +
          zh`;而不是“${args.lights ?? ""}”。`
        : `--lights must be three words, optionally followed by the yellow and red thresholds, e.g. 绿,黄,红,10,30; not "${args.lights ?? ""}".`,
    };
  const columns = args.columns ? readColumnsOption(args.columns) : { columns: [], unknown: [] };
  if (columns.unknown.length > 0 || (args.columns !== undefined && columns.columns.length === 0))
    return {
      error: isZh
        ? zh`--columns 可选:${OPTIONAL_COLUMNS.join("、")};不认识“${columns.unknown.join("、") || args.columns || ""}”。`
        : `--columns takes ${OPTIONAL_COLUMNS.join(", ")}; not "${columns.unknown.join(", ") || args.columns || ""}".`,
    };
  return { cycle: { period, lights, ...(columns.columns.length > 0 ? { columns: columns.columns } : {}) } };
}
