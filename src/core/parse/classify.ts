/** Stateless rules about one line: which kind of line it is (colophon, notes, bullet, numbered item, label, signature …). */

import { fold, isCloser, matchingOpener } from "../text/fold";
import { type SourceLine } from "../text/lines";
import { isBreakdownTitle, isDateLine, isIssuerLine } from "./docInfo";
import { readLeaderHeading, type Person } from "./leader";
import { lineLabelKind, readRoles, unbracketLabels } from "./roles";
import { isUnitLike } from "./splitUnits";

/** The line that starts the notes under a breakdown: 注: / 说明: / 备注: alone, or 注:1.… */
export const NOTES_START = /^(?:(?:注|说明|注释|附注)\s*:|备注\s*:\s*$|(?:注|说明|注释|附注)$)\s*/;

export const COLOPHON =
  /^(抄送|印发|主送|附件[::\d]|附[::]|联系人|联系电话|\(?此件|(本|此)件公开|信息公开选项)/;

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
export const BULLET = /^[▲△■□●○◆◇★☆※•▪►▶◎]/;

/** A signature line: the issuing body alone on a line, followed by the date or by nothing. */
export function isSignature(line: SourceLine, next: SourceLine | null): boolean {
  const short = line.text.length <= 20 && !/[。,,;;::]/.test(line.folded);
  if (!short || !(isIssuerLine(line.folded) || isUnitLike(line.text))) return false;
  return next === null || isDateLine(next.folded);
}

/** The line with 【牵头单位】-style labels rewritten as 牵头单位: (the table reader keeps the raw line). */
export function withPlainLabels(line: SourceLine): SourceLine {
  if (!line.folded.includes("【") && !line.folded.includes("〖")) return line;
  const text = unbracketLabels(line.text);
  return text === line.text ? line : { ...line, text, folded: fold(text) };
}

export function isTableEnd(line: SourceLine): boolean {
  return (
    isBreakdownTitle(line.folded) || COLOPHON.test(line.folded) || /^(注|备注|说明)[::]/.test(line.folded)
  );
}
