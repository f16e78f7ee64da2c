/**
 * The pane's frame: its title and tabs, connecting to Office, errors and the words every panel shares (cancel,
 * "label: value"), and what the services say while they work (their steps, no ledger, a bad 期次).
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";

/** The pane's frame: what it shows. */
export interface ShellStrings {
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
  /** A part of the pane fetched on demand (the parser, a file reader …) could not be downloaded. */
  readonly partNotLoaded: string;
  /** Shown while a panel fetched on demand (校验, 生成, 设置, 更新现有台账) is downloaded. */
  readonly loadingPart: string;
  /** The button that downloads such a panel again after it failed. */
  readonly retryPart: string;
  readonly dismiss: string;
  readonly errorTitle: string;
  readonly busy: string;
  /** "label: value" with the language's colon. */
  readonly labelled: (label: string, value: string) => string;
  readonly cancel: string;
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
}

/** These words in Chinese. */
export const shellZh: ShellStrings = {
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
  partNotLoaded: cnPunct(
    "台账助手的一部分程序没有下载成功(网络断开或服务器无法访问)。请检查网络后再试一次;仍不行时,关闭并重新打开任务窗格。",
  ),
  loadingPart: "正在加载…",
  retryPart: "再试一次",
  dismiss: "关闭",
  errorTitle: "出错了",
  busy: "正在处理…",
  labelled: (label, value) => `${label}\uff1a${value}`,
  cancel: "取消",
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
};

/** These words in English. */
export const shellEn: ShellStrings = {
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
  partNotLoaded:
    "Part of Taizhang could not be downloaded (the network is down or the server cannot be reached). Check the connection and try again; if it still fails, close and reopen the task pane.",
  loadingPart: "Loading…",
  retryPart: "Try again",
  dismiss: "Dismiss",
  errorTitle: "Something went wrong",
  busy: "Working…",
  labelled: (label, value) => `${label}: ${value}`,
  cancel: "Cancel",
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
};
