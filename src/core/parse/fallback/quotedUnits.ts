/**
 * Items a report names in quotes, each followed by a bracket of its units (a 通报 on a year's 民生实事:
 * `“新开工提标加固海塘18.4公里”(市水利局)、“公共场所新增AED”(市红十字会)等5个项目…`): each quoted item is a task, the
 * bracket's units its own — the first leads, as in any bare bracket of names. A quote with a bracket after it is common
 * enough alone (a case's name and its source), so a line is believed only when it names two such items or more; quoted
 * words without a bracket (examples of what was done) are no task.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { namesRoles, readRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { isUnitLike } from "../unitLike";
import { proseTask, type ProseTask } from "./proseItems";

// Quoted words (“…”, "…", 「…」, 『…』), then a bracket right after them, of either width.
const QUOTED_UNITS = /[“"「『]([^“”"「」『』\n]{2,60})[”"」』]\s*[(（]([^()（）\n]{2,80})[)）]/g;
// How many such items a line must name before any of them is believed.
const MIN_ON_LINE = 2;

/** The roles of a bracket that holds unit names only (no role words, no person, nothing else), or null. */
function bracketUnits(inside: string): ReturnType<typeof readRoles> | null {
  if (namesRoles(inside)) return null;
  const roles = readRoles(inside, { bareUnits: true });
  const names = [...roles.leads, ...roles.listed, ...roles.coUnits];
  if (!roles.matched || roles.rest.length > 0 || roles.leader !== null || names.length === 0) return null;
  if (!names.every(isUnitLike) || names.every(isCollective)) return null;
  return roles;
}

/**
 * Reads each quoted item closed by a bracket of its units as a task, numbered 1, 2, 3 in the page's order; only on
 * lines that name two such items or more.
 * @example readQuotedUnits(lines("另,“新建公园2个”(市住建局)、“新增AED”(市红十字会)等项目均如期完成。"))
 */
export function readQuotedUnits(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const found: Array<{ words: string; roles: NonNullable<ReturnType<typeof bracketUnits>> }> = [];
    for (const m of line.text.matchAll(QUOTED_UNITS)) {
      const words = (m[1] as string).trim();
      const roles = bracketUnits(m[2] as string);
      // The quoted words are the item's, never a unit's name in quotes.
      if (roles && !isUnitLike(fold(words))) found.push({ words, roles });
    }
    if (found.length < MIN_ON_LINE) continue;
    for (const { words, roles } of found) {
      const at = { line: line.no, end: line.no, deadline: null };
      const task = proseTask(String(out.length + 1), words, [roles], at);
      if (task) out.push(task);
    }
  }
  return out;
}
