/**
 * A report naming work items in quotes, each followed by its unit in brackets: `另,“新开工提标加固海塘18.4公里”(市水利局)、
 * “公共场所新增AED”(市红十字会)、“老旧小区改造”(市住建局)等5个项目曾因过程性滞后被通报` — each quoted item a task, its words
 * the quoted ones, the bracket's units its roles (the first listed leads). The quoted words must be a work item (a
 * project's verb: 新建, 改造, 完成 …; never an honour's name: 文明单位, 先进集体), the bracket nothing but names that end
 * like an organisation (a group, 各街道, only beside a named one). Believed only with two such items or more in one paragraph: one quote with its
 * source in brackets is a citation.
 */

import type { SourceLine } from "../../text/lines";
import { isCollective } from "../splitUnits";
import { emptyRoles } from "../roles";
import { endsLikeUnit, isUnitLike, splitUnitList } from "../unitLike";
import { proseTask, type ProseTask } from "./proseItems";
import { QUOTED_HONOUR, QUOTED_WORK } from "../vocabulary";

// A quoted item (“…”, "…", 「…」, 『…』) and the bracket right after it (spaces allowed between).
const QUOTED_UNIT = /[“"「『]([^“”"「」『』]{2,60})[”"」』]\s*\(([^()]{2,60})\)/g;
// Items one paragraph must hold before any is read.
const MIN_ITEMS = 2;

/** The units of a bracket when it holds nothing else (named organisations, a group only beside one); null otherwise. */
function bracketUnits(inside: string): string[] | null {
  const units = splitUnitList(inside);
  return units.length > 0 &&
    units.every((u) => endsLikeUnit(u) || isCollective(u)) &&
    !units.every(isCollective)
    ? units
    : null;
}

/**
 * Reads each paragraph's `“ITEM”(UNIT)` pairs as tasks, numbered 1, 2, 3 in the document's order.
 * @example readQuotedUnits(lines("另,“新建公厕11座”(市城管局)、“改造老旧小区”(市住建局)等项目已完成。")).map((t) => t.leads)
 *   → [["市城管局"], ["市住建局"]]
 */
export function readQuotedUnits(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    const f = line.folded;
    if (!/[”"」』]\s*\(/.test(f)) continue;
    const found: ProseTask[] = [];
    for (const m of f.matchAll(QUOTED_UNIT)) {
      const at = m.index ?? 0;
      const wordsAt = at + m[0].indexOf(m[1] as string, 1);
      const words = line.text.slice(wordsAt, wordsAt + (m[1] as string).length).trim();
      const folded = m[1] as string;
      if (!QUOTED_WORK.test(folded) || QUOTED_HONOUR.test(folded) || isUnitLike(words)) continue;
      const insideAt = at + m[0].lastIndexOf("(") + 1;
      const units = bracketUnits(line.text.slice(insideAt, insideAt + (m[2] as string).length));
      if (!units) continue;
      const roles = { ...emptyRoles(), listed: units, matched: true };
      const task = proseTask(String(out.length + found.length + 1), words, [roles], {
        line: line.no,
        end: line.no,
        deadline: null,
      });
      if (task) found.push(task);
    }
    if (found.length >= MIN_ITEMS) out.push(...found);
  }
  return out;
}
