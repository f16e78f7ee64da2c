/**
 * An office's profile (简介): the sentence that says what the office is, its subject the office's full name
 * (牡丹江市人民政府办公室是市政府的办事机构,…), then, below, a label over the office's functions (办公室机构职能: /
 * 主要职责:) and the functions numbered under it ((一)负责…;… (二)…). Each function is a task led by the office so
 * named. The history, staffing and sections before the label are no tasks. A copy's debris after the label (a run of
 * letters and signs an anti-copy script adds) is passed over.
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering, type NumStyle } from "../numbering";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { isUnitLike } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { PROFILE_DEFINITION, PROFILE_FUNCTIONS_LABEL } from "../newsWords";

/** The office a line defines (X是…的办事机构), or null. */
function definedOffice(line: SourceLine): string | null {
  const m = PROFILE_DEFINITION.exec(line.folded.trim());
  if (!m) return null;
  const name = line.text.trim().slice(0, (m[1] as string).length);
  return isUnitLike(name) && !isCollective(name) ? name : null;
}

/**
 * Reads the numbered functions under a profile's functions label, each a task of the office the profile defines
 * above it; none when the profile names no office, or has no such label.
 * @example readOfficeProfile(lines("县档案馆是县政府直属的事业机构。\n主要职责:\n(一)负责档案接收。")).map((t) => t.leads)
 *   → [["县档案馆"]]
 */
export function readOfficeProfile(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let office: string | null = null;
  let listing = false;
  let style: NumStyle | null = null;
  let item: { id: string; text: string; line: number; end: number } | null = null;
  const close = (): void => {
    if (!item || office === null) return;
    const roles = emptyRoles();
    roles.leads.push(office);
    roles.matched = true;
    out.push(rolesTask(item.id, item.text, [roles], { ...item, deadline: null }));
    item = null;
  };
  for (const line of lines) {
    const folded = line.folded.trim();
    if (folded === "") continue;
    if (!listing) {
      office ??= definedOffice(line);
      listing = office !== null && PROFILE_FUNCTIONS_LABEL.test(folded);
      continue;
    }
    const num = readNumbering(folded);
    if (num && (style === null || num.style === style)) {
      close();
      style = num.style;
      item = { id: String(num.n), text: line.text.trim().slice(num.length), line: line.no, end: line.no };
    } else if (item) {
      item.text += line.text.trim();
      item.end = line.no;
    } else break;
  }
  close();
  return out;
}
