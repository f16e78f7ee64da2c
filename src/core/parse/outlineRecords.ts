/**
 * Tasks written as vertical records, with no numbering: one field a line (工作任务:推进… / 牵头单位:A / 配合单位:B /
 * 完成时限:…), or each label on a line of its own above its value (具体任务 / 推进… / 责任单位 / A、B). Records follow
 * one another; each task label starts the next task.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { hasOwnUnits, type Node } from "./node";
import { readNumbering, type NumStyle } from "./numbering";
import type { Outline } from "./outline";
import { RECORD_TASK_LABEL, RECORD_TASK_LABEL_WEAK } from "./vocabulary";

const STRONG = new RegExp(`^(?:${RECORD_TASK_LABEL})\\s*(?:[::]\\s*|$)`);
const WEAK = new RegExp(`^(?:${RECORD_TASK_LABEL_WEAK})\\s*(?:[::]\\s*|$)`);

/**
 * A line that opens a record (工作任务:推进… or 工作任务 alone, its value on the next line): the task starts here.
 * A strong label (工作任务, 具体任务) opens one unless a numbered task above still waits for its fields; a weak one
 * (主要内容, 目标任务 — also fields under a task) only where no task is open. False when the line opens none;
 * records in '|' cells are left to the generic reader.
 */
export function openRecord(o: Outline, line: SourceLine): boolean {
  const f = line.folded.trim();
  // Records in '|' cells (重点工作: | 135.… |) are the generic reader's (fallback/records.ts).
  if (f.includes("|")) return false;
  const strong = STRONG.exec(f);
  const m = strong ?? WEAK.exec(f);
  if (!m) return false;
  const cur = o.current;
  // No task open: none yet, a heading (一、民生工程), or the record before, whose fields this label ends.
  const section = cur !== null && (cur.style === "cn" || cur.style === "pcn" || cur.style === "part");
  const heading = cur !== null && (cur.heading || section) && !hasOwnUnits(cur);
  const free = !cur || cur === o.part.root || heading || o.record === cur;
  const done = cur !== null && cur.closed && hasOwnUnits(cur);
  if (!(free || (strong && done))) return false;
  const value = line.text.trim().slice(m[0].length).trim();
  if (value === "") {
    // The label alone: its value, the task's words, is the next line.
    o.pendingRecord = true;
    if (cur && cur !== o.part.root) cur.closed = true;
    o.unitTail = null;
    return true;
  }
  addRecord(o, line.no, value);
  return true;
}

/** Starts the record's task with its words (a number written before them is its number). */
export function addRecord(o: Outline, no: number, value: string): void {
  const num = readNumbering(fold(value));
  const style = num && num.style !== "part" ? (num.style as NumStyle) : null;
  const text = style && num ? value.slice(num.length).trim() : value;
  const under = recordParent(o);
  const node = o.addNode(no, style, style && num ? num.n : null, false, text, style ? null : under);
  o.record = node;
}

/** Where an unnumbered record goes: under the heading above it, or beside the record before it. */
function recordParent(o: Outline): Node | null {
  const cur = o.current;
  if (!cur || cur === o.part.root) return o.section;
  if (
    cur.heading ||
    (cur.style !== null && cur.children.length === 0 && !hasOwnUnits(cur) && cur !== o.record)
  )
    return cur;
  return cur.parent;
}
