/**
 * Single-space tables whose names are broken or padded by runs of spaces: a header whose cells are set apart by
 * single spaces while runs of spaces fall inside its names (`序号 重点工作任务 牵头  领导 牵头   责任单位 主体   责任单位`,
 * a PDF's wrapped header cells), a leader cell whose two-character name is padded (`汪  峰   吴蓓蓓`), and a row
 * whose units cell spills over the lines under it, one unit a line (`…县卫健委 各乡镇` / `县开发区` /
 * `县直有关单位 已完成 …`).
 */

import { columnKind } from "./tableHeader";
import { cellFit } from "./tableSpans";

/** How many of the names are column names. */
const known = (names: readonly string[]): number => names.filter((n) => columnKind(n) !== null).length;

/**
 * The names of a header written on one line whose cells are set apart by single spaces and whose names are
 * broken inside by runs of spaces (牵头  领导 → 牵头领导): every name so joined a short column name, and more
 * names known than when the runs set the cells apart (序号  工作 任务  牵头 单位 is three cells); else null.
 * @example brokenHeaderNames("序号 工作任务 牵头   单位 完成  时限") → ["序号", "工作任务", "牵头单位", "完成时限"]
 */
export function brokenHeaderNames(folded: string): string[] | null {
  const text = folded.trim();
  if (!/\S {2,}\S/.test(text) || !/\S \S/.test(text)) return null;
  const pieces = text.split(/(?<! ) (?! )/);
  const joined = pieces.filter((p) => / {2,}/.test(p)).map((p) => p.replace(/\s+/g, ""));
  const names = pieces.map((p) => p.replace(/\s+/g, ""));
  // A wrapped name is a short one (牵头领导, 主体责任单位): two whole names with two spaces between are no one name.
  const whole = joined.every((n) => n.length <= 7 && columnKind(n) !== null);
  const runs = text.split(/ {2,}/).map((c) => c.replace(/\s+/g, ""));
  return names.length >= 3 && whole && known(names) > known(runs) ? names : null;
}

/** An empty cell's mark that is one character (无, 是, 否): never half of a padded name. */
const MARK = /^[无否是有]$/;

/**
 * A row's text with a two-character name padded to the cell's width joined (汪  峰   吴蓓蓓 → 汪峰 吴蓓蓓): two
 * lone Han characters set apart by spaces, and the padding after them, are one name and one border.
 */
export function joinPaddedNames(text: string): string {
  return text.replace(
    /(^|\s)(\p{Script=Han}) +(\p{Script=Han})(?: +(?=\S)|$)/gu,
    (all: string, before: string, a: string, b: string) =>
      MARK.test(a) || MARK.test(b) ? all : `${before}${a}${b}${all.endsWith(" ") ? " " : ""}`,
  );
}

/** True when a token is a list of unit names (县卫健委, 各乡镇、县直有关单位). */
const unitToken = (token: string): boolean => cellFit("units", token) >= 2;

/**
 * A line under a row that its units cell spills onto, then the cells after the units
 * (`县直有关单位 达到时序进度 加强…`): the unit names it opens with and the text after them, or null when it does
 * not open with a unit's name or holds nothing else.
 */
export function leadingUnits(text: string): { units: string; rest: string } | null {
  const tokens = text.trim().split(/\s+/);
  let k = 0;
  while (k < tokens.length && unitToken(tokens[k] as string)) k++;
  if (k === 0 || k === tokens.length) return null;
  return { units: tokens.slice(0, k).join("、"), rest: tokens.slice(k).join(" ") };
}
