/** The notice around the breakdown: title, issuer, date, addressees and the role convention, read above the body and below the last task. */

import { isDebris, type SourceLine } from "../text/lines";
import {
  dateOfLine,
  findConvention,
  isBreakdownTitle,
  isDateLine,
  isIssuerLine,
  isNoticeTitle,
  readIssuer,
  readRecipients,
  splitColophon,
  stripMetadataLabel,
} from "./docInfo";
import { readLeaderHeading } from "./leader";
import { readNumbering } from "./numbering";
import { isLabelLine } from "./labels";

/** Reads the notice part above the first breakdown title, or the whole text when there is none. */
export function readHeaderInfo(
  lines: readonly SourceLine[],
  bodyStart: number,
  bodyLines: readonly SourceLine[],
) {
  let title: string | null = null;
  let issuer: string | null = null;
  let date: string | null = null;
  let recipients: string[] = [];
  let convention: { text: string; line: number } | null = null;
  const head = lines.slice(0, bodyStart);
  // Whether the next non-empty line of `list` after `i` is a date, looked at only for a candidate issuer.
  const dateFollows = (list: readonly SourceLine[], i: number): boolean => {
    for (let k = i + 1; k < list.length; k++) {
      const next = list[k] as SourceLine;
      if (next.text !== "") return isDateLine(next.folded);
    }
    return false;
  };
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as SourceLine;
    if (!line.text || isDebris(line.folded)) continue;
    const c: ReturnType<typeof findConvention> = convention ? null : findConvention(line.text);
    if (c) convention = { text: c.text, line: line.no };
    if (!title && isNoticeTitle(line.folded)) title = stripMetadataLabel(line.text).trim();
    if (recipients.length === 0) recipients = readRecipients(line.text) ?? [];
    if (!date && isDateLine(line.folded)) date = dateOfLine(line.text);
    // Issuer and date on one line (黑龙江省人民政府 2013年3月27日), above the title or under it.
    const both = splitColophon(line.text);
    if (!date && both) date = both.date;
    if (!issuer && both) issuer = both.issuer;
    if (!issuer) {
      issuer = readIssuer(line.text, dateFollows(head, i));
      // A joint letterhead: one issuer per line (中共青岚县委办公室 / 青岚县人民政府办公室).
      for (let k = i + 1; issuer && k < head.length && isIssuerLine((head[k] as SourceLine).folded); k++) {
        issuer += `、${(head[k] as SourceLine).text.replace(/\s+/g, "")}`;
        i = k;
      }
    }
  }
  // Issuer and date on one line right under the title (桐乡市人民政府办公室 2020年5月22日): among the first lines
  // of the body, which no task or table row reads so.
  if (!issuer || !date) {
    const under = lines.slice(bodyStart, bodyStart + 4).find((l) => l.text !== "" && splitColophon(l.text));
    const both = under ? splitColophon(under.text) : null;
    if (both && !issuer) issuer = both.issuer;
    if (both && !date) date = both.date;
  }
  // A signature at the end of the document, or the colophon (版记).
  if (!issuer || !date) {
    const tail = bodyLines.slice(-8);
    tail.forEach((line, i) => {
      const colophon = splitColophon(line.text);
      if (!date && isDateLine(line.folded)) date = dateOfLine(line.text);
      if (!date && colophon) date = colophon.date;
      if (!issuer && !readNumbering(line.folded) && !isLabelLine(line.folded))
        issuer = colophon?.issuer ?? readIssuer(line.text, dateFollows(tail, i));
    });
  }
  return { title, issuer, date, recipients, convention };
}

/** The nearest non-empty line before `lines[i]`, or null. */
export function previousLine(lines: readonly SourceLine[], i: number): SourceLine | null {
  for (let k = i - 1; k >= 0; k--) if ((lines[k] as SourceLine).text !== "") return lines[k] as SourceLine;
  return null;
}

/** A short line that can be the first half of a title broken over two lines. */
export function isTitleStart(line: SourceLine): boolean {
  const f = line.folded;
  return (
    f.length <= 30 &&
    !/[。,;:!?]/.test(f) &&
    !readNumbering(f) &&
    !/^附件/.test(f) &&
    !isDateLine(f) &&
    !isIssuerLine(f) &&
    // An issuer and a date on one line above the title are no half of it (clerk trial L1).
    !splitColophon(line.text) &&
    !isNoticeTitle(f) &&
    !isBreakdownTitle(f) &&
    readLeaderHeading(line.text) === null &&
    /\d{4}年|政府|重点|工作|市|区|县/.test(f)
  );
}
