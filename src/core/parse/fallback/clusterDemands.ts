/**
 * Places grouped into clusters, each cluster given its work: `由大良、容桂、伦教组成的东部组团,要锚定…定位,…,打造东部
 * 开放港;由陈村、北滘、乐从组成的北部组团,要锚定…` — the cluster is no body of its own, so the places that make it up
 * (named bare or with their level) lead its work together; the clause from 由 to its end (; or 。) is the task's
 * words. Believed only when two or more clusters are so given work: one alone is a report's description.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { emptyRoles } from "../roles";
import { rolesTask, type ProseTask } from "./proseItems";
import { CLUSTER_DEMAND, CLUSTER_MEMBER } from "../vocabulary";

// Clusters a text must give work to before any is believed.
const MIN_CLUSTERS = 2;

/** The member places of a cluster clause's subject, as written; null when one is not a place. */
function members(names: string): string[] | null {
  const out = names.split(/、|和|及/).map((n) => n.trim());
  return out.length >= 2 && out.every((n) => CLUSTER_MEMBER.test(fold(n))) ? out : null;
}

/**
 * Reads each clause giving a cluster of places its work as a task the places lead, numbered 1, 2, 3 in order.
 * @example readClusterDemands(lines("由甲镇、乙镇组成的东部组团,要打造港区;由丙镇、丁镇组成的西部组团,要打造园区。"))
 *   .map((t) => t.leads) → [["甲镇", "乙镇"], ["丙镇", "丁镇"]]
 */
export function readClusterDemands(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    let at = 0;
    for (const piece of splitTopLevel(line.folded, ";。")) {
      const clause = line.text.slice(at, at + piece.length + 1);
      at += piece.length + 1;
      const m = CLUSTER_DEMAND.exec(piece);
      const places = m ? members(clause.slice(m.index + 1, m.index + 1 + (m[1] as string).length)) : null;
      if (!m || !places) continue;
      const roles = emptyRoles();
      roles.leads.push(...places);
      roles.matched = true;
      const span = { line: line.no, end: line.no, deadline: null };
      out.push(rolesTask(String(out.length + 1), clause.slice(m.index).trim(), [roles], span));
    }
  }
  return out.length >= MIN_CLUSTERS ? out : [];
}
