/**
 * Items whose unit line comes after a run of them (F1): `2.基坑开挖,6月30日前完工;` / `3.地下室工程完工,10月30日前
 * 完成;` / `4.主体施工,12月底前封顶。` / `责任单位:A`. Items that end in a semicolon and name no unit go on into the
 * next one: the run is one sentence, so the unit line that closes it is each item's. An item that ends in a full
 * stop without units of its own ends the run (its task says so: `task-no-units`).
 *
 * And headings that name a project, not an office (`七、市直公用事业综合服务中心` over items with their own
 * 责任单位 lines): a heading that reads as an office's name hands no lead down when most items under it name their
 * own lead.
 */

import { fold } from "../text/fold";
import { emptyRoles, type Roles } from "./rolesData";
import { hasOwnLead, hasOwnUnits, type Node } from "./node";

/** An item's text that ends in a semicolon of either width (the run's sentence goes on). */
const GOES_ON = /[;;]$/;

/** Only the units of a line's roles: its deadline, leader and words stay the item's that gave them. */
const unitsOnly = (r: Roles): Roles => ({
  ...emptyRoles(),
  leads: [...r.leads],
  listed: [...r.listed],
  coUnits: [...r.coUnits],
  ...(r.joint ? { joint: [...r.joint] } : {}),
  ...(r.firstGroup !== undefined ? { firstGroup: r.firstGroup } : {}),
  matched: true,
});

/** Gives each run of numbered items ending in `;` with no units the units of the item that closes the run. */
export function shareRunUnits(node: Node): void {
  let run: Node[] = [];
  for (const child of node.children) {
    if (child.children.length > 0) {
      shareRunUnits(child);
      run = [];
      continue;
    }
    if (child.style === null || child.heading) {
      run = [];
      continue;
    }
    const own = hasOwnUnits(child);
    if (own && run.length > 0 && run.every((r) => r.style === child.style)) {
      for (const r of run) {
        r.roles.push(...child.roles.filter(hasUnits).map(unitsOnly));
        r.unitLines.push(...child.unitLines);
      }
    }
    run = !own && GOES_ON.test(fold(child.text).trim()) ? [...run, child] : [];
  }
}

const hasUnits = (r: Roles): boolean =>
  r.leads.length + r.listed.length + r.coUnits.length + (r.joint?.length ?? 0) > 0;

/** The items under a heading: its leaves, the sub-headings' items among them. */
function leaves(node: Node, out: Node[]): Node[] {
  for (const c of node.children) {
    if (c.children.length > 0) leaves(c, out);
    else if (!c.heading) out.push(c);
  }
  return out;
}

/**
 * True when most items under a heading name their own lead (at least two): the heading names a project, and hands
 * no lead of its own name down.
 */
export function itemsLeadThemselves(node: Node): boolean {
  const items = leaves(node, []);
  const own = items.filter(hasOwnLead).length;
  return own >= 2 && own * 2 >= items.length;
}
