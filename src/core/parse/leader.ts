/** Leaders: names and titles in section headings (一、王某某常务副市长牵头重点工作) and per-task lines. */

import { fold, splitTopLevel } from "../text/fold";
import { isUnitLike } from "./unitLike";
import {
  COMPOUND_SURNAME,
  LEADER_BODY,
  LEADER_HEADING_ROLE,
  LEADER_HEADING_SUFFIX,
  LEADER_HEADING_VERB,
  LEADER_TITLES,
  MANNER_OPENER,
  POST_TITLE_END,
  TITLE_ONLY_END,
} from "./vocabulary";

/** A leader as the document names them. `others` holds further names when several are listed. */
export interface Person {
  readonly name: string | null;
  readonly title: string | null;
  readonly others: readonly string[];
}

const NAME = "[\\p{Script=Han}·]{2,4}?";
const TITLE_LIST = `(?:${LEADER_TITLES})(?:[、,](?:${LEADER_TITLES}))*`;
// The words of a heading naming a leader (their title, the verb after it, the role before it, the body a title is
// held in, the ending) are in vocabulary/labels.ts.
const VERB = LEADER_HEADING_VERB;
const ROLE = LEADER_HEADING_ROLE;
const SUFFIX = LEADER_HEADING_SUFFIX;
const BODY = LEADER_BODY;

const HEADING_PATTERNS: ReadonlyArray<{ re: RegExp; name: number; title: number }> = [
  {
    re: new RegExp(`^(${NAME})(?:同志)?(${BODY}${TITLE_LIST})(?:同志)?(${VERB})?${SUFFIX}$`, "u"),
    name: 1,
    title: 2,
  },
  {
    re: new RegExp(`^${ROLE}(${TITLE_LIST})(${NAME})(?:同志)?(${VERB})?${SUFFIX}$`, "u"),
    name: 2,
    title: 1,
  },
  {
    re: new RegExp(`^(${NAME})(?:同志)?[((](${TITLE_LIST})[))](${VERB})?${SUFFIX}$`, "u"),
    name: 1,
    title: 2,
  },
];

/**
 * Reads a section heading (without its numbering) that names the leader in charge, or null for a theme
 * heading. Needs a role verb or a 工作/任务 ending unless the heading is just a name and a title.
 * @example readLeaderHeading("于会游市长主抓重点工作") → { name: "于会游", title: "市长", others: [] }
 * @example readLeaderHeading("稳定经济增长") → null
 */
export function readLeaderHeading(text: string): Person | null {
  let f = fold(text).replace(/\s+/g, "");
  // A closing colon or full stop, and an item count (7项), say nothing about the leader.
  f = f.replace(/(?:\((?:共)?[\d一二三四五六七八九十]+[项条件个]\)|[:。])+$/, "");
  // 由张三副县长牵头: the opener 由 is no part of the name.
  const by = f.startsWith("由") ? 1 : 0;
  f = f.slice(by);
  const plain = text.replace(/\s+/g, "").slice(by, by + f.length);
  for (const { re, name, title } of HEADING_PATTERNS) {
    const m = re.exec(f);
    if (!m) continue;
    const n = m[name] as string;
    const t = m[title] as string;
    // 局长信箱, 厅长接待日, 市长热线: a title then a word is a theme, unless a role, a verb, a suffix or a
    // space (局长 陈国栋) says a person is named.
    const bare = title < name && f.startsWith(t) && f.endsWith(n) && !m[3];
    if (bare && !/^\s/.test(fold(text).trim().slice(t.length))) continue;
    const nameAt = f.indexOf(n);
    const titleAt = f.indexOf(t, name === 1 ? nameAt + n.length : 0);
    return {
      name: plain.slice(nameAt, nameAt + n.length),
      title: plain.slice(titleAt, titleAt + t.length),
      others: [],
    };
  }
  return null;
}

const PERSON_PATTERNS: ReadonlyArray<{ re: RegExp; name: number; title: number }> = [
  { re: new RegExp(`^(${NAME})(?:同志)?[((](${TITLE_LIST})[))]$`, "u"), name: 1, title: 2 },
  { re: new RegExp(`^(${NAME})(?:同志)?(${TITLE_LIST})(?:同志)?$`, "u"), name: 1, title: 2 },
  { re: new RegExp(`^(${TITLE_LIST})(${NAME})(?:同志)?$`, "u"), name: 2, title: 1 },
  { re: new RegExp(`^([\\p{Script=Han}·]{2,4})(?:同志)?$`, "u"), name: 1, title: 0 },
];

/** A title alone (副市长, 市公安局局长): never a person's name. */
const TITLE_ONLY = new RegExp(`^(?:${LEADER_TITLES}|[\\p{Script=Han}]{1,10}(?:${TITLE_ONLY_END}))$`, "u");

// The opening of a clause's words (按照预案, 及时): no bare name.
const MANNER = new RegExp(`^${MANNER_OPENER}`, "u");

const BARE_TITLE = new RegExp(`^(?:${LEADER_TITLES})$`, "u");
// A name of another script written in Han characters, its parts joined by a middle dot (努尔买买提·阿布来提), or by
// the dot a copy's input method gives in its place (• bullet, ・ katakana middle dot, ‧ hyphenation point).
const DOTTED_NAME = /^[\p{Script=Han}]{1,10}(?:[·•・‧][\p{Script=Han}]{1,10})+$/u;
// A post in a bracket after such a name (县人大常委会四级调研员; 县委常委、统战部部长): it ends in a title.
const POST = new RegExp(`(?:${LEADER_TITLES}|${POST_TITLE_END})(?:[、,][^()]+)?$`, "u");

function readOne(item: string): { name: string; title: string | null } | null {
  const f = fold(item).replace(/\s+/g, "");
  const plain = item.replace(/\s+/g, "");
  // 小军同志: the form of address is no part of the name.
  if (/^[\p{Script=Han}·]{2,4}同志$/u.test(f)) return readOne(item.replace(/同志\s*$/, ""));
  // 常务副区长 alone is a title, never the name 常务 with the title 副区长.
  if (BARE_TITLE.test(f)) return null;
  // 努尔买买提·阿布来提(县人大常委会四级调研员): a dotted name, perhaps with its post in a bracket.
  const dotted = /^([^()]+?)(?:\(([^()]+)\))?$/u.exec(f);
  if (dotted && DOTTED_NAME.test(dotted[1] as string) && (!dotted[2] || POST.test(dotted[2]))) {
    const n = (dotted[1] as string).length;
    return { name: plain.slice(0, n), title: dotted[2] ? plain.slice(n + 1, -1) : null };
  }
  for (const { re, name, title } of PERSON_PATTERNS) {
    const m = re.exec(f);
    if (!m) continue;
    // A bare name is never a title alone, nor the opening of a clause's words (按照预案, 及时, 依法).
    if (title === 0 && (TITLE_ONLY.test(m[name] as string) || MANNER.test(m[name] as string))) return null;
    const n = m[name] as string;
    const nameAt = f.indexOf(n);
    let t: string | null = null;
    if (title > 0) {
      const raw = m[title] as string;
      const at = f.indexOf(raw, title > name ? nameAt + n.length : 0);
      t = plain.slice(at, at + raw.length);
    }
    return { name: plain.slice(nameAt, nameAt + n.length), title: t };
  }
  return null;
}

/**
 * Reads the value of a leader line or column: 李某, 李某副市长, 副市长李某, 李某(副市长), 李某、王某.
 * @example readPerson("李某(副市长)") → { name: "李某", title: "副市长", others: [] }
 */
export function readPerson(text: string): Person | null {
  // 副市长、市公安局局长 卢建平: titles, then the name after a space.
  const trimmed = text.trim();
  const spaced = /^(.*\S)\s+([\p{Script=Han}·]{2,4})(?:同志)?$/u.exec(fold(trimmed));
  if (spaced) {
    const titlePart = spaced[1] as string;
    const items = splitTopLevel(titlePart, "、,");
    if (items.every((t) => TITLE_ONLY.test(t.replace(/\s+/g, "")))) {
      const nameAt = titlePart.length + trimmed.slice(titlePart.length).search(/\S/);
      // The first title as written (fold keeps lengths), its inner spaces dropped: 副 市长 → 副市长.
      const firstAt = titlePart.indexOf((items[0] as string).trim());
      const first = trimmed.slice(firstAt, firstAt + (items[0] as string).trim().length).replace(/\s+/g, "");
      return { name: trimmed.slice(nameAt, nameAt + (spaced[2] as string).length), title: first, others: [] };
    }
  }
  // 李某 王某: names set apart by spaces only (王  伟, a two-character name padded, stays one name; 市发改委
  // 市财政局 are units, not people).
  const tokens = fold(trimmed).split(/\s+/);
  const nameLike = (t: string): boolean =>
    /^[\p{Script=Han}·]{2,4}$/u.test(t) && !TITLE_ONLY.test(t) && !isUnitLike(t);
  // 欧阳 修文: a compound surname set apart from the given name is one name.
  const compound = tokens.length === 2 && COMPOUND_SURNAME.test(tokens[0] as string);
  if (tokens.length > 1 && !compound && tokens.every(nameLike)) return readPerson(tokens.join("、"));
  // 耿 峰 彭开国: a two-character name padded with a space among other names (two single characters in a row).
  const names = tokens.reduce<string[]>((out, t, k) => {
    const single = (x: string | undefined): boolean => x !== undefined && /^\p{Script=Han}$/u.test(x);
    if (single(t) && single(tokens[k - 1]) && single(out[out.length - 1])) out[out.length - 1] += t;
    else out.push(t);
    return out;
  }, []);
  if (names.length > 1 && names.length < tokens.length && names.every(nameLike))
    return readPerson(names.join("、"));
  const items = splitTopLevel(fold(text), "、,;/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return null;
  // Recover each item as written (fold keeps lengths).
  const originals: string[] = [];
  let at = 0;
  const f = fold(text);
  for (const item of items) {
    const i = f.indexOf(item, at);
    originals.push(text.slice(i, i + item.length));
    at = i + item.length;
  }
  const first = readOne(originals[0] as string);
  if (!first) {
    // 按《市委工作要点》分工(蒋永根、俞福才、金跃民): words about the leaders, then the names in a bracket.
    const inner = /^[^()]*[^()\s]\s*\(([^()]+)\)$/u.exec(f.trim());
    const at = inner ? f.lastIndexOf("(") + 1 : -1;
    const named = inner ? readPerson(text.slice(at, at + (inner[1] as string).length)) : null;
    return named?.name ? named : null;
  }
  const others = originals.slice(1).map((o) => readOne(o)?.name ?? o.trim());
  return { name: first.name, title: first.title, others };
}
