/**
 * A document that says the units before a list's first comma lead (责任单位:A、B(逗号前为牵头单位,下同),C、D): in
 * every list of units it gives without roles, the units before the first comma lead and the others help; a list with
 * no comma leads as a whole. The convention holds for the whole document, the lists above the sentence too.
 */

import { fold } from "../text/fold";
import { splitOriginal } from "./splitUnits";
import type { Node } from "./node";
import type { Roles } from "./rolesData";
import { splitUnitList } from "./unitLike";
import { COMMA_CONVENTION } from "./docInfo";

/**
 * How many units of a bare list stand before its first comma at the top level (A、B,C → 2), or all of them.
 * @example firstGroupOf("区发改局、区财政局,区住建局") === 2
 */
export function firstGroupOf(list: string): number {
  const first = splitOriginal(list, ",")[0] ?? list;
  return splitUnitList(first).length;
}

/** True when the document's role convention is 逗号前为牵头单位. */
export function isCommaConvention(convention: string | null | undefined): boolean {
  return convention != null && COMMA_CONVENTION.test(fold(convention));
}

/** Rewrites every bare list under `roots` by the convention: its first comma group leads, the rest help. */
export function applyCommaConvention(roots: readonly Node[]): void {
  const stack = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.roles = node.roles.map(byComma);
    stack.push(...node.children);
  }
}

function byComma(r: Roles): Roles {
  const n = r.firstGroup;
  if (n === undefined || n <= 0 || n > r.listed.length || r.leads.length > 0) return r;
  return {
    ...r,
    leads: r.listed.slice(0, n),
    coUnits: [...r.listed.slice(n), ...r.coUnits],
    listed: [],
  };
}
