/**
 * The outline tree tidied before its tasks are read: the notice's numbered paragraphs dropped, sub-points merged
 * into their task, a heading's lone paragraph made its text, and the cut last paragraph told from loose text.
 */

import { pushAll } from "./arrays";
import { fold, unclosedOpeners } from "../text/fold";
import type { Node } from "./node";
import { closesWithRoles, hasOwnUnits, headingLead, makeNode, subtreeHasUnits } from "./node";
import { midByClause, opensWithRoles } from "./midClause";
import { opensAsFrameSection } from "./frameSections";
import { COUNTED_LIST_HEADING } from "./vocabulary";

/** A paragraph of prose (一、高度重视。各部门要……), not a heading: a sentence ends before its text does. */
export function isProse(text: string): boolean {
  const f = fold(text).trim();
  // A closing bracket may hold the units of a task (read later): not the notice's prose.
  return f.length >= 16 && /[。!?;]/.test(f.slice(0, -1)) && !/[)\]】〕]\s*[。.]?$/.test(f);
}

/**
 * 一是…; 二是… (or (1)(2)…, ①②…) on lines of their own, with one unit block after the last: the points of the task
 * above, not tasks of their own. Merged back into it, with their numbering, and the units moved up.
 * Points that each have their own units stay tasks.
 */
export function mergeSubPoints(node: Node): void {
  for (const child of node.children) mergeSubPoints(child);
  const points = node.children;
  // A heading that names the lead of the points under it (1.县发改局牵头 / (1)… (2)…): they are its tasks.
  if (node.heading || points.length < 2 || headingLead(node)) return;
  // (1)年度主要任务与要求: under an office's heading: a title over the office's duties, each a task of its own.
  if (isListTitle(node.text) && ledFromAbove(node)) return;
  const style = points[0]?.style;
  if (!(style === "shi" || style === "par" || style === "circ")) return;
  if (!points.every((c) => c.style === style && c.children.length === 0)) return;
  // A point ending in a bracket may name units of its own (read later): keep the points as they are.
  if (points.some((c) => /[)\]】〕]$/.test(fold(c.text).replace(/[\s。;,.]+$/, "")))) return;
  // Points that each close with their own role sentence (…。A牵头,B配合。 / …,由A负责落实。) are tasks.
  // So are points that each say it in a 由… clause inside their sentence (会议决定 (1)A由县住建局负责,于…前完成。).
  if (points.filter((c) => closesWithRoles(c.text) || midByClause(c.text) !== null).length > 1) return;
  const withUnits = points.filter(hasOwnUnits);
  const last = points[points.length - 1] as Node;
  if (withUnits.length > 1 || (withUnits.length === 1 && (withUnits[0] !== last || hasOwnUnits(node))))
    return;
  node.text += points.map((c) => c.numbering + c.text).join("");
  for (const c of points) {
    pushAll(node.roles, c.roles);
    pushAll(node.unitLines, c.unitLines);
    if (c.leader) {
      node.leader = c.leader;
      node.leaderLine = c.leaderLine;
    }
    node.deadline = c.deadline ?? node.deadline;
  }
  node.children = [];
}

/** A short title ending in a colon, no sentence in it (主要任务与要求:, 工作职责:). */
const isListTitle = (text: string): boolean => /^[^。;,,;]{2,16}[::]$/.test(fold(text).replace(/\s+/g, ""));

/** True when a heading above the node names the lead of the tasks under it. */
function ledFromAbove(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.style !== null && headingLead(p)) return true;
  return false;
}

/**
 * Numbered paragraphs of the notice that come before the tasks (一、高度重视。… 二、压实责任。…) are not
 * sections: tasks written under one of them belong to no section (it is dropped); one with nothing under it
 * stays in place, its number taken, and is returned among those that are no task.
 */
export function dropNoticeParagraphs(root: Node): ReadonlySet<Node> {
  const notice = new Set<Node>();
  const kept: Node[] = [];
  let inTasks = false;
  const runsIntoTasks = numberedIntoTasks(root.children);
  for (const [k, child] of root.children.entries()) {
    // …其职责分工为: / …如下: introduces the list under it: a heading over those tasks, not the notice's words.
    const introduces = /[::]$/.test(fold(child.text).trim()) && child.children.some(subtreeHasUnits);
    const prose =
      isProse(child.text) && !closesWithRoles(child.text) && !opensWithRoles(child.text) && !introduces;
    if (!inTasks && !child.heading && !hasOwnUnits(child) && prose && !runsIntoTasks[k]) {
      if (child.children.length === 0) {
        notice.add(child);
        kept.push(child);
        continue;
      }
      pushAll(kept, child.children);
      inTasks = child.children.some(subtreeHasUnits);
      continue;
    }
    inTasks ||= subtreeHasUnits(child);
    kept.push(child);
  }
  root.children.length = 0;
  pushAll(root.children, kept);
  return notice;
}

/**
 * For each of `nodes`, whether its numbering runs on unbroken (2, 3, 4 … of one style) to a later item with units of
 * its own (not a notice's paragraph with tasks under it): such an item is one of the tasks (1.完成造林;请各单位抓好。
 * 2.新建学校(区教育局负责)), never a notice's paragraph, whose numbering restarts before the tasks.
 */
function numberedIntoTasks(nodes: readonly Node[]): boolean[] {
  const out = nodes.map(() => false);
  for (let k = nodes.length - 2; k >= 0; k--) {
    const [here, next] = [nodes[k] as Node, nodes[k + 1] as Node];
    const follows =
      here.style !== null && next.style === here.style && here.n !== null && next.n === here.n + 1;
    // A plan's own sections (一、指导思想。… 二、工作目标。…) are the notice's words whatever follows them.
    out[k] = follows && !opensAsFrameSection(here.text) && (hasOwnUnits(next) || (out[k + 1] as boolean));
  }
  return out;
}

/**
 * A heading with one paragraph under it that ends in its own unit bracket (一、推进重大项目建设 / 建立健全…(A牵头)):
 * the paragraph is the heading's own text, and the heading the task. (Several such paragraphs are tasks each.)
 */
export function mergeLoneParagraph(node: Node, last: Node, siblingsHold = false): void {
  // Headings whose siblings each hold several such paragraphs (1.A / …(甲牵头) / …(乙牵头) 2.B / …(丙牵头)): the one
  // paragraph under a sibling is its task too, as theirs are, never run into the heading's words.
  const holds = node.children.some((c) => c.children.filter((p) => p.style === null).length > 1);
  for (const child of node.children) mergeLoneParagraph(child, last, holds);
  const only = node.children.length === 1 ? (node.children[0] as Node) : null;
  if (!only || !only.paragraph || only.children.length > 0 || siblingsHold) return;
  // A heading that counts its items ((三)进展缓慢的有1项。): the one paragraph is the list's item, not its words.
  if (COUNTED_LIST_HEADING.test(fold(node.text))) return;
  // The page's end cut it (no units, no sentence's end): a task of its own, the heading left as written.
  if (isCutTail(only, last)) return;
  node.text += only.text;
  pushAll(node.roles, only.roles);
  pushAll(node.unitLines, only.unitLines);
  node.deadline ??= only.deadline;
  if (only.leader && !node.leader) {
    node.leader = only.leader;
    node.leaderLine = only.leaderLine;
  }
  node.children = [];
}

/** The node that comes last in the document's order (the deepest last child). */
export function lastNode(root: Node): Node {
  let node = root;
  while (node.children.length > 0) node = node.children[node.children.length - 1] as Node;
  return node;
}

/**
 * The document's last paragraph, breaking off mid-sentence after an unnumbered paragraph that ends in its own
 * units (…征地拆迁、 / 单位地区生产总值): a task of the same kind whose units were cut off with the text — read as a
 * task (it reports no units), not as loose text. First under its heading, it follows the last paragraph under
 * the heading before (a table's group cell over its rows).
 */
export function isCutTail(child: Node, last: Node): boolean {
  if (child !== last || !child.parent) return false;
  const siblings = child.parent.children;
  const uncles = child.parent.parent?.children ?? [];
  // First under its heading: the last paragraph (at any depth) under the heading before.
  const uncle = uncles[uncles.indexOf(child.parent) - 1];
  const prev =
    siblings[siblings.indexOf(child) - 1] ?? (uncle?.children.length ? lastNode(uncle) : undefined);
  const f = fold(child.text).trim();
  // After a numbered item closed by its own unit bracket on its line (1.控制用水总量。…[A牵头,B配合] / 严控地下水超),
  // too: a paragraph of the item's kind under its heading whose bracket was cut off. Not after a unit label line.
  const closedItem =
    prev !== undefined &&
    prev.style !== null &&
    prev.closed &&
    child.style === null &&
    prev.unitLines.length > 0 &&
    prev.unitLines.every((no) => no === prev.line);
  return (
    prev !== undefined &&
    (prev.style === null || closedItem) &&
    hasOwnUnits(prev) &&
    !/[。!?;…”")\]】]$/.test(f)
  );
}

/**
 * The document's last node when it is a short heading whose own words ran on into a paragraph the page's end cut
 * off (…(二)重大工程 / 对重大工程,省发展改革委要做): the paragraph is split off as the heading's one (cut) paragraph, so
 * the heading reads as written and the cut task is kept (isCutTail), as a paragraph the page had not cut would be.
 */
export function splitCutTail(last: Node): Node {
  const run = last.runOn;
  const tail = run ? last.text.slice(run.at) : "";
  if (!run || last.children.length > 0 || hasOwnUnits(last) || last.leader || last.deadline !== null)
    return last;
  if (/[。!?;…”")\]】]$/.test(fold(tail).trim()) || fold(tail).trim().length < 4) return last;
  const node = makeNode({
    line: run.line,
    part: last.part,
    style: null,
    n: null,
    parent: last,
    heading: false,
  });
  node.text = tail;
  node.paragraph = true;
  last.text = last.text.slice(0, run.at);
  last.children.push(node);
  return node;
}

/**
 * The document's last numbered item, cut inside its closing bracket (2.全面推进依法行政。落实…(市政府法制办), when the item
 * before it of its style was read as a short title over its runs (1.推进政企分开。…(A牵头)。…(B牵头)。): read so too — the
 * title a heading, the cut run a task under it — so a cut end reads as its siblings do.
 */
export function splitCutItem(last: Node): Node {
  const parent = last.parent;
  if (!parent || last.style === null || last.children.length > 0) return last;
  if (unclosedOpeners(fold(last.text)).size === 0) return last;
  const before = parent.children[parent.children.indexOf(last) - 1];
  const runs = before?.children ?? [];
  if (!before || before.style !== last.style || runs.length < 2 || runs.some((c) => c.style !== null))
    return last;
  const stop = fold(last.text).indexOf("。");
  const title = last.text.slice(0, stop + 1);
  // A title with a bracket of its own ((场所)) is left as it is: the bracket would be read as the heading's units.
  if (stop < 2 || stop > 40 || /[([【〔]/.test(fold(title))) return last;
  const node = makeNode({
    line: last.line,
    part: last.part,
    style: null,
    n: null,
    parent: last,
    heading: false,
  });
  node.text = last.text.slice(stop + 1);
  node.paragraph = true;
  pushAll(node.roles, last.roles);
  pushAll(node.unitLines, last.unitLines);
  last.text = title;
  last.roles = [];
  last.unitLines = [];
  last.children.push(node);
  return node;
}
