/** Numbering paths: each item's dotted id from the numbers as written, with gaps reported and unnumbered items given a free number. */

import type { ParseIssue } from "../types";
import type { Node } from "./node";

/**
 * The numbers taken under each parent, computed once (an unnumbered child takes a free one), with for a taken
 * number one above it to look on from (numbers are never freed): unnumbered items between numbered ones
 * (1, a, 2, b …) do not walk the same taken numbers again.
 */
const numbersOf = new WeakMap<Node, { taken: Set<number>; onFrom: Map<number, number> }>();

/** The first number from `n` on not taken, now taken; the taken ones passed point past it. */
function takeFree(numbers: { taken: Set<number>; onFrom: Map<number, number> }, n: number): number {
  const passed: number[] = [];
  let free = n;
  while (numbers.taken.has(free)) {
    passed.push(free);
    free = numbers.onFrom.get(free) ?? free + 1;
  }
  for (const k of passed) numbers.onFrom.set(k, free + 1);
  numbers.taken.add(free);
  return free;
}

/** Per parent, the unnumbered children that open it before its first numbered child, when that is not 1. */
const tails = new WeakMap<Node, Map<Node, number[]>>();

/**
 * Unnumbered tasks that open a text before its first numbered item (七) (a page that starts inside section 六):
 * the tail of the section before it, ids 6.1, 6.2 … — in document order, and never colliding with 7, 8 ….
 */
function tailOfSectionBefore(parent: Node): Map<Node, number[]> {
  let tail = tails.get(parent);
  if (tail) return tail;
  tail = new Map();
  tails.set(parent, tail);
  const first = parent.children.findIndex((c) => c.style !== null);
  const n = first > 0 ? ((parent.children[first] as Node).n ?? 0) : 0;
  if (n < 2) return tail;
  let k = 0;
  for (const c of parent.children.slice(0, first)) if (!c.heading) tail.set(c, [n - 1, ++k]);
  return tail;
}

/** True when `prev` is the last of a section-before tail that numbered item `n` follows (6.10, then 七). */
function endsSectionBefore(prev: Node | null, n: number, base: readonly number[]): boolean {
  const path = prev?.path;
  return prev?.style === null && !!path && path.length === base.length + 2 && path[base.length] === n - 1;
}

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
    const tail = tailOfSectionBefore(parent).get(child);
    if (tail) return [...base, ...tail];
    let numbers = numbersOf.get(parent);
    if (!numbers) {
      const taken = new Set(parent.children.filter((c) => c.style !== null).map((c) => c.n as number));
      numbers = { taken, onFrom: new Map() };
      numbersOf.set(parent, numbers);
    }
    return [...base, takeFree(numbers, (prev?.path?.[prev.path.length - 1] ?? 0) + 1)];
  }
  const n = child.n as number;
  const key = `${depth}:${child.style}`;
  const expected =
    prev && prev.style === child.style ? (prev.n as number) + 1 : lastAtDepth.has(key) ? null : 1;
  const continued = (lastAtDepth.get(key) ?? 0) + 1;
  // Numbers that run on across headings of any depth (1.–3. under 二、, then 4. under (一) in it): no gap.
  const anyKey = `any:${child.style}`;
  // After a section-before tail (6.1 … 6.10, then 七), too: the numbers before it lie on an earlier page.
  const runsOn = (n === (lastAtDepth.get(anyKey) ?? 0) + 1 && n > 1) || endsSectionBefore(prev, n, base);
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
