/**
 * Numbered items that each open with a short title sentence (1.规划一体化。树立…(A牵头,B配合)): where one of them holds
 * several runs, each closed by its own role bracket (5.行政服务一体化。 / 制定…(C牵头)。 / 继续…), its title is a heading
 * over them (classify.ts, splitAfterRoleBrackets). Its siblings are items of the same list written the same way: each
 * sibling's title sentence is a heading too, over its one run — a task of its own (n.1), as the runs are.
 */

import { pushAll } from "./arrays";
import { fold, isCloser, matchingOpener } from "../text/fold";
import type { Node } from "./node";
import { hasOwnUnits, makeNode } from "./node";
import { namesRoles } from "./roles";
import { endsLikeUnit, splitUnitList } from "./unitLike";

/** The longest short title sentence (its stop included). */
const TITLE_LENGTH = 30;

/** Where a short title sentence naming no units ends (after its 。) at the start of `text`, else 0. */
function titleEnd(text: string): number {
  const f = fold(text);
  const stop = f.indexOf("。");
  if (stop < 2 || stop + 1 > TITLE_LENGTH || stop + 1 >= f.trim().length) return 0;
  const title = f.slice(0, stop);
  return /[()[\]【】〔〕,,;;::]/.test(title) || namesRoles(title) ? 0 : stop + 1;
}

/**
 * True when the node names its units: read already (a role bracket), or in a bracket of roles or of unit names
 * closing its words (read with its task later, takeInlineUnits).
 */
function closesWithUnits(node: Node): boolean {
  if (hasOwnUnits(node)) return true;
  const f = fold(node.text).replace(/[。;.\s]+$/, "");
  const open = isCloser(f[f.length - 1] ?? "") ? matchingOpener(f, f.length - 1) : -1;
  if (open < 0) return false;
  const inside = f.slice(open + 1, -1);
  const names = splitUnitList(inside);
  return namesRoles(inside) || (names.length > 0 && names.every(endsLikeUnit));
}

/** True when the node is a title over several runs: a short title sentence, and paragraphs under it only. */
function titleOverRuns(node: Node): boolean {
  const runs = node.children;
  return (
    node.style !== null &&
    runs.length > 1 &&
    runs.every((c) => c.style === null && c.children.length === 0) &&
    runs.some(closesWithUnits) &&
    !hasOwnUnits(node) &&
    /^[^。]{2,29}。$/.test(fold(node.text).trim())
  );
}

/**
 * Splits, under every node, the siblings of an item read as a title over several runs: an item of the same style
 * with no children, whose words open with a short title sentence and close with its own units (its bracket) — the
 * title stays the item's words, the rest becomes its one run, with the units.
 */
export function splitTitleSiblings(node: Node): void {
  for (const child of node.children) splitTitleSiblings(child);
  const model = node.children.find(titleOverRuns);
  if (!model) return;
  for (const item of node.children) {
    if (item.style !== model.style || item.children.length > 0 || !closesWithUnits(item)) continue;
    if (item.leader || item.heading) continue;
    const end = titleEnd(item.text);
    if (end === 0) continue;
    const run = makeNode({
      line: item.line,
      part: item.part,
      style: null,
      n: null,
      parent: item,
      heading: false,
    });
    run.text = item.text.slice(end).trim();
    run.paragraph = true;
    run.closed = item.closed;
    run.deadline = item.deadline;
    pushAll(run.roles, item.roles);
    pushAll(run.unitLines, item.unitLines);
    item.text = item.text.slice(0, end);
    item.roles = [];
    item.unitLines = [];
    item.deadline = null;
    item.children.push(run);
  }
}
