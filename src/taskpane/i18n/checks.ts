/**
 * The validate panel: checking now or live, the findings by severity, going to a cell or a line, and fixes.
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";
import type { Severity } from "../../core/types";

/** The validate panel: what it shows. */
export interface CheckStrings {
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
}

/** These words in Chinese. */
export const checkZh: CheckStrings = {
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
};

/** These words in English. */
export const checkEn: CheckStrings = {
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
};
