/**
 * The report of an update in words, for the command line and the pane: what was kept, renumbered, reworded,
 * given other units, added and removed, and the doubtful matches to confirm — Chinese first, English too.
 */

import { TASK_COLUMNS, type LedgerModel, type LedgerTask } from "../ledger/types";
import type { Lang } from "../messages";
import { zh } from "../text/cnPunct";
import { indexRegistry, resolveName } from "../units/registry";
import type { RestoredTask, TaskChange, UpdateResult } from "./updateLedger";

/** The units the updated tasks name that the ledger's 单位名录 does not know, in order of first mention. */
export function unknownUnits(before: LedgerModel, result: UpdateResult): string[] {
  if (before.registry.units.length === 0) return [];
  // 单位名录 as the update writes it: a renamed unit's row under its new name.
  const index = indexRegistry(result.model.registry);
  const named = result.model.tasks.flatMap((t) => [t.lead, t.co].join("、").split("、"));
  return [...new Set(named.map((u) => u.trim()).filter(Boolean))].filter(
    (u) => resolveName(index, u).status === "unknown",
  );
}

/** A task's text cut to `n` characters for a one-line report. */
const short = (text: string, n = 30): string =>
  [...text].length > n ? `${[...text].slice(0, n).join("")}…` : text;

/** How a task's units changed, in words: 牵头单位 交通运输局 → 公路与运输管理中心. */
export function unitChange(old: LedgerTask, now: LedgerTask, lang: Lang): string {
  const parts: string[] = [];
  const lead = lang === "zh-CN" ? "牵头单位" : "lead";
  const co = lang === "zh-CN" ? "配合单位" : "co-units";
  const none = lang === "zh-CN" ? "(无)" : "(none)";
  if (old.lead !== now.lead) parts.push(`${lead} ${old.lead || none} → ${now.lead || none}`);
  if (old.co !== now.co) parts.push(`${co} ${old.co || none} → ${now.co || none}`);
  return parts.join(lang === "zh-CN" ? ";" : "; ");
}

/** True when the update changes no task (the same document again): there is nothing to write. */
export function changesNothing(before: LedgerModel, result: UpdateResult): boolean {
  return (
    result.model.tasks.length === before.tasks.length &&
    result.model.tasks.every((t, i) => {
      const o = before.tasks[i];
      return o !== undefined && TASK_COLUMNS.every(([, f]) => t[f] === o[f]);
    })
  );
}

/** The doubtful matches of an update, the ones a person confirms: kept tasks, and tasks back from 已撤销. */
export const doubtfulOf = (result: UpdateResult): ReadonlyArray<TaskChange | RestoredTask> => [
  ...result.report.changes.filter((c) => c.doubtful),
  ...(result.report.restored ?? []).filter((r) => r.doubtful),
];

/**
 * Each doubtful match in words: the old 编号 and text ⇒ the new, and how alike they are; one back from
 * 已撤销 says so.
 */
export function doubtfulLines(before: LedgerModel, result: UpdateResult, lang: Lang): string[] {
  const text = (tasks: readonly LedgerTask[], id: string) =>
    short(tasks.find((t) => t.id === id)?.text ?? "", 40);
  const alike = (score: number) =>
    lang === "zh-CN" ? zh`(相似度 ${Math.round(score * 100)}%)` : ` (${Math.round(score * 100)}% alike)`;
  return [
    ...result.report.changes
      .filter((c) => c.doubtful)
      .map(
        (c) =>
          `${c.from} “${text(before.tasks, c.from)}” ⇒ ${c.to} “${text(result.model.tasks, c.to)}”` +
          alike(c.score),
      ),
    ...(result.report.restored ?? [])
      .filter((r) => r.doubtful)
      .map(
        (r) =>
          (lang === "zh-CN" ? zh`已撤销的 ${r.from}` : `${r.from} in 已撤销`) +
          ` “${short(r.fromText, 40)}” ⇒ ${r.to} “${text(result.model.tasks, r.to)}”` +
          alike(r.score),
      ),
  ];
}

/**
 * The report's lines: the counts, then each kind of change with the 编号 it touched, then the doubtful
 * matches with both texts.
 */
export function updateReportLines(
  before: LedgerModel,
  result: UpdateResult,
  lang: Lang,
  withDoubtful = true,
): string[] {
  const isZh = lang === "zh-CN";
  const { changes, added, removed } = result.report;
  const restored = result.report.restored ?? [];
  const oldTask = (id: string) => before.tasks.find((t) => t.id === id);
  const newTask = (id: string) => result.model.tasks.find((t) => t.id === id);
  const renumbered = changes.filter((c) => c.renumbered);
  const reworded = changes.filter((c) => c.reworded);
  const units = changes.filter((c) => c.unitsChanged);
  const doubtful = doubtfulOf(result);
  const sep = isZh ? "、" : ", ";
  const lines: string[] = [
    isZh
      ? zh`修订后的文件有 ${result.model.tasks.length} 项任务;台账原有 ${before.tasks.length} 项:保留 ${changes.length} 项(其中改编号 ${renumbered.length}、改写 ${reworded.length}、单位变更 ${units.length}),` +
        (restored.length > 0 ? zh`从“已撤销”恢复 ${restored.length} 项,` : "") +
        zh`新增 ${added.length} 项,撤销 ${removed.length} 项。`
      : `The revised document has ${result.model.tasks.length} tasks; the ledger had ${before.tasks.length}: ${changes.length} kept (${renumbered.length} renumbered, ${reworded.length} reworded, ${units.length} with other units), ` +
        (restored.length > 0 ? `${restored.length} restored from 已撤销, ` : "") +
        `${added.length} added, ${removed.length} removed.`,
  ];
  if (renumbered.length > 0)
    lines.push(
      (isZh ? zh`改编号:` : "Renumbered: ") + renumbered.map((c) => `${c.from} → ${c.to}`).join(sep),
    );
  if (reworded.length > 0)
    lines.push((isZh ? zh`改写:` : "Reworded: ") + reworded.map((c) => c.to).join(sep));
  for (const c of units) {
    const o = oldTask(c.from);
    const n = newTask(c.to);
    if (o && n)
      lines.push((isZh ? zh`单位变更 ${c.to}:` : `Units changed on ${c.to}: `) + unitChange(o, n, lang));
  }
  // A revised target keeps its row and its actuals; the report names the old and the new 目标值.
  for (const t of result.report.targets ?? [])
    lines.push(
      isZh
        ? zh`目标值 ${t.from} → ${t.to}(${t.taskId} 第 ${t.seq} 项指标 ${t.indicator},已填的实际值保留)`
        : `目标值 ${t.from} → ${t.to} (${t.taskId}, target ${t.seq}, ${t.indicator}; its actuals kept)`,
    );
  // A task back from 已撤销 gets what it held there: its typed values, its progress rows, its actuals.
  for (const r of restored)
    lines.push(
      (isZh
        ? zh`恢复 ${r.to}(${r.when} 撤销的 ${r.from},填写的内容和 ${r.progressRows} 条进展记录从“已撤销”移回任务台账):`
        : `Restored ${r.to} (${r.from}, removed on ${r.when}; its typed values and ${r.progressRows} progress rows moved back from 已撤销 to 任务台账): `) +
        short(r.fromText),
    );
  for (const id of added)
    lines.push((isZh ? zh`新增 ${id}:` : `Added ${id}: `) + short(newTask(id)?.text ?? ""));
  for (const id of removed)
    lines.push(
      (isZh
        ? zh`撤销 ${id}(连同填写的内容和进展记录移到“已撤销”):`
        : `Removed ${id} (moved to 已撤销 with all it held): `) + short(oldTask(id)?.text ?? ""),
    );
  // A renamed unit: its row of 单位名录 takes the new name, the old one an alias; what it held stays its own.
  for (const r of result.report.units ?? [])
    lines.push(
      isZh
        ? zh`单位更名 ${r.from} → ${r.to}(任务 ${r.tasks.join("、")}):单位名录中改为新名称,原名记为别名;进展记录中原名下的报送记录归新名称,通报按新名称统计。`
        : `Unit renamed ${r.from} → ${r.to} (tasks ${r.tasks.join(", ")}): 单位名录 lists it under the new name, the old one as an alias; its returns in 进展记录 under the old name count for the new name in the 通报.`,
    );
  const unknown = unknownUnits(before, result);
  if (unknown.length > 0)
    lines.push(
      isZh
        ? zh`单位名录中没有:${unknown.join("、")}。请在单位名录中添加(或改为名录中的名称),再校验。`
        : `Not in 单位名录: ${unknown.join(", ")}. Add them there (or use the registry's names), then validate.`,
    );
  if (withDoubtful && doubtful.length > 0) {
    lines.push(
      isZh
        ? zh`以下 ${doubtful.length} 处匹配不确定(文字相近但不完全相同),请核对是否为同一项任务:`
        : `${doubtful.length} doubtful matches (alike but not surely the same task); check each is the same task:`,
    );
    lines.push(...doubtfulLines(before, result, lang).map((l) => `  ${l}`));
  }
  return lines;
}
