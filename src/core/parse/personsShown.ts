/**
 * The persons a document shows as persons: the names after a 责任人 / 负责人 / 联系人 / 联络人 label, and names written
 * with a title (王明局长, 副局长王明, 王明同志). The unit guard takes such a name off a unit's name it is glued to
 * (建设局王明) — a two-character name is told from a unit's last characters only so, never by its shape alone.
 */

import type { SourceLine } from "../text/lines";
import { fold } from "../text/fold";
import { isUnitLike } from "./unitLike";
import { BEFORE_TITLE, PERSON_LABEL, PERSON_TITLE, SURNAME, UNIT_SUFFIX } from "./vocabulary";

// A name: two or three Han characters.
const NAME = "[\\u4e00-\\u9fff]{2,3}?";
// Names after a person's label, several set apart by 、 , or a space: 责任人:王明、李强.
const AFTER_LABEL = new RegExp(`(?:${PERSON_LABEL})\\s*[:]\\s*((?:${NAME}(?:[、,\\s]+|$))+)`, "g");
// A name with a title after it (王明副局长, 王明同志) or before it (局长王明), not inside a longer run of Han characters
// on the side away from the title. A title before the name starts a word as a reader sees it: after no Han character,
// after the name of the body that holds it (县公安局局长王明, 市政府副秘书长王明) or after a word a title follows
// (常务副市长王明, 是副市长王明) — never inside another word (全部长江岸线 names no 部长, 城市长效 no 市长).
const TITLE_AFTER = new RegExp(`(?<![\\u4e00-\\u9fff])(${NAME})(?:${PERSON_TITLE})`, "g");
// The ends of an organisation's name, as a group that captures nothing.
const HOLDER_END = UNIT_SUFFIX.source.replace(/^\(/, "(?:").replace(/\$$/, "");
const TITLE_BEFORE = new RegExp(
  `(?:(?<![\\u4e00-\\u9fff])|(?<=${HOLDER_END}|${BEFORE_TITLE}))(?:${PERSON_TITLE})(${NAME})(?![\\u4e00-\\u9fff])`,
  "g",
);

// A word a title follows (常务 of 常务副县长) is no name before the title.
const TITLE_WORD = new RegExp(`^(?:${BEFORE_TITLE})$`);

/** True when a word may be a person's name: a surname first, not a unit's name, not a word a title follows. */
const nameLike = (n: string): boolean => SURNAME.test(n) && !isUnitLike(n) && !TITLE_WORD.test(n);

/**
 * The names the document shows as persons (folded).
 * @example personsShown(lines("责任人:王明\n责任单位:市建设局王明")) → Set {"王明"}
 */
export function personsShown(lines: readonly SourceLine[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const f = fold(line.text);
    if (!/[人长任记席员志理]/.test(f)) continue;
    for (const m of f.matchAll(AFTER_LABEL))
      for (const n of (m[1] as string).split(/[、,\s]+/)) if (n && nameLike(n)) out.add(n);
    for (const re of [TITLE_AFTER, TITLE_BEFORE])
      for (const m of f.matchAll(re)) {
        const n = m[1] as string;
        if (nameLike(n)) out.add(n);
      }
  }
  return out;
}
