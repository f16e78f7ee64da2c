/** A record's opening paragraph that a copy wrapped onto several lines, joined into one (recordShapes.ts). */

import type { SourceLine } from "../text/lines";
import { classify } from "./classify";
import { isUnitLike, splitUnitList } from "./unitLike";
import { readNumbering } from "./numbering";
import { isFieldUnderParagraph } from "./outlineRecordFields";
import { fieldOf, markOf, withText } from "./recordFields";

// The most lines a record's opening paragraph is wrapped onto (a PDF copy), and the least characters on each
// line but the last.
const PARAGRAPH_LINES = 10;
const WRAPPED_LINE = 10;
const FIGURE_START = /^\d+(?:\.\d+)?(?=[\u4e00-\u9fff%])/;
// A line spaced out a character at a time (县 小 春 生 产 意 见): a title or a heading as printed, never a paragraph's.
const SPACED_OUT = /^(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]$/;

/** True when a line may be part of a record's opening paragraph: plain words, no number, label or unit list. */
function isParagraphLine(line: SourceLine): boolean {
  // A figure glued to the words after it (1200套, 3.2万平方米) is the paragraph's, no number of a record.
  const figure = readNumbering(line.folded) === null && FIGURE_START.test(line.folded);
  const marked = markOf(line.folded) !== null && !figure;
  if (line.text === "" || marked || fieldOf(line.folded) !== null) return false;
  // A table's cells ('|', tabs) are no paragraph.
  if (/[|\t]/.test(line.raw) || SPACED_OUT.test(line.text.trim())) return false;
  if (/[)\]】〕]$/.test(line.folded) || classify(line, null).kind !== "text") return false;
  const names = splitUnitList(line.text);
  return !(names.length > 0 && names.every(isUnitLike));
}

/**
 * The lines with a record's opening paragraph that a copy wrapped onto several lines (城东大道建设项目,新建 /
 * 道路5公里。 / 责任单位:…) joined into one, so that it reads as one paragraph above the record's fields. Only
 * plain lines right above such a field written with its colon (isFieldUnderParagraph) are joined.
 */
export function joinParagraphs(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let block: SourceLine[] = [];
  const flush = (into: SourceLine | null): void => {
    const field = into !== null && isFieldUnderParagraph(into.folded);
    // A wrapped paragraph's lines are full but for the last (a narrow cell broken a character a line is not one).
    const full = block.slice(0, -1).every((l) => l.text.length >= WRAPPED_LINE);
    if (field && full && block.length >= 2 && block.length <= PARAGRAPH_LINES) {
      out.push(withText(block[0] as SourceLine, block.map((l) => l.text).join("")));
    } else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (isParagraphLine(line)) {
      block.push(line);
      continue;
    }
    flush(line);
    out.push(line);
  }
  flush(null);
  return out;
}
