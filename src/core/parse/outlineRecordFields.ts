/**
 * More of the vertical records (outlineRecords.ts): a record that opens with a paragraph of prose instead of a
 * task label (城东大道建设项目。新建道路5公里。 / 责任单位:… / 完成时限:…), and the fields of a record that are not
 * about who does the work — kept with the task's words when they describe it (建设内容, 总投资, 建设地点, 联系人 …),
 * read past otherwise (进展情况, 备注), the lines under either up to the next field being its value; and a label
 * alone over a value marked empty (配合单位 / 无).
 */

import type { SourceLine } from "../text/lines";
import { classify } from "./classify";
import { bareLabelKind, lineLabelKind } from "./labels";
import { hasOwnUnits, headingLead, type Node } from "./node";
import type { Outline } from "./outline";
import { addRecord } from "./outlineRecords";
import { isUnitLike, splitUnitList } from "./unitLike";
import { PROPOSER_LABEL, RECORD_DETAIL_LABEL } from "./vocabulary";

const DETAIL = new RegExp(`^(?:${RECORD_DETAIL_LABEL})$`);
const PROPOSER = new RegExp(`^(?:${PROPOSER_LABEL})$`);
// A field's label and its colon: a label the parser knows, or any short one (进展与成效:).
// A value marked empty: 无, /, —.
const EMPTY = /^(?:无|暂无|\/|—+|-+)$/;
const SECTION = /^(?:cn|pcn|part|di)$/;
const FIELD = /^([\u4e00-\u9fff]{2,8})\s*:\s*/;

/** True when a folded line is a field that names units or the leader (责任单位:…, 牵头单位 alone, 责任领导:…). */
function isWhoField(folded: string): boolean {
  const kind = lineLabelKind(folded) ?? bareLabelKind(folded);
  return kind === "lead" || kind === "co" || kind === "list" || kind === "leader";
}

/**
 * True when a folded line is a field a record's opening paragraph stands above, written with its colon (a label
 * alone may be a table's header cell): a unit, leader or deadline field, or one that describes the task
 * (建设内容:…, 总投资:…).
 */
export function isFieldUnderParagraph(folded: string): boolean {
  const kind = lineLabelKind(folded);
  if (kind !== null && kind !== "other") return true;
  // Not a contact (联系人:, 电话:): a notice's closing paragraph stands above one. A suggestion's delegate
  // (领衔代表:曹婷) stands between its title and the unit that handles it.
  const field = FIELD.exec(folded.trim());
  const label = field ? (field[1] as string) : "";
  return (DETAIL.test(label) && !/^(?:联系|电话)/.test(label)) || PROPOSER.test(label);
}

/** A section heading of a few words with nothing under it yet and no units: 一、交通建设, (二)社会事业. */
function isBareSection(node: Node): boolean {
  const section = node.heading || node.style === "cn" || node.style === "pcn" || node.style === "part";
  const f = node.text.trim();
  return (
    section &&
    !node.closed &&
    node.children.length === 0 &&
    !hasOwnUnits(node) &&
    f.length <= 20 &&
    !/[,、;:,;:。]$/.test(f) &&
    // (二)省审计厅牵头的工作: a heading that names the lead has its paragraph as a task anyway (outlineText.ts).
    headingLead(node) === null
  );
}

/**
 * A paragraph of prose with no number and no label, right above a field that names its units, leader or deadline
 * or describes it (城东大道建设项目。新建道路5公里。 / 责任单位:县交通运输局): a record's task, under the heading above it or after the
 * record before it — not more words of that heading, nor the notice. False when the line is no such paragraph.
 */
export function openProseRecord(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  if (!next || !isFieldUnderParagraph(next.folded) || classify(line, next).kind !== "text") return false;
  // Records in '|' cells (重点工作: | 135.… |) are the generic reader's (fallback/records.ts).
  if (line.folded.includes("|")) return false;
  // Unit names one a line under a label (配合单位 / 县财政局 / 县发改局 / 牵头单位 …) are no paragraph; a sentence is.
  const names = splitUnitList(line.text);
  if (!/。$/.test(line.folded) && names.length > 0 && names.every(isUnitLike)) return false;
  const cur = o.current;
  const free = !cur || cur === o.part.root;
  const afterRecord = cur !== null && cur !== o.part.root && !cur.heading && cur.closed && hasOwnUnits(cur);
  if (!free && !afterRecord && !(cur !== null && isBareSection(cur))) return false;
  addRecord(o, line);
  const node = o.current as Node;
  // One such paragraph alone under its heading is the heading's own text (treeShape.ts), as with brackets.
  node.paragraph = node.parent !== null && node.parent !== o.part.root && node.parent.heading !== true;
  o.recordDetail = null;
  return true;
}

/**
 * A line of the record being read that is a field not about who does the work, or the value under one: a
 * detail of the task (建设内容:…, 总投资:…, 联系人:…) is kept with its words, another field (进展情况:…) read past.
 * False for any other line (units, leader, deadline, the next record), read as before.
 */
export function readRecordField(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const cur = o.current;
  // A label alone over a value marked empty (配合单位 / 无): the two are one field that names nothing.
  if (cur && next && bareLabelKind(line.folded) !== null && EMPTY.test(next.folded.trim())) {
    o.pendingLabel = line.text.replace(/[\s:：]+$/, "");
    return true;
  }
  if (o.record === null || o.record !== cur) {
    o.recordDetail = null;
    return false;
  }
  const f = line.folded.trim();
  const field = FIELD.exec(f);
  const kind = lineLabelKind(f);
  if (field && (kind === null || kind === "other")) {
    const label = field[1] as string;
    o.recordDetail = DETAIL.test(label) ? "keep" : "drop";
    if (o.recordDetail === "keep") keepDetail(cur, line.text.trim());
    cur.closed = true;
    o.unitTail = null;
    return true;
  }
  if (o.recordDetail === null || kind !== null || bareLabelKind(f) !== null) return false;
  // A line under the field: its value goes on — a numbered line too, unless a record's fields follow it.
  // A list point under it (1.… 2.…) is the value's; a section (二、…) or a task with its units is not.
  const c = classify(line, next);
  const point = c.kind === "numbered" && !SECTION.test(c.numbering.style);
  if (c.kind !== "text" && c.kind !== "bullet" && !point) return false;
  if (point && next !== null && isWhoField(next.folded)) return false;
  if (o.recordDetail === "keep") keepDetail(cur, line.text.trim());
  return true;
}

/** Adds a detail field's words to the task's, set off by a semicolon. */
function keepDetail(node: Node, text: string): void {
  const sep = /[。;；.!?]$/.test(node.text) || node.text === "" ? "" : "；";
  node.text += sep + text;
}
