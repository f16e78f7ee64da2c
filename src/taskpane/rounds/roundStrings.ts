/**
 * The words of the round's panel, Chinese first (what its services say is in roundMessages.ts, loaded with
 * them). Kept beside the round, not in i18n/.
 */

import type { Lang } from "../../core/messages";
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
  readonly reportDayLabel: string;
  readonly picked: (n: number) => string;
  readonly collect: string;
  readonly makeReport: string;
  readonly downloadedFiles: (names: readonly string[]) => string;
  readonly collectedInto: (fileName: string | null) => string;
  readonly openLedger: string;
  /** What opening the round's ledger does (and does not). */
  readonly ledgerHint: string;
  readonly readingLedger: (name: string) => string;
  readonly ledgerOpened: (name: string) => string;
  readonly needLedger: string;
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
  reportDayLabel: cnPunct(
    "报送日期(留空:取各报送表内记录的最后保存时间,复制、从邮件下载不改变它;填写则所有报送表都记为这一天)",
  ),
  picked: (n) => zh`已选择 ${n} 个文件`,
  collect: "汇总",
  makeReport: "生成通报",
  downloadedFiles: (names) => zh`已下载:${names.join("、")}`,
  collectedInto: (fileName) =>
    fileName
      ? zh`汇总后的台账已下载为 ${fileName}。`
      : cnPunct("已写入本工作簿的进展记录、任务台账和“报送情况”工作表。"),
  openLedger: cnPunct("打开本轮台账(.xlsx)"),
  ledgerHint: cnPunct(
    "分发报送表、汇总报送和生成通报都在这份台账上进行;只读取,不重新生成(要重新生成台账,请用“导入”页的“重新生成台账(.xlsx)”)。",
  ),
  readingLedger: (name) => zh`正在读取台账 ${name}…`,
  ledgerOpened: (name) => zh`台账:${name}`,
  needLedger: cnPunct("尚未打开台账文件。"),
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
  reportDayLabel:
    "报送日期 (empty: the day each form was last saved, which it records inside and copying or mailing does not change; a day given dates every return)",
  picked: (n) => `${n} files picked`,
  collect: "Collect",
  makeReport: "Draft the bulletin",
  downloadedFiles: (names) => `Downloaded: ${names.join(", ")}`,
  collectedInto: (fileName) =>
    fileName
      ? `The ledger with the returns is downloaded as ${fileName}.`
      : "Written to this workbook's 进展记录, 任务台账 and the 报送情况 sheet.",
  openLedger: "Open this round's ledger (.xlsx)",
  ledgerHint:
    "Sending the forms, collecting the returns and the bulletin all work on this ledger; it is read, not regenerated (to regenerate a ledger, use Regenerate a ledger (.xlsx) under Import).",
  readingLedger: (name) => `Reading the ledger ${name}…`,
  ledgerOpened: (name) => `Ledger: ${name}`,
  needLedger: "No ledger file open yet.",
};

/** The round's words in `lang`. */
export function roundStringsFor(lang: Lang): RoundStrings {
  return lang === "en-US" ? EN : ZH;
}
