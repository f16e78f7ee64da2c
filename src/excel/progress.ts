/** Progress of a write, phase by phase, worded in Office's UI language. */

import type { Progress } from "./types";
import { displayLanguage } from "./support";

/** The phases of a write, in order. */
export type WritePhase = "read" | "write" | "finish" | "done";

const PHASES: readonly WritePhase[] = ["read", "write", "finish", "done"];

const LABELS: Readonly<Record<WritePhase, { readonly zh: string; readonly en: string }>> = {
  read: { zh: "读取工作簿", en: "Reading the workbook" },
  write: { zh: "写入工作表", en: "Writing the sheets" },
  finish: { zh: "筛选透视表、检查名称", en: "Filtering pivots, checking names" },
  done: { zh: "完成", en: "Done" },
};

/** A function reporting a phase to `progress` (done = the phase's index, total = the number of phases). */
export function phaseReporter(progress: Progress | undefined): (phase: WritePhase) => void {
  const english = /^en(-|$)/i.test(displayLanguage());
  return (phase) => {
    const label = LABELS[phase];
    progress?.(PHASES.indexOf(phase), PHASES.length - 1, english ? label.en : label.zh);
  };
}
