/**
 * What the round's services say (errors, summaries) and the names of the files they download, Chinese first;
 * loaded with the services, not with the pane.
 */

import type { Lang } from "../../core/messages";
import type { Tally } from "../../core/rounds/bulletinFigures";
import { cnPunct, zh } from "../../core/text/cnPunct";

export interface RoundMessages {
  readonly needLedger: string;
  readonly reported: (t: Tally, missing: number) => string;
  readonly notLedger: (name: string) => string;
  readonly badPeriod: (period: string) => string;
  readonly badDate: (date: string) => string;
  /** The period lies outside the ledger's year (the command line's words, its --period named 期次). */
  readonly outsideYear: (period: string, year: number) => string;
  readonly noReturns: string;
  readonly belowTable: (cell: string) => string;
  readonly taskRowsGone: (ids: readonly string[]) => string;
  readonly sheetRenamed: (wanted: string, used: string) => string;
  readonly zipName: (period: string) => string;
  readonly collectedName: (stem: string, period: string) => string;
  readonly bulletinName: (period: string) => string;
  readonly ledgerWithBulletinName: (stem: string, period: string) => string;
}

const ZH: RoundMessages = {
  needLedger: cnPunct("请先打开台账文件(.xlsx)。"),
  reported: (t, missing) =>
    zh`${t.tasks} 项任务,已完成 ${t.done} 项,正常推进 ${t.onSchedule} 项,滞后 ${t.behind} 项,逾期 ${t.overdue} 项,完成率 ${t.rate}%;未报送 ${missing} 个单位。`,
  notLedger: (name) => zh`${name} 不是台账(找不到表格 Tasks)。`,
  badPeriod: (period) => zh`期次写作 2026-03(月)或 2026Q1(季度),不是“${period}”。`,
  badDate: (date) => zh`报送日期写作 2026-04-03,应为实际存在的日期,不是“${date}”。`,
  outsideYear: (period, year) =>
    zh`期次 ${period} 不在台账的年度(${year} 年)内;请写 ${year} 年的期次,如 ${year}-03(月)或 ${year}Q1(季度)。未作任何修改。`,
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

const EN: RoundMessages = {
  needLedger: "Open the ledger file (.xlsx) first.",
  reported: (t, missing) =>
    `${t.tasks} tasks, ${t.done} done, ${t.onSchedule} on schedule, ${t.behind} behind, ${t.overdue} overdue, ${t.rate}% done; ${missing} units did not report.`,
  notLedger: (name) => `${name} is not a ledger (no table named Tasks).`,
  badPeriod: (period) => `Write the period as 2026-03 (a month) or 2026Q1 (a quarter), not "${period}".`,
  badDate: (date) => `Write the 报送日期 as a real day, 2026-04-03, not "${date}".`,
  outsideYear: (period, year) =>
    `The period ${period} is outside the year of the ledger (${year}); give a period of ${year}, such as ${year}-03 (a month) or ${year}Q1 (a quarter). Nothing was changed.`,
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

/** The round's messages in `lang`. */
export function roundMessagesFor(lang: Lang): RoundMessages {
  return lang === "en-US" ? EN : ZH;
}
