/**
 * Lines the numbering runs across that are no tasks (tasks.ts asks): a notice paragraph whose number runs on into a
 * section of tasks, and a short unnumbered heading after which the numbering starts again.
 */

import { fold } from "../text/fold";
import { opensAsFrameSection } from "./frameSections";
import type { Node } from "./node";
import { hasOwnUnits, subtreeHasUnits } from "./node";
import { endsLikeUnit } from "./unitLike";

/**
 * The notice's paragraphs that name units in a 由… clause (由A、B提出…) and are followed by the next number of their
 * style with tasks under it.
 */
export function runsIntoTasks(children: readonly Node[], notice: ReadonlySet<Node>): Node[] {
  return children.filter((c, k) => {
    const next = children[k + 1];
    return (
      notice.has(c) &&
      !opensAsFrameSection(c.text) &&
      namesUnitsAfterBy(c.text) &&
      next !== undefined &&
      c.style !== null &&
      next.style === c.style &&
      c.n !== null &&
      next.n === c.n + 1 &&
      next.children.some(subtreeHasUnits)
    );
  });
}

/** True when a 由 in the text opens a name of an organisation (由县人社局、监察局提出… → 县人社局). */
function namesUnitsAfterBy(text: string): boolean {
  const f = fold(text);
  for (let at = f.indexOf("由"); at >= 0; at = f.indexOf("由", at + 1)) {
    const first = /^[^,。;、]{3,14}/.exec(f.slice(at + 1))?.[0] ?? "";
    for (let n = 3; n <= first.length; n++) if (endsLikeUnit(first.slice(0, n))) return true;
  }
  return false;
}

/**
 * Under `node`, a short unnumbered line (no sentence, no units) right before an item numbered 1 of a style used
 * above it (…(三)…责任部门:园林局 / 配合做好专项整治工作 / (一)…): a section's heading that has no number, run into
 * the text. It is no unattached text, and the numbers that start again after it are no repeats (number-restarted).
 */
export function markRestarts(node: Node, headings: Set<Node>, restartOf: Map<Node, string>): void {
  const seen = new Set<string>();
  node.children.forEach((c, k) => {
    if (c.style !== null) {
      seen.add(c.style);
      return;
    }
    const next = node.children[k + 1];
    if (!next || next.style === null || next.n !== 1 || !seen.has(next.style)) return;
    if (c.heading || c.children.length > 0 || hasOwnUnits(c) || c.leader) return;
    const f = fold(c.text).trim();
    if (f.length < 2 || f.length > 20 || /[。;,:、()]/.test(f)) return;
    headings.add(c);
    for (let j = k + 1; j < node.children.length; j++) {
      const item = node.children[j] as Node;
      if (item.style === null) break;
      restartOf.set(item, c.text.trim());
    }
  });
}
