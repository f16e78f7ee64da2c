/**
 * The generate panel: which sheets to make, its progress, and the sheets it replaces.
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";
import type { GenerateParts } from "../services";

/** The generate panel: what it shows. */
export interface GenerateStrings {
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
}

/** These words in Chinese. */
export const generateZh: GenerateStrings = {
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
};

/** These words in English. */
export const generateEn: GenerateStrings = {
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
};
