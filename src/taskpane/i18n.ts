/**
 * The pane's own wording, in Chinese (the default) and English (when Office's UI language is English).
 * Findings are not worded here: their sentences come from `core/messages` (message + whereText), so the
 * pane, the command line and the workbook say the same thing.
 *
 * Chinese strings are typed with ASCII punctuation and turned full-width by `cnPunct` / `zh` (see
 * core/text/cnPunct), so no editor or tool can silently change them.
 */

import { cnPunct, zh } from "../core/text/cnPunct";
import type { Lang } from "../core/messages";
import type { AliasReason } from "../core/units/types";
import type { Severity } from "../core/types";
import type { GenerateParts } from "./services";

export type { Lang };

/** Every string the pane shows. Functions take the values they mention. */
export interface Strings {
  readonly appTitle: string;
  readonly tabsLabel: string;
  readonly tabs: {
    readonly import: string;
    readonly validate: string;
    readonly generate: string;
    readonly settings: string;
  };
  readonly standaloneNote: string;
  readonly needsExcel: string;
  readonly connecting: string;
  /** Shown when Office is slow to answer inside Excel: still waiting. */
  readonly connectingSlow: string;
  /** The button that stops waiting for Office and works without Excel. */
  readonly useStandalone: string;
  /** Said when the pane works standalone although Office hosts it. */
  readonly standaloneInOffice: string;
  readonly dismiss: string;
  readonly errorTitle: string;
  readonly busy: string;
  /** "label: value" with the language's colon. */
  readonly labelled: (label: string, value: string) => string;

  // Import
  readonly sourceLabel: string;
  readonly sourceHint: string;
  readonly openFile: string;
  readonly fileInputLabel: string;
  readonly preview: string;
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
  readonly suggestionsHeading: (pending: number) => string;
  readonly suggestionsHint: string;
  readonly suggestion: (alias: string, canonical: string) => string;
  readonly reasons: Readonly<Record<AliasReason, string>>;
  readonly accept: string;
  readonly reject: string;
  readonly acceptLabel: (alias: string, canonical: string) => string;
  readonly rejectLabel: (alias: string, canonical: string) => string;
  readonly accepted: string;
  readonly rejected: string;
  readonly undo: string;
  readonly undoLabel: (alias: string) => string;
  readonly write: string;
  readonly download: string;
  readonly writing: string;
  readonly written: (sheets: number) => string;
  readonly downloaded: (file: string) => string;
  /** Standalone: opening a ledger .xlsx regenerates it. */
  readonly regenerateHint: string;
  readonly regenerating: string;
  readonly regeneratedFile: (name: string) => string;
  readonly renamed: (wanted: string, used: string) => string;
  readonly notesHeading: string;

  // Steps reported by the services while they work
  readonly steps: {
    readonly plan: string;
    readonly file: string;
    readonly download: string;
    readonly readLedger: string;
    readonly write: string;
    readonly reformat: string;
  };
  /** The downloaded ledger's file name without extension, when the document has no title. */
  readonly ledgerFile: string;
  readonly noLedger: string;
  /** A 期次 that is not 2026-03 or 2026Q1. */
  readonly badPeriod: (period: string) => string;
  /** 更新现有台账 and 存档本期. */
  readonly year: {
    readonly updateTitle: string;
    readonly updateHint: string;
    readonly openRevised: string;
    readonly doubtfulTitle: (n: number) => string;
    readonly confirmDoubtful: string;
    readonly applyUpdate: string;
    readonly unchanged: string;
    readonly updated: (sheets: number) => string;
    readonly snapshotTitle: string;
    readonly periodLabel: string;
    readonly snapshot: string;
    readonly alreadyArchivedTitle: string;
    readonly alreadyArchived: (period: string, rows: number) => string;
    readonly replaceArchived: string;
    readonly cancel: string;
    readonly archived: (rows: number, period: string, replaced: number) => string;
  };
  /** The ledger was written but where it came from could not be kept in the workbook. */

  // Confirm replace
  readonly replaceTitle: string;
  readonly replaceBody: string;
  readonly clashBody: string;
  readonly cannotUndo: string;
  readonly replaceConfirm: string;
  readonly cancel: string;
  /** Writing while alias suggestions are undecided: asked first (undecided ones are not merged). */
  readonly pendingTitle: string;
  readonly pendingBody: (n: number) => string;
  readonly pendingConfirm: string;
  readonly pendingBack: string;

  // Validate
  readonly checkNow: string;
  readonly checking: string;
  readonly liveChecks: string;
  readonly liveHint: string;
  readonly neverChecked: string;
  readonly noProblems: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly severityHeading: (label: string, n: number) => string;
  readonly findingsLabel: string;
  readonly goTo: (where: string) => string;
  /** A document finding's line, as a button that shows it in the paste box. */
  readonly showLine: (where: string) => string;
  readonly fix: string;
  readonly fixLabel: (where: string, preview: string) => string;
  readonly fixPreview: (preview: string) => string;
  readonly fixAll: (n: number) => string;
  readonly fixAllTitle: string;
  readonly fixAllBody: (n: number) => string;
  readonly fixAllConfirm: string;
  readonly fixing: string;

  // Generate
  readonly partsLegend: string;
  readonly parts: Readonly<Record<keyof GenerateParts, string>>;
  /** Under the parts: unit sheets and 汇总 go together, with 任务分工; 说明 is rewritten too. */
  readonly partsHint: string;
  readonly generate: string;
  readonly generating: string;
  readonly progressLabel: string;
  readonly step: (done: number, total: number, label: string) => string;
  readonly generated: (sheets: number) => string;
  readonly chooseSomething: string;
  readonly generateTitle: string;
  readonly generateBody: string;
  readonly generateConfirm: string;

  // Settings
  readonly statusesHeading: string;
  /** The heading of the light rule in words. */
  readonly lightsHeading: string;
  readonly presetsLabel: string;
  readonly presets: Readonly<Record<string, string>>;
  readonly presetLabel: (name: string) => string;
  readonly statusName: (i: number) => string;
  readonly statusFill: (i: number) => string;
  readonly statusFont: (i: number) => string;
  readonly removeStatus: (name: string) => string;
  readonly moveUp: (name: string) => string;
  readonly addStatus: string;
  readonly newStatus: string;
  readonly doneStatus: string;
  readonly dueSoonDays: string;
  readonly dueSoonHint: string;
  readonly save: string;
  readonly saved: string;
  readonly unsaved: string;
  readonly applyToLedger: string;
  readonly applyToLedgerHint: string;
  readonly applyingToLedger: string;
  readonly appliedToLedger: string;
  readonly loadingSettings: string;
  readonly statusEmpty: string;
  readonly statusDuplicate: (name: string) => string;
}

const ZH: Strings = {
  appTitle: "台账助手",
  tabsLabel: "功能",
  tabs: { import: "导入", validate: "校验", generate: "生成", settings: "设置" },
  standaloneNote: cnPunct(
    "未在 Excel 中运行:可以导入、预览并下载 .xlsx 台账,打开台账文件后分发报送表、汇总报送和生成通报;校验和生成工作表需要在 Excel 中使用。",
  ),
  needsExcel: cnPunct("此功能需要在 Excel 中使用:请在 Excel 中打开台账助手。"),
  connecting: "正在连接 Office…",
  connectingSlow: "Excel 响应较慢，仍在等待…（网络较慢或 Office 正在加载）",
  useStandalone: "不再等待，改用独立模式",
  standaloneInOffice:
    "未能连接 Excel，台账助手正以独立模式运行：写入台账、校验和生成不会作用于当前工作簿。请关闭并重新打开任务窗格再试。",
  dismiss: "关闭",
  errorTitle: "出错了",
  busy: "正在处理…",
  labelled: (label, value) => `${label}\uff1a${value}`,

  sourceLabel: "粘贴责任分解文本",
  sourceHint: cnPunct("从 Word 或网页复制整篇文件粘贴到这里,然后点“解析预览”(Ctrl+Enter)。"),
  openFile: cnPunct("打开文件(Word、PDF、Excel、文本、网页)"),
  fileInputLabel: "选择责任分解文件",
  preview: "解析预览",
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
  suggestionsHeading: (n) => zh`单位别名建议(待确认 ${n})`,
  suggestionsHint: cnPunct(
    "接受后,任务台账中写为规范名称,原文写法记入单位名录的别名列;拒绝或不决定,两者作为不同单位,按原文写入。",
  ),
  suggestion: (alias, canonical) => zh`“${alias}” → “${canonical}”`,
  reasons: {
    bracket: "括号写法",
    plate: "括号中的名称单独使用",
    prefix: "前缀不同",
    abbreviation: "简称",
    similar: "写法相近",
  },
  accept: "接受",
  reject: "拒绝",
  acceptLabel: (alias, canonical) => zh`接受:“${alias}”是“${canonical}”的别名`,
  rejectLabel: (alias, canonical) => zh`拒绝:“${alias}”不是“${canonical}”的别名`,
  accepted: "已接受",
  rejected: "已拒绝",
  undo: "撤销",
  undoLabel: (alias) => zh`撤销对“${alias}”的决定`,
  write: "写入台账",
  download: "下载 .xlsx 台账",
  writing: "正在写入台账…",
  written: (n) => zh`已写入台账,共 ${n} 张工作表。`,
  downloaded: (file) => zh`已下载 ${file}。`,
  regenerateHint: cnPunct(
    "也可以打开已有的台账(.xlsx):按其中的任务台账和单位名录重新生成任务分工、汇总、分领导表、分单位表和说明,填写的内容原样保留,下载为新文件。",
  ),
  regenerating: "正在重新生成台账…",
  regeneratedFile: (name) => `${name.replace(/\.xlsx$/i, "")}-重新生成.xlsx`,
  renamed: (wanted, used) => zh`已有手工创建的工作表“${wanted}”,未改动它;新表命名为“${used}”。`,
  notesHeading: "说明",

  steps: {
    plan: "规划台账",
    file: "生成 .xlsx 文件",
    download: "下载",
    readLedger: "读取台账",
    write: "写入工作簿",
    reformat: "标注任务台账",
  },
  ledgerFile: "工作台账",
  noLedger: cnPunct("工作簿中没有台账(找不到表格 Tasks)。请先在“导入”中写入台账。"),
  badPeriod: (period) => zh`期次写作 2026-03(月)或 2026Q1(季度),不是“${period}”。`,
  year: {
    updateTitle: "更新现有台账",
    updateHint: cnPunct(
      "打开修订后的责任分解文件:先列出对应结果,核对后再写入;填写的内容随任务保留,撤销的任务移到“已撤销”。",
    ),
    openRevised: "打开修订后的文件",
    doubtfulTitle: (n) => zh`以下 ${n} 处匹配不确定,请核对是否为同一项任务:`,
    confirmDoubtful: cnPunct("我已核对,以上都是同一项任务"),
    applyUpdate: "更新台账",
    unchanged: cnPunct("修订后的文件与台账一致,无需更新。"),
    updated: (sheets) => zh`台账已更新,写入 ${sheets} 个工作表。`,
    snapshotTitle: "存档本期",
    periodLabel: cnPunct("期次(如 2026-03 或 2026Q1)"),
    snapshot: "存档本期",
    alreadyArchivedTitle: cnPunct("替换该期次的存档?"),
    alreadyArchived: (period, rows) =>
      zh`期次 ${period} 已存档(${rows} 行)。替换后,这些存档行改为任务台账的当前状态;录入和报送的记录不受影响。`,
    replaceArchived: "替换存档",
    cancel: "取消",
    archived: (rows, period, replaced) =>
      zh`已将 ${rows} 项任务的当前状态存档为期次 ${period}` +
      (replaced > 0 ? zh`(替换了原有的 ${replaced} 行)` : "") +
      "。",
  },

  replaceTitle: cnPunct("替换已生成的工作表?"),
  replaceBody: cnPunct("以下工作表是台账助手以前生成的,写入时将删除后重新生成:"),
  clashBody: cnPunct("以下同名工作表是手工创建的,不会改动,新表将另取名称:"),
  cannotUndo: cnPunct("注意:Office 无法撤销删除工作表的操作。表中手工填写的内容请先另行保存。"),
  replaceConfirm: "替换并写入",
  cancel: "取消",
  pendingTitle: cnPunct("还有别名建议未决定"),
  pendingBody: (n) =>
    zh`还有 ${n} 条单位别名建议没有接受或拒绝。未决定的不合并:两个名称在台账中作为不同单位,按文件原文写入。要合并,请返回逐条接受。`,
  pendingConfirm: cnPunct("不合并,写入"),
  pendingBack: "返回决定",

  checkNow: "立即检查",
  checking: "正在检查台账…",
  liveChecks: "实时检查",
  liveHint: cnPunct("编辑台账后自动重新检查;以“立即检查”的结果为准。"),
  neverChecked: cnPunct("尚未检查。点“立即检查”读取台账并检查。"),
  noProblems: "没有发现问题。",
  severities: { error: "错误", warning: "警告", info: "提示" },
  severityHeading: (label, n) => zh`${label}(${n})`,
  findingsLabel: "检查结果",
  goTo: (where) => zh`转到 ${where}`,
  showLine: (where) => zh`在文本中显示${where}`,
  fix: "修正",
  fixLabel: (where, preview) => zh`修正 ${where}:改为“${preview}”`,
  fixPreview: (preview) => zh`改为:${preview}`,
  fixAll: (n) => zh`全部修正(${n})`,
  fixAllTitle: cnPunct("应用全部修正?"),
  fixAllBody: (n) => zh`将直接修改台账中的 ${n} 处单元格(统一分隔符、别名改为规范名称、去掉多余空格等)。`,
  fixAllConfirm: "全部修正",
  fixing: "正在修正…",

  partsLegend: "生成内容",
  parts: {
    units: "各单位工作表",
    leaders: "各分管领导工作表",
    summary: cnPunct("汇总(数据透视表)"),
    formatting: cnPunct("标注完成状态颜色和到期提醒(生成的工作表和任务台账)"),
  },
  partsHint: cnPunct(
    "各单位工作表和汇总都按任务分工表统计,二者一并重新生成,任务分工也随之重建;说明表每次都会更新。",
  ),
  generate: "生成",
  generating: "正在生成…",
  progressLabel: "生成进度",
  step: (done, total, label) => zh`${label}(${done}/${total})`,
  generated: (n) => zh`已生成 ${n} 张工作表。`,
  chooseSomething: "请至少选择一种工作表。",
  generateTitle: cnPunct("替换已生成的工作表?"),
  generateBody: cnPunct("以下工作表是台账助手以前生成的,生成时将删除后重建:"),
  generateConfirm: "替换并生成",

  statusesHeading: "完成状态",
  lightsHeading: "亮灯规则",
  presetsLabel: "预设方案",
  presets: { default: "默认四态", rag: "红黄绿", byr: "蓝黄红", five: "五级" },
  presetLabel: (name) => zh`使用预设:${name}`,
  statusName: (i) => zh`状态 ${i} 名称`,
  statusFill: (i) => zh`状态 ${i} 底色`,
  statusFont: (i) => zh`状态 ${i} 字色`,
  removeStatus: (name) => zh`删除状态“${name}”`,
  moveUp: (name) => zh`上移“${name}”`,
  addStatus: "添加状态",
  newStatus: "新状态",
  doneStatus: cnPunct("表示完成的状态(不再提示逾期)"),
  dueSoonDays: "到期提醒提前天数",
  dueSoonHint: cnPunct("完成时限在这么多天内的任务标为即将到期。"),
  save: "保存设置",
  saved: "设置已保存。",
  unsaved: "有未保存的更改。",
  applyToLedger: "应用到任务台账",
  applyToLedgerHint: cnPunct(
    "按已保存的设置重新标注任务台账的完成状态颜色、到期提醒和下拉列表;不改动单元格内容。",
  ),
  applyingToLedger: "正在标注任务台账…",
  appliedToLedger: "已应用到任务台账。",
  loadingSettings: "正在读取设置…",
  statusEmpty: "状态名称不能为空。",
  statusDuplicate: (name) => zh`状态“${name}”重复。`,
};

const EN: Strings = {
  appTitle: "Taizhang ledger assistant",
  tabsLabel: "Sections",
  tabs: { import: "Import", validate: "Validate", generate: "Generate", settings: "Settings" },
  standaloneNote:
    "Not running in Excel: you can import, preview and download the ledger as .xlsx, and run a reporting round on a ledger file; checks and generating sheets need Excel.",
  needsExcel: "This needs Excel: open Taizhang in Excel.",
  connecting: "Connecting to Office…",
  connectingSlow: "Excel is slow to answer; still waiting… (a slow network, or Office still loading)",
  useStandalone: "Stop waiting and work standalone",
  standaloneInOffice:
    "Could not connect to Excel, so the pane runs standalone: writing, checking and generating do not act on this workbook. Close and reopen the task pane to try again.",
  dismiss: "Dismiss",
  errorTitle: "Something went wrong",
  busy: "Working…",
  labelled: (label, value) => `${label}: ${value}`,

  sourceLabel: "Paste the responsibility breakdown",
  sourceHint:
    "Copy the whole document from Word or a web page, paste it here, then choose Preview (Ctrl+Enter).",
  openFile: "Open a file (Word, PDF, Excel, text, web page)",
  fileInputLabel: "Choose a breakdown file",
  preview: "Preview",
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
  suggestionsHeading: (n) => `Unit alias suggestions (${n} to decide)`,
  suggestionsHint:
    "Accepted: the ledger writes the canonical name, and 单位名录 keeps the document's wording as an alias. Rejected or undecided: both stay separate units, written as the document has them.",
  suggestion: (alias, canonical) => `"${alias}" → "${canonical}"`,
  reasons: {
    bracket: "bracketed form",
    plate: "the bracketed name used alone",
    prefix: "prefix",
    abbreviation: "abbreviation",
    similar: "similar spelling",
  },
  accept: "Accept",
  reject: "Reject",
  acceptLabel: (alias, canonical) => `Accept "${alias}" as an alias of "${canonical}"`,
  rejectLabel: (alias, canonical) => `Reject "${alias}" as an alias of "${canonical}"`,
  accepted: "Accepted",
  rejected: "Rejected",
  undo: "Undo",
  undoLabel: (alias) => `Undo the decision on "${alias}"`,
  write: "Write the ledger",
  download: "Download the ledger (.xlsx)",
  writing: "Writing the ledger…",
  written: (n) => `The ledger was written: ${n} sheets.`,
  downloaded: (file) => `Downloaded ${file}.`,
  regenerateHint:
    "You can also open an existing ledger (.xlsx): its 任务分工, 汇总, leader and unit sheets and 说明 are made again from its 任务台账 and 单位名录, everything typed kept, and downloaded as a new file.",
  regenerating: "Regenerating the ledger…",
  regeneratedFile: (name) => `${name.replace(/\.xlsx$/i, "")}-regenerated.xlsx`,
  renamed: (wanted, used) =>
    `A sheet named "${wanted}" was made by a person and was left alone; the new sheet is "${used}".`,
  notesHeading: "Notes",

  steps: {
    plan: "Planning the ledger",
    file: "Making the .xlsx file",
    download: "Downloading",
    readLedger: "Reading the ledger",
    write: "Writing to the workbook",
    reformat: "Formatting the ledger",
  },
  ledgerFile: "ledger",
  noLedger: "This workbook has no ledger (no table named Tasks). Write the ledger from Import first.",
  badPeriod: (period) => `Write the period as 2026-03 (a month) or 2026Q1 (a quarter), not "${period}".`,
  year: {
    updateTitle: "Update the ledger",
    updateHint:
      "Open the revised breakdown: the matches are listed first, written after you check them; typed values stay with their tasks, removed tasks move to 已撤销.",
    openRevised: "Open the revised document",
    doubtfulTitle: (n) => `${n} doubtful matches; check each is the same task:`,
    confirmDoubtful: "I have checked them: each is the same task",
    applyUpdate: "Update the ledger",
    unchanged: "The revised document matches the ledger; nothing to update.",
    updated: (sheets) => `The ledger is updated: ${sheets} sheets written.`,
    snapshotTitle: "Archive this period",
    periodLabel: "Period (such as 2026-03 or 2026Q1)",
    snapshot: "Archive this period",
    alreadyArchivedTitle: "Replace the period's archive?",
    alreadyArchived: (period, rows) =>
      `Period ${period} is archived already (${rows} rows). Replacing turns those rows into the ledger's current state; typed and returned rows stay.`,
    replaceArchived: "Replace",
    cancel: "Cancel",
    archived: (rows, period, replaced) =>
      `Archived the current state of ${rows} tasks as period ${period}` +
      (replaced > 0 ? ` (replacing ${replaced} earlier rows)` : "") +
      ".",
  },

  replaceTitle: "Replace generated sheets?",
  replaceBody: "Taizhang made these sheets before; writing deletes and rebuilds them:",
  clashBody: "These sheets were made by a person and keep their names; the new sheets get other names:",
  cannotUndo: "Office cannot undo deleting sheets. Save anything typed into them elsewhere first.",
  replaceConfirm: "Replace and write",
  cancel: "Cancel",
  pendingTitle: "Some alias suggestions are undecided",
  pendingBody: (n) =>
    `${n} unit alias ${n === 1 ? "suggestion is" : "suggestions are"} neither accepted nor rejected. Undecided ones are not merged: both names stay separate units, written as the document has them. To merge, go back and accept them.`,
  pendingConfirm: "Write without merging",
  pendingBack: "Go back",

  checkNow: "Check now",
  checking: "Checking the ledger…",
  liveChecks: "Live checks",
  liveHint: "Checks again after edits; Check now is the source of truth.",
  neverChecked: "Not checked yet. Choose Check now to read the ledger and check it.",
  noProblems: "No problems found.",
  severities: { error: "Errors", warning: "Warnings", info: "Notes" },
  severityHeading: (label, n) => `${label} (${n})`,
  findingsLabel: "Findings",
  goTo: (where) => `Go to ${where}`,
  showLine: (where) => `Show ${where} in the text`,
  fix: "Fix",
  fixLabel: (where, preview) => `Fix ${where}: change to "${preview}"`,
  fixPreview: (preview) => `Becomes: ${preview}`,
  fixAll: (n) => `Apply all fixes (${n})`,
  fixAllTitle: "Apply all fixes?",
  fixAllBody: (n) =>
    `This changes ${n} cells of the ledger (separators, aliases to canonical names, stray spaces).`,
  fixAllConfirm: "Apply all",
  fixing: "Fixing…",

  partsLegend: "What to generate",
  parts: {
    units: "A sheet per unit",
    leaders: "A sheet per leader",
    summary: "Summary (PivotTables)",
    formatting: "Status colours and deadline rules (generated sheets and the ledger)",
  },
  partsHint:
    "Unit sheets and the summary both count over 任务分工 (Assignments), so they are regenerated together, with 任务分工; 说明 is updated every time.",
  generate: "Generate",
  generating: "Generating…",
  progressLabel: "Generation progress",
  step: (done, total, label) => `${label} (${done}/${total})`,
  generated: (n) => `Generated ${n} sheets.`,
  chooseSomething: "Choose at least one kind of sheet.",
  generateTitle: "Replace generated sheets?",
  generateBody: "Taizhang made these sheets before; generating deletes and rebuilds them:",
  generateConfirm: "Replace and generate",

  statusesHeading: "Statuses",
  lightsHeading: "Lights",
  presetsLabel: "Presets",
  presets: {
    default: "Default (4 states)",
    rag: "Red / amber / green",
    byr: "Blue / yellow / red",
    five: "Five grades",
  },
  presetLabel: (name) => `Use preset: ${name}`,
  statusName: (i) => `Status ${i} name`,
  statusFill: (i) => `Status ${i} fill colour`,
  statusFont: (i) => `Status ${i} text colour`,
  removeStatus: (name) => `Remove status "${name}"`,
  moveUp: (name) => `Move "${name}" up`,
  addStatus: "Add a status",
  newStatus: "New status",
  doneStatus: "Status that means done (no overdue warnings)",
  dueSoonDays: "Due-soon warning, days ahead",
  dueSoonHint: "Tasks due within this many days are marked as due soon.",
  save: "Save settings",
  saved: "Settings saved.",
  unsaved: "Unsaved changes.",
  applyToLedger: "Apply to the ledger",
  applyToLedgerHint:
    "Re-applies the saved status colours, deadline rules and status dropdown to the ledger, without changing any cell.",
  applyingToLedger: "Formatting the ledger…",
  appliedToLedger: "Applied to the ledger.",
  loadingSettings: "Loading settings…",
  statusEmpty: "A status needs a name.",
  statusDuplicate: (name) => `Status "${name}" is listed twice.`,
};

const TABLE: Readonly<Record<Lang, Strings>> = { "zh-CN": ZH, "en-US": EN };

/**
 * The pane's strings for a language.
 * @example stringsFor("zh-CN").tabs.import === "导入"
 */
export function stringsFor(lang: Lang): Strings {
  return TABLE[lang];
}
