/**
 * Stateless rules about one line: which kind of line it is (colophon, notes, signature, bullet, numbered item,
 * label, bracketed line, convention, text), by ordered rules that look at the line (and the next) only.
 */

import { fold, isCloser, matchingOpener, openDepth } from "../text/fold";
import { cutLine, type SourceLine } from "../text/lines";
import { findConvention, isBreakdownTitle, isDateLine, isIssuerLine, splitColophon } from "./docInfo";
import { readLeaderHeading, type Person } from "./leader";
import { readNumbering, type Numbering } from "./numbering";
import { labelsWithColons, lineLabelKind, unbracketLabels, type LabelKind } from "./labels";
import { namesRoles, readRoles } from "./roles";
import { isUnitLike } from "./unitLike";
import { trailingHeaderAt } from "./tableSpacedRows";

/** The line that starts the notes under a breakdown: 注: / 说明: / 备注: alone, or 注:1.… */
export const NOTES_START = /^(?:(?:注|说明|注释|附注)\s*:|备注\s*:\s*$|(?:注|说明|注释|附注)$)\s*/;

/** The colophon (版记) and other notice lines after the body: 抄送, 印发, 附件:, 联系人 …. */
// 印发 opens the colophon's line (印发:2024年1月5日) — never a sentence of work done (印发《…》实施方案, a progress cell).
export const COLOPHON =
  /^(抄送|印发(?=[::\s\d]|$)|主送|附件[::\d]|附[::]|联系人|联系电话|\(?此件|(本|此)件公开|信息公开选项)/;

/**
 * The leader a numbered heading names: 王某某市长牵头重点工作, or a leader label (分管副市长:许光明, with
 * perhaps a bracket after it: (协助:…)). Null for a theme heading.
 */
export function readHeadingLeader(rest: string): Person | null {
  const heading = readLeaderHeading(rest);
  if (heading) return heading;
  if (lineLabelKind(fold(rest)) !== "leader") return null;
  const f = fold(rest).trim();
  const close = f.length - 1;
  const bracket = close > 0 && isCloser(f[close] as string) ? matchingOpener(f, close) : -1;
  return readRoles(bracket > 0 ? rest.trim().slice(0, bracket) : rest, { bareUnits: false }).leader;
}

/** True when a line of units ends with a separator, so that the next line starts a new unit. */
export function endsWithSeparator(folded: string): boolean {
  return /[、,;]\s*$/.test(folded);
}

/** Bullets that mark sub-targets or items under a task. */
export const BULLET = /^(?:[▲△■□●○◆◇★☆※•▪►▶◎]|——)/;

/** A signature line: the issuing body alone on a line, followed by the date or by nothing. */
export function isSignature(line: SourceLine, next: SourceLine | null): boolean {
  const short = line.text.length <= 20 && !/[。,,;;::]/.test(line.folded) && !readNumbering(line.folded);
  if (!short || !(isIssuerLine(line.folded) || isUnitLike(line.text))) return false;
  return next === null || isDateLine(next.folded);
}

/** The line with 【牵头单位】-style labels rewritten as 牵头单位: (the table reader keeps the raw line). */
export function withPlainLabels(line: SourceLine): SourceLine {
  // 牵头单位为市发改委: the label's 为 read as its colon.
  const colons = labelsWithColons(line.text);
  if (colons !== line.text) return withPlainLabels({ ...line, text: colons, folded: fold(colons) });
  if (!line.folded.includes("【") && !line.folded.includes("〖")) return line;
  const text = unbracketLabels(line.text);
  return text === line.text ? line : { ...line, text, folded: fold(text) };
}

/** A line that ends a table: a new title, the colophon, or the notes. */
export function isTableEnd(line: SourceLine): boolean {
  return (
    isBreakdownTitle(line.folded) || COLOPHON.test(line.folded) || /^(注|备注|说明)[::]/.test(line.folded)
  );
}

/** What one line is, by the first of the ordered rules below that matches it. */
export type LineClass =
  | { readonly kind: "skip"; readonly rule: number }
  | { readonly kind: "notes"; readonly rule: number; readonly marker: number }
  | { readonly kind: "signature"; readonly rule: number }
  | { readonly kind: "bullet"; readonly rule: number }
  | {
      readonly kind: "numbered";
      readonly rule: number;
      readonly numbering: Numbering;
      readonly start: number;
    }
  | { readonly kind: "label"; readonly rule: number; readonly label: LabelKind }
  | { readonly kind: "bracketed"; readonly rule: number }
  | { readonly kind: "convention"; readonly rule: number }
  | { readonly kind: "text"; readonly rule: number };

export type Rule = (line: SourceLine, next: SourceLine | null, rule: number) => LineClass | null;

/** ★2.推进…: a star before the number marks an assessed item; the number is read after it. */
export function numberingAfterStar(folded: string): { numbering: Numbering; start: number } | null {
  const mark = BULLET.exec(folded)?.[0] ?? "";
  if (mark && !/^[★☆]/.test(mark)) return null;
  const start = mark ? folded.length - folded.slice(mark.length).trimStart().length : 0;
  const numbering = readNumbering(folded.slice(start), { doubtful: true });
  return numbering ? { numbering, start } : null;
}

// The rules, in order. The outline may decline a kind (a 注: line before any units is not the notes); the
// line is then classified again from the next rule on.
export const RULES: readonly Rule[] = [
  // The colophon (抄送, 印发), a date alone, an issuer and date on one line: never tasks.
  (l, _n, rule) =>
    COLOPHON.test(l.folded) || isDateLine(l.folded) || splitColophon(l.text) ? { kind: "skip", rule } : null,
  (l, _n, rule) => {
    const m = NOTES_START.exec(l.folded);
    return m ? { kind: "notes", rule, marker: m[0].length } : null;
  },
  (l, n, rule) => (isSignature(l, n) ? { kind: "signature", rule } : null),
  (l, _n, rule) => (BULLET.test(l.folded) && !numberingAfterStar(l.folded) ? { kind: "bullet", rule } : null),
  (l, _n, rule) => {
    const found = numberingAfterStar(l.folded);
    return found ? { kind: "numbered", rule, ...found } : null;
  },
  (l, _n, rule) => {
    const label = lineLabelKind(l.folded);
    return label ? { kind: "label", rule, label } : null;
  },
  // A bracket left open is closed at the line's end, unless the next line closes it (a PDF copy's wrap).
  (l, n, rule) =>
    isBracketed(l.folded) || (!closedBy(l, n) && isBracketed(closeAtEnd(l.folded)))
      ? { kind: "bracketed", rule }
      : null,
  // The convention (列第一位的为牵头单位), alone or with text that is not a list of units; a line that is only
  // the convention may end like a unit name (…排在第一位的为牵头部门).
  (l, _n, rule) => {
    const c = findConvention(l.text);
    return c && !isUnitLike(l.text.slice(0, c.start) + l.text.slice(c.end))
      ? { kind: "convention", rule }
      : null;
  },
];

/** A whole line in one bracket: (牵头单位:…), 【…】. */
function isBracketed(folded: string): boolean {
  return /^[(([【].*[))\]】]$/.test(folded) && matchingOpener(folded, folded.length - 1) === 0;
}

/** True when `line` leaves a bracket open and `next` closes it. */
function closedBy(line: SourceLine, next: SourceLine | null): boolean {
  return next !== null && openDepth(line.folded) > 0 && openDepth(line.folded + next.folded) === 0;
}

/**
 * The line with the brackets it leaves open closed at its end (a bracket never runs on past its line).
 * @example closeAtEnd("(责任单位:市财政局") === "(责任单位:市财政局)"
 */
export function closeAtEnd(text: string): string {
  const depth = openDepth(fold(text));
  return depth > 0 ? text + ")".repeat(depth) : text;
}

/**
 * The kind of a line by the first matching rule at or after `from`; "text" when none matches.
 * @example classify(line("2.推进城东改造"), null).kind === "numbered"
 */
export function classify(line: SourceLine, next: SourceLine | null, from = 0): LineClass {
  for (let rule = from; rule < RULES.length; rule++) {
    const c = (RULES[rule] as Rule)(line, next, rule);
    if (c) return c;
  }
  return { kind: "text", rule: RULES.length };
}

// A numbering marker after a space inside a line: 一、 (一) 1. 1、 (1).
const INNER_MARK =
  /\s+(?=(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[.、](?!\d)|\(\d{1,3}\)))/g;

/**
 * A whole document on one long line (a page that lost its line breaks): split before each numbering marker
 * that follows a space, when there are several. Other lines are returned as they are.
 * @example splitRunOn(line("通知正文。 一、稳增长 (一)促消费。 1.扩大投资。")).map((l) => l.text)
 *   → ["通知正文。", "一、稳增长", "(一)促消费。", "1.扩大投资。"]
 */
export function splitRunOn(line: SourceLine): SourceLine[] {
  return splitLongLine(line)
    .flatMap(splitCircledPoints)
    .flatMap(splitAfterRoleBrackets)
    .flatMap(splitTableHeader);
}

/** A table's header at the end of a run-on line (`…任务分解表 序号 工作任务 牵头单位`): a line of its own. */
function splitTableHeader(line: SourceLine): SourceLine[] {
  const at = trailingHeaderAt(line.folded);
  return at > 0 ? cutLine(line, [at]) : [line];
}

/**
 * Points run together in one paragraph that opens with the first (①建档。②配设备。 / 一是完成造林;二是治理水土流失):
 * a new line before each next point, in order, so that they read like points on lines of their own. Other
 * lines are returned as they are.
 * @example splitCircledPoints(line("①建档。②配设备。")).map((l) => l.text) → ["①建档。", "②配设备。"]
 */
export function splitCircledPoints(line: SourceLine): SourceLine[] {
  const f = line.folded;
  const lead = f.length - f.trimStart().length;
  const first = readNumbering(f.slice(lead));
  const style = first?.style;
  if (!first || (style !== "circ" && style !== "shi")) return [line];
  const marker = (n: number): string =>
    style === "circ" ? String.fromCharCode(0x2460 + n - 1) : `${SHI_DIGITS[n - 1] ?? "#"}是`;
  const cuts: number[] = [];
  let n = first.n + 1;
  for (let at = f.indexOf(marker(n), lead + 1); at > 0; at = f.indexOf(marker(n), at)) {
    // 一是…;二是…: the next point follows a sentence's or clause's end (not 唯一是).
    if (style === "circ" || /[。;,]\s*$/.test(f.slice(0, at))) cuts.push(at);
    else break;
    n++;
  }
  return cutLine(line, cuts);
}

/** A numbered table row on one line (`1 | 新建… | 1.4月底前… 2.8月底前… | 教育局 |`): its cells' own points are never cut. */
const TABLE_ROW = /^\s*[|\uff5c]?\s*\d{1,4}\s*[|\uff5c\t](?:[^|\uff5c\t]*[|\uff5c\t]){2}/;

const SHI_DIGITS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

// A finished sentence, then a bracket, then more text: 增长11%左右。(省发改委负责)(二)公共财政收入….
// (A square 〔〕 or lenticular 【】 bracket may hold round ones: 〔…各县、区人民政府(管委会)负责落实。〕.)
const SENTENCE_BRACKET =
  /[。;]\s*(?:\(([^()]{2,160})\)|〔([^〔〕]{2,200})〕|【([^【】]{2,160})】)(?=\s*[^\s。;,,、)])/g;
// A bracket, then the sentence's end, then more text: …政策体系(省科技厅牵头)。在高端装备…(A、B等负责),建设….
const BRACKET_SENTENCE = /\(([^()]{2,160})\)[。;,]\s*(?=[^\s。;,,、)])/g;

/**
 * Several tasks run together on one line, each closed by its own role bracket: a new line after each such
 * bracket (and its full stop) that more text follows; after a bracket and a comma, only when the text after
 * it is closed by a role bracket of its own (else it is the same sentence). A numbered line cut so has a short title sentence before its first run (（一）增强创新能力。推进…):
 * the title is a heading of its own, and each run a paragraph under it. Other lines are returned as they are.
 * @example splitAfterRoleBrackets(line("耕地稳定。(市农委牵头)水耗降低。(市水务局牵头)")).map((l) => l.text)
 *   → ["耕地稳定。(市农委牵头)", "水耗降低。(市水务局牵头)"]
 */
export function splitAfterRoleBrackets(line: SourceLine): SourceLine[] {
  const f = line.folded;
  const cuts = new Set<number>();
  SENTENCE_BRACKET.lastIndex = 0;
  for (let m = SENTENCE_BRACKET.exec(f); m; m = SENTENCE_BRACKET.exec(f)) {
    if (namesRoles((m[1] ?? m[2] ?? m[3]) as string)) cuts.add(m.index + m[0].length);
  }
  const candidates: number[] = [];
  BRACKET_SENTENCE.lastIndex = 0;
  for (let m = BRACKET_SENTENCE.exec(f); m; m = BRACKET_SENTENCE.exec(f)) {
    if (namesRoles(m[1] as string)) candidates.push(m.index + m[0].length);
  }
  candidates.forEach((at, k) => {
    const run = f.slice(at, candidates[k + 1] ?? f.length);
    if (!/,\s*$/.test(f.slice(0, at)) || namesRoles(lastBracket(run))) cuts.add(at);
  });
  if (cuts.size === 0) return [line];
  const sorted = [...cuts].sort((a, b) => a - b);
  const title = titleBeforeRuns(f, sorted[0] as number);
  if (title > 0) sorted.unshift(title);
  return cutLine(line, sorted);
}

/** The inside of the last bracket of a folded text that ends in one (after its full stop), else "". */
function lastBracket(folded: string): string {
  const f = folded.replace(/[。;,.\s]+$/, "");
  const open = isCloser(f[f.length - 1] ?? "") ? matchingOpener(f, f.length - 1) : -1;
  return open >= 0 ? f.slice(open + 1, -1) : "";
}

/**
 * Where a numbered line's short title sentence ends, when the first of its runs closed by a role bracket
 * (up to `firstCut`) starts with one: （一）增强创新驱动发展能力。推进…(A牵头)。 → after the title's 。. 0 otherwise.
 */
function titleBeforeRuns(folded: string, firstCut: number): number {
  const numbering = readNumbering(folded);
  if (!numbering) return 0;
  const stop = folded.indexOf("。", numbering.length);
  const title = folded.slice(numbering.length, stop).trim();
  const ok =
    stop > 0 &&
    stop + 1 < firstCut &&
    title.length >= 2 &&
    title.length <= 30 &&
    !/^\s*[([【〔]/.test(folded.slice(stop + 1));
  return ok && !/[()]/.test(title) && !namesRoles(title) ? stop + 1 : 0;
}

/** A whole document on one long line: split before each numbering marker that follows a space. */
function splitLongLine(line: SourceLine): SourceLine[] {
  if (line.text.length < 200 || TABLE_ROW.test(line.raw)) return [line];
  const cuts: number[] = [];
  INNER_MARK.lastIndex = 0;
  for (let m = INNER_MARK.exec(line.folded); m; m = INNER_MARK.exec(line.folded)) cuts.push(m.index);
  return cuts.length < 2 ? [line] : cutLine(line, cuts);
}
