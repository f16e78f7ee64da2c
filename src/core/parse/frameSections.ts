/**
 * The frame of a plan around its tasks: sections such as 指导思想, 工作目标, 基本原则 and 保障措施 hold the plan's
 * prose, not tasks (一、工作目标 / 全市9个断面水质优良比例达到55%…。). A numbered section whose title opens with such
 * a name, with no units and no numbered item anywhere under it, in a part that has units elsewhere, is no task;
 * its number stays taken, so that the sections after it keep their ids and no gap is reported.
 */

import { fold } from "../text/fold";
import type { Node } from "./node";
import { subtreeHasUnits } from "./node";

// The names of a plan's frame sections (the heading's title, or the first words of a section run into its text).
const FRAME_SECTION =
  /^\s*(指导思想|总体要求|总体思路|工作目标|总体目标|主要目标|主要工作目标|目标要求|基本原则|工作原则|组织领导|组织保障|保障措施|工作要求|实施步骤|工作步骤|步骤安排|时间安排|进度安排|有关要求|相关要求|实施范围)/;

/** True when a section's text opens with the name of a plan's frame section (指导思想, 工作目标, 保障措施 …). */
export function opensAsFrameSection(text: string): boolean {
  return FRAME_SECTION.test(fold(text));
}

/** The frame sections of a part's outline (see above): numbered, but never tasks. */
export function frameSections(root: Node): ReadonlySet<Node> {
  const found = new Set<Node>();
  if (!root.children.some(subtreeHasUnits)) return found;
  const visit = (node: Node): void => {
    for (const child of node.children) {
      if (isFrameSection(child)) found.add(child);
      else visit(child);
    }
  };
  visit(root);
  return found;
}

/** True when a node is a numbered frame section with no units and no numbered item under it. */
function isFrameSection(node: Node): boolean {
  return (
    node.style !== null &&
    node.leader === null &&
    opensAsFrameSection(node.text) &&
    !subtreeHasUnits(node) &&
    !hasNumbered(node)
  );
}

/** True when a numbered item sits anywhere under the node. */
function hasNumbered(node: Node): boolean {
  return node.children.some((c) => c.style !== null || hasNumbered(c));
}
