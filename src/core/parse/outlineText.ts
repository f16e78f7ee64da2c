/** The outline's handler for plain text lines: units continued, a leader's heading, more of a task, or a new item. */

import { fold } from "../text/fold";
import { pushAll } from "./arrays";
import type { SourceLine } from "../text/lines";
import { endsWithSeparator } from "./classify";
import { readLeaderHeading } from "./leader";
import { closingByClause, endsWithRoleBracket, hasOwnUnits, headingLead, type Node } from "./node";
import type { Outline } from "./outline";
import { emptyRoles, tailTarget } from "./roles";
import { readLeadingRoles } from "./prose";
import { normalizeUnitName } from "./unitName";
import { isUnitLike, splitUnitList } from "./unitLike";
import { endsWithOwnUnits, endsWithUnitBracket, opensLooseItem } from "./outlineItems";
import { takeLeadingUnits } from "./outlineProse";
import { onProblemRecord } from "./outlineProblems";
import { onDutyParagraph } from "./dutyParagraphs";
import { onUnitHeading } from "./outlineUnitHeading";

/** Plain text: units continuing the line above, a leader's heading, more of the task, or a new item. */
export function onText(o: Outline, line: SourceLine, next: SourceLine | null = null): void {
  const { text, folded } = line;
  const cur = o.current;
  if (continueUnits(o, line)) return;
  if (onProblemRecord(o, line)) return;
  // 县环保局。负责… under a heading: a member unit's duties, a task led by the unit it opens with.
  if (onDutyParagraph(o, line, next)) return;

  // 凤台县政府 over its targets 1. 2. …: a heading naming their lead.
  if (onUnitHeading(o, line)) return;

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
  // A paragraph closed by a role sentence (…,由A牵头实施。 / …,A负责,B配合。) is one too.
  const closes = endsWithRoleBracket(text) || endsWithUnitBracket(text) || endsWithOwnUnits(text);
  if (cur && isShortHeading(cur) && closes) {
    const node = o.addNode(line.no, null, null, false, text, cur);
    node.paragraph = true;
    o.takeRoleBracket(node, line);
    // A bracket of unit names only closes the paragraph too (outlineItems.ts).
    node.closed = true;
    return;
  }
  // (一)省监察厅牵头的工作 / 加强行政监察工作…: a heading that names the lead of its tasks is never a task
  // itself; the paragraph under it is its first task.
  // A heading that hands its roles down (一、主要职责 over a body's duties, dutyHeading.ts) is no task either: the
  // paragraph under it is.
  const handsDown = cur !== null && cur.handsDown;
  if (
    cur &&
    cur.style !== null &&
    cur.children.length === 0 &&
    !cur.closed &&
    (handsDown || headingLead(cur))
  ) {
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
    if (isShortHeading(cur)) cur.runOn = { at: cur.text.length, line: line.no };
    cur.text += text;
    o.splitInlineLabels(cur, line);
    o.takeRoleBracket(cur, line);
    return;
  }
  // Prose before the first task is notice text, not a task — unless it ends in its own units (outlineItems.ts).
  // Only under a breakdown's title: a news report's paragraph may end in a unit's name too.
  if (!cur && !(o.part.title !== null && opensLooseItem(line, next))) return;
  const node = o.addNode(line.no, null, null, false, text);
  // Units before the words (由A牵头,B参与,新建… / (牵头单位:A)新建…) are the paragraph's, as a numbered item's.
  takeLeadingUnits(o, node, line);
  o.splitInlineLabels(node, line);
  o.takeRoleBracket(node, line);
  // A bracket of unit names only ((县教育局)) ends the paragraph too: the next line is the next paragraph.
  if (!node.closed && endsWithOwnUnits(node.text)) node.closed = true;
}

/** Units continued from the line above (责任单位:A、B、\nC、D). True when the line was taken so. */
function continueUnits(o: Outline, line: SourceLine): boolean {
  const tail = o.unitTail;
  if (!tail || tail.node !== o.current) return false;
  // A closed sentence (学校、幼儿园、午托部。) after a unit line that asked for nothing more is the next paragraph.
  if (!tail.open && !o.continuesCutUnit() && /。\s*$/.test(line.folded)) return false;
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

// The numbering of a heading over paragraphs: 一、 (一) 1. as a document numbers its items, and (1) 1) ① as another
// document numbers the same items (a title cut off its runs, 5.行政服务一体化。… or (5)行政服务一体化。…, alike).
const HEADING_STYLES: ReadonlySet<string> = new Set(["cn", "pcn", "ar", "par", "arp", "circ"]);

/** A section heading (一、 / (一) / 1. / (1) / ①) of a few words, with no units and nothing under it yet. */
export function isShortHeading(node: Node): boolean {
  const f = fold(node.text).trim();
  return (
    node.style !== null &&
    HEADING_STYLES.has(node.style) &&
    !node.closed &&
    node.children.length === 0 &&
    !hasOwnUnits(node) &&
    // A short title, or one sentence (推动经济稳定健康发展,必须充分发挥…拉动作用。).
    (f.length <= 30 || (f.length <= 60 && /。$/.test(f) && f.indexOf("。") === f.length - 1)) &&
    !/[,、:;(]$/.test(f)
  );
}
