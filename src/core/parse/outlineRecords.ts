/**
 * Tasks written as vertical records, with no numbering: one field a line (工作任务:推进… / 牵头单位:A / 配合单位:B /
 * 完成时限:…), or each label on a line of its own above its value (具体任务 / 推进… / 责任单位 / A、B). Records follow
 * one another; each task label starts the next task.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { bareLabelKind } from "./labels";
import { hasOwnUnits, type Node } from "./node";
import { readNumbering, type NumStyle } from "./numbering";
import type { Outline } from "./outline";
import { RECORD_TASK_LABEL, RECORD_TASK_LABEL_WEAK } from "./vocabulary";

// The label, then a colon, a tab or spaces (a two-column Word table copied as text), or nothing — a short note in
// brackets may stand before the colon (反馈问题(省编号第41号):); or the label in lenticular or square brackets
// (【工作任务】推进…).
const opener = (labels: string): RegExp =>
  new RegExp(
    `^(?:[【〖[]\\s*(?:${labels})\\s*[】〗\\]][::]?\\s*|(?:${labels})\\s*(?:\\([^()]{1,16}\\)\\s*[::]\\s*|[::]\\s*|\\s(?=\\S)|$))`,
  );
const STRONG = opener(RECORD_TASK_LABEL);
const WEAK = opener(RECORD_TASK_LABEL_WEAK);
// A record's number field: 序号:3, or 序号 alone with the number on the next line.
const SEQ = /^(?:序号|编号)\s*[::]?\s*(\d{1,4})?$/;

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
  const seq = SEQ.exec(f);
  if (seq && recordMayOpen(o)) {
    o.recordNumber = seq[1] ? Number(seq[1]) : null;
    o.pendingRecordNumber = !seq[1];
    return true;
  }
  const strong = STRONG.exec(f);
  const m = strong ?? WEAK.exec(f);
  if (!m) return false;
  const cur = o.current;
  const done = cur !== null && cur.closed && hasOwnUnits(cur);
  if (!(recordMayOpen(o) || (strong && done))) return false;
  // A weak label under a record another label opened (工作任务:… / 牵头单位:… / 工作措施:…) is that record's field.
  const label = m[0].replace(/[\s::【〖[\]】〗]/g, "");
  if (!strong && o.record !== null && o.record === cur && o.recordLabel !== label) return false;
  o.recordLabel = label;
  const value = line.text.trim().slice(m[0].length).trim();
  if (value === "") {
    // The label alone: its value, the task's words, is the next line.
    o.pendingRecord = true;
    if (cur && cur !== o.part.root) cur.closed = true;
    o.unitTail = null;
    return true;
  }
  const given = o.recordNumber !== null;
  addRecord(o, { ...line, text: value, folded: fold(value) });
  // A weak label right under a section (一、城东片区改造 / 建设内容:…) may be that task's field: alone under it,
  // the record is the section's own text (treeShape.ts), as a paragraph is — unless a number says it is a record.
  const node = o.current as Node;
  const under = node.parent === cur && cur !== null && cur !== o.part.root && !cur.heading;
  node.paragraph = !strong && !given && node.style === null && under;
  return true;
}

/** No task is open: none yet, a heading (一、民生工程), or the record before, whose fields a new label ends. */
function recordMayOpen(o: Outline): boolean {
  const cur = o.current;
  const section = cur !== null && (cur.style === "cn" || cur.style === "pcn" || cur.style === "part");
  const heading = cur !== null && (cur.heading || section) && !hasOwnUnits(cur);
  return !cur || cur === o.part.root || heading || o.record === cur;
}

// A field of a record whose label and value are set apart by a tab or spaces, not a colon: 牵头单位\t县住建局.
const SPACED_FIELD = /^(\S{2,12}?)[\s\u3000]+(\S.*)$/;

/**
 * A field of the record being read, its label and value set apart by a tab or spaces (a two-column table:
 * 牵头单位\t县住建局), as `label:value`; any other line as it is.
 */
export function recordField(o: Outline, line: SourceLine): SourceLine {
  if (o.record === null || o.record !== o.current) return line;
  const m = SPACED_FIELD.exec(line.text.trim());
  if (!m || bareLabelKind(fold(m[1] as string)) === null) return line;
  const text = `${m[1] as string}:${m[2] as string}`;
  return { ...line, text, folded: fold(text) };
}

/**
 * Starts the record's task with its words (a number written before them, or in its 序号 field, is its number);
 * labels or a role bracket in the words are read as on a task's line.
 */
export function addRecord(o: Outline, line: SourceLine): void {
  const value = line.text.trim();
  const num = readNumbering(fold(value));
  const numbered = num && num.style !== "part" ? { style: num.style as NumStyle, n: num.n } : null;
  const given = o.recordNumber !== null ? { style: "ar" as NumStyle, n: o.recordNumber } : null;
  const at = numbered ?? given;
  const text = numbered && num ? value.slice(num.length).trim() : value;
  o.recordNumber = null;
  const under = recordParent(o);
  const node = o.addNode(line.no, at?.style ?? null, at?.n ?? null, false, text, at ? null : under);
  o.record = node;
  o.splitInlineLabels(node, line);
  o.takeRoleBracket(node, line);
  // 工作任务:推进…;牵头单位:A — the separator before the next field is no part of the task's words.
  node.text = node.text.replace(/[;\uff1b\s]+$/, "");
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

/**
 * The record task label a folded line opens with (工作任务:…, 【项目名称】…, 具体任务 alone): whether it is a strong
 * one (工作任务, 项目名称) and whether it stands alone on its line. Null when the line opens with none.
 */
export function recordOpener(folded: string): { strong: boolean; alone: boolean } | null {
  const f = folded.trim();
  const strong = STRONG.exec(f);
  const m = strong ?? WEAK.exec(f);
  return m ? { strong: strong !== null, alone: m[0].length === f.length } : null;
}

/** True when a folded line is a field's label alone (牵头单位, 完成时限:, 【工作任务】). */
function isFieldLabel(folded: string): boolean {
  const f = folded.trim();
  const m = STRONG.exec(f) ?? WEAK.exec(f);
  return bareLabelKind(f) !== null || (m !== null && m[0].length === f.length);
}

/**
 * True when the lines from `i` alternate a field's label and a line that is none, twice (牵头单位 / 县教育局 /
 * 协办单位 / 县发改局): a vertical record's labels and values, not a one-cell-per-line table header.
 */
export function isRecordRun(lines: readonly SourceLine[], i: number): boolean {
  const cells: string[] = [];
  for (let j = i; j < lines.length && cells.length < 4; j++) {
    const text = (lines[j] as SourceLine).folded.trim();
    // A lone '|' between cells (a web table copied one cell per line) is a border, not a value.
    if (text !== "" && !/^[|｜]+$/.test(text)) cells.push(text);
  }
  return cells.length === 4 && cells.every((c, n) => (n % 2 === 0) === isFieldLabel(c));
}
