/** Numbering paths: each item's dotted id from the numbers as written, with gaps reported and unnumbered items given a free number. */

import type { ParseIssue } from "../types";
import type { Node } from "./node";

/** The numbers written under each parent, computed once (an unnumbered child takes a free one). */
const numbersOf = new WeakMap<Node, Set<number>>();

/**
 * Gives a node its numbering path and checks it against its previous sibling: a repeat is reported when
 * the ids collide (see tasks.ts), a gap here. An unnumbered node takes the next free number.
 */
export function numberChild(
  parent: Node,
  child: Node,
  prev: Node | null,
  depth: number,
  lastAtDepth: Map<string, number>,
  issues: ParseIssue[],
): number[] | null {
  const base = parent.path ?? [];
  if (child.style === null && child.heading) return base;
  if (child.style === null) {
    let taken = numbersOf.get(parent);
    if (!taken) {
      taken = new Set(parent.children.filter((c) => c.style !== null).map((c) => c.n as number));
      numbersOf.set(parent, taken);
    }
    let n = (prev?.path?.[prev.path.length - 1] ?? 0) + 1;
    while (taken.has(n)) n++;
    taken.add(n);
    return [...base, n];
  }
  const n = child.n as number;
  const key = `${depth}:${child.style}`;
  const expected =
    prev && prev.style === child.style ? (prev.n as number) + 1 : lastAtDepth.has(key) ? null : 1;
  const continued = (lastAtDepth.get(key) ?? 0) + 1;
  // Numbers that run on across headings of any depth (1.–3. under 二、, then 4. under (一) in it): no gap.
  const anyKey = `any:${child.style}`;
  const runsOn = n === (lastAtDepth.get(anyKey) ?? 0) + 1 && n > 1;
  lastAtDepth.set(anyKey, n);
  if (!runsOn && expected !== null && n > expected) {
    issues.push({
      code: "number-skipped",
      severity: "warning",
      line: child.line,
      params: { expected, found: n },
    });
  } else if (!runsOn && expected === null && n !== 1 && n !== continued) {
    issues.push({
      code: "number-skipped",
      severity: "warning",
      line: child.line,
      params: { expected: 1, found: n },
    });
  }
  lastAtDepth.set(key, n);
  return [...base, n];
}
