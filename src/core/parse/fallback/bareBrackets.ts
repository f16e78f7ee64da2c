/**
 * Paragraphs of a list of work, each one line closed by a BARE bracket of unit names with no role word (…,有效增加
 * 金融供给。(市金融局、农信办、人行某市中心支行)), with no title or number to say the list is a breakdown: each a task,
 * the first name leading (as a bare bracket reads under a breakdown's title). A bracket of names is common enough
 * in other texts (a source, a list of attendees), so the reader is believed only when three or more paragraphs so
 * read, each bracket naming two units or more. A lost bullet glyph before a paragraph (?重点抓好…) is no word.
 */

import type { SourceLine } from "../../text/lines";
import { fold, isCloser, matchingOpener } from "../../text/fold";
import { readNumbering } from "../numbering";
import { namesRoles, readRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { isUnitLike } from "../unitLike";
import { proseTask, type ProseTask } from "./proseItems";

// A paragraph's end after its bracket: a sentence's end or spaces.
const TRAILER = /[\s。.;]+$/;
// A bullet glyph lost in the copy (? or ？ for ●), or a bullet, before the paragraph's words.
const LOST_BULLET = /^\s*(?:[?？]|[●•·▪◆■□○◇])\s*/;
// How many paragraphs must so read, and how many names each bracket must hold.
const MIN_PARAGRAPHS = 3;
const MIN_NAMES = 2;

/** The task of a paragraph closed by a bracket of unit names only, or null. */
function bareParagraph(line: SourceLine, id: string): ProseTask | null {
  const text = line.text.replace(LOST_BULLET, "");
  const f = fold(text).replace(TRAILER, "");
  const close = f.length - 1;
  if (close < 8 || !isCloser(f[close] as string)) return null;
  const open = matchingOpener(f, close);
  const words = open > 0 ? text.slice(0, open).trim() : "";
  if (fold(words).replace(/[\s,。;]/g, "").length < 8) return null;
  const inside = text.slice(open + 1, close);
  if (namesRoles(inside)) return null;
  const roles = readRoles(inside, { bareUnits: true });
  const names = [...roles.leads, ...roles.listed, ...roles.coUnits];
  if (!roles.matched || roles.rest.length > 0 || roles.leader !== null || names.length < MIN_NAMES)
    return null;
  if (!names.every(isUnitLike) || names.every(isCollective)) return null;
  return proseTask(id, words, [roles], { line: line.no, end: line.no, deadline: null });
}

/**
 * Reads each unnumbered paragraph closed by a bare bracket of unit names as a task, numbered 1, 2, 3 in order;
 * nothing unless three or more so read.
 * @example readBareBrackets(lines("甲。(市发改委、市财政局)\n乙。(市教育局、市人社局)\n丙。(市卫健委、市医保局)"))
 */
export function readBareBrackets(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (line.text === "" || readNumbering(line.folded)) continue;
    const task = bareParagraph(line, String(out.length + 1));
    if (task) out.push(task);
  }
  return out.length >= MIN_PARAGRAPHS ? out : [];
}
