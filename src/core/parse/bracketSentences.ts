/**
 * A paragraph holding several sentences, each closed by its own bracket of unit names with the stop after it
 * (…落实情况(区政府各部门、各街镇)。围绕…解读(区发改委、区经委)。做好…(区合作交流办)。): each sentence is a task of its own,
 * so the line is cut after each such bracket. When the paragraph is numbered and opens with a short title sentence
 * that names no units ((一)围绕重大战略做好信息公开。…), the title is cut off too: the heading over those tasks.
 */

import { openDepth } from "../text/fold";
import { cutLine, type SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { namesRoles } from "./roles";
import { endsLikeUnit, splitUnitList } from "./unitLike";

// A bracket (round, square, lenticular or tortoise-shell), a sentence's stop, then more words.
const BRACKET_STOP =
  /(?:\(([^()]{2,80})\)|\[([^[\]]{2,80})\]|【([^【】]{2,80})】|〔([^〔〕]{2,80})〕)[。;]\s*(?=[^\s。;,、)\]】〕])/g;
/** The longest title sentence cut off a numbered paragraph (with its stop). */
const TITLE_LENGTH = 32;

/** True when a bracket's inside is unit names only, or roles. */
function unitsInside(inside: string): boolean {
  const names = splitUnitList(inside);
  return namesRoles(inside) || (names.length > 0 && names.every(endsLikeUnit));
}

/**
 * The line cut after each unit bracket a stop follows, when the words after it close with such a bracket too (or
 * the line ends inside one, cut by the page's end); other lines are returned as they are.
 * @example splitBracketSentences(line("建园(县教育局)。修路(县住建局)。")).map((l) => l.text)
 *   → ["建园(县教育局)。", "修路(县住建局)。"]
 */
export function splitBracketSentences(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (/[\t|]/.test(line.raw)) return [line];
  const found: number[] = [];
  BRACKET_STOP.lastIndex = 0;
  for (let m = BRACKET_STOP.exec(f); m; m = BRACKET_STOP.exec(f)) {
    if (openDepth(f.slice(0, m.index)) > 0) continue;
    if (unitsInside(m[1] ?? m[2] ?? m[3] ?? m[4] ?? "")) found.push(m.index + m[0].length);
  }
  if (found.length === 0) return [line];
  const end = f.replace(/[。;.\s]+$/, "");
  const closedAtEnd = /[)\]】〕]$/.test(end) || openDepth(end) > 0;
  const cuts = closedAtEnd ? found : found.slice(0, -1);
  if (cuts.length === 0) return [line];
  return cutLine(line, [...titleCut(f, cuts[0] as number), ...cuts]);
}

/** Where a numbered paragraph's short title sentence ends, before the first task's words: [] when it has none. */
function titleCut(f: string, firstCut: number): number[] {
  const mark = readNumbering(f);
  if (!mark || !/^(cn|pcn|ar)$/.test(mark.style)) return [];
  const stop = f.indexOf("。", mark.length);
  if (stop < 0 || stop + 1 >= firstCut || stop + 1 - mark.length > TITLE_LENGTH) return [];
  const title = f.slice(mark.length, stop);
  return /[()[\]【】〔〕,;:]/.test(title) ? [] : [stop + 1];
}
