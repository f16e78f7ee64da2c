/** The outline's handling of a problem list's records (problemList.ts): who puts each problem right. */

import type { SourceLine } from "../text/lines";
import { hasOwnUnits, type Node } from "./node";
import type { Outline } from "./outline";
import { endsWithRecord, measureRoles, midRecord, requestRoles, siteRecord } from "./problemList";

/**
 * A line of text that is a problem's record: `整改措施:由X督促…` or `请X…整改到位。` under a problem (its lead), or an unnumbered site
 * opening with its record (`客运中心(责任单位:交通局):大门…`, an item of its own). True when the line was taken so.
 */
export function onProblemRecord(o: Outline, line: SourceLine): boolean {
  const cur = o.current;
  const measure =
    measureRoles(line.text) ?? (/^\s*(?:请|由|责成)/.test(line.folded) ? requestRoles(line.text) : null);
  if (measure) {
    if (!cur || cur === o.part.root || hasOwnUnits(cur)) return false;
    o.attach(measure, line);
    return true;
  }
  // The first problem of a notice that has no breakdown title, closed by its labelled record: a task.
  if ((!cur || cur === o.part.root) && endsWithRecord(line.text)) {
    const node = o.addNode(line.no, null, null, false, line.text);
    o.splitInlineLabels(node, line);
    o.takeRoleBracket(node, line);
    node.closed = true;
    return true;
  }
  const site = siteRecord(line.text);
  if (!site) return false;
  const node = o.addNode(line.no, null, null, false, line.text);
  o.attach(site, line);
  node.closed = true;
  return true;
}

/**
 * A numbered problem with its record in a bracket in mid-line (`1、联盛快乐城(责任单位:县商务局):前期…`, `2.井盖缺失
 * (责任单位:市政公司),存在隐患。`): its units, when it names none elsewhere.
 */
export function takeSiteRecord(o: Outline, node: Node, line: SourceLine): void {
  if (node.heading || hasOwnUnits(node)) return;
  const site = midRecord(node.text) ?? requestRoles(node.text);
  if (!site) return;
  o.attach(site, line);
  node.closed = true;
}
