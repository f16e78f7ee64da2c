/** The outline's handlers for each kind of line (classify.ts): each adds to the tree, or declines the kind. */

import { fold, openDepth } from "../text/fold";
import { pushAll } from "./arrays";
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
import { readLeaderHeading } from "./leader";
import { closingByClause, endsWithRoleBracket, hasOwnUnits, headingLead, type Node } from "./node";
import { readNumbering, type Numbering } from "./numbering";
import type { Outline } from "./outline";
import { tailTarget } from "./outline";
import { lineLabelKind, type LabelKind } from "./labels";
import { emptyRoles, namesRoles, readRoles, resolveRoles } from "./roles";
import { readLeadingRoles } from "./prose";
import { leaderWithLead, takeLeadingUnits } from "./outlineProse";
import { isUnitLike, normalizeUnitName, splitUnitList } from "./splitUnits";

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
      // A signature under the last task (国务院 / 甲市人民政府办公室, then the date): not a task, not units.
      return !o.unitsGoOn();
    case "bullet":
      onBullet(o, line);
      return true;
    case "numbered":
      if (c.numbering.doubtful && !expected(o, c.numbering)) return false;
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
      onText(o, line);
      return true;
  }
}

/**
 * True when the numbering goes on with this number: the item before it at the same style has the number
 * before it, or it is a first item under a heading of another style.
 */
function expected(o: Outline, numbering: Numbering): boolean {
  const same = o.stack.find((s) => s.style === numbering.style);
  if (same) return same.node.n === numbering.n - 1;
  return numbering.n === 1 && o.stack.length > 0;
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
  if (!o.unitsSeen || !o.partHasNodes()) return false;
  // 注: alone or 注:1.…: numbered notes follow. 注:带★的为重点考核项目: a note of one line.
  const after = line.folded.slice(marker);
  o.inNotes = after === "" || readNumbering(after) !== null;
  o.noteConvention(line.text.slice(marker), line.no);
  if (o.current) o.current.closed = true;
  o.unitTail = null;
  return true;
}

/** ▲ ■ ● … lines under a task: its sub-targets, or (with a role bracket of their own) tasks of their own. */
function onBullet(o: Outline, line: SourceLine): void {
  const cur = o.current;
  if (cur && cur !== o.part.root && !endsWithRoleBracket(line.text)) {
    cur.text += line.text;
    return;
  }
  if (!cur) return;
  // The bullet marks the item, as a number would: the task's text starts after it. Under a short heading
  // (四、产业升级 / ——实施…(A牵头)) each such item is a task under it, as a paragraph would be.
  const under = isShortHeading(cur) ? cur : null;
  const node = o.addNode(line.no, null, null, false, line.text.replace(BULLET, "").trim(), under);
  node.paragraph = under !== null;
  o.takeRoleBracket(node, line);
}

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
  if (section) o.inNotes = false;
  // 附件:1.…责任分解 / 2.…责任分解 — the list of attachments in the notice, not tasks.
  if (!o.unitsSeen && isBreakdownTitle(fold(rest))) return;
  const both = section ? leaderWithLead(rest) : null;
  const leader = both ? both.leader : section ? readHeadingLeader(rest) : null;
  const style = numbering.style as Parameters<Outline["addNode"]>[1];
  const node = o.addNode(line.no, style, numbering.n, leader !== null, star + (both ? both.text : rest));
  node.numbering = text.slice(start, start + numbering.length);
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
  }
}

/** A label line: units (牵头单位: / 责任单位: / 配合单位:), a leader, a deadline, or another field. */
function onLabel(o: Outline, line: SourceLine, kind: LabelKind): void {
  const cur = o.current;
  if (kind === "other") {
    // 工作目标: / 项目责任人: … after a task: part of its block, never a task or units of its own.
    // (备注:1.责任单位中列第一位的为牵头单位;… may state the convention.)
    o.noteConvention(line.text, line.no);
    if (cur) cur.closed = true;
    o.unitTail = null;
    return;
  }
  const roles = readRoles(o.noteConvention(line.text, line.no), { bareUnits: false });
  o.checkBrackets(line.text, line.no);
  const unitKind = kind === "lead" || kind === "co" || kind === "list";
  if (unitKind && cur && cur !== o.part.root && cur.labelKinds.includes(kind)) {
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
  if (unitKind && cur) cur.labelKinds.push(kind);
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

/** Plain text: units continuing the line above, a leader's heading, more of the task, or a new item. */
function onText(o: Outline, line: SourceLine): void {
  const { text, folded } = line;
  const cur = o.current;
  if (continueUnits(o, line)) return;

  // An unnumbered section heading naming a leader: 王某某副市长牵头重点工作
  const leader =
    /(牵头|主抓|分管|负责|联系|领衔)/.test(folded) && text.length <= 30 ? readLeaderHeading(text) : null;
  if (leader) {
    const node = o.addNode(line.no, null, null, true, text);
    node.leader = leader;
    node.leaderLine = line.no;
    o.section = node;
    o.stack = [];
    return;
  }

  // 一、扩大内需 / (一)约束性指标, then paragraphs without numbers that each end in their own unit bracket:
  // each paragraph is a task under the heading, not more of the heading's text.
  if (cur && isShortHeading(cur) && endsWithRoleBracket(text)) {
    const node = o.addNode(line.no, null, null, false, text, cur);
    node.paragraph = true;
    o.takeRoleBracket(node, line);
    return;
  }
  // (一)省监察厅牵头的工作 / 加强行政监察工作…: a heading that names the lead of its tasks is never a task
  // itself; the paragraph under it is its first task.
  if (cur && cur.style !== null && cur.children.length === 0 && !cur.closed && headingLead(cur)) {
    o.addNode(line.no, null, null, false, text, cur);
    o.splitInlineLabels(o.current as Node, line);
    o.takeRoleBracket(o.current as Node, line);
    return;
  }
  if (cur && cur !== o.part.root && !cur.closed && !(cur.heading && cur.leader)) {
    // 由市财政局、各县(市)、区人民政府负责落实。 on a line of its own: the units of the task above.
    const by = /^由/.test(folded) ? closingByClause(text) : null;
    if (by && by.at === 0) {
      o.attach(by.roles, line);
      return;
    }
    // 由张三副市长负责,市发改委牵头,相关部门配合,尽快完成…: the roles open the paragraph under the task.
    const roles = emptyRoles();
    const rest = readLeadingRoles(text, roles);
    if (rest !== null) {
      roles.matched = true;
      if (rest) cur.text += rest;
      o.attach(roles, line);
      return;
    }
    cur.text += text;
    o.splitInlineLabels(cur, line);
    o.takeRoleBracket(cur, line);
    return;
  }
  if (!cur) return; // prose before the first task: notice text, not a task
  const node = o.addNode(line.no, null, null, false, text);
  o.splitInlineLabels(node, line);
  o.takeRoleBracket(node, line);
}

/** Units continued from the line above (责任单位:A、B、\nC、D). True when the line was taken so. */
function continueUnits(o: Outline, line: SourceLine): boolean {
  const tail = o.unitTail;
  if (!tail || tail.node !== o.current) return false;
  const target = tailTarget(tail);
  const units = splitUnitList(o.noteConvention(line.text, line.no));
  // 市级有关 / 部门, 市 / 司法局: a unit cut at the line end (PDF copies) is one unit again.
  const cut = o.continuesCutUnit() && units.length > 0;
  const whole = cut ? normalizeUnitName((target[target.length - 1] as string) + (units[0] as string)) : "";
  const joined = cut && isUnitLike(whole) ? [whole, ...units.slice(1)] : units;
  if (joined.length === 0 || !joined.every(isUnitLike)) return false;
  if (joined !== units) target.pop();
  pushAll(target, joined);
  tail.open = endsWithSeparator(line.folded);
  o.lastUnitLine = line.no;
  return true;
}

/** A section heading (一、 / (一)) of a few words, with no units and nothing under it yet. */
function isShortHeading(node: Node): boolean {
  const f = fold(node.text).trim();
  return (
    (node.style === "cn" || node.style === "pcn" || node.style === "ar") &&
    !node.closed &&
    node.children.length === 0 &&
    !hasOwnUnits(node) &&
    // A short title, or one sentence (推动经济稳定健康发展,必须充分发挥…拉动作用。).
    (f.length <= 30 || (f.length <= 60 && /。$/.test(f) && f.indexOf("。") === f.length - 1)) &&
    !/[,、:;(]$/.test(f)
  );
}
