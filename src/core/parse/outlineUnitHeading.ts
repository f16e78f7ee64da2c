/**
 * A unit's name on a line of its own, its numbered targets after it from 1. (凤台县政府 / 1.地区生产总值… 2.… / 大通
 * 区政府 / 1.…): a heading that names the lead of every target under it, as a 考核目标 list gives each government's
 * targets. Only where the numbering starts at 1 right after it: a unit line after a task goes on to the next number.
 */

import type { SourceLine } from "../text/lines";
import type { Node } from "./node";
import { readNumbering } from "./numbering";
import type { Outline } from "./outline";
import { emptyRoles } from "./roles";
import { endsLikeUnit, isCollective, normalizeUnitName } from "./splitUnits";

/** How an office's name ends (a meeting's 推进会 or a title's 方案 never): government, bureau, committee, office. */
const OFFICE_END = /(?:政府|局|委|办|办公室|中心|厅|部|院|委员会|管委会|办事处|公司|集团|街道|镇|乡)$/;
/** A headline's or a sentence's opening (我市召开…, 全县…), never a unit's. */
const NOT_A_NAME = /^(?:我|本|全|关于|各)|召开|举行|会议/;

/** Nodes opened as unit headings here: the next one is their sibling, never their child. */
const unitHeadings = new WeakSet<Node>();

/** True when `line` is a unit heading over the numbered targets after it (and was added as one). */
export function onUnitHeading(o: Outline, line: SourceLine, next: SourceLine | null): boolean {
  const name = line.folded.replace(/\s+/g, "");
  if (name.length > 20 || /[,、。;:!?()[\]【】《》“”"]/.test(name)) return false;
  if (!OFFICE_END.test(name) || NOT_A_NAME.test(name) || !endsLikeUnit(name) || isCollective(name))
    return false;
  if (!next || readNumbering(next.folded)?.n !== 1) return false;
  // After a target of the list, only where the numbering restarts (the current item is numbered, not 1.).
  const cur = o.current;
  if (cur && cur !== o.part.root && (cur.style === null || cur.heading) && !unitHeadings.has(cur))
    return false;
  const section = o.section && unitHeadings.has(o.section) ? o.section.parent : o.section;
  o.stack = [];
  o.section = null;
  // Not a heading for ids.ts: the names are counted (1, 2 …), so that each one's targets, numbered from 1 again,
  // keep ids of their own.
  const node = o.addNode(line.no, null, null, false, line.text.trim(), section ?? o.part.root);
  node.roles.push({ ...emptyRoles(), leads: [normalizeUnitName(line.text.trim())], matched: true });
  node.handsDown = true;
  unitHeadings.add(node);
  o.section = node;
  return true;
}
