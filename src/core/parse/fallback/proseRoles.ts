/**
 * Roles written as prose the main stages do not know: 此项工作由A牵头,B、C参加; 由A、B共同组织实施;
 * 责任单位为A,B配合; ,牵头部门:X。 inside an item's sentence; a bare (X局) or ——X局 closing an item; a line of
 * bare unit names after it.
 */

import { fold } from "../../text/fold";
import { LABEL_AT } from "../labels";
import { emptyRoles, readRoles, type Roles } from "../roles";
import { isUnitLike, endsLikeUnit, splitUnitList } from "../unitLike";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL, PROSE_ROLE_OPENER } from "../vocabulary";

/** The units of a list when every name in it looks like a unit, else null. */
function unitList(raw: string): string[] | null {
  const units = splitUnitList(raw.replace(/^由/, ""));
  return units.length > 0 && units.every(isUnitLike) ? units : null;
}

const LEAD_THEN_CO =
  /^(.+?)(?:负责)?(?:牵头|主办|主抓)(?:负责|组织实施|实施|落实)?(?:[,,;;、](.+?)(?:等单位|等部门|等)?(?:共同)?(?:参加|配合|参与|协助|协办|协同|按职责分工负责|负责|落实))?$/;
const RESPONSIBLE_THEN_CO =
  /^(.+?)负责(?:组织实施|实施|落实)?[,,;;](.+?)(?:等单位|等部门|等)?(?:配合|参与|协助|参加|协办|协同)$/;
// A units label said with 为/是 instead of a colon: 责任单位为A,B配合 (the co-units part optional).
const LABEL_IS = new RegExp(
  `^(?:${LEAD_LABEL}|${LIST_LABEL})(?:为|是)(.+?)(?:[,,;;\uff0c\uff1b](.+?)(?:等单位|等部门|等)?(?:配合|参与|协助|参加|协办|协同))?$`,
);
const WITH_CO = /^(.+?)会同(.+?)(?:共同)?(?:负责|实施|组织实施|落实|推进)$/;
const LISTED = /^(.+?)(?:共同|分别|按职责)?(?:组织实施|负责实施|负责落实|负责|实施|落实|承办|推进)$/;

/**
 * The groups of `re` matched on the folded `text` (half-width punctuation, simplified keywords), each taken
 * from `text` as written at the same place; null when it does not match.
 */
function groupsAsWritten(re: RegExp, text: string): Array<string | undefined> | null {
  const folded = fold(text);
  const m = re.exec(folded);
  if (!m) return null;
  let at = m.index;
  return m.map((g, k) => {
    if (g === undefined) return undefined;
    if (k === 0) return text.slice(m.index, m.index + g.length);
    const start = folded.indexOf(g, at);
    at = start + g.length;
    return text.slice(start, start + g.length);
  });
}

/**
 * Reads one sentence that says who does the work, or null.
 * @example proseSentence("此项工作由市教育局牵头,市财政局、编办参加。") → leads ["市教育局"], co ["市财政局", "编办"]
 * @example proseSentence("由区民政局、区财政局共同组织实施") → listed ["区民政局", "区财政局"]
 */
export function proseSentence(sentence: string): Roles | null {
  // Read with punctuation of either width (full-width ,;: as half-width): the patterns run on the folded
  // sentence, which keeps every character's place; the names are taken from the sentence as written.
  const s = sentence.trim().replace(/[。.;;]+$/, "");
  const f = fold(s);
  const opener = PROSE_ROLE_OPENER.exec(f);
  const body = opener ? s.slice(opener[0].length) : s;
  const exec = (re: RegExp): Array<string | undefined> | null => groupsAsWritten(re, body);
  const roles = emptyRoles();
  const m = exec(LEAD_THEN_CO);
  if (m) {
    const leads = unitList(m[1] as string);
    const co = m[2] ? unitList(m[2]) : [];
    if (leads && co) {
      for (const v of leads) roles.leads.push(v);
      for (const v of co) roles.coUnits.push(v);
      roles.matched = true;
      return roles;
    }
  }
  const is = opener ? null : groupsAsWritten(LABEL_IS, s);
  const named = is ? unitList(is[1] as string) : null;
  const others = is?.[2] ? unitList(is[2]) : [];
  if (named && others) {
    for (const v of named) (others.length > 0 ? roles.leads : roles.listed).push(v);
    for (const v of others) roles.coUnits.push(v);
    roles.matched = true;
    return roles;
  }
  const w = exec(WITH_CO) ?? exec(RESPONSIBLE_THEN_CO);
  const lead = w ? unitList(w[1] as string) : null;
  const co = w ? unitList(w[2] as string) : null;
  if (lead && co) {
    for (const v of lead) roles.leads.push(v);
    for (const v of co) roles.coUnits.push(v);
    roles.matched = true;
    return roles;
  }
  // A bare list of units with a verb of doing needs the opener (由…) to be read as roles.
  const l = opener ? exec(LISTED) : null;
  const listed = l ? unitList(l[1] as string) : null;
  if (listed) {
    for (const v of listed) roles.listed.push(v);
    roles.matched = true;
    return roles;
  }
  return null;
}

const INLINE_LABEL = new RegExp(`[,;。\\s]\\s*(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*:`);
const BARE_BRACKET = /[((]([^()()]{2,60})[))]\s*[。.;;]?$/;

/**
 * Where the first label of any kind (受理部门:, 完成时限:) starts in the sentence before `at`, after a separator or
 * an opening bracket; -1 when there is none.
 */
function labelBefore(f: string, at: number): number {
  const from = f.lastIndexOf("。", at - 1) + 1;
  LABEL_AT.lastIndex = from;
  for (let m = LABEL_AT.exec(f); m && m.index < at; m = LABEL_AT.exec(f)) {
    if ((m.index === from && from > 0) || /[;,\s(【]/.test(f.charAt(m.index - 1))) return m.index;
  }
  return -1;
}

/**
 * The roles an item's own sentence gives and its text without them: a label inside the sentence
 * (农村道路畅通工程,牵头部门:市交通局。…), a role sentence (…。此项工作由A牵头。), a bare (X局) at its end.
 */
export function itemRoles(text: string): { text: string; roles: Roles[] } {
  const f = fold(text);
  const label = INLINE_LABEL.exec(f);
  if (label) {
    // Labels of any kind before the first unit label are read with it (受理部门:A 承办部门:B says B is no unit).
    const first = labelBefore(f, label.index);
    const start = first >= 0 ? first : label.index + 1;
    const stop = f.indexOf("。", start);
    const value = text.slice(start, stop < 0 ? text.length : stop);
    const read = readRoles(value, { bareUnits: false });
    if (read.matched && read.leads.length + read.listed.length + read.coUnits.length > 0)
      return { text: text.slice(0, Math.min(start, label.index)).trim(), roles: [read] };
  }
  const sentences = text.split(/(?<=。)/);
  for (let k = 1; k < sentences.length; k++) {
    const sentence = sentences[k] as string;
    const read = sentence.length > 200 ? null : proseSentence(sentence);
    if (read) return { text: sentences.slice(0, k).join("").trim(), roles: [read] };
  }
  const bracket = BARE_BRACKET.exec(f);
  const units = bracket
    ? unitList(text.slice(bracket.index + 1, bracket.index + 1 + (bracket[1] as string).length))
    : null;
  if (bracket && units) {
    const r = emptyRoles();
    for (const v of units) r.listed.push(v);
    r.matched = true;
    return { text: text.slice(0, bracket.index).trim(), roles: [r] };
  }
  const dash = DASH_UNITS.exec(text);
  const named = dash ? bareUnits(dash[1] as string) : null;
  if (dash && named) return { text: text.slice(0, dash.index).trim(), roles: [named] };
  return { text, roles: [] };
}

// Units after a dash that closes an item: 新建停车场3处——县住建局、县城管局.
const DASH_UNITS = /(?:——|—|--)\s*([^—]{2,80})$/;

/**
 * A list of bare unit names (a line after an item, or after a closing dash): names set off by spaces, 、 or
 * commas, every one ending like an organisation (endsLikeUnit); listed roles, the first leading. Else null.
 * @example bareUnits("县住建局 县城管局") → listed ["县住建局", "县城管局"]; bareUnits("各单位高度重视") → null
 */
export function bareUnits(raw: string): Roles | null {
  const names = raw
    .trim()
    .replace(/[。.;;]$/, "")
    .split(/[\s\u3000]+/)
    .flatMap((part) => splitUnitList(part));
  if (names.length === 0 || !names.every(endsLikeUnit)) return null;
  const r = emptyRoles();
  for (const v of names) r.listed.push(v);
  r.matched = true;
  return r;
}
