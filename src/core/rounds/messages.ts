/** The wording of collect's report lines (taken into messages.ts's tables), Chinese first, English too, built from each finding's code and params. */

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
  encrypted: "文件设有密码,无法读取;请单位在 Excel、WPS 或 LibreOffice 中取消密码后保存再报送",
};
const NOT_RETURN_EN: Readonly<Record<string, string>> = {
  "not-xlsx": "not an .xlsx workbook",
  "bad-xlsx": "the workbook is damaged or cannot be opened",
  "not-return": "not a reporting form made by this tool (no 报送信息 sheet)",
  encrypted:
    "the file is password-protected and cannot be read; ask the unit to remove the password in Excel, WPS or LibreOffice, save and send it again",
};

/** Where a 报送日期 came from, as the report says it (the clerk can change the last two by giving the day). */
const DATE_FROM_ZH: Readonly<Record<string, string>> = {
  given: "汇总时指定",
  saved:
    "取自报送表内记录的最后保存时间(单位保存文件的日期,复制、转发不改变它;如需统一,可在汇总时指定报送日期)",
  file: "取自文件在本机的修改时间(复制或从邮件下载的文件是复制、下载的日期,可能晚于实际报送;如不符,请在汇总时指定报送日期)",
};
const DATE_FROM_EN: Readonly<Record<string, string>> = {
  given: "as given when collecting",
  saved:
    "the day the unit last saved the form, recorded inside the file (copying or mailing it does not change it; give the day when collecting to set another)",
  file: "the file's modification day on this computer (a copy or a mail download has the day it was copied, which may be later than the return; give the day when collecting if it is wrong)",
};

/** Short words for where a 报送日期 came from, beside the day in 报送情况's unit table. */
export const DATE_FROM_SHORT: Readonly<Record<string, string>> = {
  given: "汇总时指定",
  saved: "表内保存时间",
  file: "文件修改时间",
};

type Template = (p: Params) => string;

/** The Chinese wording of collect's codes; messages.ts takes them into its tables. */
export const COLLECT_ZH: Readonly<Record<CollectFinding["code"], Template>> = {
  "not-return": (p) => zh`${s(p.file)}:${NOT_RETURN_ZH[s(p.reason)] ?? ""},未汇总。`,
  "other-ledger": (p) =>
    zh`${s(p.file)}(${s(p.unit)}):是另一本台账(${s(p.title)})的报送表,${s(p.entries)} 项填报内容未汇总。`,
  "other-period": (p) =>
    zh`${s(p.file)}(${s(p.unit)}):是期次 ${s(p.period)} 的报送表,不是 ${s(p.expected)},${s(p.entries)} 项填报内容未汇总。`,
  superseded: (p) =>
    zh`${s(p.file)}(${s(p.unit)}):该单位重复报送,以较晚的 ${s(p.later)} 为准,本文件的 ${s(p.entries)} 项填报内容未采用。`,
  "locked-edited": (p) =>
    zh`${s(p.file)}(${s(p.unit)})任务 ${s(p.id)}(${s(p.cell)}):改动了不可修改的${s(p.fields)},该行 ${s(p.entries)} 项填报内容被拒收。`,
  "row-added": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:新增的行(编号“${s(p.id)}”不在分发的任务中),${s(p.entries)} 项填报内容被拒收。`,
  "row-repeated": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 重复出现,只采用第一行,本行 ${s(p.entries)} 项填报内容被拒收。`,
  "row-deleted": (p) => zh`${s(p.file)}(${s(p.unit)}):删除了任务 ${s(p.id)} 的行,该任务本期无报送。`,
  "task-gone": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 已不在台账中,${s(p.entries)} 项填报内容未汇总。`,
  "return-status-invalid": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:完成状态“${s(p.status)}”不在状态列表中(${s(p.allowed)}),未采用;该行其他内容已汇总。`,
  "leads-disagree": (p) =>
    zh`任务 ${s(p.id)}:牵头单位报送的完成状态不一致(${s(p.statuses)}),任务台账的完成状态未改,请核定。`,
  "outside-table": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:“${s(p.text)}”——表格外的内容未导入,请核对后手工录入。`,
  "return-empty": (p) => zh`${s(p.file)}(${s(p.unit)}):报送表退回时没有填写任何内容,按未报送计,已列入催办。`,
  "report-date": (p) =>
    zh`${s(p.file)}(${s(p.unit)}):报送日期 ${s(p.date)},${DATE_FROM_ZH[s(p.from)] ?? ""}。`,
  replaced: (p) => zh`${s(p.unit)}:期次 ${s(p.period)} 此前汇总的 ${s(p.count)} 行报送记录被本次报送替换。`,
};

/** The English wording of collect's codes. */
export const COLLECT_EN: Readonly<Record<CollectFinding["code"], Template>> = {
  "not-return": (p) => `${s(p.file)}: ${NOT_RETURN_EN[s(p.reason)] ?? ""}; not collected.`,
  "other-ledger": (p) =>
    `${s(p.file)} (${s(p.unit)}): a form of another ledger (${s(p.title)}); ${s(p.entries)} filled cells not collected.`,
  "other-period": (p) =>
    `${s(p.file)} (${s(p.unit)}): a form for period ${s(p.period)}, not ${s(p.expected)}; ${s(p.entries)} filled cells not collected.`,
  superseded: (p) =>
    `${s(p.file)} (${s(p.unit)}): the unit returned twice; the later ${s(p.later)} wins, and this file's ${s(p.entries)} filled cells are not used.`,
  "locked-edited": (p) =>
    `${s(p.file)} (${s(p.unit)}) task ${s(p.id)} (${s(p.cell)}): changed ${s(p.fields, ", ")}, which units may not change; the row's ${s(p.entries)} filled cells are refused.`,
  "row-added": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: an added row (编号 "${s(p.id)}" was not sent); ${s(p.entries)} filled cells refused.`,
  "row-repeated": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} appears twice; the first row is used, this row's ${s(p.entries)} filled cells are refused.`,
  "row-deleted": (p) =>
    `${s(p.file)} (${s(p.unit)}): the row of task ${s(p.id)} was deleted; nothing reported for it.`,
  "task-gone": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} is no longer in the ledger; ${s(p.entries)} filled cells not collected.`,
  "return-status-invalid": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: status "${s(p.status)}" is not in the list (${s(p.allowed, ", ")}); not used, the rest of the row is collected.`,
  "leads-disagree": (p) =>
    `Task ${s(p.id)}: the lead units report different statuses (${s(p.statuses, ", ")}); 完成状态 is left as it was.`,
  "outside-table": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: "${s(p.text)}" — typed outside the form's table, not collected; enter it by hand if needed.`,
  "return-empty": (p) =>
    `${s(p.file)} (${s(p.unit)}): the form came back with nothing filled in; counted as not reported, and listed to chase.`,
  "report-date": (p) =>
    `${s(p.file)} (${s(p.unit)}): 报送日期 ${s(p.date)}, ${DATE_FROM_EN[s(p.from)] ?? ""}.`,
  replaced: (p) =>
    `${s(p.unit)}: ${s(p.count)} rows collected earlier for period ${s(p.period)} are replaced by these returns.`,
};

/** A collect finding as one sentence. */
export function collectMessage(f: CollectFinding, lang: Lang): string {
  const params = { ...f.params, file: f.file, unit: f.unit, id: f.id, cell: f.cell, entries: f.entries };
  return (lang === "zh-CN" ? COLLECT_ZH : COLLECT_EN)[f.code](params);
}
