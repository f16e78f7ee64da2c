/**
 * What a copy hard-wrapped at a width shows of its physical lines (wrappedLines.ts): a line's length as the copy
 * measured it, a table row, and a line that starts something of its own (never the rest of the line before it).
 */

import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { bareLabelKind, isLabelLine } from "./labels";
import { columnKind } from "./tableHeader";
import { BULLET } from "./classify";
import { isBreakdownTitle } from "./docInfo";

/** A physical line's length as the copy measured it: with its indent and page noise, without trailing spaces. */
export const lengthOf = (line: SourceLine): number => line.width ?? [...line.raw.replace(/\s+$/, "")].length;

/** A table row: cells set apart by tabs, bars or two runs of spaces or more (never a wrapped line of prose). */
export const isRow = (line: SourceLine): boolean => /[\t|]|\S {2,}\S+ {2,}\S/.test(line.raw);

// A paragraph's first-line indent: a copy's wrapped lines start flush left, a new paragraph is indented.
export const INDENT = /^(?:\u3000|[ \u00a0]{2,}|\t)/;

// A field numbered with a bare number and a space (02 责任领导:…, 03 牵头单位:…): the number is the field's.
const FIELD_NUMBER = /^\d{1,3}\s+/;

// 分别牵头 / 共同负责 after a units list: the list's role, never a label of its own.
const SHARED_ROLE = /^(?:分别|共同|联合|各自)(?:牵头|负责|配合|参与|落实)/;

/**
 * True when `next` starts something of its own: an indented paragraph, a numbered line, a label (also alone on
 * its line, or a record's or column's name), a bullet, a table row, a title.
 */
export function startsOwn(next: SourceLine): boolean {
  return readNumbering(next.folded) !== null || startsOwnBesides(next);
}

/** startsOwn but for a number: an indented paragraph, a label, a bullet, a table row, a title. */
export function startsOwnBesides(next: SourceLine): boolean {
  const f = next.folded;
  return (
    INDENT.test(next.raw) ||
    isLabelLine(f) ||
    isLabelLine(f.replace(FIELD_NUMBER, "")) ||
    (bareLabelKind(f) !== null && f.trim().length >= 4 && !SHARED_ROLE.test(f)) ||
    (f.length <= 6 && columnKind(f) === "task") ||
    BULLET.test(f) ||
    isRow(next) ||
    isBreakdownTitle(f)
  );
}
