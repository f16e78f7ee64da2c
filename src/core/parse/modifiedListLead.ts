/**
 * A document whose only unit labels are a plain list's label with a modifier of helping (相关责任单位, 其他责任单位,
 * 次要责任部门) and no helping verb (配合, 协办, 协助, 参与 …), and which names no lead anywhere: its lists name the units
 * that answer for each task, with nothing else to lead them — the first listed unit leads, as in any list without
 * roles (列第一位者为牵头单位). Where the document names a lead anywhere, or another label stands beside them, the
 * modifier keeps its meaning: co-units.
 */

import type { Task } from "../types";
import type { SourceLine } from "../text/lines";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL, ORG } from "./vocabulary";

// Any unit label, with its colon (folded).
const UNIT_LABEL = new RegExp(`(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})(?=\\s*:)`, "g");
// A plain list's label that a modifier of helping makes a co-unit label.
const MODIFIED_LIST = new RegExp(`^(?:其他|其它|次要|相关|辅助)(?:责任|实施|落实)(?:${ORG}|主体)$`);

/** The tasks, each one's first unit leading where the document's only labels are modified lists (above). */
export function leadModifiedLists(tasks: readonly Task[], lines: readonly SourceLine[]): readonly Task[] {
  if (tasks.length === 0 || tasks.some((t) => t.leads.length > 0)) return tasks;
  const labels = lines.flatMap((l) =>
    [...l.folded.matchAll(UNIT_LABEL)].map((m) => m[0].replace(/\s+/g, "")),
  );
  if (labels.length === 0 || !labels.every((l) => MODIFIED_LIST.test(l))) return tasks;
  return tasks.map((t) =>
    t.coUnits.length === 0 ? t : { ...t, leads: [t.coUnits[0] as string], coUnits: t.coUnits.slice(1) },
  );
}
