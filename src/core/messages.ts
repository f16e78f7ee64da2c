/**
 * The wording of every finding, in Chinese and English, built from its code and params. The only place
 * where findings become sentences (the English table is in messagesEn.ts, the words put in for params and the
 * helpers both use in messageWords.ts); everything else passes codes and params around.
 */

import { cnPunct, zh } from "./text/cnPunct";
import type { MessageCode, Params, Where } from "./types";
import type { AliasReason } from "./units/types";
import { COLLECT_EN, COLLECT_ZH } from "./rounds/messages";
import {
  COLUMN_ZH,
  FILE_ZH,
  GENERIC_ZH,
  RATE_HEAD,
  REASON_ZH,
  regenerateCommandText,
  pairs,
  s,
  type Template,
} from "./messageWords";
import { EN } from "./messagesEn";

export type Lang = "zh-CN" | "en-US";

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
  "target-unread": (p) =>
    zh`任务 ${s(p.id)} 的目标“${s(p.target)}”已写入任务内容,但没有读成量化指标(不在“量化指标”表中);请核对,需要亮灯的请在量化指标表中补录。`,
  "encoding-guessed": (p) => zh`文件编码按 ${s(p.encoding).toUpperCase()} 读取(根据内容推断)。`,
  "encoding-unreadable": () => zh`无法识别文件编码,请另存为 UTF-8 文本或 .docx 后再导入。`,
  "encoding-bad-bytes": (p) =>
    zh`这一行有无法按 ${s(p.encoding).toUpperCase()} 读取的字节(显示为 �),其余内容照常读取;请对照原文核对这一行` +
    (Number(p.more) > 0 ? zh`(另有 ${s(p.more)} 行也有这种字节)。` : "。"),
  "pdf-unruled-table": (p) =>
    zh`这份 PDF 的表格没有框线,有 ${s(p.rows)} 行是按文字位置拼出的单元格,跨行或多行的单元格可能错到相邻一行;请逐项核对责任单位,最好用 .docx 或 .xlsx 原件导入。`,
  "pdf-cell-across-pages": (p) =>
    zh`第 ${s(p.from)}–${s(p.to)} 行在 PDF 新一页的开头,这几格是空的,与上一页末行的单元格合并跨页,已按上一页填写:${pairs(p.cells, p.spans, (c, l) => zh`${c}(第 ${l} 行)`, "、")};请对照原件核对。`,
  "file-unreadable": (p) => cnPunct(FILE_ZH[s(p.reason)] ?? "") || zh`无法读取文件:${s(p.detail)}`,
  "leader-multiple": (p) =>
    Array.isArray(p.ids) && p.ids.length > 1
      ? zh`任务 ${s(p.ids)} 所在的标题列有多位领导(${s(p.leader)}、${s(p.others)}),台账对这些任务都按第一位记。`
      : zh`任务 ${s(p.id)} 列有多位领导(${s(p.leader)}、${s(p.others)}),台账按第一位记。`,
  "text-unattached": (p) =>
    p.end === "cut"
      ? zh`文本在这一行的文字中间结束(“${s(p.text)}”),可能是页面或摘录到此截断;这段文字没有读作任务,请核对原件补全。`
      : zh`这段文字不属于任何任务,未导入:“${s(p.text)}”。`,
  "line-unread": (p) =>
    zh`这一行有 ${s(p.length)} 个字,太长,没有读作标题、领导、任务或单位,整行未导入(开头是“${s(p.text)}……”);其下的任务没有从它读到分管领导。请对照原文核对:是标题的请删短,含有任务或单位的请分行,再导入。`,
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
  "co-duplicate": (p) =>
    p.count
      ? zh`配合单位中“${s(p.unit)}”出现了 ${s(p.count)} 次${p.via ? zh`(含别名“${s(p.via)}”)` : ""},应只列一次。`
      : zh`配合单位中“${s(p.unit)}”重复出现${p.via ? zh`(经别名“${s(p.via)}”)` : ""}。`,
  "co-repeats-lead": (p) => zh`配合单位中又列了牵头单位“${s(p.unit)}”。`,
  "co-separator": (p) => zh`单位之间应以“、”分隔,这里用了“${s(p.found)}”。`,
  "unit-spaces": () => zh`单元格首尾或“、”两侧有多余的空格。`,
  "unit-format": (p) =>
    zh`单位名称“${s(p.unit)}”与单位名录的写法“${s(p.canonical)}”不一致(空格、括号或繁简字)。`,
  "status-invalid": (p) => zh`完成状态“${s(p.status)}”不在状态列表中(${s(p.allowed)})。`,
  "rate-invalid": (p) =>
    p.reason === "fraction"
      ? zh`${RATE_HEAD}是 ${s(p.value)}:本列填 0 到 100 的数字(50 表示一半);如果输入的是 ${s(Math.round(Number(p.value) * 100))}%,请改为 ${s(Math.round(Number(p.value) * 100))}。`
      : p.reason === "as-text"
        ? zh`${RATE_HEAD}“${s(p.value)}”是以文本保存的数字,亮灯公式不读文本(按未填进度计);请把单元格设为“常规”后重新输入数字 ${s(p.number)}。更新和重新生成台账时按 ${s(p.number)} 写回。`
        : p.reason === "percent"
          ? zh`${RATE_HEAD}“${s(p.value)}”是文本,亮灯不采用;本列的数字本身就是百分数,请填数字 ${s(p.number)}。`
          : p.reason === "range"
            ? zh`${RATE_HEAD}“${s(p.value)}”不在 0 到 100 之间。`
            : zh`${RATE_HEAD}“${s(p.value)}”不是数字,亮灯不采用;请填 0 到 100 的数字(如 50)。`,
  "actual-invalid": (p) =>
    p.reason === "fraction"
      ? zh`任务 ${s(p.id)} 的${s(p.header)}是 ${s(p.value)}:目标以 % 计,本列填百分数本身;如果输入的是 ${s(p.number)}%(单元格显示为百分比),请改为数字 ${s(p.number)}。亮灯和通报现在按 ${s(p.value)}% 比较。`
      : p.reason === "percent"
        ? zh`任务 ${s(p.id)} 的${s(p.header)}“${s(p.value)}”是文本,亮灯和通报都不计入;目标以 % 计,请填数字 ${s(p.number)}。`
        : p.reason === "as-text"
          ? zh`任务 ${s(p.id)} 的${s(p.header)}“${s(p.value)}”是以文本保存的数字,表中的亮灯公式不读文本;请把单元格设为“常规”后重新输入数字 ${s(p.number)}。`
          : zh`任务 ${s(p.id)} 的${s(p.header)}“${s(p.value)}”不是数字,亮灯和通报都不计入;请填数字(单位:${s(p.unit) || "无"})。`,
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
  "kept-round-records": (p) =>
    zh`${s(p.sheets)} 是此前汇总各单位报送、生成通报时写入的记录,不是自建的工作表,按原样保留` +
    (Number(p.renumbered) > 0
      ? zh`;表中的编号是当时的编号,本次有 ${s(p.renumbered)} 项任务改了编号(见上)`
      : "") +
    zh`。再次汇总或生成通报时换成新的。`,
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
    zh`这个单元格有 ${s(p.length)} 个字符,超过 Excel 单元格的上限 32767 个,只写入了前面部分,末尾注明“以下已截断”;请对照原文拆分或删减。`,
  "units-too-long": (p) =>
    zh`${p.id ? zh`任务 ${s(p.id)} 的` : ""}这一格列出 ${s(p.total)} 个单位(${s(p.length)} 个字符),超过 Excel 单元格的上限 32767 个字符:格中只写入前 ${s(p.listed)} 个,末尾注明共有几个;全部 ${s(p.total)} 个单位都在任务分工表中逐行列出,校验、重新生成和更新台账按任务分工读取其余 ${s(Number(p.total) - Number(p.listed))} 个,不会丢失。`,
  "units-cut": (p) =>
    p.whole
      ? zh`任务 ${s(p.id)} 的${s(p.column)}共 ${s(p.total)} 个单位,生成台账时超出单元格上限,格中只列出前 ${s(p.listed)} 个(生成时截断,不是有人删改);其余 ${s(Number(p.total) - Number(p.listed))} 个按任务分工表读取,一并校验,重新生成和更新台账也都保留。请勿删去格末的说明。`
      : zh`任务 ${s(p.id)} 的${s(p.column)}在生成台账时因超出单元格上限被截断:原有 ${s(p.total)} 个单位,格中只列出前 ${s(p.listed)} 个,任务分工表中也找不到其余 ${s(p.missing)} 个。请勿重新生成或更新台账(那样只留下格中这 ${s(p.listed)} 个);请先对照原文件补回,如把这项任务的单位分成几项任务。`,
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
function unknown(p: Params, role: string): string {
  if (p.formula !== undefined)
    return zh`这个单元格是公式(=${s(p.formula)}),显示的是它的结果“${s(p.unit)}”,不是单位名录中的单位;请直接填写${role}的名称。`;
  const hint = p.suggestions && s(p.suggestions) ? zh`,是否为:${s(p.suggestions)}?` : "。";
  return zh`${role}“${s(p.unit)}”不在单位名录中${hint}`;
}
const TABLES: Readonly<Record<Lang, Readonly<Record<MessageCode, Template>>>> = {
  "zh-CN": { ...ZH, ...COLLECT_ZH },
  "en-US": { ...EN, ...COLLECT_EN },
};

/**
 * The sentence for a finding or a note.
 * @example message("task-no-units", { id: "4.19" }, "zh-CN") === "任务 4.19 没有责任单位。"
 */
export function message(code: MessageCode, params: Params, lang: Lang = "zh-CN"): string {
  const text = TABLES[lang][code](params);
  // The same finding found more than once in one cell, given once (checks/collapse.ts).
  const times = typeof params.times === "number" && params.times > 1 ? params.times : 0;
  if (!times) return text;
  return lang === "zh-CN"
    ? zh`${text.replace(/。$/, "")}(这一格中共 ${times} 处)。`
    : `${text.replace(/\.$/, "")} (${times} times in this cell).`;
}

/**
 * The line after the first few of a finding found word for word in many cells: how many more, and where.
 * @example moreAlikeText(12, "任务台账!F9、任务台账!F10…", "zh-CN") === "另有 12 处同样的问题：任务台账!F9、任务台账!F10…"
 */
export function moreAlikeText(count: number, places: string, lang: Lang = "zh-CN"): string {
  return lang === "zh-CN"
    ? zh`另有 ${count} 处同样的问题:` + places
    : `${count} more places with the same finding: ${places}`;
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
