/**
 * The prose of a line, for the readers of units given work in running text (subjectDemands.ts, namedDemand.ts): an
 * unnumbered line whole; a numbered one — a report's or a notice's item whose short heading sentence runs on into its
 * paragraph (`(二)明确工作职责。建设部门负责…。财政部门负责…` / `二是走访联络增进乡情乡谊。春节期间,…。下一步,市委统战部将…`)
 * — from the sentence after its heading, where the paragraph's units are given their work. A numbered line with no
 * heading sentence of its own (the item is one sentence, the outline's to read), or nothing after it, has none.
 */

import type { SourceLine } from "../../text/lines";
import { readNumbering } from "../numbering";

// The longest heading sentence an item opens with (its title: 明确工作职责。 / 走访联络增进乡情乡谊。).
const MAX_HEADING = 30;

/** The line's prose (as written and folded) and where it starts in the line; null when it has none. */
export function itemProse(line: SourceLine): { text: string; folded: string; from: number } | null {
  const numbering = readNumbering(line.folded);
  if (!numbering) return { text: line.text, folded: line.folded, from: 0 };
  const end = line.folded.indexOf("。", numbering.length);
  if (end < 0 || end - numbering.length > MAX_HEADING) return null;
  // A heading with a clause of its own (一是成立领导小组,负责…。) is no title: the item is the outline's.
  if (/[,;:]/.test(line.folded.slice(numbering.length, end))) return null;
  const from = end + 1;
  if (line.folded.slice(from).trim() === "") return null;
  return { text: line.text.slice(from), folded: line.folded.slice(from), from };
}
