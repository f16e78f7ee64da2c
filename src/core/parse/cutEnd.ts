/**
 * The last safety net for a text cut by the page's end: when the text breaks off mid-sentence on a line whose words
 * no reader kept (a table row cut inside its task cell, a paragraph cut before its role line that the reader
 * dropped), the clerk is told so at that line — nothing a person typed is lost without a word.
 */

import type { ParseIssue, Task } from "../types";
import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { DATE_LINE } from "./vocabulary";

// The text ends cleanly: a closing bracket or the end of a sentence (folded text: ) ; ! ? stand for their full widths).
export const CLOSED_END = /[)\]】〕》。.;!?”"]$/;

const squeeze = (s: string): string => fold(s).replace(/\s+/g, "");

/** The text's last line with words, or undefined. */
export function lastFilled(lines: readonly SourceLine[]): SourceLine | undefined {
  for (let k = lines.length - 1; k >= 0; k--)
    if ((lines[k] as SourceLine).text.trim() !== "") return lines[k];
  return undefined;
}

/** True when a task's words end with `key`, with or without the bracket a reader closed them with (…(责任人:A 李明)). */
export const endsWith = (text: string, key: string): boolean => {
  const t = squeeze(text);
  return t.endsWith(key) || t.replace(/[)\]】〕]+$/, "").endsWith(key);
};

/** What a line's words are compared by: its last cell (tabs, '|' or a run of spaces between cells), folded,
 * without spaces or an opening number. */
function wordsOf(line: SourceLine): string {
  const cells = line.text
    .split(/\t|[|｜]|\s{2,}/)
    .map(squeeze)
    .filter((c) => c !== "");
  const bare = cells.at(-1) ?? "";
  const n = readNumbering(bare);
  return n && n.length < bare.length ? bare.slice(n.length) : bare;
}

/**
 * Adds a `text-unattached` finding (`end: "cut"`) for the text's last line when it ends open (no stop, no closing
 * bracket), is no date, no finding names it yet, and no task's words end with its last cell's words, and no unit,
 * deadline, leader or the notice's own fields hold them. Only where some task was read (a document with none says so already). Linear in the output.
 * @example a one-cell-a-line table whose last row breaks off inside its task cell, a row the reader dropped →
 *   { code: "text-unattached", line: <that line>, params: { text: "…", end: "cut" } }
 */
export function reportCutEnd(
  lines: readonly SourceLine[],
  tasks: readonly Task[],
  issues: ParseIssue[],
  kept: readonly (string | null)[],
): void {
  if (tasks.length === 0) return;
  const last = lastFilled(lines);
  if (!last) return;
  // A drawn table's bottom rule (└──┴──┘, +---+---+) closes it.
  if (/^[\u2500-\u257f+=|\s-]+$/.test(last.text)) return;
  const words = wordsOf(last);
  if (words === "" || CLOSED_END.test(words) || DATE_LINE.test(words)) return;
  // A finding names the line already, or a task starts on it (a row on one line, its note cell last).
  if (issues.some((i) => i.line === last.no) || tasks.some((t) => t.line === last.no)) return;
  const key = words.slice(-Math.min(6, words.length));
  // A name or a deadline holds the line's words, or they hold it after a label (完成时限:6月底前).
  const held = (s: string | null | undefined): boolean =>
    !!s && (squeeze(s).includes(key) || (squeeze(s).length >= 2 && key.includes(squeeze(s))));
  // A task's words hold the line's when they end with them (the text's last words end the task they are in; a
  // person read from a units cell is put in a bracket after them).
  const read = tasks.some(
    (t) =>
      endsWith(t.text, key) ||
      held(t.deadline) ||
      held(t.leader) ||
      t.leads.some(held) ||
      t.coUnits.some(held),
  );
  if (read || kept.some(held)) return;
  const text = words.length > 20 ? `…${words.slice(-20)}` : words;
  issues.push({ code: "text-unattached", severity: "warning", line: last.no, params: { text, end: "cut" } });
}
