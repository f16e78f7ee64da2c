/**
 * What a unit label's value holds beside its units: the person in charge of each (牵头单位及责任人:县住建局(张三)),
 * and figures or debris the list runs into on a flattened page (…各区政府 鄞州 海曙 合计 2 5 1).
 */

import { fold, openDepth } from "../text/fold";
import { isDeadline } from "./deadline";
import { splitOriginal } from "./splitUnits";
import { isUnitLike } from "./unitLike";
import { ROLE_WORD, SURNAME } from "./vocabulary";

// A unit and the person in charge after it, in a bracket or after a space: 县住建局(张三), 县教育局 李四、王五.
const UNIT_PERSON = /^(.+?)\s*(?:\(([^()]+)\)|\s([^\s()]+))$/;
const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
// Under a plain unit label, only a person in a bracket (县住建局(张三)), whose name opens with a surname: 县住建局
// 李四 may be two names of a list, 开发区(江北) a place.
const UNIT_BRACKET_PERSON = /^(.+?)\s*\(([\u4e00-\u9fff·]{2,3}(?:[、,][\u4e00-\u9fff·]{2,3})*)\)$/;

/**
 * The units of a plain unit label's value (责任单位:县住建局(张三)、县财政局): a person named in a bracket after a unit
 * is taken out as with takePersons; nothing else is.
 * @example takeBracketPersons("县住建局(张三)、县财政局") → { units: "县住建局、县财政局", persons: ["县住建局 张三"] }
 */
export function takeBracketPersons(value: string): { units: string; persons: string[] } {
  return takePersons(value, true);
}

/**
 * The units of a value given under a label that asks for units and persons (牵头单位及责任人): each unit's person
 * (县住建局(张三), 县教育局 李四) is taken out as `县住建局 张三`; names that are units stay.
 * @example takePersons("县住建局(张三)、县财政局") → { units: "县住建局、县财政局", persons: ["县住建局 张三"] }
 */
export function takePersons(value: string, bracketsOnly = false): { units: string; persons: string[] } {
  const persons: string[] = [];
  const pieces = splitOriginal(value, "、,;");
  const units = pieces.map((piece) => {
    const m = (bracketsOnly ? UNIT_BRACKET_PERSON : UNIT_PERSON).exec(fold(piece.trim()));
    const unit = m ? (m[1] as string) : "";
    const who = m ? ((m[2] ?? m[3]) as string) : "";
    const names = who.split(/[、,\s]+/).filter(Boolean);
    const person = (n: string): boolean =>
      PERSON_NAME.test(n) && !isUnitLike(n) && (!bracketsOnly || (SURNAME.test(n) && !ROLE_WORD.test(n)));
    const ok = m && isUnitLike(unit) && names.length > 0 && names.every(person);
    if (!ok) return piece;
    const start = piece.length - piece.trimStart().length;
    persons.push(`${piece.trim().slice(0, unit.length)} ${names.join("、")}`);
    return piece.slice(0, start + unit.length);
  });
  return { units: rejoin(value, pieces, units), persons };
}

/**
 * The pieces of `value` (split at 、 , ;) joined again after some were cut short, each separator as written, so
 * that a value that names roles (A牵头,B配合) still reads as clauses.
 */
function rejoin(value: string, pieces: readonly string[], kept: readonly string[]): string {
  let at = 0;
  const seps = kept.map((_, k) => {
    at += (pieces[k] as string).length + 1;
    return value[at - 1] ?? "";
  });
  return kept.map((u, k) => (k < kept.length - 1 ? u + seps[k] : u)).join("");
}

/**
 * A unit list that runs on, after a space, into words that are no unit: a table's figures flattened after it
 * (配合单位:市城管局,各区政府 鄞州 海曙 合计 新辟线路 2 5 1), a page's debris. The list ends at the last whole unit
 * before that space; the rest is returned as debris (kept as text, never a unit). A space before another unit
 * (财政局 发改局), a bracket ((服务业局)) or a deadline (县财政局 年底前) ends nothing.
 * @example endAtDebris("市城管局,各区政府 鄞州 海曙 合计 2 5") → { units: "市城管局,各区政府", debris: "鄞州 海曙 合计 2 5" }
 */
export function endAtDebris(value: string): { units: string; debris: string } {
  const f = fold(value);
  const gap = /\s+/g;
  for (let m = gap.exec(f); m; m = gap.exec(f)) {
    const before = f.slice(0, m.index);
    const after = f.slice(m.index + m[0].length);
    const last = before.split(/[、,;]/).pop() ?? "";
    const tokens = after.split(/\s+/).filter(Boolean);
    const first = tokens[0] ?? "";
    // A gap beside a separator (发改局 、 经信局) is inside the list.
    if (/^[、,;]/.test(first) || !isUnitLike(last) || openDepth(before) > 0) continue;
    if (/^[([【<]/.test(first) || isDeadline(first)) continue;
    // Debris: a grid of figures (its column names may be places: 东区 西区 合计 2 5 7), or several words
    // that are no unit, the first of them right after the gap.
    const figures = tokens.filter((t) => /^[\d.%]+$/.test(t)).length >= 2;
    if (!figures && (tokens.length < 2 || isUnitLike(first.split(/[、,;]/)[0] ?? ""))) continue;
    return { units: value.slice(0, m.index), debris: value.slice(m.index + m[0].length) };
  }
  return { units: value, debris: "" };
}

// What ends a department's short name (商务, 金融, 林业, 文旅), never taken for a person's given name here.
const DEPARTMENT_END = /[业务政育法融通保管监利源游旅委办局所队站院部厅处科室心组会团司]$/;

/** True when a piece of a units list is a person's name: two or three characters opening with a surname. */
export function personName(piece: string): boolean {
  const f = fold(piece.trim());
  return (
    /^[\u4e00-\u9fff]{2,3}$/.test(f) &&
    SURNAME.test(f) &&
    !ROLE_WORD.test(f) &&
    !isUnitLike(f) &&
    !DEPARTMENT_END.test(f)
  );
}

/**
 * A units list that names the person in charge first (张三、县住建局、县财政局): the names before the first unit are
 * taken out as persons, when every other piece is a unit and one of them a full name (县住建局, not 住建).
 * @example takeLeadingPersons("张三、县住建局、县财政局") → { units: "县住建局、县财政局", persons: ["张三"] }
 */
export function takeLeadingPersons(value: string): { units: string; persons: string[] } {
  const pieces = splitOriginal(value, "、,;");
  let k = 0;
  while (k < pieces.length && personName(pieces[k] as string)) k++;
  const rest = pieces.slice(k).map((p) => fold(p.trim()));
  const units = rest.length > 0 && rest.every(isUnitLike) && rest.some((p) => p.length >= 4);
  if (k === 0 || !units) return { units: value, persons: [] };
  const cut = pieces.slice(0, k).reduce((n, p) => n + p.length + 1, 0);
  return { units: value.slice(cut), persons: pieces.slice(0, k).map((p) => p.trim()) };
}

// A unit, a space and a person's full name after it (市民政局 伍泽国), as a table's 牵头单位及主要负责人 cell gives
// them. Three characters: two after a unit are as often a place, a sector or a short name (县公安局 武警, 黄河, 江北).
const UNIT_SPACE_PERSON = /^(.+?)\s+([\u4e00-\u9fff]{3})$/;

/**
 * A units cell that names the person in charge after each unit, set apart by a space (市民政局 伍泽国): the names
 * are taken out as persons (`市民政局 伍泽国`) when the part before the space is a unit and the name reads as a
 * person's (a surname, three characters, no ending of a unit or a department's short name).
 * @example takeTrailingPersons("市民政局 伍泽国") → { units: "市民政局", persons: ["市民政局 伍泽国"] }
 */
export function takeTrailingPersons(value: string): { units: string; persons: string[] } {
  const persons: string[] = [];
  const pieces = splitOriginal(value, "、,;");
  const units = pieces.map((piece) => {
    const m = UNIT_SPACE_PERSON.exec(fold(piece.trim()));
    if (!m || !isUnitLike(m[1] as string) || !personName(m[2] as string)) return piece;
    const start = piece.length - piece.trimStart().length;
    persons.push(`${piece.trim().slice(0, (m[1] as string).length)} ${m[2] as string}`);
    return piece.slice(0, start + (m[1] as string).length);
  });
  return persons.length === 0 ? { units: value, persons } : { units: rejoin(value, pieces, units), persons };
}
