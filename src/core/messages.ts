/**
 * The wording of every finding, in Chinese and English, built from its code and params. The only place
 * where findings become sentences; everything else passes codes and params around.
 */

import { cnPunct, zh } from "./text/cnPunct";
import type { Params, Where } from "./types";

export type Lang = "zh-CN" | "en-US";

type Template = (p: Params) => string;

const s = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join("、") : String(v);
const en = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join(", ") : String(v);

const REASON_ZH: Readonly<Record<string, string>> = {
  empty: "文件是空的",
  "no-numbering": "没有编号的任务条目,不像是责任分解文件",
  "no-units": "有编号条目但没有任何责任单位,不像是责任分解文件",
  "cells-glued": "表格的单元格边界已丢失(表头各栏连在一起),无法分栏;请直接打开原 .docx 文件导入",
};
const REASON_EN: Readonly<Record<string, string>> = {
  empty: "the file is empty",
  "no-numbering": "there are no numbered items; this does not look like a responsibility breakdown",
  "no-units":
    "numbered items but no responsible units anywhere; this does not look like a responsibility breakdown",
  "cells-glued":
    "the table lost its cell borders (the header's columns run together), so its columns cannot be told apart; open the original .docx instead",
};

const FILE_ZH: Readonly<Record<string, string>> = {
  "old-word": "这是旧版 Word(.doc)文件,请在 Word 或 WPS 中另存为 .docx 后再导入。",
  "not-docx": "这是压缩包格式的文件,但不是 Word 文档(.docx)。",
  "bad-docx": "Word 文档已损坏或无法打开,请在 Word 或 WPS 中重新保存后再导入。",
  pdf: "这是 PDF 文件,请复制其中的文字或另存为 .docx 后再导入。",
  "not-xlsx": "不是 .xlsx 工作簿。",
  "bad-xlsx": "工作簿已损坏或无法打开,请在 Excel 或 WPS 中重新保存后再试。",
  "not-units": "不是单位名录 JSON 文件;单位名录可用 npx taizhang units <文件或台账> -o units.json 生成。",
};
const FILE_EN: Readonly<Record<string, string>> = {
  "old-word": "This is an old Word (.doc) file; save it as .docx in Word or WPS and import again.",
  "not-docx": "This is a zip file, but not a Word document (.docx).",
  "bad-docx": "The Word document is damaged or cannot be opened; save it again in Word or WPS.",
  pdf: "This is a PDF; copy its text or save it as .docx and import again.",
  "not-xlsx": "not an .xlsx workbook.",
  "bad-xlsx": "the workbook is damaged or cannot be opened; save it again in Excel or WPS.",
  "not-units":
    "not a unit registry JSON file; make one with npx taizhang units <document or ledger> -o units.json.",
};

const ZH: Readonly<Record<string, Template>> = {
  // document (parser)
  "no-tasks": (p) => zh`未找到任务:${cnPunct(REASON_ZH[s(p.reason)] ?? s(p.reason))}。`,
  "task-no-units": (p) =>
    p.cell === "empty-below-filled"
      ? zh`任务 ${s(p.id)} 没有责任单位:表格中这一行的单位格是空的(如是合并单元格,请按上一行填写)。`
      : zh`任务 ${s(p.id)} 没有责任单位。`,
  "units-without-task": (p) =>
    p.after === undefined
      ? zh`这一行的责任单位(${s(p.units)})前面没有任务。`
      : zh`这一行的责任单位(${s(p.units)})前面没有任务:第 ${s(p.after)} 行已是上一条任务的责任单位,中间可能漏了一行任务。`,
  "unit-unusual": (p) =>
    zh`任务 ${s(p.id)} 的单位“${s(p.unit)}”不像单位名称,请核对(是否被截断,或夹带了别的文字)。`,
  "number-duplicated": (p) => zh`编号 ${s(p.id)} 重复出现,这一条记为 ${s(p.renamed)}。`,
  "number-skipped": (p) => zh`编号跳号:应为 ${s(p.expected)},实为 ${s(p.found)}。`,
  "task-unnumbered": (p) => zh`这条任务没有编号,暂编为 ${s(p.id)}。`,
  "units-inherited": (p) => zh`任务 ${s(p.id)} 没有自己的责任单位,沿用上级标题的责任单位。`,
  "cell-from-above": (p) =>
    zh`任务 ${s(p.id)} 的责任领导单元格是空的(多为合并单元格),按上一行记为 ${s(p.value)}。`,
  "encoding-guessed": (p) => zh`文件编码按 ${s(p.encoding).toUpperCase()} 读取(根据内容推断)。`,
  "encoding-unreadable": () => zh`无法识别文件编码,请另存为 UTF-8 文本或 .docx 后再导入。`,
  "file-unreadable": (p) => cnPunct(FILE_ZH[s(p.reason)] ?? "") || zh`无法读取文件:${s(p.detail)}`,
  "leader-multiple": (p) => zh`任务 ${s(p.id)} 列有多位领导(${s(p.leader)}、${s(p.others)}),台账按第一位记。`,
  "text-unattached": (p) => zh`这段文字不属于任何任务,未导入:“${s(p.text)}”。`,
  "bracket-unclosed": (p) =>
    zh`这一行的括号没有闭合,按在行末闭合读取:“${s(p.text)}”。请核对原文是否缺了右括号。`,
  // ledger (checks)
  "table-missing": (p) => zh`工作簿中找不到表格 ${s(p.table)}。`,
  "column-missing": (p) => zh`表格 ${s(p.table)} 缺少列“${s(p.column)}”。`,
  "id-empty": () => zh`编号为空。`,
  "id-duplicate": (p) => zh`编号 ${s(p.id)} 重复(另见 ${s(p.other)})。`,
  "lead-empty": (p) => zh`任务 ${s(p.id)} 没有牵头单位。`,
  "lead-multiple": (p) => zh`牵头单位应只有一个,这里有 ${s(p.count)} 个:${s(p.units)}。`,
  "lead-collective": (p) => zh`“${s(p.unit)}”是泛指的单位组,不宜作为牵头单位。`,
  "lead-unknown": (p) => unknown(p, "牵头单位"),
  "lead-alias": (p) => zh`“${s(p.unit)}”是“${s(p.canonical)}”的别名,建议统一为“${s(p.canonical)}”。`,
  "co-unknown": (p) => unknown(p, "配合单位"),
  "co-alias": (p) => zh`配合单位“${s(p.unit)}”是“${s(p.canonical)}”的别名,建议统一为“${s(p.canonical)}”。`,
  "co-duplicate": (p) => zh`配合单位中“${s(p.unit)}”重复出现${p.via ? zh`(经别名“${s(p.via)}”)` : ""}。`,
  "co-repeats-lead": (p) => zh`配合单位中又列了牵头单位“${s(p.unit)}”。`,
  "co-separator": (p) => zh`单位之间应以“、”分隔,这里用了“${s(p.found)}”。`,
  "unit-format": (p) =>
    zh`单位名称“${s(p.unit)}”与单位名录的写法“${s(p.canonical)}”不一致(空格、括号或繁简字)。`,
  "status-invalid": (p) => zh`完成状态“${s(p.status)}”不在状态列表中(${s(p.allowed)})。`,
  "deadline-unreadable": (p) =>
    zh`完成时限“${s(p.deadline)}”既不是日期,也不是常用说法(如 6月底前、年底前、持续推进)。`,
  "due-unreadable": (p) =>
    zh`截止日期“${s(p.due)}”不是有效的日期,请写成 2020-06-30 这样的日期(6月底前 这类说法请写在完成时限中)。`,
  "formula-no-value": (p) =>
    zh`这个单元格是公式(=${s(p.formula)}),文件中没有它的计算结果,无法校验;请在 Excel 或 WPS 中打开并保存一次,或直接填写内容。`,
  overdue: (p) => zh`任务 ${s(p.id)} 已过完成时限(${s(p.deadline)})仍未完成。`,
  "due-soon": (p) => zh`任务 ${s(p.id)} 将在 ${s(p.days)} 天内到期(${s(p.deadline)})。`,
  "assignments-stale": (p) =>
    (p.change === "removed"
      ? zh`任务 ${s(p.id)} 已从任务台账中删除,任务分工表和据此统计的分单位表、汇总中仍有它`
      : p.change === "added"
        ? zh`任务 ${s(p.id)} 在任务分工表中没有分工,分单位表、汇总中没有它`
        : zh`任务 ${s(p.id)} 的牵头或配合单位已改动(${s(p.units)}),任务分工表和据此统计的分单位表、汇总已过时`) +
    zh`;请重新生成各单位工作表(台账助手 → 生成)。`,
  "alias-suggested": (p) =>
    zh`“${s(p.alias)}”可能是“${s(p.canonical)}”的别名(${s(p.reason)}),请在单位名录中确认。`,
  // notes of the Office shell: things done another way than planned
  "pivot-filter-unsupported": () =>
    zh`这个版本的 Excel 不支持数据透视表筛选(需要 ExcelApi 1.12),分单位表改用公式统计。`,
  "pivot-filter-item-missing": () => zh`有的单位在任务分工表中没有任务,它的工作表改用公式统计。`,
  "autofilter-unsupported": () =>
    zh`这个版本的 Excel 不支持在普通区域上加筛选按钮(需要 ExcelApi 1.9),已略过。`,
  "name-fixed-address": () =>
    zh`名称 UnitList 被 Excel 存成了固定区域,单位名录增加单位后,牵头单位的下拉列表不会自动包含新单位;请重新生成。`,
};

function unknown(p: Params, role: string): string {
  const hint = p.suggestions && s(p.suggestions) ? zh`,是否为:${s(p.suggestions)}?` : "。";
  return zh`${role}“${s(p.unit)}”不在单位名录中${hint}`;
}
function unknownEn(p: Params, role: string): string {
  const hint = p.suggestions && en(p.suggestions) ? ` Did you mean: ${en(p.suggestions)}?` : "";
  return `${role} "${en(p.unit)}" is not in the unit registry.${hint}`;
}

const EN: Readonly<Record<string, Template>> = {
  "no-tasks": (p) => `No tasks found: ${REASON_EN[en(p.reason)] ?? en(p.reason)}.`,
  "task-no-units": (p) =>
    p.cell === "empty-below-filled"
      ? `Task ${en(p.id)} has no responsible unit: its units cell in the table is empty (if the cell is merged, fill in the units of the row above).`
      : `Task ${en(p.id)} has no responsible unit.`,
  "units-without-task": (p) =>
    p.after === undefined
      ? `Units on this line (${en(p.units)}) follow no task.`
      : `Units on this line (${en(p.units)}) follow no task: line ${en(p.after)} already gave the units of the task above; a task line may be missing.`,
  "unit-unusual": (p) =>
    `Task ${en(p.id)}: "${en(p.unit)}" does not look like a unit name; check it (cut short, or with other text in it?).`,
  "number-duplicated": (p) => `Number ${en(p.id)} appears twice; this one is kept as ${en(p.renamed)}.`,
  "number-skipped": (p) => `Numbering skips: expected ${en(p.expected)}, found ${en(p.found)}.`,
  "task-unnumbered": (p) => `This task has no number; it was numbered ${en(p.id)}.`,
  "units-inherited": (p) => `Task ${en(p.id)} has no units of its own and takes those of its heading.`,
  "cell-from-above": (p) =>
    `Task ${en(p.id)}: the leader cell is empty (usually a merged cell); read as the row above: ${en(p.value)}.`,
  "encoding-guessed": (p) => `Read as ${en(p.encoding).toUpperCase()} (guessed from the content).`,
  "encoding-unreadable": () =>
    `The file's encoding is not recognised; save it as UTF-8 text or .docx and import again.`,
  "file-unreadable": (p) => FILE_EN[en(p.reason)] ?? `The file cannot be read: ${en(p.detail)}`,
  "leader-multiple": (p) =>
    `Task ${en(p.id)} names several leaders (${en(p.leader)}, ${en(p.others)}); the ledger keeps the first.`,
  "text-unattached": (p) => `This text belongs to no task and was not imported: "${en(p.text)}".`,
  "bracket-unclosed": (p) =>
    `A bracket on this line is not closed; it was read as closed at the end of the line: "${en(p.text)}". Check whether the document lacks a closing bracket.`,
  "table-missing": (p) => `The workbook has no table named ${en(p.table)}.`,
  "column-missing": (p) => `Table ${en(p.table)} has no column "${en(p.column)}".`,
  "id-empty": () => `The number (编号) is empty.`,
  "id-duplicate": (p) => `Number ${en(p.id)} is used twice (see also ${en(p.other)}).`,
  "lead-empty": (p) => `Task ${en(p.id)} has no lead unit.`,
  "lead-multiple": (p) => `The lead should be one unit; there are ${en(p.count)}: ${en(p.units)}.`,
  "lead-collective": (p) => `"${en(p.unit)}" names a group of units and should not lead.`,
  "lead-unknown": (p) => unknownEn(p, "Lead unit"),
  "lead-alias": (p) => `"${en(p.unit)}" is an alias of "${en(p.canonical)}"; use "${en(p.canonical)}".`,
  "co-unknown": (p) => unknownEn(p, "Co-unit"),
  "co-alias": (p) => `Co-unit "${en(p.unit)}" is an alias of "${en(p.canonical)}"; use "${en(p.canonical)}".`,
  "co-duplicate": (p) =>
    `Co-unit "${en(p.unit)}" is listed twice${p.via ? ` (through the alias "${en(p.via)}")` : ""}.`,
  "co-repeats-lead": (p) => `The lead unit "${en(p.unit)}" is listed again among the co-units.`,
  "co-separator": (p) => `Units should be separated by "、"; found "${en(p.found)}".`,
  "unit-format": (p) =>
    `Unit name "${en(p.unit)}" differs from the registry's spelling "${en(p.canonical)}" (spaces, brackets or traditional characters).`,
  "status-invalid": (p) => `Status "${en(p.status)}" is not in the status list (${en(p.allowed)}).`,
  "deadline-unreadable": (p) =>
    `Deadline "${en(p.deadline)}" is neither a date nor a known phrase (6月底前, 年底前, 持续推进 …).`,
  "due-unreadable": (p) =>
    `Due date "${en(p.due)}" is not a valid date; write a date such as 2020-06-30 (phrases such as 6月底前 belong in 完成时限).`,
  "formula-no-value": (p) =>
    `This cell holds a formula (=${en(p.formula)}) whose result the file does not keep, so it cannot be checked; open and save the file once in Excel or WPS, or type the value.`,
  overdue: (p) => `Task ${en(p.id)} is past its deadline (${en(p.deadline)}) and not done.`,
  "due-soon": (p) => `Task ${en(p.id)} is due within ${en(p.days)} days (${en(p.deadline)}).`,
  "assignments-stale": (p) =>
    (p.change === "removed"
      ? `Task ${en(p.id)} was deleted from 任务台账, but 任务分工 and the unit sheets and 汇总 counted from it still list it`
      : p.change === "added"
        ? `Task ${en(p.id)} has no rows in 任务分工, so the unit sheets and 汇总 leave it out`
        : `The lead or co-units of task ${en(p.id)} changed (${en(p.units)}); 任务分工 and the unit sheets and 汇总 counted from it are out of date`) +
    "; regenerate the unit sheets (台账助手 → Generate).",
  "alias-suggested": (p) =>
    `"${en(p.alias)}" may be an alias of "${en(p.canonical)}" (${en(p.reason)}); confirm it in the unit registry.`,
  "pivot-filter-unsupported": () =>
    "This Excel cannot filter PivotTables (ExcelApi 1.12 needed); unit sheets show formula counts instead.",
  "pivot-filter-item-missing": () =>
    "Some units have no rows in Assignments; their sheets show formula counts instead.",
  "autofilter-unsupported": () =>
    "This Excel cannot add filter buttons to plain ranges (ExcelApi 1.9 needed); skipped.",
  "name-fixed-address": () =>
    "Excel stored the name UnitList as a fixed range: units added to 单位名录 later will not appear in the lead dropdown until you regenerate.",
};

const TABLES: Readonly<Record<Lang, Readonly<Record<string, Template>>>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The sentence for a finding.
 * @example message("task-no-units", { id: "4.19" }, "zh-CN") === "任务 4.19 没有责任单位。"
 */
export function message(code: string, params: Params, lang: Lang = "zh-CN"): string {
  const t = TABLES[lang][code];
  return t ? t(params) : `${code} ${JSON.stringify(params)}`;
}

/** True when every code has a wording in both languages (checked by the tests). */
export function knownCodes(lang: Lang): string[] {
  return Object.keys(TABLES[lang]);
}

/**
 * Where a finding points, in words: 第 156 行 / line 156, or the cell address 任务台账!E12.
 * @example whereText({ line: 12 }, "zh-CN") === "第 12 行"
 */
export function whereText(where: Where | null, lang: Lang = "zh-CN"): string {
  if (!where) return "";
  if ("line" in where) return lang === "zh-CN" ? `第 ${where.line} 行` : `line ${where.line}`;
  return `${where.sheet}!${where.cell}`;
}

/** The language of the UI: English when the host says so, Chinese otherwise. */
export function langFor(locale: string | null | undefined): Lang {
  return locale && /^en(-|_|$)/i.test(locale) ? "en-US" : "zh-CN";
}
