/** The wording of collect's report lines (taken into messages.ts's tables), Chinese first, English too, built from each finding's code and params. */

import type { Lang } from "../messages";
import { zh } from "../text/cnPunct";
import type { Params } from "../types";
import type { CollectFinding } from "./collectTypes";

const s = (v: Params[string] | undefined, sep = "、"): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join(sep) : String(v);

const NOT_RETURN_ZH: Readonly<Record<string, string>> = {
  "not-xlsx": "不是 .xlsx 工作簿(如是报送表的其他格式,请另存为 .xlsx 后再汇总)",
  "bad-xlsx": "工作簿已损坏或无法打开",
  "not-return": "不是本工具分发的报送表(没有“报送信息”表)",
  ods: "是 .ods 表格,本工具只读 .xlsx:请用 WPS、Excel 或 LibreOffice 打开后“另存为”Excel 工作簿(.xlsx)再汇总",
  xls: "是旧版 .xls 工作簿,本工具只读 .xlsx:请用 WPS 或 Excel 打开后“另存为”Excel 工作簿(.xlsx)再汇总",
  csv: "是 .csv 文本,不含报送表的隐藏信息,无法对应任务:请让该单位在原报送表(.xlsx)中填写后报回",
  encrypted: "文件设有密码,无法读取;请单位在 Excel、WPS 或 LibreOffice 中取消密码后保存再报送",
};
const NOT_RETURN_EN: Readonly<Record<string, string>> = {
  "not-xlsx":
    "not an .xlsx workbook (if it is a form saved in another format, save it as .xlsx and collect again)",
  "bad-xlsx": "the workbook is damaged or cannot be opened",
  "not-return": "not a reporting form made by this tool (no 报送信息 sheet)",
  ods: "an .ods spreadsheet, and only .xlsx is read: open it in WPS, Excel or LibreOffice, save it as an Excel workbook (.xlsx) and collect again",
  xls: "an old .xls workbook, and only .xlsx is read: open it in WPS or Excel, save it as an Excel workbook (.xlsx) and collect again",
  csv: "a .csv text file, which lacks the form's hidden 报送信息 and cannot be matched to tasks: ask the unit to fill in the .xlsx form it was sent",
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
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 已不在台账中${p.maybe ? zh`(可能是改写后的任务 ${s(p.maybe)}:“${s(p.maybeText)}”,请核对)` : ""},${s(p.entries)} 项填报内容未汇总。`,
  "return-status-invalid": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:完成状态“${s(p.status)}”不在状态列表中(${s(p.allowed)}),未采用;该行其他内容已汇总。`,
  "leads-disagree": (p) =>
    zh`任务 ${s(p.id)}:牵头单位报送的完成状态不一致(${s(p.statuses)}),任务台账的完成状态未改,请核定。`,
  "outside-table": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:“${s(p.text)}”——表格外的内容未导入,请核对后手工录入。`,
  "return-empty": (p) =>
    Number(p.earlier ?? 0) > 0
      ? zh`${s(p.file)}(${s(p.unit)}):报送表退回时没有填写任何内容;该单位此前汇总的 ${s(p.earlier)} 行报送记录保留,未被替换。`
      : zh`${s(p.file)}(${s(p.unit)}):报送表退回时没有填写任何内容,按未报送计,已列入催办。`,
  "task-changed": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:台账中的任务 ${s(p.id)} 已不是分发时的任务(分发时:“${s(p.was)}”;现为:“${s(p.now)}”),${p.maybe ? zh`原任务可能是改写后的任务 ${s(p.maybe)}(“${s(p.maybeText)}”),` : zh`台账中也找不到原任务,`}${s(p.entries)} 项填报内容未汇总,请核对后手工录入。`,
  "task-unclear": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 分发后已改动,台账中与它相近的任务有 ${s(p.candidates)},无法确定是哪一项,${s(p.entries)} 项填报内容未汇总,请核对后手工录入。`,
  "task-moved": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 分发后改编号为 ${s(p.to)}${p.was !== undefined ? zh`,工作任务也有改动(分发时“${s(p.was)}”,现为“${s(p.now)}”)` : ""},已按 ${s(p.to)} 汇总。`,
  "task-edited": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 的工作任务在分发后改过(分发时“${s(p.was)}”,现为“${s(p.now)}”),仍按同一任务汇总,请核对。`,
  "not-units-task": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:本单位已不承担任务 ${s(p.to)}(${s(p.text)};牵头单位 ${s(p.lead)}),${s(p.entries)} 项填报内容未汇总。`,
  "role-changed": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.to)} 分发时本单位为${s(p.was)}单位,现为${s(p.now)}单位;报送已记入进展记录,未用于任务台账的当前状态。`,
  "done-kept": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:任务 ${s(p.id)} 在任务台账中为“${s(p.done)}”,牵头单位报送“${s(p.status)}”;任务台账保持“${s(p.done)}”,报送已记入进展记录,如需重新打开请手工修改。`,
  "kept-earlier": (p) =>
    zh`${s(p.unit)}:本次报送${s(p.file) ? zh`(${s(p.file)})` : ""}没有填写任务 ${s(p.ids)} 的 ${s(p.count)} 行,期次 ${s(p.period)} 此前汇总的这些报送记录保留。`,
  "blank-later": (p) =>
    zh`${s(p.file)}(${s(p.unit)}):没有填写任何内容,未替换该单位较早报送的 ${s(p.earlier)},以后者为准。`,
  "locked-typed": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:不可填写的“${s(p.column)}”列${p.sure ? "被改为" : "与台账现有内容不同"}:“${s(p.text)}”——未汇总,请核对后填入完成状态或进展情况。`,
  "column-added": (p) =>
    zh`${s(p.file)}(${s(p.unit)})${s(p.cell)}:单位自行插入的“${s(p.column)}”列:“${s(p.text)}”——未导入,请核对后手工录入。`,

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
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} is no longer in the ledger${p.maybe ? ` (it may be the reworded ${s(p.maybe)}: "${s(p.maybeText)}"; check)` : ""}; ${s(p.entries)} filled cells not collected.`,
  "return-status-invalid": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: status "${s(p.status)}" is not in the list (${s(p.allowed, ", ")}); not used, the rest of the row is collected.`,
  "leads-disagree": (p) =>
    `Task ${s(p.id)}: the lead units report different statuses (${s(p.statuses, ", ")}); 完成状态 is left as it was.`,
  "outside-table": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: "${s(p.text)}" — typed outside the form's table, not collected; enter it by hand if needed.`,
  "return-empty": (p) =>
    Number(p.earlier ?? 0) > 0
      ? `${s(p.file)} (${s(p.unit)}): the form came back with nothing filled in; the unit's ${s(p.earlier)} rows collected earlier are kept, not replaced.`
      : `${s(p.file)} (${s(p.unit)}): the form came back with nothing filled in; counted as not reported, and listed to chase.`,
  "task-changed": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} of the ledger is no longer the task that was sent (sent: "${s(p.was)}"; now: "${s(p.now)}"), ${p.maybe ? `and the task sent may be the reworded ${s(p.maybe)} ("${s(p.maybeText)}")` : "and the task sent is not in the ledger"}; ${s(p.entries)} filled cells not collected — enter them by hand if needed.`,
  "task-unclear": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} changed since it was sent, and ${s(p.candidates, ", ")} are all like it; ${s(p.entries)} filled cells not collected — enter them by hand if needed.`,
  "task-moved": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} was renumbered ${s(p.to)} after the form was sent${p.was !== undefined ? ` and its text changed (sent: "${s(p.was)}"; now: "${s(p.now)}")` : ""}; collected as ${s(p.to)}.`,
  "task-edited": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: the text of task ${s(p.id)} changed after the form was sent (sent: "${s(p.was)}"; now: "${s(p.now)}"); collected as the same task — check it.`,
  "not-units-task": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: the unit no longer has task ${s(p.to)} (${s(p.text)}; lead ${s(p.lead)}); ${s(p.entries)} filled cells not collected.`,
  "role-changed": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: the unit was ${s(p.was)} on task ${s(p.to)} when the form was sent and is ${s(p.now)} now; the return is in 进展记录 but sets nothing on 任务台账.`,
  "done-kept": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: task ${s(p.id)} is "${s(p.done)}" on 任务台账 and the lead unit returned "${s(p.status)}"; 任务台账 keeps "${s(p.done)}" (the return is in 进展记录) — change it by hand to reopen the task.`,
  "kept-earlier": (p) =>
    `${s(p.unit)}: this return${s(p.file) ? ` (${s(p.file)})` : ""} left ${s(p.count)} rows blank (tasks ${s(p.ids, ", ")}); the rows collected earlier for period ${s(p.period)} are kept.`,
  "blank-later": (p) =>
    `${s(p.file)} (${s(p.unit)}): nothing filled in; it does not replace the unit's earlier ${s(p.earlier)}, which is used.`,
  "locked-typed": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: the read-only column ${s(p.column)} ${p.sure ? "was changed to" : "differs from the ledger"}: "${s(p.text)}" — not collected; put it in 完成状态 or 进展情况 if it is the unit's return.`,
  "column-added": (p) =>
    `${s(p.file)} (${s(p.unit)}) ${s(p.cell)}: a column the unit inserted, ${s(p.column)}: "${s(p.text)}" — not collected; enter it by hand if needed.`,

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
