/**
 * The settings panel: the statuses (完成状态) and their colours, the presets, and the light rule (亮灯规则).
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";

/** The settings panel: what it shows. */
export interface SettingsStrings {
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

/** These words in Chinese. */
export const settingsZh: SettingsStrings = {
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

/** These words in English. */
export const settingsEn: SettingsStrings = {
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
