/**
 * The unit guard's steps that take a person off a unit's name (unitGuard.ts runs them): a person in a bracket, after a
 * space, with a title, a full name glued to a unit's end, or a name the document shows as a person elsewhere.
 */

import { endsLikeUnit, isUnitLike as isUnitLikeAsWritten } from "./splitUnits";
import type { Step } from "./unitGuard";
import { personName } from "./unitValues";
import { GLUED_UNIT_END, SURNAME } from "./vocabulary";

// A person's title, before or after the name (局长李四, 李四局长, 李四同志).
const TITLE =
  "(?:副?(?:局长|主任|书记|部长|厅长|处长|科长|所长|站长|院长|校长|队长|主席|秘书长|镇长|乡长|区长|县长|市长|总经理|经理|董事长|组长)|(?:[省市州区县旗镇乡局处科]长)?助理|调研员|负责人|联系人|同志)";
// A person after a whole unit's name: in a bracket (X(李四), X(李四局长)), after a space (X 张三), with a title
// glued (X局长李四, X李四局长), or a full three-character name glued to a unit's end (市民政局伍泽国).
const PERSON_BRACKET = new RegExp(`^(.+?)\\s*\\((${TITLE})?([^()]{2,3}?)(${TITLE})?\\)$`);
const PERSON_SPACE = new RegExp(`^(.+?)\\s+(${TITLE})?([^\\s]{2,3}?)(${TITLE})?$`);
const PERSON_TITLED = new RegExp(
  `^(.+?(?:${GLUED_UNIT_END}))(?:(${TITLE})(\\S{2,3})|(\\S{2,3}?)(${TITLE}))$`,
);
const PERSON_GLUED = new RegExp(`^(.+?(?:${GLUED_UNIT_END}))(\\S{3})$`);
// Words that end a place, never a person's given name here (开发区(江北), 县公安局(城南)).
const PLACE_END = /[东南西北中港湾桥山湖河江城镇乡村区片街坊园]$/;

/**
 * A person the document shows as one elsewhere (责任人:王明, 王明副局长) glued to the unit's end (建设局王明): taken
 * off only so — two characters after a unit are as often part of its name.
 */
export function takeShownPerson(raw: string, f: string, persons: ReadonlySet<string>): Step | null {
  for (const p of persons)
    if (f.length > p.length + 1 && f.endsWith(p)) {
      const step = unitBefore(raw, f.slice(0, -p.length));
      if (step) return step;
    }
  return null;
}

/** A person after the unit's name: in a bracket, after a space, with a title, or a full name glued to it. */
export function takePerson(raw: string, f: string): Step | null {
  const bracket = takeBracketPerson(raw, f);
  if (bracket) return bracket;
  const spaced = PERSON_SPACE.exec(f);
  if (spaced && isPerson(spaced[3] as string, Boolean(spaced[2] || spaced[4])))
    return unitBefore(raw, spaced[1] as string);
  const titled = PERSON_TITLED.exec(f);
  if (titled && isPerson((titled[3] ?? titled[4]) as string, true))
    return unitBefore(raw, titled[1] as string);
  const glued = PERSON_GLUED.exec(f);
  if (glued && isPerson(glued[2] as string, false)) return unitBefore(raw, glued[1] as string);
  return null;
}

/** A person in a bracket after the unit's name: X(李四), X(李四局长), X(局长李四). */
export function takeBracketPerson(raw: string, f: string): Step | null {
  const m = PERSON_BRACKET.exec(f);
  return m && isPerson(m[3] as string, Boolean(m[2] || m[4])) ? unitBefore(raw, m[1] as string) : null;
}

/** True when a short word reads as a person's name (a surname, no ending of a unit or a place). */
function isPerson(n: string, titled: boolean): boolean {
  return (
    SURNAME.test(n) &&
    !PLACE_END.test(n) &&
    !isUnitLikeAsWritten(n) &&
    (titled ? /^\S{2,3}$/.test(n) : personName(n))
  );
}

/** The unit before `head`'s end, the person after it (out of its bracket); null unless it ends like a unit. */
function unitBefore(raw: string, head: string): Step | null {
  const name = raw.slice(0, head.length).trim();
  const person = raw
    .slice(head.length)
    .trim()
    .replace(/^[(\uff08]|[)\uff09]$/g, "");
  return endsLikeUnit(name) ? { kind: "person", name, person } : null;
}
