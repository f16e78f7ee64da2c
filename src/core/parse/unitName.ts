/**
 * A unit's name as the parser reports it: normalised (spaces, brackets, punctuation, a role note or the document's
 * convention in a bracket after it, a placeholder for no unit), and its base without a trailing parenthetical. In the
 * pane's first load with splitUnits.ts (the alias suggestions compare names so).
 */

import { fold, squeeze } from "../text/fold";

/** What a table cell or label holds when there is no unit: /, 无, —, 暂无. */
const PLACEHOLDER = /^(无|暂无|空|\/|—+|-+|－+|–+|\\|下同|同上|同前)$/;

// A role note in a bracket after the last name (市财政局(按职责分工负责), 统计局(分别负责), 财政厅(按职能)): it says
// how the units work (the clerk trial: 省发改委、农委、统计局(分别负责) gave a unit 统计局(分别负责)), it is no
// part of a name, nor is a note of what the unit does there (市统计局(负责数据汇总)). Lead marks ((牵头), (主办))
// are read by resolve.ts and kept here.
// The note may say it holds for the tasks below too (市政府办公室(按职责分工负责,下同)); a note may name the part of the
// work the unit leads there (区统计局(数据统计评估牵头单位)), which makes it no lead of the task. The name is not folded
// here: the note's comma may be of either width (市政府办公室（按职责分工负责，下同）).
const ROLE_NOTE =
  /\s*\((?:按照?职[责能](?:分工)?(?:负责|落实)?|按照?分工(?:负责|落实)?|分工负责|(?:分别|各自)(?:负责|牵头|落实|实施)?|配合单位|参与单位|协办单位|(?:负责|配合|参与|协办|协助|协同|汇总)[^()]{0,10}|[^()]{2,12}(?:牵头|负责|配合)(?:单位|部门))(?:[,\uff0c;\uff1b、]\s*(?:以下同|以下均同|下同|同下))?\)$/;

// The document's convention in a bracket after the last name (各镇人民政府(列在首位的为牵头部门,其他按职责分工负责,下同)):
// it says which listed unit leads (read by docInfo.ts's findConvention), it is no part of the name.
const CONVENTION_NOTE =
  /\s*\((?=[^()]*(首位|第一位|第一个|第一名|排第一|排名第一|列第一|排在第一))(?=[^()]*(牵头|主办|主责|汇总))[^()]{4,60}\)$/;

/**
 * Normalises a unit name as the parser reports it: no spaces, round brackets in the half-width form the
 * sample writes (U+FF08/U+FF09 → "(" ")"), no trailing punctuation or closing 等, no surrounding quotes.
 * @example normalizeUnitName(" 发改局\uff08服务业局\uff09。") === "发改局(服务业局)"
 */
export function normalizeUnitName(raw: string): string {
  let s = squeeze(raw)
    .replace(/\uff08/g, "(")
    .replace(/\uff09/g, ")")
    .replace(/^[“”"'‘’「『]+|[“”"'‘’」』]+$/g, "");
  s = s
    .replace(/^[、,;:.。\uff0c\uff1b\uff1a\uff0e]+/, "")
    .replace(/[、,;:.。\uff0c\uff1b\uff1a\uff0e]+$/, "");
  s = s.replace(ROLE_NOTE, "").replace(CONVENTION_NOTE, "");
  if (s.length > 2 && s.endsWith("等")) s = s.slice(0, -1);
  return PLACEHOLDER.test(fold(s)) ? "" : s;
}

/** The name without a trailing parenthetical: 发改局(服务业局) → 发改局. */
export function baseName(name: string): string {
  const m = /^(.+?)[((][^()()]*[))]$/.exec(name);
  return m ? (m[1] as string) : name;
}
