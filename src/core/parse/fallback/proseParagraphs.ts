/**
 * Unnumbered paragraphs, one task each, where no heading or number says so: a paragraph that ends in a bracket
 * naming roles ((住建局牵头), 【牵头单位:A;配合单位:B】), or one that names its unit in prose before the work
 * (由镇公路站负责的农村道路硬化项目, …,由县水利局牵头实施). The generic reader believes them only when two or more
 * paragraphs of the document so read (fallback/index.ts): one such sentence in a news report is not a breakdown.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { readNumbering } from "../numbering";
import { emptyRoles, isDeadline, namesRoles, readRoles, resolveRoles, type Roles } from "../roles";
import { isCollective, isUnitLike, splitUnitList } from "../splitUnits";
import type { ProseTask } from "./proseItems";

// A paragraph's end: a closing bracket, then perhaps a sentence's end, a table bar or spaces.
const TRAILER = /[\s。.;|]+$/;
// The unit named in prose before the work or after it: 由A负责的… / 由A、B牵头实施 / 由A牵头负责.
const BY_UNIT = /由([^,;。:由()]{2,40}?)(?:牵头)?(?:负责|实施|组织实施)(?:的|实施|建设|落实)?/;
// The unit as the subject of the work it is responsible for: 县住建局负责实施的老旧小区改造项目 (at a sentence's start).
const SUBJECT_UNIT =
  /(?:^|[,;。:])\s*([^,;。:由()“”"]{2,30}?)(?:牵头|负责)(?:实施|建设|落实|推进)?的[^,;。:]{0,20}?(?:项目|工程)/;
// The time the work is expected done: 预计2021年11月份完成 / 计划2024年底前建成.
const EXPECTED =
  /(?:预计|计划|力争|确保|将于|于)(\d{4}年[^,;。]{0,8}?)(?:前)?(?:建成|完成|竣工|投用|投入使用)/;

/** The roles of a bracket that closes a paragraph (with role words or labels), and the words before it. */
function closingBracket(text: string): { text: string; roles: Roles } | null {
  const f = fold(text).replace(TRAILER, "");
  if (!/[)\]】〕]$/.test(f)) return null;
  const open = Math.max(f.lastIndexOf("("), f.lastIndexOf("["), f.lastIndexOf("【"), f.lastIndexOf("〔"));
  // Words of a task before the bracket; nothing but role words or labels inside it (a bare name is not enough).
  if (open < 4) return null;
  const inside = text.slice(open + 1, f.length - 1);
  if (!namesRoles(inside)) return null;
  const roles = readRoles(inside, { bareUnits: false });
  if (!roles.matched) return null;
  return { text: text.slice(0, open).trim(), roles };
}

/** The unit a paragraph names in prose (由A负责的…), as listed roles, when every name in it looks like a unit. */
function unitInProse(text: string): Roles | null {
  const f = fold(text);
  const by = BY_UNIT.exec(f);
  const m = by ?? SUBJECT_UNIT.exec(f);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1] as string, by ? 1 : 0);
  const units = splitUnitList(text.slice(start, start + (m[1] as string).length));
  if (units.length === 0 || !units.every(isUnitLike)) return null;
  const roles = emptyRoles();
  for (const u of units) roles.listed.push(u);
  roles.matched = true;
  return roles;
}

/** The expected time of completion a paragraph states (预计2021年11月份完成 → 2021年11月份), or null. */
function expectedBy(text: string): string | null {
  const m = EXPECTED.exec(fold(text));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] as string);
  const phrase = text.slice(at, at + (m[1] as string).length);
  return isDeadline(phrase) ? phrase : null;
}

/**
 * Reads each unnumbered paragraph that ends in a role bracket or names its unit in prose as a task, numbered
 * 1, 2, 3 in order; numbered lines and paragraphs without such units are passed over.
 * @example readProseParagraphs(lines("新建停车场3处(县住建局牵头)\n改造路灯(县城管局牵头)")).map((t) => t.leads)
 *   → [["县住建局"], ["县城管局"]]
 */
export function readProseParagraphs(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (line.text === "" || readNumbering(line.folded)) continue;
    const closing = closingBracket(line.text);
    const roles = closing?.roles ?? unitInProse(line.text);
    if (!roles) continue;
    const { leads, coUnits } = resolveRoles([roles]);
    if (leads.length + coUnits.length === 0) continue;
    out.push({
      id: String(out.length + 1),
      text: closing ? closing.text : line.text,
      leads,
      coUnits,
      collectives: [...leads, ...coUnits].filter(isCollective),
      deadline: roles.deadline ?? expectedBy(line.text),
      leader: null,
      leaderTitle: null,
      line: line.no,
      end: line.no,
    });
  }
  return out;
}
