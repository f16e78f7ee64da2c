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
import { isUnitLike, splitUnitList } from "./splitUnits";

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

/** The cells tacked onto the end of a line's text after its number: units, then perhaps a deadline. */
function tackedCells(text: string): Tacked | null {
  const tokens = text.trim().split(/\s+/);
  let end = tokens.length;
  let deadline: string | null = null;
  let heading: string | null = null;
  const last = tokens[end - 1] ?? "";
  const glued = GLUED_HEADING.exec(last);
  const date = glued && isDeadline(glued[1] as string) ? (glued[1] as string) : last;
  if (isDeadline(date) && !unitToken(date)) {
    deadline = date;
    heading = date === last ? null : ((glued as RegExpExecArray)[2] as string);
    end--;
  }
  let from = end;
  while (from > 1 && unitToken(tokens[from - 1] as string)) from--;
  if (from === end) return null;
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

/** The index of the next line with text after `k`, or -1. */
function nextText(lines: readonly SourceLine[], k: number): number {
  for (let j = k + 1; j < lines.length && j <= k + 2; j++) if ((lines[j] as SourceLine).text !== "") return j;
  return -1;
}

/**
 * The lines with each problem / remedy pair (same number, the remedy ending in its units and deadline) read as
 * a task: the problem line, the remedy's text, `责任单位:` and `完成时限:` lines, a category stuck onto the date
 * on its own line. Only where two pairs or more are found; other lines are returned as they are.
 * @example pairRemedies(lines("1、甲问题", "1、乙措施 市卫生局 6月底")).map((l) => l.text)
 *   → ["1、甲问题", "乙措施", "责任单位:市卫生局", "完成时限:6月底"] (with a second pair)
 */
export function pairRemedies(lines: readonly SourceLine[]): SourceLine[] {
  const pairs = new Map<number, Tacked>();
  for (let k = 0; k < lines.length; k++) {
    const a = numbered(lines[k] as SourceLine);
    if (!a || tackedCells(a.rest)) continue;
    const j = nextText(lines, k);
    const b = j >= 0 ? numbered(lines[j] as SourceLine) : null;
    const cells = b && b.n === a.n ? tackedCells(b.rest) : null;
    if (cells && cells.remedy !== "") {
      pairs.set(j, cells);
      k = j;
    }
  }
  if (pairs.size < 2) return [...lines];
  return lines.flatMap((line, k) => {
    const cells = pairs.get(k);
    if (!cells) return [line];
    return [
      lineOf(line, cells.remedy),
      lineOf(line, `责任单位:${cells.units}`),
      ...(cells.deadline ? [lineOf(line, `完成时限:${cells.deadline}`)] : []),
      ...(cells.heading ? [lineOf(line, cells.heading)] : []),
    ];
  });
}
