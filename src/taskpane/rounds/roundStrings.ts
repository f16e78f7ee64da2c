/**
 * The words of the round's panel and services, Chinese first. Kept beside the round (not in i18n.ts) so that
 * they load with it, on demand, not with the pane.
 */

import type { Lang } from "../../core/messages";
import type { Tally } from "../../core/rounds/bulletinFigures";
import { cnPunct, zh } from "../../core/text/cnPunct";

export interface RoundStrings {
  readonly dispatchTitle: string;
  readonly dispatchHint: string;
  readonly reportTitle: string;
  readonly reportHint: string;
  readonly collectTitle: string;
  readonly collectHint: string;
  readonly periodLabel: string;
  readonly periodPlaceholder: string;
  readonly listUnits: string;
  readonly unitsTitle: (units: number, period: string) => string;
  readonly unitLine: (unit: string, lead: number, co: number) => string;
  readonly downloadZip: string;
  readonly dispatched: (forms: number, fileName: string) => string;
  readonly pickReturns: string;
  readonly picked: (n: number) => string;
  readonly collect: string;
  readonly makeReport: string;
  readonly reported: (t: Tally, missing: number) => string;
  readonly downloadedFiles: (names: readonly string[]) => string;
  readonly collectedInto: (fileName: string | null) => string;
  readonly openLedger: string;
  readonly ledgerOpened: (name: string) => string;
  readonly needLedger: string;
  readonly notLedger: (name: string) => string;
  readonly badPeriod: (period: string) => string;
  readonly noReturns: string;
  readonly belowTable: (cell: string) => string;
  readonly taskRowsGone: (ids: readonly string[]) => string;
  readonly sheetRenamed: (wanted: string, used: string) => string;
  readonly zipName: (period: string) => string;
  readonly collectedName: (stem: string, period: string) => string;
  readonly bulletinName: (period: string) => string;
  readonly ledgerWithBulletinName: (stem: string, period: string) => string;
}

const ZH: RoundStrings = {
  dispatchTitle: "分发各单位",
  dispatchHint: cnPunct(
    "为每个有任务的单位生成一份报送表(牵头、配合或经由“各镇(街道)”等),打包成一个 .zip 下载;先列出单位和任务数。",
  ),
  reportTitle: "通报",
  reportHint: cnPunct("按台账现状起草通报(.docx 下载),同样的表格写入“通报”工作表。"),
  collectTitle: "汇总各单位报送",
  collectHint: cnPunct(
    "选择各单位报回的报送表(可多选,文件名可被改过):填报内容汇入进展记录,牵头单位的完成状态更新任务台账,改动不可修改内容的行不予采用并列出,未报送单位列入催办名单,结果写入“报送情况”工作表。",
  ),
  periodLabel: cnPunct("期次(如 2026-03 或 2026Q1;留空为本期)"),
  periodPlaceholder: "2026-03",
  listUnits: "列出单位",
  unitsTitle: (units, period) => zh`期次 ${period}:${units} 个单位有任务`,
  unitLine: (unit, lead, co) => zh`${unit}:牵头 ${lead} 项,配合 ${co} 项`,
  downloadZip: "下载报送表(.zip)",
  dispatched: (forms, fileName) => zh`已生成 ${forms} 份报送表:${fileName}`,
  pickReturns: "选择报送表文件",
  picked: (n) => zh`已选择 ${n} 个文件`,
  collect: "汇总",
  makeReport: "生成通报",
  reported: (t, missing) =>
    zh`${t.tasks} 项任务,已完成 ${t.done} 项,正常推进 ${t.onSchedule} 项,滞后 ${t.behind} 项,逾期 ${t.overdue} 项,完成率 ${t.rate}%;未报送 ${missing} 个单位。`,
  downloadedFiles: (names) => zh`已下载:${names.join("、")}`,
  collectedInto: (fileName) =>
    fileName
      ? zh`汇总后的台账已下载为 ${fileName}。`
      : cnPunct("已写入本工作簿的进展记录、任务台账和“报送情况”工作表。"),
  openLedger: cnPunct("打开台账(.xlsx)"),
  ledgerOpened: (name) => zh`台账:${name}`,
  needLedger: cnPunct("请先打开台账文件(.xlsx)。"),
  notLedger: (name) => zh`${name} 不是台账(找不到表格 Tasks)。`,
  badPeriod: (period) => zh`期次写作 2026-03(月)或 2026Q1(季度),不是“${period}”。`,
  noReturns: cnPunct("所选文件中没有报送表;如需只生成报送情况(全部催办),请填写期次。"),
  belowTable: (cell) =>
    zh`进展记录表下方的单元格 ${cell} 有内容,表格无法向下扩展;请把这些内容移开后再汇总。未作任何修改。`,
  taskRowsGone: (ids) => zh`任务台账中找不到编号 ${ids.join("、")}(已删除或改号),其当前状态未更新。`,
  sheetRenamed: (wanted, used) => zh`工作簿中已有手工创建的“${wanted}”表,未改动;本次结果写入“${used}”。`,
  zipName: (period) => `报送表-${period}.zip`,
  collectedName: (stem, period) => `${stem}-汇总${period}.xlsx`,
  bulletinName: (period) => `通报-${period}.docx`,
  ledgerWithBulletinName: (stem, period) => `${stem}-通报${period}.xlsx`,
};

const EN: RoundStrings = {
  dispatchTitle: "Send forms to units",
  dispatchHint:
    "A reporting form for every unit with tasks (as lead, co-unit or through a collective such as 各镇(街道)), in one .zip; the units and their task counts are listed first.",
  reportTitle: "Bulletin (通报)",
  reportHint:
    "Drafts the 通报 from the ledger as it is (a .docx download) and writes the same tables to the 通报 sheet.",
  collectTitle: "Collect the returns",
  collectHint:
    "Pick the forms the units returned (several at once; renamed files are fine): filled cells go into 进展记录, the lead units' status updates 任务台账, rows whose locked cells were edited are refused and listed, units that did not return are listed to chase, and the report goes to the 报送情况 sheet.",
  periodLabel: "Period (such as 2026-03 or 2026Q1; empty for this one)",
  periodPlaceholder: "2026-03",
  listUnits: "List the units",
  unitsTitle: (units, period) => `Period ${period}: ${units} units have tasks`,
  unitLine: (unit, lead, co) => `${unit}: leads ${lead}, supports ${co}`,
  downloadZip: "Download the forms (.zip)",
  dispatched: (forms, fileName) => `${forms} forms: ${fileName}`,
  pickReturns: "Pick the returned forms",
  picked: (n) => `${n} files picked`,
  collect: "Collect",
  makeReport: "Draft the bulletin",
  reported: (t, missing) =>
    `${t.tasks} tasks, ${t.done} done, ${t.onSchedule} on schedule, ${t.behind} behind, ${t.overdue} overdue, ${t.rate}% done; ${missing} units did not report.`,
  downloadedFiles: (names) => `Downloaded: ${names.join(", ")}`,
  collectedInto: (fileName) =>
    fileName
      ? `The ledger with the returns is downloaded as ${fileName}.`
      : "Written to this workbook's 进展记录, 任务台账 and the 报送情况 sheet.",
  openLedger: "Open the ledger (.xlsx)",
  ledgerOpened: (name) => `Ledger: ${name}`,
  needLedger: "Open the ledger file (.xlsx) first.",
  notLedger: (name) => `${name} is not a ledger (no table named Tasks).`,
  badPeriod: (period) => `Write the period as 2026-03 (a month) or 2026Q1 (a quarter), not "${period}".`,
  noReturns:
    "None of these files is a reporting form; give a period to write the report (everyone to chase) anyway.",
  belowTable: (cell) =>
    `The cell ${cell} below the Progress table holds something, so the table cannot grow; move it and collect again. Nothing was changed.`,
  taskRowsGone: (ids) =>
    `任务台账 has no task ${ids.join(", ")} any more (deleted or renumbered); its current state was not updated.`,
  sheetRenamed: (wanted, used) =>
    `The workbook has a sheet "${wanted}" made by a person, left as it is; the result is in "${used}".`,
  zipName: (period) => `forms-${period}.zip`,
  collectedName: (stem, period) => `${stem}-collected-${period}.xlsx`,
  bulletinName: (period) => `bulletin-${period}.docx`,
  ledgerWithBulletinName: (stem, period) => `${stem}-bulletin-${period}.xlsx`,
};

/** The round's words in `lang`. */
export function roundStringsFor(lang: Lang): RoundStrings {
  return lang === "en-US" ? EN : ZH;
}
