/**
 * The wording of every finding, in Chinese and English, built from its code and params. The only place
 * where findings become sentences; everything else passes codes and params around.
 */

import { cnPunct, zh } from "./text/cnPunct";
import type { MessageCode, Params, Where } from "./types";
import type { AliasReason } from "./units/types";
import { COLLECT_EN, COLLECT_ZH } from "./rounds/messages";
import {
  COLUMN_EN,
  COLUMN_ZH,
  FILE_EN,
  FILE_ZH,
  GENERIC_EN,
  GENERIC_ZH,
  REASON_EN,
  REASON_ZH,
} from "./messageWords";

export type Lang = "zh-CN" | "en-US";

type Template = (p: Params) => string;

const s = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join("、") : String(v);
/** 任务台账's 完成进度 header, quoted as the sheet writes it (half-width brackets). */
const RATE_HEAD = "完成进度(%)";
const en = (v: Params[string] | undefined): string =>
  v === undefined ? "" : Array.isArray(v) ? (v as readonly string[]).join(", ") : String(v);
/**
 * The command that regenerates the ledger the clerk opened: `p.file` as given on the command line (quoted when
 * it holds a space or a shell character); the generic 台账.xlsx / ledger.xlsx where no file is known (the pane).
 * @example regenerateCommandText({ file: "2025 督查台账.xlsx" }, "台账.xlsx") === 'npx taizhang regenerate "2025 督查台账.xlsx"'
 */
function regenerateCommandText(p: Params, fallback: string): string {
  const file = typeof p.file === "string" && p.file !== "" ? p.file : fallback;
  const quoted = /^[\w./\-\u0080-\uffff]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, "\\$1")}"`;
  return `npx taizhang regenerate ${quoted}`;
}

/** Chinese wordings, one per code: a code of the unions without one does not compile. */
const ZH: Readonly<Record<MessageCode, Template>> = {
  // document (parser)
  "no-tasks": (p) => zh`未找到任务:${cnPunct(REASON_ZH[s(p.reason)] ?? s(p.reason))}。`,
  "layout-generic": (p) =>
    zh`这份文件的版式不在已知格式之内,按通用方式(${GENERIC_ZH[s(p.reader)] ?? s(p.reader)})读出 ${s(p.count)} 项任务,请逐项核对任务与责任单位。`,
  "layout-region": (p) =>
    Number(p.replaced) > 0
      ? zh`第 ${s(p.from)}–${s(p.to)} 行的表格按通用方式(${GENERIC_ZH[s(p.reader)] ?? s(p.reader)})重读为 ${s(p.count)} 项任务,取代原先读出的 ${s(p.replaced)} 项,请逐项核对。`
      : zh`第 ${s(p.from)}–${s(p.to)} 行另有一张表格,按通用方式(${GENERIC_ZH[s(p.reader)] ?? s(p.reader)})读出 ${s(p.count)} 项任务,作为第 ${s(p.part)} 部分,请逐项核对。`,
  "task-no-units": (p) =>
    p.cell === "empty-below-filled"
      ? zh`任务 ${s(p.id)} 没有责任单位:表格中这一行的单位格是空的(如是合并单元格,请按上一行填写)。`
      : zh`任务 ${s(p.id)} 没有责任单位。`,
  "task-no-lead": (p) =>
    zh`任务 ${s(p.id)} 只列了配合单位(${s(p.units)}),没有牵头单位;写入台账后请在牵头单位列填写。`,
  "units-without-task": (p) =>
    p.after === undefined
      ? zh`这一行的责任单位(${s(p.units)})前面没有任务。`
      : zh`这一行的责任单位(${s(p.units)})前面没有任务:第 ${s(p.after)} 行已是上一条任务的责任单位,中间可能漏了一行任务。`,
  "unit-unusual": (p) =>
    zh`任务 ${s(p.id)} 的单位“${s(p.unit)}”不像单位名称,请核对(是否被截断,或夹带了别的文字)。`,
  "unit-trimmed": (p) =>
    zh`任务 ${s(p.id)} 的单位“${s(p.unit)}”夹带了别的文字,读作“${s(p.name)}”;取下的文字:${s(p.words)}。`,
  "unit-cut": (p) =>
    zh`文本在任务 ${s(p.id)} 的单位名称中间结束(“${s(p.unit)}”),这个不完整的名称没有读作单位;请核对原件补全。`,
  "task-cut": (p) =>
    zh`文本在任务 ${s(p.id)} 的句子中间结束(“${s(p.text)}”),可能是页面或摘录到此截断,它的单位可能不全;请核对原件补全。`,
  "number-duplicated": (p) => zh`编号 ${s(p.id)} 重复出现,这一条记为 ${s(p.renamed)}。`,
  "number-restarted": (p) =>
    zh`编号在“${s(p.heading)}”之后从头开始(这一行似为没有编号的分节标题),编号 ${s(p.id)} 的这一条记为 ${s(p.renamed)}。`,
  "number-skipped": (p) => zh`编号跳号:应为 ${s(p.expected)},实为 ${s(p.found)}。`,
  "task-unnumbered": (p) => zh`这条任务没有编号,暂编为 ${s(p.id)}。`,
  "units-inherited": (p) => zh`任务 ${s(p.id)} 没有自己的责任单位,沿用上级标题的责任单位。`,
  "cell-from-above": (p) =>
    zh`任务 ${s(p.id)} 的${COLUMN_ZH[s(p.column)] ?? "责任领导"}单元格是空的(多为合并单元格),按上一行记为 ${s(p.value)}。`,
  "encoding-guessed": (p) => zh`文件编码按 ${s(p.encoding).toUpperCase()} 读取(根据内容推断)。`,
  "encoding-unreadable": () => zh`无法识别文件编码,请另存为 UTF-8 文本或 .docx 后再导入。`,
  "encoding-bad-bytes": (p) =>
    zh`这一行有无法按 ${s(p.encoding).toUpperCase()} 读取的字节(显示为 �),其余内容照常读取;请对照原文核对这一行` +
    (Number(p.more) > 0 ? zh`(另有 ${s(p.more)} 行也有这种字节)。` : "。"),
  "file-unreadable": (p) => cnPunct(FILE_ZH[s(p.reason)] ?? "") || zh`无法读取文件:${s(p.detail)}`,
  "leader-multiple": (p) =>
    Array.isArray(p.ids) && p.ids.length > 1
      ? zh`任务 ${s(p.ids)} 所在的标题列有多位领导(${s(p.leader)}、${s(p.others)}),台账对这些任务都按第一位记。`
      : zh`任务 ${s(p.id)} 列有多位领导(${s(p.leader)}、${s(p.others)}),台账按第一位记。`,
  "text-unattached": (p) =>
    p.end === "cut"
      ? zh`文本在这一行的文字中间结束(“${s(p.text)}”),可能是页面或摘录到此截断;这段文字没有读作任务,请核对原件补全。`
      : zh`这段文字不属于任何任务,未导入:“${s(p.text)}”。`,
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
  "unit-spaces": () => zh`单元格首尾或“、”两侧有多余的空格。`,
  "unit-format": (p) =>
    zh`单位名称“${s(p.unit)}”与单位名录的写法“${s(p.canonical)}”不一致(空格、括号或繁简字)。`,
  "status-invalid": (p) => zh`完成状态“${s(p.status)}”不在状态列表中(${s(p.allowed)})。`,
  "rate-invalid": (p) =>
    p.reason === "fraction"
      ? zh`${RATE_HEAD}是 ${s(p.value)}:本列填 0 到 100 的数字(50 表示一半);如果输入的是 ${s(Math.round(Number(p.value) * 100))}%,请改为 ${s(Math.round(Number(p.value) * 100))}。`
      : p.reason === "range"
        ? zh`${RATE_HEAD}“${s(p.value)}”不在 0 到 100 之间。`
        : zh`${RATE_HEAD}“${s(p.value)}”不是数字,亮灯不采用;请填 0 到 100 的数字(如 50)。`,
  "deadline-unreadable": (p) =>
    zh`完成时限“${s(p.deadline)}”既不是日期,也不是常用说法(如 6月底前、年底前、持续推进)。`,
  "due-unreadable": (p) =>
    zh`截止日期“${s(p.due)}”不是有效的日期,请写成 2020-06-30 这样的日期(6月底前 这类说法请写在完成时限中)。`,
  "formula-no-value": (p) =>
    zh`这个单元格是公式(=${s(p.formula)}),文件中没有它的计算结果,无法校验;请在 Excel 或 WPS 中打开并保存一次,或直接填写内容。`,
  overdue: (p) =>
    p.date === undefined
      ? zh`任务 ${s(p.id)} 已过完成时限(${s(p.deadline)})仍未完成。`
      : zh`任务 ${s(p.id)} 已过截止日期 ${s(p.date)}${p.deadline ? zh`(完成时限:${s(p.deadline)})` : ""},至 ${s(p.today)} 仍未完成。`,
  "due-soon": (p) =>
    p.date === undefined
      ? zh`任务 ${s(p.id)} 将在 ${s(p.days)} 天内到期(${s(p.deadline)})。`
      : zh`任务 ${s(p.id)} 将在 ${s(p.days)} 天内到期:截止日期 ${s(p.date)}${p.deadline ? zh`(完成时限:${s(p.deadline)})` : ""}。`,
  "due-uncoloured": (p) =>
    zh`任务 ${s(p.id)} 的截止日期按“${s(p.written)}”读作 ${s(p.date)},` +
    (p.days === undefined ? zh`至 ${s(p.today)} 已过期仍未完成` : zh`将在 ${s(p.days)} 天内到期`) +
    zh`;但截止日期中没有日期单元格,表格不会为它标色。请在截止日期中填入日期 ${s(p.date)}。`,
  "assignments-stale": (p) =>
    (p.change === "removed"
      ? zh`任务 ${s(p.id)} 已从任务台账中删除,任务分工表和据此统计的分单位表、汇总中仍有它`
      : p.change === "added"
        ? zh`任务 ${s(p.id)} 在任务分工表中没有分工,分单位表、汇总中没有它`
        : zh`任务 ${s(p.id)} 的牵头或配合单位已改动(${changedZh(p)}),任务分工表和据此统计的分单位表、汇总已过时`) +
    zh`;请重新生成各单位工作表(Excel 中:台账助手 → 生成;没有 Excel:${regenerateCommandText(p, "台账.xlsx")},或在独立页面中打开台账)。`,
  "regenerated-units": (p) =>
    [
      p.added ? zh`新增单位(新建了分单位表):${s(p.added)}` : "",
      p.removed ? zh`移除单位(不再有任务,分单位表已删除):${s(p.removed)}` : "",
    ]
      .filter(Boolean)
      .join(zh`;`) + zh`。`,
  "regenerated-own-sheets": (p) => zh`自建的工作表 ${s(p.sheets)} 已原样带入新文件。`,
  "regenerated-unregistered": (p) =>
    zh`单位 ${s(p.unit)} 不在单位名录中,仍为它生成了分单位表;任务 ${s(p.ids)} 写到它(${s(p.cells)})。新单位请加入单位名录;已有单位的另一种写法,请在单位名录中加为别名或在任务台账中改为名录中的名称,再重新生成。`,
  "kept-as-text": (p) =>
    p.kind === "date"
      ? zh`${s(p.cell)}:${s(p.column)}中填写的“${s(p.text)}”不是日期,已按文字原样保留(逾期判断和亮灯只认日期,这一格不参与)。`
      : zh`${s(p.cell)}:${s(p.column)}中填写的“${s(p.text)}”是文字,不是 0–100 的数字,已按文字原样保留(亮灯只认数字,这一格按未填写计)。`,
  "formula-as-value": (p) =>
    p.why === "rewritten"
      ? zh`${s(p.cell)}:公式 =${s(p.formula)} 所在的行由台账重新写出,保留为它的值“${s(p.value)}”;如仍需公式,请在新文件中重新填写。`
      : zh`${s(p.cell)}:公式 =${s(p.formula)} 引用的单元格在新文件中位置已变,保留为它的值“${s(p.value)}”;如仍需公式,请对照新位置重新填写。`,
  "regenerated-cells-left": (p) =>
    zh`表格之外填写的 ${s(p.count)} 个单元格没有带入新文件(原文件中仍有),请按需复制过去:${s(p.cells)}。`,
  "rows-below-table": (p) =>
    zh`工作表 ${s(p.sheet)} 第 ${s(p.first)}${p.count === 1 ? "" : zh`–${s(p.last)}`} 行写在表格范围之外(LibreOffice、WPS 不会自动扩展表格),已一并校验;生成和数据透视表只认表格内的行,请在 Excel 中扩展表格,或运行 ${regenerateCommandText(p, "台账.xlsx")}。`,
  "assignments-missing": (p) =>
    zh`找不到任务分工表(表格 Assignments),无法核对分单位表和汇总是否过时;请重新生成各单位工作表(Excel 中:台账助手 → 生成;没有 Excel:${regenerateCommandText(p, "台账.xlsx")},或在独立页面中打开台账)。`,
  "cell-too-long": (p) =>
    zh`这个单元格有 ${s(p.length)} 个字符,超过 Excel 单元格的上限 32767 个,只写入了前 32767 个;请对照原文拆分或删减。`,
  "status-done-first": (p) =>
    p.start === p.first
      ? zh`状态列表只有算作已完成的状态“${s(p.first)}”,每项任务一开始就是已完成;请加一个初始状态(如 未启动)。`
      : zh`第一个状态“${s(p.first)}”是算作已完成的状态;新任务不会从它开始,而是从“${s(p.start)}”开始。建议把初始状态(如 未启动)排在第一位。`,
  "alias-suggested": (p) =>
    zh`“${s(p.alias)}”可能是“${s(p.canonical)}”的别名(${s(p.reason)}),请在单位名录中确认。`,
  // notes of the Office shell: things done another way than planned
  "pivot-filter-unsupported": () =>
    zh`这个版本的 Excel 不支持数据透视表筛选(需要 ExcelApi 1.12),分单位表改用公式统计。`,
  "pivot-filter-item-missing": () => zh`有的单位在任务分工表中没有任务,它的工作表改用公式统计。`,
  "autofilter-unsupported": () =>
    zh`这个版本的 Excel 不支持在普通区域上加筛选按钮(需要 ExcelApi 1.9),已略过。`,
  "page-layout-unsupported": () =>
    zh`这个版本的 Excel 不支持设置打印格式(需要 ExcelApi 1.9):纸张、缩放到一页宽、标题行和页脚请在“页面布局”中设置。`,
  "page-layout-failed": () =>
    zh`Excel 未能设置打印格式(A4、缩放到一页宽、标题行、页脚);工作表已写入,打印前请在“页面布局”中设置。`,
  "name-fixed-address": () =>
    zh`名称 UnitList 被 Excel 存成了固定区域,单位名录增加单位后,牵头单位的下拉列表不会自动包含新单位;请重新生成。`,
  "freeze-failed": () =>
    zh`这个版本的 Excel 拒绝了冻结窗格,台账已写入,但表头没有冻结;可在“视图 → 冻结窗格”中手动设置。`,
  "pivot-layout-overflow": () =>
    zh`有的数据透视表比预留的位置大,可能盖住了下方的内容;请检查分单位表和汇总,必要时重新生成。`,
};

/** The units of a changed task, labelled: 新增:A;移除:B — or just the names when only roles changed. */
function changedZh(p: Params): string {
  const parts = [p.added ? zh`新增:${s(p.added)}` : "", p.removed ? zh`移除:${s(p.removed)}` : ""];
  return parts.filter(Boolean).join(zh`;`) || s(p.units);
}
function changedEn(p: Params): string {
  const parts = [p.added ? `added: ${en(p.added)}` : "", p.removed ? `removed: ${en(p.removed)}` : ""];
  return parts.filter(Boolean).join("; ") || en(p.units);
}

function unknown(p: Params, role: string): string {
  const hint = p.suggestions && s(p.suggestions) ? zh`,是否为:${s(p.suggestions)}?` : "。";
  return zh`${role}“${s(p.unit)}”不在单位名录中${hint}`;
}
function unknownEn(p: Params, role: string): string {
  const hint = p.suggestions && en(p.suggestions) ? ` Did you mean: ${en(p.suggestions)}?` : "";
  return `${role} "${en(p.unit)}" is not in the unit registry.${hint}`;
}

/** English wordings, one per code: a code of the unions without one does not compile. */
const EN: Readonly<Record<MessageCode, Template>> = {
  "no-tasks": (p) => `No tasks found: ${REASON_EN[en(p.reason)] ?? en(p.reason)}.`,
  "layout-generic": (p) =>
    `The document's layout is not one of the known ones; ${en(p.count)} tasks were read generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}): check each task and its units.`,
  "layout-region": (p) =>
    Number(p.replaced) > 0
      ? `The table on lines ${en(p.from)}–${en(p.to)} was read again generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}) as ${en(p.count)} tasks, replacing the ${en(p.replaced)} read before: check each task and its units.`
      : `Another table on lines ${en(p.from)}–${en(p.to)} was read generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}) as ${en(p.count)} tasks, part ${en(p.part)}: check each task and its units.`,
  "task-no-units": (p) =>
    p.cell === "empty-below-filled"
      ? `Task ${en(p.id)} has no responsible unit: its units cell in the table is empty (if the cell is merged, fill in the units of the row above).`
      : `Task ${en(p.id)} has no responsible unit.`,
  "task-no-lead": (p) =>
    `Task ${en(p.id)} lists only co-units (${en(p.units)}) and no lead unit; fill in 牵头单位 in the ledger.`,
  "units-without-task": (p) =>
    p.after === undefined
      ? `Units on this line (${en(p.units)}) follow no task.`
      : `Units on this line (${en(p.units)}) follow no task: line ${en(p.after)} already gave the units of the task above; a task line may be missing.`,
  "unit-unusual": (p) =>
    `Task ${en(p.id)}: "${en(p.unit)}" does not look like a unit name; check it (cut short, or with other text in it?).`,
  "unit-trimmed": (p) =>
    `Task ${en(p.id)}: "${en(p.unit)}" had other words in it and is read as "${en(p.name)}"; the words taken off: ${en(p.words)}.`,
  "unit-cut": (p) =>
    `Task ${en(p.id)}: the text ends inside a unit name ("${en(p.unit)}"); the partial name is not read as a unit. Check the original.`,
  "task-cut": (p) =>
    `Task ${en(p.id)}: the text ends mid-sentence ("${en(p.text)}"), perhaps where a page or excerpt was cut; its units may be incomplete. Check the original.`,
  "number-duplicated": (p) => `Number ${en(p.id)} appears twice; this one is kept as ${en(p.renamed)}.`,
  "number-restarted": (p) =>
    `The numbering starts again after "${en(p.heading)}" (a section heading without a number, it seems); number ${en(p.id)} here is kept as ${en(p.renamed)}.`,
  "number-skipped": (p) => `Numbering skips: expected ${en(p.expected)}, found ${en(p.found)}.`,
  "task-unnumbered": (p) => `This task has no number; it was numbered ${en(p.id)}.`,
  "units-inherited": (p) => `Task ${en(p.id)} has no units of its own and takes those of its heading.`,
  "cell-from-above": (p) =>
    `Task ${en(p.id)}: the ${COLUMN_EN[s(p.column)] ?? "leader"} cell is empty (usually a merged cell); read as the row above: ${en(p.value)}.`,
  "encoding-guessed": (p) => `Read as ${en(p.encoding).toUpperCase()} (guessed from the content).`,
  "encoding-unreadable": () =>
    `The file's encoding is not recognised; save it as UTF-8 text or .docx and import again.`,
  "encoding-bad-bytes": (p) =>
    `This line holds bytes that are not valid ${en(p.encoding).toUpperCase()} (shown as �); the rest was read as usual. Check this line against the original` +
    (Number(p.more) > 0 ? ` (${en(p.more)} more lines hold such bytes).` : "."),
  "file-unreadable": (p) => FILE_EN[en(p.reason)] ?? `The file cannot be read: ${en(p.detail)}`,
  "leader-multiple": (p) =>
    Array.isArray(p.ids) && p.ids.length > 1
      ? `Tasks ${en(p.ids)} come under a heading that names several leaders (${en(p.leader)}, ${en(p.others)}); the ledger keeps the first for each of them.`
      : `Task ${en(p.id)} names several leaders (${en(p.leader)}, ${en(p.others)}); the ledger keeps the first.`,
  "text-unattached": (p) =>
    p.end === "cut"
      ? `The text ends mid-sentence on this line ("${en(p.text)}"), perhaps where a page or excerpt was cut; it was not read as a task. Check the original.`
      : `This text belongs to no task and was not imported: "${en(p.text)}".`,
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
  "unit-spaces": () => `Stray spaces at either end of the cell or around "、".`,
  "unit-format": (p) =>
    `Unit name "${en(p.unit)}" differs from the registry's spelling "${en(p.canonical)}" (spaces, brackets or traditional characters).`,
  "status-invalid": (p) => `Status "${en(p.status)}" is not in the status list (${en(p.allowed)}).`,
  "rate-invalid": (p) =>
    p.reason === "fraction"
      ? `完成进度(%) is ${en(p.value)}: the column takes a number from 0 to 100 (50 for half); if ${en(Math.round(Number(p.value) * 100))}% was typed, write ${en(Math.round(Number(p.value) * 100))}.`
      : p.reason === "range"
        ? `完成进度(%) "${en(p.value)}" is not between 0 and 100.`
        : `完成进度(%) "${en(p.value)}" is not a number, and the lights do not read it; type a number from 0 to 100 (such as 50).`,
  "deadline-unreadable": (p) =>
    `Deadline "${en(p.deadline)}" is neither a date nor a known phrase (6月底前, 年底前, 持续推进 …).`,
  "due-unreadable": (p) =>
    `Due date "${en(p.due)}" is not a valid date; write a date such as 2020-06-30 (phrases such as 6月底前 belong in 完成时限).`,
  "formula-no-value": (p) =>
    `This cell holds a formula (=${en(p.formula)}) whose result the file does not keep, so it cannot be checked; open and save the file once in Excel or WPS, or type the value.`,
  overdue: (p) =>
    p.date === undefined
      ? `Task ${en(p.id)} is past its deadline (${en(p.deadline)}) and not done.`
      : `Task ${en(p.id)} is past its due date ${en(p.date)}${p.deadline ? ` (deadline: ${en(p.deadline)})` : ""} and not done on ${en(p.today)}.`,
  "due-soon": (p) =>
    p.date === undefined
      ? `Task ${en(p.id)} is due within ${en(p.days)} days (${en(p.deadline)}).`
      : `Task ${en(p.id)} is due within ${en(p.days)} days: due date ${en(p.date)}${p.deadline ? ` (deadline: ${en(p.deadline)})` : ""}.`,
  "due-uncoloured": (p) =>
    `Task ${en(p.id)}: its due date reads as ${en(p.date)} from "${en(p.written)}", ` +
    (p.days === undefined ? `past and not done on ${en(p.today)}` : `due within ${en(p.days)} days`) +
    `; but 截止日期 holds no date cell, so the sheet does not colour it. Enter the date ${en(p.date)} in 截止日期.`,
  "assignments-stale": (p) =>
    (p.change === "removed"
      ? `Task ${en(p.id)} was deleted from 任务台账, but 任务分工 and the unit sheets and 汇总 counted from it still list it`
      : p.change === "added"
        ? `Task ${en(p.id)} has no rows in 任务分工, so the unit sheets and 汇总 leave it out`
        : `The lead or co-units of task ${en(p.id)} changed (${changedEn(p)}); 任务分工 and the unit sheets and 汇总 counted from it are out of date`) +
    `; regenerate the unit sheets (in Excel: 台账助手 → Generate; without Excel: ${regenerateCommandText(p, "ledger.xlsx")}, or open the ledger in the standalone page).`,
  "regenerated-units": (p) =>
    [
      p.added ? `Units added (new unit sheets): ${en(p.added)}` : "",
      p.removed ? `Units removed (no tasks any more, their sheets are gone): ${en(p.removed)}` : "",
    ]
      .filter(Boolean)
      .join("; ") + ".",
  "regenerated-own-sheets": (p) =>
    `Your own sheets ${en(p.sheets)} are carried into the new file as they were.`,
  "regenerated-unregistered": (p) =>
    `Unit ${en(p.unit)} is not in 单位名录, and got a unit sheet all the same; tasks ${en(p.ids)} name it (${en(p.cells)}). Add a new unit to 单位名录; for another spelling of a listed unit, add it there as an alias or write the listed name in 任务台账, then regenerate.`,
  "kept-as-text": (p) =>
    p.kind === "date"
      ? `${en(p.cell)}: "${en(p.text)}" typed in ${en(p.column)} is no date; kept as text, as typed (the overdue rule and the lights read dates only, and leave this cell out).`
      : `${en(p.cell)}: "${en(p.text)}" typed in ${en(p.column)} is text, not a number from 0 to 100; kept as text, as typed (the lights read numbers only, and take this cell as empty).`,
  "formula-as-value": (p) =>
    p.why === "rewritten"
      ? `${en(p.cell)}: the formula =${en(p.formula)} stands in a row the ledger writes anew; its value "${en(p.value)}" is kept instead. Type the formula again in the new file if it is still wanted.`
      : `${en(p.cell)}: the formula =${en(p.formula)} refers to cells that stand elsewhere in the new file; its value "${en(p.value)}" is kept instead. Type the formula again against the new places if it is still wanted.`,
  "regenerated-cells-left": (p) =>
    `${en(p.count)} cells typed outside the tables are not in the new file (the previous file still holds them); copy them over as needed: ${en(p.cells)}.`,
  "rows-below-table": (p) =>
    `Rows ${en(p.first)}${p.count === 1 ? "" : `–${en(p.last)}`} of sheet ${en(p.sheet)} are below the table's range (LibreOffice and WPS do not grow tables); they were checked too. Generating and pivots only see rows inside the table: resize the table in Excel, or run ${regenerateCommandText(p, "ledger.xlsx")}.`,
  "assignments-missing": (p) =>
    `The 任务分工 table (Assignments) is missing, so whether the unit sheets and 汇总 are out of date cannot be checked; regenerate them (in Excel: 台账助手 → Generate; without Excel: ${regenerateCommandText(p, "ledger.xlsx")}, or open the ledger in the standalone page).`,
  "cell-too-long": (p) =>
    `This cell has ${en(p.length)} characters, more than an Excel cell holds (32,767); only the first 32,767 were written. Split or shorten it against the original.`,
  "status-done-first": (p) =>
    p.start === p.first
      ? `The only status is "${en(p.first)}", which counts as done, so every task starts as done; add a starting status (such as 未启动).`
      : `The first status, "${en(p.first)}", counts as done; new tasks do not start there but at "${en(p.start)}". Put the starting status (such as 未启动) first.`,
  "alias-suggested": (p) =>
    `"${en(p.alias)}" may be an alias of "${en(p.canonical)}" (${en(p.reason)}); confirm it in the unit registry.`,
  "pivot-filter-unsupported": () =>
    "This Excel cannot filter PivotTables (ExcelApi 1.12 needed); unit sheets show formula counts instead.",
  "pivot-filter-item-missing": () =>
    "Some units have no rows in Assignments; their sheets show formula counts instead.",
  "autofilter-unsupported": () =>
    "This Excel cannot add filter buttons to plain ranges (ExcelApi 1.9 needed); skipped.",
  "page-layout-unsupported": () =>
    "This Excel cannot set up printing (ExcelApi 1.9 needed): set paper, fit to one page wide, print titles and footer under Page Layout.",
  "page-layout-failed": () =>
    "Excel could not set up printing (A4, fit to one page wide, print titles, footer); the sheets are written — set it under Page Layout before printing.",
  "name-fixed-address": () =>
    "Excel stored the name UnitList as a fixed range: units added to 单位名录 later will not appear in the lead dropdown until you regenerate.",
  "freeze-failed": () =>
    "This Excel refused to freeze panes: the ledger is written, but its header is not frozen; set it under View → Freeze Panes.",
  "pivot-layout-overflow": () =>
    "A PivotTable is larger than the rows kept for it and may cover what follows; check the unit sheets and 汇总, and regenerate if needed.",
};

const TABLES: Readonly<Record<Lang, Readonly<Record<MessageCode, Template>>>> = {
  "zh-CN": { ...ZH, ...COLLECT_ZH },
  "en-US": { ...EN, ...COLLECT_EN },
};

/**
 * The sentence for a finding or a note.
 * @example message("task-no-units", { id: "4.19" }, "zh-CN") === "任务 4.19 没有责任单位。"
 */
export function message(code: MessageCode, params: Params, lang: Lang = "zh-CN"): string {
  return TABLES[lang][code](params);
}

/** The codes worded in a language (all of them, in both: the tables are typed by the code unions). */
export function knownCodes(lang: Lang): MessageCode[] {
  return Object.keys(TABLES[lang]) as MessageCode[];
}

/** True when `code` is one of the worded codes (a note code as the shell passes it, a string). */
export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(ZH, code);
}

const ALIAS_REASONS: Readonly<Record<Lang, Readonly<Record<AliasReason, string>>>> = {
  "zh-CN": {
    bracket: "括号写法",
    plate: "括号中的名称单独使用",
    prefix: "前缀不同",
    abbreviation: "简称",
    similar: "写法相近",
  },
  "en-US": {
    bracket: "bracketed form",
    plate: "the bracketed name used alone",
    prefix: "prefix",
    abbreviation: "abbreviation",
    similar: "similar spelling",
  },
};

/** Why an alias was suggested, in words: 括号写法 (发改局(服务业局) → 发改局), 括号中的名称单独使用 (服务业局 → 发改局) … */
export function aliasReasonText(reason: AliasReason, lang: Lang): string {
  return ALIAS_REASONS[lang][reason];
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
