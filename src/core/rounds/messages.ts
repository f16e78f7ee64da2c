/** The wording of collect's report lines, Chinese first, English too, built from each finding's code and params. */

import type { Lang } from "../messages";
import { zh } from "../text/cnPunct";
import type { Params } from "../types";
import type { CollectFinding } from "./collectTypes";

const s = (v: Params[string] | undefined, sep = "、"): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join(sep) : String(v);

const NOT_RETURN_ZH: Readonly<Record<string, string>> = {
  "not-xlsx": "不是 .xlsx 工作簿",
  "bad-xlsx": "工作簿已损坏或无法打开",
  "not-return": "不是本工具分发的报送表(没有“报送信息”表)",
};
const NOT_RETURN_EN: Readonly<Record<string, string>> = {
  "not-xlsx": "not an .xlsx workbook",
  "bad-xlsx": "the workbook is damaged or cannot be opened",
  "not-return": "not a reporting form made by this tool (no 报送信息 sheet)",
};

type Template = (f: CollectFinding) => string;

const ZH: Readonly<Record<CollectFinding["code"], Template>> = {
  "not-return": (f) => zh`${f.file}:${NOT_RETURN_ZH[s(f.params.reason)] ?? ""},未汇总。`,
  "other-ledger": (f) =>
    zh`${f.file}(${f.unit}):是另一本台账(${s(f.params.title)})的报送表,${f.entries} 项填报内容未汇总。`,
  "other-period": (f) =>
    zh`${f.file}(${f.unit}):是期次 ${s(f.params.period)} 的报送表,不是 ${s(f.params.expected)},${f.entries} 项填报内容未汇总。`,
  superseded: (f) =>
    zh`${f.file}(${f.unit}):该单位重复报送,以较晚的 ${s(f.params.later)} 为准,本文件的 ${f.entries} 项填报内容未采用。`,
  "locked-edited": (f) =>
    zh`${f.file}(${f.unit})任务 ${f.id}(${f.cell}):改动了不可修改的${s(f.params.fields)},该行 ${f.entries} 项填报内容被拒收。`,
  "row-added": (f) =>
    zh`${f.file}(${f.unit})${f.cell}:新增的行(编号“${f.id}”不在分发的任务中),${f.entries} 项填报内容被拒收。`,
  "row-repeated": (f) =>
    zh`${f.file}(${f.unit})${f.cell}:任务 ${f.id} 重复出现,只采用第一行,本行 ${f.entries} 项填报内容被拒收。`,
  "row-deleted": (f) => zh`${f.file}(${f.unit}):删除了任务 ${f.id} 的行,该任务本期无报送。`,
  "task-gone": (f) =>
    zh`${f.file}(${f.unit})${f.cell}:任务 ${f.id} 已不在台账中,${f.entries} 项填报内容未汇总。`,
  "status-invalid": (f) =>
    zh`${f.file}(${f.unit})${f.cell}:完成状态“${s(f.params.status)}”不在状态列表中(${s(f.params.allowed)}),未采用;该行其他内容已汇总。`,
  "leads-disagree": (f) =>
    zh`任务 ${f.id}:牵头单位报送的完成状态不一致(${s(f.params.statuses)}),任务台账的完成状态未改,请核定。`,
  replaced: (f) =>
    zh`${f.unit}:期次 ${s(f.params.period)} 此前汇总的 ${s(f.params.count)} 行报送记录被本次报送替换。`,
};

const EN: Readonly<Record<CollectFinding["code"], Template>> = {
  "not-return": (f) => `${f.file}: ${NOT_RETURN_EN[s(f.params.reason)] ?? ""}; not collected.`,
  "other-ledger": (f) =>
    `${f.file} (${f.unit}): a form of another ledger (${s(f.params.title)}); ${f.entries} filled cells not collected.`,
  "other-period": (f) =>
    `${f.file} (${f.unit}): a form for period ${s(f.params.period)}, not ${s(f.params.expected)}; ${f.entries} filled cells not collected.`,
  superseded: (f) =>
    `${f.file} (${f.unit}): the unit returned twice; the later ${s(f.params.later)} wins, and this file's ${f.entries} filled cells are not used.`,
  "locked-edited": (f) =>
    `${f.file} (${f.unit}) task ${f.id} (${f.cell}): changed ${s(f.params.fields, ", ")}, which units may not change; the row's ${f.entries} filled cells are refused.`,
  "row-added": (f) =>
    `${f.file} (${f.unit}) ${f.cell}: an added row (编号 "${f.id}" was not sent); ${f.entries} filled cells refused.`,
  "row-repeated": (f) =>
    `${f.file} (${f.unit}) ${f.cell}: task ${f.id} appears twice; the first row is used, this row's ${f.entries} filled cells are refused.`,
  "row-deleted": (f) =>
    `${f.file} (${f.unit}): the row of task ${f.id} was deleted; nothing reported for it.`,
  "task-gone": (f) =>
    `${f.file} (${f.unit}) ${f.cell}: task ${f.id} is no longer in the ledger; ${f.entries} filled cells not collected.`,
  "status-invalid": (f) =>
    `${f.file} (${f.unit}) ${f.cell}: status "${s(f.params.status)}" is not in the list (${s(f.params.allowed, ", ")}); not used, the rest of the row is collected.`,
  "leads-disagree": (f) =>
    `Task ${f.id}: the lead units report different statuses (${s(f.params.statuses, ", ")}); 完成状态 is left as it was.`,
  replaced: (f) =>
    `${f.unit}: ${s(f.params.count)} rows collected earlier for period ${s(f.params.period)} are replaced by these returns.`,
};

/** A collect finding as one sentence. */
export function collectMessage(f: CollectFinding, lang: Lang): string {
  return (lang === "zh-CN" ? ZH : EN)[f.code](f);
}
