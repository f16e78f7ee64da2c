/** The outline's handlers for each kind of line (classify.ts): each adds to the tree, or declines the kind. */

import { fold, openDepth } from "../text/fold";
import type { SourceLine } from "../text/lines";
import {
  BULLET,
  classify,
  closeAtEnd,
  endsWithSeparator,
  readHeadingLeader,
  type LineClass,
} from "./classify";
import { isBreakdownTitle } from "./docInfo";
import { endsWithRoleBracket } from "./node";
import { readNumbering, type Numbering } from "./numbering";
import type { Outline } from "./outline";
import { isStaffLine, labelKey, lineLabelKind, type LabelKind } from "./labels";
import { emptyRoles, namesRoles, readRoles, resolveRoles } from "./roles";
import { leaderWithLead, takeLeadingUnits } from "./outlineProse";
import { isShortHeading, onText } from "./outlineText";
import { takeSiteRecord } from "./outlineProblems";
import type { Node } from "./node";

const UNIT_KINDS: ReadonlySet<LabelKind> = new Set(["lead", "co", "list"]);

/**
 * Handles a line of the given kind; false when the outline declines the kind for this line (it is then
 * classified again from the next rule).
 */
export function handleLine(o: Outline, c: LineClass, line: SourceLine, next: SourceLine | null): boolean {
  switch (c.kind) {
    case "skip":
      return true;
    case "notes":
      return onNotes(o, line, c.marker);
    case "signature":
      // A signature under the last task (国务院 / 甲市人民政府办公室, then the date): not a task, not units. Never a
      // piece of the line that gave the last units (…(A牵头)。继续清理和调整行, cut at the page's end): not alone on its line.
      // With a date after it, it is a signature there too (a page on one line: …(A牵头) 检查组 2023年5月1日).
      return !o.unitsGoOn() && (line.no > o.lastUnitLine || next !== null);
    case "bullet":
      onBullet(o, line, next);
      return true;
    case "numbered":
      if (c.numbering.doubtful && !expected(o, c.numbering)) return false;
      if (c.numbering.glued && !itemEnded(o)) return false;
      onNumbered(o, line, c.numbering, c.start);
      return true;
    case "label":
      onLabel(o, line, c.label);
      return true;
    case "bracketed":
      return onBracketed(o, line);
    case "convention":
      return onConvention(o, line, next);
    case "text":
      onText(o, line, next);
      return true;
  }
}

/**
 * True when the item above has ended (its words close with 。 ; or a bracket, or it is a section heading of another
 * numbering), so that a number glued to the next line's words (1大力发展…) may open the next item; a line that wraps
 * an item's words (…力争\n2季度开工…) goes on with them.
 */
function itemEnded(o: Outline): boolean {
  const cur = o.current;
  if (!cur || cur === o.part.root || cur.heading || cur.style !== "ar") return true;
  // An item whose own number was glued to its words (a damaged copy's 4“一企一策”…, no stop at its end): the copy
  // lost its numbers' marks and stops alike, so the next glued number opens the next item.
  if (/^\s*\d{1,2}\s*$/.test(cur.numbering)) return true;
  return cur.closed || /[。;)\]】]\s*$/.test(fold(cur.text));
}

/**
 * True when the numbering goes on with this number: the item before it at the same style (on the stack, or
 * the last one of the part) has the number before it, or it is a first item under a heading of another style.
 */
function expected(o: Outline, numbering: Numbering): boolean {
  const same = o.stack.find((s) => s.style === numbering.style);
  if (same) return same.node.n === numbering.n - 1;
  // Numbers that run on across the headings above them: 1、2、 under (一), then 3、 under (二).
  if (o.lastOfStyle.get(numbering.style) === numbering.n - 1) return true;
  // A first item right under a heading with no number of its own (an office's name over its list) too.
  return numbering.n === 1 && (o.stack.length > 0 || (o.section !== null && o.current === o.section));
}

/**
 * An inline bracket left open on the previous line continues here — on a line of text or a label line
 * ((牵头单位:A;\n配合单位:B), as PDF copies wrap it). A numbered line, a bullet or the notes end the bracket
 * where it was left open (reported with the task), so that it never swallows them.
 */
export function continueOpenBracket(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const cur = o.current;
  if (!cur || cur === o.part.root || cur.closed || cur.bracketCut || openDepth(fold(cur.text)) === 0)
    return false;
  const kind = classify(line, next).kind;
  if (kind === "numbered" || kind === "bullet" || kind === "notes" || kind === "skip") {
    cur.bracketCut = true;
    return false;
  }
  cur.text += line.text;
  // Closed here: take it now, so that a line after it (a remark, a signature) cannot swallow it.
  o.takeRoleBracket(cur, line);
  return true;
}

/** 注: / 说明: below the tasks starts the notes (1.责任单位中列第一位的为牵头单位 …), not more tasks. */
function onNotes(o: Outline, line: SourceLine, marker: number): boolean {
  // 说明 alone on its line before any task: notes on the breakdown ahead of it (what it is, its conventions), whose
  // points are no tasks; a section heading ends them.
  const ahead = !o.unitsSeen && /^说明\s*:?\s*$/.test(line.folded.trim());
  if (!ahead && (!o.unitsSeen || !o.partHasNodes())) return false;
  o.notesAhead = ahead;
  o.lastNote = null;
  // 注: alone or 注:1.…: numbered notes follow. 注:带★的为重点考核项目: a note of one line.
  const after = line.folded.slice(marker);
  o.inNotes = after === "" || readNumbering(after) !== null;
  o.noteConvention(line.text.slice(marker), line.no);
  if (o.current) o.current.closed = true;
  o.unitTail = null;
  return true;
}

// The items whose words took a bullet line as a sub-target: a unit line under their last bullet is theirs.
const withSubTargets = new WeakSet<Node>();
// The bullets read as tasks of their own.
const bulletTasks = new WeakSet<Node>();

/** True when bullets under the node may be tasks of its own: a section's heading, or a bullet read as a task. */
const overBullets = (n: Node): boolean =>
  n.heading || n.style === "cn" || n.style === "pcn" || n.style === "part" || bulletTasks.has(n);

/**
 * ▲ ■ ● —— … lines under a task: its sub-targets, or tasks of their own where each names its units — in a role
 * bracket closing it, or, under a section's heading, on a unit line right under it (——地区生产总值增长7.5%; / 牵头部门:市发改委), unless bullets
 * before it were the item's sub-targets (the unit line under the last of them is then the item's).
 */
function onBullet(o: Outline, line: SourceLine, next: SourceLine | null): void {
  const cur = o.current;
  const kind = next ? lineLabelKind(next.folded) : null;
  const unitsUnder =
    kind !== null && UNIT_KINDS.has(kind) && cur !== null && !withSubTargets.has(cur) && overBullets(cur);
  if (cur && cur !== o.part.root && !endsWithRoleBracket(line.text) && !unitsUnder) {
    cur.text += line.text;
    withSubTargets.add(cur);
    return;
  }
  if (!cur) return;
  // The bullet marks the item, as a number would: the task's text starts after it. Under a short heading
  // (四、产业升级 / ——实施…(A牵头)) each such item is a task under it, as a paragraph would be.
  const under = isShortHeading(cur) ? cur : null;
  const node = o.addNode(line.no, null, null, false, line.text.replace(BULLET, "").trim(), under);
  bulletTasks.add(node);
  node.paragraph = under !== null;
  o.takeRoleBracket(node, line);
}

// What a document's title has and a section's heading has not: a year, a quoted title, a 表 / 方案 / 清单 at its end.
const NAMES_DOCUMENT = /\d{4}年|《|(表|方案|清单|一览表)$/;

/** A numbered line: a section heading, a task or a sub-item (★ before the number stays in the text). */
function onNumbered(
  o: Outline,
  line: SourceLine,
  numbering: { style: string; n: number; length: number },
  start: number,
): void {
  const { text } = line;
  const star = text.slice(0, start);
  const rest = text.slice(start + numbering.length).trim();
  const section = numbering.style === "part" || numbering.style === "cn" || numbering.style === "pcn";
  // A section heading after notes: the breakdown goes on.
  if (section) {
    o.inNotes = false;
    o.notesAhead = false;
  }
  // A point of the notes ahead of the breakdown (说明 / 1.…各区县政府要…) is no node: notice text, as prose before the
  // first task is.
  // A number that does not go on from the notes' (1. after 4.) starts the breakdown's own list.
  const goesOn = o.notesAhead && (o.lastNote === null || numbering.n === o.lastNote + 1);
  if (o.inNotes && o.notesAhead && goesOn) {
    o.lastNote = numbering.n;
    o.current = null;
    return;
  }
  if (o.notesAhead) {
    o.inNotes = false;
    o.notesAhead = false;
  }
  // 附件:1.…责任分解 / 2.…责任分解 — the list of attachments in the notice, not tasks. A section's heading that
  // ends like a title (三、组织领导及职责分工) names no document: no year, no 《, no 表 / 方案 / 清单 at its end.
  if (!o.unitsSeen && isBreakdownTitle(fold(rest)) && !(section && !NAMES_DOCUMENT.test(fold(rest)))) return;
  const both = section ? leaderWithLead(rest) : null;
  const leader = both ? both.leader : section ? readHeadingLeader(rest) : null;
  const style = numbering.style as Parameters<Outline["addNode"]>[1];
  const node = o.addNode(line.no, style, numbering.n, leader !== null, star + (both ? both.text : rest));
  node.numbering = text.slice(start, start + numbering.length);
  // A body's duties heading (一、联席会议职责, dutyHeading.ts): the body leads every duty under it.
  if (section && line.dutyBody && !both && !leader) {
    o.attach({ ...emptyRoles(), leads: [line.dutyBody], matched: true }, line);
    node.closed = false;
    node.handsDown = true;
    return;
  }
  if (both) {
    o.attach(both.roles, line);
    node.closed = false;
    node.handsDown = true;
  }
  if (o.inNotes && !leader) {
    node.note = true;
    node.text = o.noteConvention(node.text, line.no);
  }
  if (leader) {
    node.leader = leader;
    node.leaderLine = line.no;
  } else {
    takeLeadingUnits(o, node, line);
    o.splitInlineLabels(node, line);
    o.takeRoleBracket(node, line);
    takeSiteRecord(o, node, line);
  }
}

/** A label line: units (牵头单位: / 责任单位: / 配合单位:), a leader, a deadline, or another field. */
function onLabel(o: Outline, line: SourceLine, given: LabelKind): void {
  const cur = o.current;
  // Named staff after the task's own unit line (责任单位:A / 主要责任人:张三): persons in the unit, never units.
  const staffAfterUnits = cur && isStaffLine(line.folded) && cur.labelKinds.length > 0;
  const kind = staffAfterUnits ? "other" : given;
  if (kind === "other") {
    // 工作目标: / 项目责任人: … after a task: part of its block, never a task or units of its own.
    // (备注:1.责任单位中列第一位的为牵头单位;… may state the convention.)
    o.noteConvention(line.text, line.no);
    // 责任人:奚克路副市长 — a person named with a leader's title is the task's leader (labelled.ts).
    const leader =
      cur && !staffAfterUnits && !cur.leader ? readRoles(line.text, { bareUnits: false }).leader : null;
    if (cur && leader) {
      cur.leader = leader;
      cur.leaderLine = line.no;
    }
    if (cur) cur.closed = true;
    o.unitTail = null;
    return;
  }
  const roles = readRoles(o.noteConvention(line.text, line.no), { bareUnits: false });
  o.checkBrackets(line.text, line.no);
  const unitKind = kind === "lead" || kind === "co" || kind === "list";
  const key = labelKey(line.folded) ?? kind;
  if (unitKind && cur && cur !== o.part.root && cur.labelKinds.includes(key)) {
    // A second 责任单位: line for the same task: the task line between them is missing. Not merged.
    const r = resolveRoles([roles]);
    o.issues.push({
      code: "units-without-task",
      severity: "error",
      line: line.no,
      params: { text: line.text, units: [...r.leads, ...r.coUnits], after: cur.unitLines[0] ?? cur.line },
    });
    o.unitTail = null;
    return;
  }
  if (unitKind && cur) cur.labelKinds.push(key);
  // Units under a "note": it was a task after all, and so are the numbered lines after it.
  if (unitKind) o.inNotes = false;
  o.attach(roles, line);
  if (unitKind && o.current) {
    o.unitTail = { node: o.current, roles, kind, open: endsWithSeparator(line.folded) };
  }
}

/** A whole line in brackets: the convention, or units (牵头单位:…) for the task above. */
function onBracketed(o: Outline, line: SourceLine): boolean {
  // A bracket left open is closed at the line's end (reported).
  o.checkBrackets(line.text, line.no);
  const rest = o.noteConvention(closeAtEnd(line.text).slice(1, -1), line.no);
  if (rest === "") return true;
  const cur = o.current;
  if (namesRoles(rest) && cur && cur !== o.part.root) {
    o.attach(readRoles(rest, { bareUnits: true }), line);
    return true;
  }
  // Not units: read as text (skipping the convention rule, as a bracketed line never was one).
  onText(o, line);
  return true;
}

/** …列第一位的为牵头单位;牵头单位:市经信局;配合单位:市发改委 — labels after the convention are read. */
function onConvention(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const rest = o.noteConvention(line.text, line.no).replace(/^[;,\uff1b\uff0c\s]+/, "");
  if (rest && lineLabelKind(fold(rest))) {
    o.line({ ...line, text: rest, folded: fold(rest) }, next);
    return true;
  }
  return line.text.length < 80;
}
