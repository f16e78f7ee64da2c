/**
 * The year's work: 更新现有台账 (a revised breakdown matched to the ledger) and 存档本期 (a period's snapshot).
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";

/** The year's work: what it shows. */
export interface YearStrings {
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
}

/** These words in Chinese. */
export const yearZh: YearStrings = {
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
};

/** These words in English. */
export const yearEn: YearStrings = {
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
};
