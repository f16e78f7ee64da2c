/**
 * Unit names: splitting a list without cutting inside brackets, telling a unit from prose (a name normalised as the
 * parser reports it: unitName.ts).
 */

import { fold, splitTopLevel } from "../text/fold";
import { baseName, normalizeUnitName } from "./unitName";
// The words of unit names alone, not the whole vocabulary: this file is in the pane's first load.
import { COLLECTIVE, LEAD_STAR_AFTER, UNIT_SUFFIX } from "./vocabulary/unitNames";
import {
  BARE_BODY,
  BARE_LEVEL,
  BRANCH_END,
  BUREAU_END,
  GLUED_END,
  LEVEL_CLOSE,
  LEVEL_OPEN,
  LEVEL_START,
  LEVEL_WORD,
  PLACES_ONLY,
  SHARED_BODY_END,
  SHARED_OFFICE,
  WORD_BEFORE_CONJ,
} from "./unitNameShapes";

/**
 * Whether a text names a unit: the splitting functions below take one (isUnitLike, the name as written, by default;
 * the parser passes unitLike.ts's, which also keeps a name the unit guard can clean).
 */
export type UnitTest = (raw: string) => boolean;

/** Separators between units in a document: 、 , ; / (half or full width; folded to half width here). */
export const UNIT_SEPARATORS = "、,;/";

// A lead mark glued to the next name (县发改局(牵头)县财政局): the mark ends the name it follows.
const GLUED_MARK = /([((](?:牵头|主办|主责)(?:单位|部门)?[))])(?=[^、,,;;/\s))])/g;

// The end of a clause that says what units do (各区政府具体实施): such a text is a role clause, not a name.
const ACTION_END = /(实施|落实|负责|配合|推进|牵头|参与|执行|督导|督办|督查|办理|承办|统筹)$/;

// A count of the places of a level, as a group: 13个街道、镇, 全区12个乡镇(街道).
const COUNTED_PLACES =
  /^(全[省市区县])?\d{1,3}个(街道|镇|乡镇|乡|区|县|市)([、和及](街道|镇|乡镇|乡))?(\([^()]+\))?$/;

// The start of a parenthetical or phrase that is never a unit: 含…, 包括…, 其中…, quantities.
const NOT_UNIT_START = /^(含|包括|其中|不含|以上|以下|即|如|约|共|每|下同|同上)/;
// The start of a task phrase (建设…, 推进…): not a unit unless the name is short (建设局, 建设管理处).
const VERB_START =
  /^(全年|年内|力争|确保|完成|实现|推进|推动|加快|开展|建设|新增|新建|改造|提升|打造|建成|深化|组织|落实)/;

/**
 * True when the name stands for a group rather than one organisation.
 * @example isCollective("各镇(街道)") && isCollective("市级有关部门") && !isCollective("财政局")
 */
export function isCollective(name: string): boolean {
  return COLLECTIVE.test(fold(name));
}

/**
 * True when the text reads as the name of an organisation (or a group of them), not as prose, as written: the
 * parser's readers ask unitLike.ts, which also keeps a name the unit guard can clean.
 * @example isUnitLike("开发区(高桥街道)") && isUnitLike("人民银行") && !isUnitLike("含开发区")
 */
export function isUnitLike(raw: string): boolean {
  const name = normalizeUnitName(raw);
  // A star after the name marks the lead (区政府办公室*): no part of the name.
  const f = fold(name).replace(LEAD_STAR_AFTER, "");
  if (f.length < 2 || f.length > 30) return false;
  if (/[。,,;;!?!?:]/.test(f)) return false;
  // A counted group of places (13个街道、镇, 全区12个乡镇) is a collective, not a quantity.
  if (COUNTED_PLACES.test(f)) return true;
  // A quantity (5个, 一批 中小学校): what a task counts, never a unit's name.
  if (/\d+(%|万|亿|个|家|项|亩|公里|台|座|元|处|条|栋|幢|户)|[一两几数\d]批|\d+所/.test(f)) return false;
  // A verb with a bracket inside it (新(改、扩)建…) starts a task as the verb alone does.
  const verb = f.replace(/\([^()]*\)/g, "");
  if (NOT_UNIT_START.test(f) || (VERB_START.test(verb) && verb.length > 5)) return false;
  if (ACTION_END.test(f)) return false;
  if (COLLECTIVE.test(f)) return true;
  return UNIT_SUFFIX.test(baseName(f));
}

/**
 * True when the name ends like an organisation or a group of them (…局, 各乡镇(街道), 区直各部门) — stricter than
 * isUnitLike, for names found without a label or a bracket (各单位高度重视 is a sentence, not a unit).
 * @example endsLikeUnit("各乡镇(街道)") && !endsLikeUnit("各单位高度重视")
 */
export function endsLikeUnit(raw: string, isUnit: UnitTest = isUnitLike): boolean {
  const f = baseName(fold(normalizeUnitName(raw)));
  return isUnit(raw) && UNIT_SUFFIX.test(f);
}

/**
 * Splits a list of units on 、 , , ; ; and breaks `A等B` and `A和B` (及, 与) when both sides are units; never splits inside
 * brackets. Returns normalised, non-empty names.
 * @example splitUnitList("市发改委、交通局,各区(县、市)政府") → ["市发改委", "交通局", "各区(县、市)政府"]
 * @example splitUnitList("教育局、卫健局等市级有关部门") → ["教育局", "卫健局", "市级有关部门"]
 */
export function splitUnitList(raw: string, isUnit: UnitTest = isUnitLike): string[] {
  const out: string[] = [];
  const marked = raw.replace(GLUED_MARK, "$1、");
  for (const original of joinCompounds(splitOriginal(marked, UNIT_SEPARATORS), isUnit)) {
    for (const part of splitSpaces(original, isUnit)) {
      const names = splitDeng(part, isUnit)
        .flatMap((n) => splitConjunctions(n, isUnit))
        .flatMap((n) => splitGlued(n, isUnit));
      for (const name of names) {
        const n = normalizeUnitName(name);
        if (n) out.push(n);
      }
    }
  }
  return out;
}

/** Splits on separators not inside brackets, returning the pieces as written (fold keeps lengths). */
export function splitOriginal(raw: string, separators: string): string[] {
  const out: string[] = [];
  let offset = 0;
  for (const piece of splitTopLevel(fold(raw), separators)) {
    out.push(raw.slice(offset, offset + piece.length));
    offset += piece.length + 1;
  }
  return out;
}

/**
 * Where a run of bare levels sharing the next piece's office ends (市、区政府办: the city's and the district's
 * offices, one name as written): the index of that piece, or -1.
 */
function sharedNoun(pieces: readonly string[], i: number, isUnit: UnitTest): number {
  let j = i;
  while (j < pieces.length && BARE_LEVEL.test(fold((pieces[j] as string).trim()))) j++;
  const office = fold((pieces[j] ?? "").trim());
  return j > i && SHARED_OFFICE.test(office) && isUnit(office) ? j : -1;
}

/**
 * Joins back the pieces of one collective written with 、 inside it: 各县、市、区政府 and
 * 各区、县(市)人民政府 are one group each, not 各县 + 市 + 区政府. A run starts at a piece ending in 各+level,
 * takes bare level words, and ends at one of them or at a level + 政府 piece.
 * @example joinCompounds(["各县", "市", "区政府", "财政局"]) → ["各县、市、区政府", "财政局"]
 */
export function joinCompounds(pieces: readonly string[], isUnit: UnitTest = isUnitLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = (pieces[i] as string).trim();
    const shared = sharedNoun(pieces, i, isUnit);
    if (shared > i) {
      out.push(
        pieces
          .slice(i, shared + 1)
          .map((p) => p.trim())
          .join("、"),
      );
      i = shared;
      continue;
    }
    // 有关部门、单位 / 等部门、单位: the two group nouns are one group (or one closing noun), never a unit 单位.
    if (/部门$/.test(fold(start)) && fold((pieces[i + 1] ?? "").trim()) === "单位") {
      out.push(`${start}、${(pieces[i + 1] as string).trim()}`);
      i++;
      continue;
    }
    if (!LEVEL_OPEN.test(fold(start))) {
      out.push(pieces[i] as string);
      continue;
    }
    let j = i + 1;
    const run = [start];
    while (j < pieces.length) {
      const next = fold((pieces[j] as string).trim()).replace(/[。.;,]+$/, "");
      if (LEVEL_WORD.test(next)) run.push((pieces[j] as string).trim());
      else if (LEVEL_CLOSE.test(next)) {
        run.push((pieces[j] as string).trim());
        j++;
        break;
      } else break;
      j++;
    }
    out.push(run.join("、"));
    i = j - 1;
  }
  return out;
}

/**
 * Spaces separate units only when every space-separated piece is itself a unit; otherwise they are stray
 * spaces inside one name. A piece that starts with a bracket belongs to the name before it.
 * @example splitSpaces("财政局 发改局") → ["财政局", "发改局"]; splitSpaces("发改局 (服务业局)") → ["发改局 (服务业局)"]
 */
export function splitSpaces(s: string, isUnit: UnitTest = isUnitLike): string[] {
  const trimmed = s.trim();
  const pieces: string[] = [];
  for (const p of trimmed.split(/[\s\u3000\u00a0]+/).filter(Boolean)) {
    if (pieces.length > 0 && /^[((\uff08〈[【]/.test(p)) pieces[pieces.length - 1] += ` ${p}`;
    else pieces.push(p);
  }
  if (pieces.length > 1 && pieces.every((p) => isUnit(p))) return pieces;
  return trimmed ? [trimmed] : [];
}

/** 卫健局等市级有关部门 → 卫健局, 市级有关部门 (等 closes a list and a group name may follow it). */
function splitDeng(s: string, isUnit: UnitTest): string[] {
  const i = s.lastIndexOf("等");
  if (i <= 0 || i === s.length - 1) return [s];
  const before = s.slice(0, i);
  const after = s.slice(i + 1);
  // The part before 等 must be a named organisation (各高等院校 is one group, not 各高 + 院校).
  if (!hasUnitSuffix(before)) return [s];
  // 财政部等部门: the noun closes the list, it names no unit of its own (等有关部门 does: a collective).
  // 县发改局等10个部门, 教育局等三家单位: a count of the list, no unit of its own.
  if (/^([\d一二三四五六七八九十两]+(个|家))?(部门|单位|部委|机构|方面)(、单位)?$/.test(fold(after)))
    return [before];
  if (isUnit(after)) return [before, after];
  return [s];
}

/** True when the name ends like an organisation (局, 委, 中心 …), not only like a group. */
function hasUnitSuffix(raw: string): boolean {
  return UNIT_SUFFIX.test(baseName(fold(normalizeUnitName(raw))));
}

/**
 * Joins `A及B`, `A和B`, `A与B` into two units when both sides are units (文化和广电旅游体育局 stays one, and so does
 * 各县(市)及相关区政府, whose places share the body named once after them).
 */
export function splitConjunctions(name: string, isUnit: UnitTest = isUnitLike): string[] {
  for (const sep of ["及", "和", "与", "以及"]) {
    for (let i = name.indexOf(sep); i >= 0; i = name.indexOf(sep, i + 1)) {
      if (i === 0) continue;
      const before = name.slice(0, i);
      const after = name.slice(i + sep.length);
      if (sep.length === 1 && sep !== "和" && WORD_BEFORE_CONJ.test(before)) continue;
      // 高新区党工委和管委会(。): the other body of the same place, a full stop closing the list or not.
      if (BARE_BODY.test(fold(after).replace(/[。.;,,;]+$/, ""))) continue;
      // 各县(市)及相关区政府: places alone before the join share the body named after it — one group, not two.
      if (PLACES_ONLY.test(fold(before)) && SHARED_BODY_END.test(fold(after))) continue;
      if (isUnit(before) && isUnit(after)) return [before, ...splitConjunctions(after, isUnit)];
    }
  }
  return [name];
}

/**
 * Unit names run together with no separator (区财政局区税务局, 县教育局县卫健局县医保局), cut where a name of the
 * same level starts again after a unit's end; without a level, between short bureau names (发改局财政局). Only when
 * every part is a unit of at least three characters: 市财政局国库支付中心, 县委县政府, 市委政法委 and
 * 县住房和城乡建设局 stay whole.
 * @example splitGlued("县教育局县卫健局县医保局") → ["县教育局", "县卫健局", "县医保局"]
 */
export function splitGlued(name: string, isUnit: UnitTest = isUnitLike): string[] {
  const f = fold(name);
  if (f.length < 6 || f.length > 40 || /[()\s]/.test(f)) return [name];
  const level = LEVEL_START.test(f) ? f[0] : null;
  const cuts: number[] = [];
  let from = 0;
  for (let i = 3; i <= f.length - 3; i++) {
    const part = f.slice(from, i);
    const cut = level ? f[i] === level && GLUED_END.test(part) : BUREAU_END.test(part) && part.length <= 6;
    if (cut && part.length >= 3) {
      cuts.push(i);
      from = i;
    }
  }
  if (cuts.length === 0) return [name];
  const parts = [0, ...cuts].map((at, k) => name.slice(at, cuts[k] ?? name.length));
  const ends = level ? GLUED_END : BUREAU_END;
  const whole = (p: string): boolean =>
    p.length >= 3 &&
    (level !== null || p.length <= 6) &&
    ends.test(fold(p)) &&
    !BRANCH_END.test(fold(p)) &&
    isUnit(p) &&
    !isCollective(p);
  return parts.every(whole) ? parts : [name];
}
