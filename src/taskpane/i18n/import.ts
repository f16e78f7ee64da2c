/**
 * The import panel: pasting or opening the breakdown, the preview by leader, writing or downloading the ledger
 * (regenerating an opened one), the sheets it replaces, and what the write did.
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";

/** The import panel: what it shows. */
export interface ImportStrings {
  readonly sourceLabel: string;
  readonly sourceHint: string;
  readonly openFile: string;
  readonly fileInputLabel: string;
  readonly preview: string;
  /** While the paste box is parsed (the first time, while the parser is fetched). */
  readonly parsing: string;
  readonly readingFile: (name: string) => string;
  readonly importSheet: string;
  readonly readingSheet: string;
  readonly sheetSource: (sheet: string) => string;
  readonly fromFile: (name: string) => string;
  readonly summary: (tasks: number, leaders: number) => string;
  readonly byLeader: string;
  readonly noLeader: string;
  readonly taskCount: (n: number) => string;
  readonly leaderTasks: (leader: string) => string;
  readonly leadLabel: string;
  readonly coLabel: string;
  readonly deadlineLabel: string;
  readonly noUnits: string;
  readonly documentFindings: (n: number) => string;
  readonly noFindings: string;
  readonly write: string;
  readonly download: string;
  readonly writing: string;
  readonly written: (sheets: number) => string;
  readonly downloaded: (file: string) => string;
  /** Standalone: the button that opens a ledger .xlsx to regenerate it (its file input has the same name). */
  readonly regenerateLedger: string;
  /** Standalone: what that button does. */
  readonly regenerateHint: string;
  readonly regenerating: string;
  readonly regeneratedFile: (name: string) => string;
  readonly renamed: (wanted: string, used: string) => string;
  readonly notesHeading: string;
  readonly replaceTitle: string;
  readonly replaceBody: string;
  readonly clashBody: string;
  readonly cannotUndo: string;
  readonly replaceConfirm: string;
  /** The ledger's year (说明's 时限年度) before writing: its field, where the document's came from, a refused entry. */
  readonly yearLabel: string;
  readonly yearFrom: (year: number, from: "title" | "deadlines" | "date" | "text") => string;
  readonly yearNone: (year: number) => string;
  readonly yearTyped: (year: number, named: number | null) => string;
  readonly yearInvalid: (text: string) => string;
}

/** Where the document's year was read, in words. */
const YEAR_FROM_ZH = {
  title: "标题",
  deadlines: "完成时限",
  date: "发文日期",
  text: "任务中的年度",
} as const;
const YEAR_FROM_EN = {
  title: "the title",
  deadlines: "the tasks' deadlines (完成时限)",
  date: "the date",
  text: "the tasks' 年度 words",
} as const;

/** These words in Chinese. */
export const importZh: ImportStrings = {
  sourceLabel: "粘贴责任分解文本",
  sourceHint: cnPunct("从 Word 或网页复制整篇文件粘贴到这里,然后点“解析预览”(Ctrl+Enter)。"),
  openFile: cnPunct("打开文件(Word、PDF、Excel、文本、网页)"),
  fileInputLabel: "选择责任分解文件",
  preview: "解析预览",
  parsing: "正在解析…",
  readingFile: (name) => zh`正在读取 ${name}…`,
  importSheet: "从当前工作表导入",
  readingSheet: "正在读取当前工作表…",
  sheetSource: (sheet) => zh`工作表 ${sheet}`,
  fromFile: (name) => zh`来自文件:${name}`,
  summary: (tasks, leaders) => zh`共 ${tasks} 项任务,${leaders} 位分管领导`,
  byLeader: "按分管领导",
  noLeader: cnPunct("(未注明分管领导)"),
  taskCount: (n) => zh`${n} 项`,
  leaderTasks: (leader) => zh`${leader} 分管的任务`,
  leadLabel: "牵头",
  coLabel: "配合",
  deadlineLabel: "时限",
  noUnits: "无责任单位",
  documentFindings: (n) => zh`文件中的问题(${n})`,
  noFindings: "未发现问题。",
  write: "写入台账",
  download: "下载 .xlsx 台账",
  writing: "正在写入台账…",
  written: (n) => zh`已写入台账,共 ${n} 张工作表。`,
  downloaded: (file) => zh`已下载 ${file}。`,
  regenerateLedger: cnPunct("重新生成台账(.xlsx)"),
  regenerateHint: cnPunct(
    "重新生成台账:选择已有的台账(.xlsx),按其中的任务台账和单位名录重新生成任务分工、汇总、分领导表、分单位表和说明,填写的内容原样保留,下载为新文件(同 npx taizhang regenerate)。",
  ),
  regenerating: "正在重新生成台账…",
  regeneratedFile: (name) => `${name.replace(/\.xlsx$/i, "")}-重新生成.xlsx`,
  renamed: (wanted, used) => zh`已有手工创建的工作表“${wanted}”,未改动它;新表命名为“${used}”。`,
  notesHeading: "说明",
  replaceTitle: cnPunct("替换已生成的工作表?"),
  replaceBody: cnPunct("以下工作表是台账助手以前生成的,写入时将删除后重新生成:"),
  clashBody: cnPunct("以下同名工作表是手工创建的,不会改动,新表将另取名称:"),
  cannotUndo: cnPunct("注意:Office 无法撤销删除工作表的操作。表中手工填写的内容请先另行保存。"),
  replaceConfirm: "替换并写入",
  yearLabel: "时限年度",
  yearFrom: (year, from) =>
    zh`文件写明 ${year} 年(取自${YEAR_FROM_ZH[from]})。期次、“6月底前”等时限和亮灯都按它;不对时请改。`,
  yearNone: (year) =>
    zh`文件的标题、完成时限和发文日期都没有写明年份,将按今年(${year} 年)写入。不是这一年时请改。`,
  yearTyped: (year, named) =>
    named === null
      ? zh`将按 ${year} 年写入(文件没有写明年份)。`
      : named === year
        ? zh`将按 ${year} 年写入(与文件写明的一致)。`
        : zh`将按 ${year} 年写入(文件写的是 ${named} 年)。`,
  yearInvalid: (text) =>
    zh`时限年度应为 2000 到 2100 之间的四位年份,如 2021,而不是“${text}”。改正后才能写入台账。`,
};

/** These words in English. */
export const importEn: ImportStrings = {
  sourceLabel: "Paste the responsibility breakdown",
  sourceHint:
    "Copy the whole document from Word or a web page, paste it here, then choose Preview (Ctrl+Enter).",
  openFile: "Open a file (Word, PDF, Excel, text, web page)",
  fileInputLabel: "Choose a breakdown file",
  preview: "Preview",
  parsing: "Parsing…",
  readingFile: (name) => `Reading ${name}…`,
  importSheet: "Import from the current worksheet",
  readingSheet: "Reading the current worksheet…",
  sheetSource: (sheet) => `worksheet ${sheet}`,
  fromFile: (name) => `From file: ${name}`,
  summary: (tasks, leaders) => `${tasks} tasks under ${leaders} leaders`,
  byLeader: "By leader",
  noLeader: "(no leader named)",
  taskCount: (n) => `${n} tasks`,
  leaderTasks: (leader) => `Tasks of ${leader}`,
  leadLabel: "Lead",
  coLabel: "With",
  deadlineLabel: "Due",
  noUnits: "no responsible unit",
  documentFindings: (n) => `Findings in the document (${n})`,
  noFindings: "No findings.",
  write: "Write the ledger",
  download: "Download the ledger (.xlsx)",
  writing: "Writing the ledger…",
  written: (n) => `The ledger was written: ${n} sheets.`,
  downloaded: (file) => `Downloaded ${file}.`,
  regenerateLedger: "Regenerate a ledger (.xlsx)",
  regenerateHint:
    "Regenerate a ledger: pick an existing ledger (.xlsx); its 任务分工, 汇总, leader and unit sheets and 说明 are made again from its 任务台账 and 单位名录, everything typed kept, and downloaded as a new file (as npx taizhang regenerate does).",
  regenerating: "Regenerating the ledger…",
  regeneratedFile: (name) => `${name.replace(/\.xlsx$/i, "")}-regenerated.xlsx`,
  renamed: (wanted, used) =>
    `A sheet named "${wanted}" was made by a person and was left alone; the new sheet is "${used}".`,
  notesHeading: "Notes",
  replaceTitle: "Replace generated sheets?",
  replaceBody: "Taizhang made these sheets before; writing deletes and rebuilds them:",
  clashBody: "These sheets were made by a person and keep their names; the new sheets get other names:",
  cannotUndo: "Office cannot undo deleting sheets. Save anything typed into them elsewhere first.",
  replaceConfirm: "Replace and write",
  yearLabel: "Year (时限年度)",
  yearFrom: (year, from) =>
    `The document names ${year} (in ${YEAR_FROM_EN[from]}). The periods, deadlines such as 6月底前 and the lights follow it; correct it if it is wrong.`,
  yearNone: (year) =>
    `The document's title, deadlines and date name no year: the ledger is written for this year, ${year}. Correct it if that is wrong.`,
  yearTyped: (year, named) =>
    named === null
      ? `The ledger is written for ${year} (the document names no year).`
      : named === year
        ? `The ledger is written for ${year}, as the document says.`
        : `The ledger is written for ${year} (the document says ${named}).`,
  yearInvalid: (text) =>
    `The year (时限年度) must be a four-digit year from 2000 to 2100, such as 2021, not "${text}". The ledger is written once it is corrected.`,
};
