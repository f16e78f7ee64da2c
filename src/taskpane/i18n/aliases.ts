/**
 * The unit alias suggestions under the import preview: accepting, rejecting, undoing, and the question asked
 * when the ledger is written while some are undecided.
 * Chinese first; part of the pane's `Strings` (index.ts).
 */

import { cnPunct, zh } from "../../core/text/cnPunct";
import type { AliasReason } from "../../core/units/types";

/** The unit alias suggestions under the import preview: what it shows. */
export interface AliasStrings {
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
  /** Writing while alias suggestions are undecided: asked first (undecided ones are not merged). */
  readonly pendingTitle: string;
  readonly pendingBody: (n: number) => string;
  readonly pendingConfirm: string;
  readonly pendingBack: string;
}

/** These words in Chinese. */
export const aliasZh: AliasStrings = {
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
  pendingTitle: cnPunct("还有别名建议未决定"),
  pendingBody: (n) =>
    zh`还有 ${n} 条单位别名建议没有接受或拒绝。未决定的不合并:两个名称在台账中作为不同单位,按文件原文写入。要合并,请返回逐条接受。`,
  pendingConfirm: cnPunct("不合并,写入"),
  pendingBack: "返回决定",
};

/** These words in English. */
export const aliasEn: AliasStrings = {
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
  pendingTitle: "Some alias suggestions are undecided",
  pendingBody: (n) =>
    `${n} unit alias ${n === 1 ? "suggestion is" : "suggestions are"} neither accepted nor rejected. Undecided ones are not merged: both names stay separate units, written as the document has them. To merge, go back and accept them.`,
  pendingConfirm: "Write without merging",
  pendingBack: "Go back",
};
