/**
 * Forum copies of a flattened problem / rectification table (问题清单 / 整改措施 / 责任单位 / 整改时限): each problem's
 * line and its remedy's line start with the same number (`1、…问题` then `1、…措施 市卫生局 2014年6月底`), the
 * unit and the date tacked onto the end of the remedy line, set apart by single spaces; the next category's
 * name may be stuck onto the date (`2014年5月底二、健康教育`) and the numbering restarts under each category.
 * The pairs are rewritten as the outline reads a task: the problem's line, the remedy as more of its text, then
 * a unit line and a deadline line, the category on a line of its own.
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isDeadline } from "./deadline";
import { readNumbering } from "./numbering";
import { isUnitLike, splitUnitList } from "./unitLike";

/** A category's number and name stuck onto the end of a cell (…5月底二、健康教育). */
const GLUED_HEADING = /^(.+?)([一二三四五六七八九十]{1,3}[、.．][^\s、,,。]{1,20})$/u;

/** What a remedy line's end holds: its units, its deadline, a category's heading after them. */
interface Tacked {
  readonly remedy: string;
  readonly units: string;
  readonly deadline: string | null;
  readonly heading: string | null;
}

/** True when a token names units only (市卫生局, 市城管局、各区政府). */
const unitToken = (token: string): boolean => {
  const names = splitUnitList(token);
  return names.length > 0 && names.every(isUnitLike);
};

/** A category's name after the date, set apart by a space (…2014年8月10日 健康教育): a short name, no sentence. */
const LOOSE_HEADING = /^[\p{Script=Han}]{2,8}$/u;
/** A name in a units cell that is no office's (南方商场), after a unit's name and before the date. */
const PLAIN_NAME = /^[\p{Script=Han}]{2,8}$/u;

/**
 * The cells tacked onto the end of a line's text after its number: units, then perhaps a deadline and a
 * category's name. `alone`: the line may hold the cells only (the units and the date on a line of their own).
 */
function tackedCells(text: string, alone = false): Tacked | null {
  const tokens = text.trim().split(/\s+/);
  let end = tokens.length;
  let deadline: string | null = null;
  let heading: string | null = null;
  const loose =
    end >= 3 &&
    LOOSE_HEADING.test(tokens[end - 1] as string) &&
    !unitToken(tokens[end - 1] as string) &&
    !isDeadline(tokens[end - 1] as string) &&
    isDeadline(tokens[end - 2] as string);
  if (loose) heading = tokens[--end] as string;
  const last = tokens[end - 1] ?? "";
  const glued = loose ? null : GLUED_HEADING.exec(last);
  const date = glued && isDeadline(glued[1] as string) ? (glued[1] as string) : last;
  if (isDeadline(date) && !unitToken(date)) {
    deadline = date;
    heading = date === last ? heading : ((glued as RegExpExecArray)[2] as string);
    end--;
  }
  const least = alone ? 0 : 1;
  let from = end;
  // A plain name between the units and the date (汉滨区政府办 南方商场 2014年8月10日): more of the units cell.
  if (
    deadline &&
    from - 1 > least &&
    PLAIN_NAME.test(tokens[from - 1] as string) &&
    unitToken(tokens[from - 2] as string)
  )
    from--;
  while (from > least && unitToken(tokens[from - 1] as string)) from--;
  if (from === end || (from < end && !unitToken(tokens[from] as string))) return null;
  // Units after the remedy's words only where its sentence ended (…宣传内容. 汉滨区政府办): no words read as units.
  if (
    from !== end - 1 &&
    from > 0 &&
    from < end &&
    !unitToken(tokens[end - 1] as string) &&
    !/[。.;;,,]$/.test(tokens[from - 1] as string)
  )
    return null;
  return {
    remedy: tokens.slice(0, from).join(" "),
    units: tokens.slice(from, end).join("、"),
    deadline,
    heading,
  };
}

/** A new line on the same source line, with its own text. */
const lineOf = (line: SourceLine, text: string): SourceLine => ({
  no: line.no,
  text,
  folded: fold(text),
  raw: text,
});

/** The number of an arabic-numbered line (1、 1. 1．) and the text after it, or null. */
function numbered(line: SourceLine): { n: number; rest: string } | null {
  const num = readNumbering(line.folded);
  if (!num || num.style !== "ar") return null;
  return { n: num.n, rest: line.text.slice(num.length).trim() };
}

/** How many lines a problem's or a remedy's cell may run over. */
const CELL_LINES = 4;

/** The index of the next line with text after `k`, or -1. */
function nextText(lines: readonly SourceLine[], k: number): number {
  for (let j = k + 1; j < lines.length && j <= k + 2; j++) if ((lines[j] as SourceLine).text !== "") return j;
  return -1;
}

/**
 * The remedy of the problem at line `k` (numbered `n`): the line `r` numbered `n` again after the problem's lines,
 * and the line `e` (r or a line of its after it) that ends in the units and the date; null when there is none.
 */
function remedyOf(
  lines: readonly SourceLine[],
  k: number,
  n: number,
): { r: number; e: number; cells: Tacked } | null {
  let r = nextText(lines, k);
  for (let seen = 0; r >= 0 && !numbered(lines[r] as SourceLine) && seen < CELL_LINES; seen++) {
    if (tackedCells((lines[r] as SourceLine).text, true)) return null;
    r = nextText(lines, r);
  }
  const b = r >= 0 ? numbered(lines[r] as SourceLine) : null;
  if (!b || b.n !== n) return null;
  const own = tackedCells(b.rest);
  if (own) return own.remedy === "" ? null : { r, e: r, cells: own };
  let e = nextText(lines, r);
  for (let seen = 0; e >= 0 && seen < CELL_LINES; seen++) {
    const line = lines[e] as SourceLine;
    if (numbered(line)) return null;
    const cells = tackedCells(line.text, true);
    if (cells) return { r, e, cells };
    e = nextText(lines, e);
  }
  return null;
}

/**
 * The lines with each problem / remedy pair (same number, the remedy ending in its units and deadline) read as
 * a task: the problem's lines, the remedy's text, `责任单位:` and `完成时限:` lines, a category stuck onto the date
 * on its own line. Either cell may run over a few lines (blank lines between), the units and the date may stand
 * on a line of their own. Only where two pairs or more are found; other lines are returned as they are.
 * @example pairRemedies(lines("1、甲问题", "1、乙措施 市卫生局 6月底")).map((l) => l.text)
 *   → ["1、甲问题", "乙措施", "责任单位:市卫生局", "完成时限:6月底"] (with a second pair)
 */
export function pairRemedies(lines: readonly SourceLine[]): SourceLine[] {
  const ends = new Map<number, Tacked>();
  const starts = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const a = numbered(lines[k] as SourceLine);
    if (!a || tackedCells(a.rest)) continue;
    const pair = remedyOf(lines, k, a.n);
    if (pair) {
      starts.add(pair.r);
      ends.set(pair.e, pair.cells);
      k = pair.e;
    }
  }
  if (ends.size < 2) return [...lines];
  return lines.flatMap((line, k) => {
    const cells = ends.get(k);
    const first = starts.has(k) ? (numbered(line) as { rest: string }).rest : line.text;
    if (!cells) return starts.has(k) ? [lineOf(line, first)] : [line];
    return [
      ...(cells.remedy ? [lineOf(line, cells.remedy)] : []),
      lineOf(line, `责任单位:${cells.units}`),
      ...(cells.deadline ? [lineOf(line, `完成时限:${cells.deadline}`)] : []),
      ...(cells.heading ? [lineOf(line, cells.heading)] : []),
    ];
  });
}
