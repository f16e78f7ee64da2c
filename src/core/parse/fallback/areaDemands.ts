/**
 * A leader's demands on the areas one by one, in one paragraph of a news report: `陈某指出,在新的一年,市区三个区要加快
 * 推进…;普宁要全力加快…;揭东要认真抓好…;` or `诸暨市要进一步重视…;进一步重视…。越城区要充分发挥…` — each clause or sentence
 * opens with an area (a county, district, town, named with its level or, beside such areas, bare) and 要: the year's
 * work the speech gives that area, a task led by it. The clauses with no subject after it, up to the sentence's end,
 * are its words. Believed only when two different areas so open clauses of one paragraph and one is named with its
 * level: a group or the whole (各县区要…, 全市上下要…) and offices told to 加强领导 (市住建局要…: not areas) stay a
 * look-alike; one area named with its level alone is a named unit's demand (namedDemand.ts), a bare one is nothing.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { readNumbering } from "../numbering";
import { emptyRoles } from "../roles";
import { rolesTask, type ProseTask } from "./proseItems";
import { AREA_WITH_LEVEL, BARE_AREA, NOT_AREA } from "../dutyWords";

// The speaker's framing before the first area, comma-closed phrases ending in the speech's verb (陈某指出,在新的一年,),
// then the area and 要 (not 要求, a demand of others).
const AREA_CLAUSE =
  /^((?:[^,;。:]{0,12}(?:指出|强调|要求|提出|表示)[,:](?:[^,;。:]{1,8},)?)?)([\u4e00-\u9fff]{2,8}?)要(?![求点闻害])/;

interface AreaClause {
  readonly area: string;
  readonly levelled: boolean;
  text: string;
}

/** The area a clause opens with before 要, and where it starts; null when it opens with none. */
function areaOf(piece: string): { area: string; at: number; levelled: boolean } | null {
  const m = AREA_CLAUSE.exec(fold(piece));
  if (!m) return null;
  const name = m[2] as string;
  const levelled = AREA_WITH_LEVEL.test(name);
  if (!levelled && !(BARE_AREA.test(name) && !NOT_AREA.test(name))) return null;
  const at = (m[1] as string).length;
  return { area: piece.slice(at, at + name.length), at, levelled };
}

/** The area clauses of one paragraph, each with the subject-less clauses after it up to its sentence's end. */
function areaClauses(paragraph: string): AreaClause[] {
  const out: AreaClause[] = [];
  let open: AreaClause | null = null;
  let at = 0;
  for (const piece of splitTopLevel(fold(paragraph), ";。")) {
    const raw = paragraph.slice(at, at + piece.length + 1);
    at += piece.length + 1;
    const area = areaOf(raw);
    if (area) {
      open = { area: area.area, levelled: area.levelled, text: raw.slice(area.at) };
      out.push(open);
    } else if (open) open.text += raw;
    // A sentence's end closes the area's words.
    if (raw.endsWith("。")) open = null;
  }
  return out;
}

/**
 * Reads each paragraph's demands on two or more areas as tasks, numbered 1, 2, 3 in order, each led by its area.
 * @example readAreaDemands(lines("王某指出,城关镇要加快老街改造;东坪要抓好茶叶基地。")).map((t) => t.leads)
 *   → [["城关镇"], ["东坪"]]
 */
export function readAreaDemands(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (line.text === "" || readNumbering(line.folded)) continue;
    const clauses = areaClauses(line.text.trim());
    const areas = new Set(clauses.map((c) => c.area));
    if (areas.size < 2 || !clauses.some((c) => c.levelled)) continue;
    for (const c of clauses) {
      const roles = emptyRoles();
      roles.leads.push(c.area);
      roles.matched = true;
      const at = { line: line.no, end: line.no, deadline: null };
      out.push(rolesTask(String(out.length + 1), c.text.trim(), [roles], at));
    }
  }
  return out;
}
