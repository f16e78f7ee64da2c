/**
 * An office's profile (简介): the sentence that says what the office is, its subject the office's full name
 * (牡丹江市人民政府办公室是市政府的办事机构,…), then, below, a label over the office's functions (办公室机构职能: /
 * 主要职责:) and the functions numbered under it ((一)负责…;… (二)…). Each function is a task led by the office so
 * named. The history, staffing and sections before the label are no tasks. A copy's debris after the label (a run of
 * letters and signs an anti-copy script adds) is passed over. Two shorter forms of the same profile: a title naming the
 * office and its functions at once (`某区园区发展局机构职能` / `某中心主要职责`) over the numbered functions; and, with no
 * label, the sentence right after the definition giving the duties with no subject of its own
 * (`X为正处级公益一类事业单位,…。承担…;负责…。`), one task of the office.
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering, type NumStyle } from "../numbering";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { endsLikeUnit, isUnitLike } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { fold, splitTopLevel } from "../../text/fold";
import {
  PROFILE_DEFINITION,
  PROFILE_DUTY_SENTENCE,
  PROFILE_FUNCTIONS_LABEL,
  PROFILE_TITLE,
} from "../newsWords";

/** The office a line defines (X是…的办事机构), or null. */
function definedOffice(line: SourceLine): string | null {
  const m = PROFILE_DEFINITION.exec(line.folded.trim());
  if (!m) return null;
  const name = line.text.trim().slice(0, (m[1] as string).length);
  return isUnitLike(name) && !isCollective(name) ? name : null;
}

// A page's link words after the last function (相关附件, 相关新闻): a short line with no sentence in it.
const PAGE_LINK = /^[\u4e00-\u9fff]{2,8}$/;

/** The office a title names with its functions (某区园区发展局机构职能), or null. */
function titledOffice(line: SourceLine): string | null {
  const m = PROFILE_TITLE.exec(line.folded.trim());
  if (!m) return null;
  const name = line.text.trim().slice(0, (m[1] as string).length);
  return isUnitLike(name) && endsLikeUnit(name) && !isCollective(name) ? name : null;
}

/** The duties given with no subject in the sentence right after the line's definition (承担…;负责…), or null. */
function dutiesAfterDefinition(line: SourceLine): string | null {
  const sentences = splitTopLevel(fold(line.text.trim()), "。");
  const next = sentences[1] ?? "";
  if (!PROFILE_DUTY_SENTENCE.test(next)) return null;
  const at = (sentences[0] as string).length + 1;
  return line.text.trim().slice(at);
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
  // The duties sentence after a definition, taken when no label lists the functions.
  let duties: { line: SourceLine; office: string } | null = null;
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
      const titled: string | null = office === null ? titledOffice(line) : null;
      const defined: string | null = office === null && titled === null ? definedOffice(line) : null;
      if (defined !== null)
        duties ??= dutiesAfterDefinition(line) === null ? null : { line, office: defined };
      office ??= titled ?? defined;
      listing = titled !== null || (office !== null && PROFILE_FUNCTIONS_LABEL.test(folded));
      continue;
    }
    const num = readNumbering(folded);
    if (num && (style === null || num.style === style)) {
      close();
      style = num.style;
      item = { id: String(num.n), text: line.text.trim().slice(num.length), line: line.no, end: line.no };
    } else if (item && !(/。$/.test(item.text) && PAGE_LINK.test(folded))) {
      item.text += line.text.trim();
      item.end = line.no;
    } else break;
  }
  close();
  if (out.length === 0 && duties !== null) {
    const { line, office: named } = duties as { line: SourceLine; office: string };
    office = named;
    item = { id: "1", text: dutiesAfterDefinition(line) as string, line: line.no, end: line.no };
    close();
  }
  return out;
}
