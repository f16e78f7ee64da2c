/** `taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <list>] [--force]`. */

import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { message, whereText, type Lang } from "../core/messages";
import { buildPlan } from "../core/plan/buildPlan";
import { DEFAULT_SETTINGS, settingsWithStatuses } from "../core/plan/settings";
import type { CycleSettings, LedgerSettings } from "../core/plan/types";
import { DEFAULT_LIGHTS, readLightsOption } from "../core/year/lights";
import { OPTIONAL_COLUMNS, readColumnsOption } from "../core/year/optionalColumns";
import { zh } from "../core/text/cnPunct";
import type { ParsedDocument } from "../core/types";
import {
  acceptSuggestions,
  didYouMean,
  indexRegistry,
  membersOf,
  resolveName,
  suggestRegistry,
} from "../core/units/registry";
import { registryFromJson } from "../core/units/registryIo";
import type { AliasSuggestion, Registry } from "../core/units/types";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import type { Io } from "./io";
import { readBreakdown } from "./readInput";
import { counted, fileError, severityLabel, writeError } from "./report";
import { toolVersion } from "./version";

export interface BuildArgs {
  readonly file: string;
  readonly out: string;
  readonly units?: string;
  readonly status?: string;
  /** 报送周期: 月/month (default) or 季度/quarter. */
  readonly period?: string;
  /** Light words and thresholds: 蓝,黄,红 or 绿,黄,红,10,30. */
  readonly lights?: string;
  /** Optional 任务台账 columns to switch on: 责任人,联系电话,工作措施,节点目标. */
  readonly columns?: string;
  readonly force: boolean;
}

/** Runs the command; returns the exit code (0 written, 2 nothing written). */
export async function buildCommand(args: BuildArgs, lang: Lang, io: Io): Promise<number> {
  const isZh = lang === "zh-CN";
  if (existsSync(args.out) && !args.force) {
    io.err(
      isZh
        ? zh`${args.out} 已存在,未覆盖;要覆盖请加 --force。`
        : `${args.out} exists and was not overwritten; add --force to overwrite.`,
    );
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
    const reason = parsed.issues.find((i) => i.severity === "error");
    io.err(reason ? message(reason.code, reason.params, lang) : isZh ? "未找到任务。" : "No tasks found.");
    return 2;
  }

  let registry: Registry;
  let applied: AliasSuggestion[] = [];
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
    const unknown = [...new Set(parsed.tasks.flatMap((t) => [...t.leads, ...t.coUnits]))].filter(
      (u) => resolveName(index, u).status === "unknown",
    );
    for (const u of unknown) {
      const near = didYouMean(index, u);
      notes.push(
        isZh
          ? zh`“${u}”不在单位名录中${near.length ? zh`(是否为:${near.join("、")}?)` : ""}`
          : `"${u}" is not in the unit registry${near.length ? ` (did you mean: ${near.join(", ")}?)` : ""}`,
      );
    }
  } else {
    const suggested = suggestRegistry(parsed);
    applied = [...suggested.suggestions];
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
  const settings: LedgerSettings = { ...statusSettings, cycle: cycle.cycle };
  const startsDone = startsDoneWarning(settings, lang);
  if (startsDone) io.err(startsDone);
  const model = ledgerFromParsed(parsed, registry, settings, { sourceFile: basename(args.file) });
  const plan = buildPlan(model, { version: toolVersion(), applied });
  try {
    await writeFile(args.out, await writeWorkbook(plan));
  } catch (e) {
    io.err(writeError(args.out, e, lang));
    return 2;
  }

  const count = (k: string): number => plan.sheets.filter((s) => s.kind === k).length;
  const lines: string[] = [];
  if (isZh) {
    lines.push(
      zh`已写入 ${args.out}:${plan.sheets.length} 个工作表(${count("leader")} 个分领导表,${count("unit")} 个分单位表),${model.tasks.length} 项任务,${registry.units.length} 个单位。`,
    );
    if (applied.length > 0) {
      lines.push(zh`按建议合并了 ${applied.length} 个别名(已写入单位名录,可删除以撤销):`);
      for (const s of applied) lines.push(`  ${s.alias} → ${s.canonical}`);
      lines.push(
        zh`任务台账中的单位仍按文件原文书写;校验(npx taizhang validate)会逐一指出这些别名并给出修正,在 Excel 的台账助手中可一键修正。`,
      );
    }
  } else {
    lines.push(
      `Wrote ${args.out}: ${counted(plan.sheets.length, "sheet")} (${count("leader")} per leader, ${count("unit")} per unit), ${counted(model.tasks.length, "task")}, ${counted(registry.units.length, "unit")}.`,
    );
    if (applied.length > 0) {
      lines.push(
        `Merged ${counted(applied.length, "suggested alias", "suggested aliases")} (written to 单位名录; delete one there to undo):`,
      );
      for (const s of applied) lines.push(`  ${s.alias} → ${s.canonical}`);
      lines.push(
        "The task cells keep the document's wording; validate (npx taizhang validate) points at each alias with its fix, one click in the Excel add-in.",
      );
    }
  }
  for (const n of notes) lines.push(`  ${n}`);
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
  for (const i of parsed.issues) {
    const where = i.line === null ? "" : `${whereText({ line: i.line }, lang)}  `;
    lines.push(`  ${severityLabel(i.severity, lang)}  ${where}${message(i.code, i.params, lang)}`);
  }
  lines.push(
    isZh
      ? zh`核对台账:npx taizhang validate ${args.out}`
      : `Check the ledger: npx taizhang validate ${args.out}`,
  );
  io.out(lines.join("\n"));
  return 0;
}

/**
 * A warning when the status list makes every task start as done: the first status is where every task
 * starts, and the done status is the first whose name says 完成 without 未 (`--status 完成,未完成`).
 */
export function startsDoneWarning(settings: LedgerSettings, lang: Lang): string | null {
  const first = settings.statuses[0]?.name;
  if (first === undefined || first !== settings.doneStatus) return null;
  return lang === "zh-CN"
    ? zh`注意:--status 的第一个状态“${first}”也是算作已完成的状态,每项任务一开始就是已完成。第一个状态应是初始状态(如 未启动);算作已完成的是名称含“完成”“办结”或“完结”且不含“未”的第一个状态。`
    : `Note: the first status of --status, "${first}", is also the one that counts as done, so every task starts as done. The first status should be where tasks start (such as 未启动); the done one is the first whose name says 完成, 办结 or 完结 without 未.`;
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
