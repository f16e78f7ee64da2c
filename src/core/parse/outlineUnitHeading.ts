/**
 * A unit's name on a line of its own, its numbered targets after it from 1. (凤台县政府 / 1.地区生产总值… 2.… / 大通
 * 区政府 / 1.…): a heading that names the lead of every target under it, as a 考核目标 list gives each government's
 * targets. Decided with the whole text in view (markUnitHeadings, the last stage of prepare.ts): at least two such
 * names, each right before a list that starts at 1 and right after the title, the notice or the last target of the
 * list before — never after a section heading (its unit line), never before sub-points.
 */

import type { SourceLine } from "../text/lines";
import { readNumbering, type NumStyle } from "./numbering";
import type { Outline } from "./outline";
import { emptyRoles } from "./roles";
import { isCollective } from "./splitUnits";
import { normalizeUnitName } from "./unitName";
import { LEAD_LABEL, UNIT_HEADING } from "./vocabulary";

/** A town's or a township's government (城关镇人民政府), which UNIT_HEADING leaves to a numbered heading. */
const TOWN_GOVERNMENT = /^[^,。;:、()\d]{1,8}[镇乡](?:人民)?政府$/;
/** Numbering of a list of targets (1. / 一、 / 1)), never of sub-points ((1), ①, 一是). */
const LIST_STYLES: ReadonlySet<NumStyle> = new Set<NumStyle>(["ar", "cn", "arp"]);

/**
 * A lead label after the name, in a bracket or not (县教育局(牵头单位), 县财政局【牵头】, 县住建局牵头): it marks the name
 * the lead.
 */
const LEAD_MARK = new RegExp(`(?:[(\\[【〔]${LEAD_LABEL}[)\\]】〕]|${LEAD_LABEL}[::]?)$`);

/** The line's name without spaces or a lead label in a bracket after it. */
const nameOf = (line: SourceLine): string => line.folded.replace(/\s+/g, "").replace(LEAD_MARK, "");

/** A line that is an office's name alone (县教育局, 凤台县政府), never a collective. */
function officeName(line: SourceLine): boolean {
  const name = nameOf(line);
  return name.length <= 20 && (UNIT_HEADING.test(name) || TOWN_GOVERNMENT.test(name)) && !isCollective(name);
}

/** The lines with each unit heading marked (`unitHeading: true`); the others as they are. */
export function markUnitHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const filled = lines.map((l, k) => k).filter((k) => (lines[k] as SourceLine).text !== "");
  const found: number[] = [];
  let style: NumStyle | null = null;
  let introduced: number | null = null;
  filled.forEach((k, f) => {
    const line = lines[k] as SourceLine;
    if (!officeName(line)) return;
    if (found.length === 0 && introduced === null && introducedList(lines, filled, f)) introduced = k;
    const next =
      filled[f + 1] === undefined
        ? null
        : readNumbering((lines[filled[f + 1] as number] as SourceLine).folded);
    if (!next || next.n !== 1 || !LIST_STYLES.has(next.style)) return;
    const prev = f > 0 ? readNumbering((lines[filled[f - 1] as number] as SourceLine).folded) : null;
    if (prev && prev.style !== next.style) return;
    if (style !== null && style !== next.style) return;
    style = next.style;
    found.push(k);
  });
  // One office's section alone (a page of a report by department): its name, its opening sentence, its items.
  if (found.length < 2 && introduced !== null) found.splice(0, found.length, introduced);
  else if (found.length < 2) return [...lines];
  const marked = new Set(found);
  return lines.map((l, k) => (marked.has(k) ? { ...l, unitHeading: true } : l));
}

/** True when `line` was marked a unit heading (and was added to the outline as one, over the targets after it). */
export function onUnitHeading(o: Outline, line: SourceLine): boolean {
  if (!line.unitHeading) return false;
  o.stack = [];
  o.section = null;
  // Not a heading for ids.ts: the names are counted (1, 2 …), so that each one's targets, numbered from 1 again,
  // keep ids of their own.
  const node = o.addNode(line.no, null, null, false, line.text.trim(), o.part.root);
  const marked = LEAD_MARK.test(line.folded.replace(/\s+/g, ""));
  const lead = normalizeUnitName(marked ? nameOf(line) : line.text.trim());
  node.roles.push({ ...emptyRoles(), leads: [lead], matched: true });
  node.handsDown = true;
  o.section = node;
  return true;
}

// What the office's opening sentence says it undertook: 承担重点工作13项 / 牵头… / 负责….
const OFFICE_UNDERTAKES = /^(?:承担|牵头|负责)/;
// A short sub-heading between the opening sentence and the items (工作进度, 主要工作): no punctuation, no number.
const SUB_HEADING = /^[\u4e00-\u9fff]{2,8}[::]?$/;

/**
 * True when the office's name at `filled[f]` opens its own section of a report: the next paragraph's subject is
 * that office (今年,市农业农村局承担重点工作13项…), then, after at most a short sub-heading, items numbered from 1
 * ((一) / 一、 / 1.) — the office's items, which it leads.
 */
function introducedList(lines: readonly SourceLine[], filled: readonly number[], f: number): boolean {
  const at = (g: number) => lines[filled[g] as number] as SourceLine | undefined;
  const name = nameOf(at(f) as SourceLine);
  const opening = at(f + 1);
  if (!opening || readNumbering(opening.folded)) return false;
  const sentence = opening.folded.replace(/\s+/g, "").split(/[。;]/)[0] as string;
  // A time or a framing before the subject (今年, / 上半年,) is passed over.
  const subject = sentence.startsWith(name) ? sentence : sentence.replace(/^[^,]{0,8},/, "");
  if (!subject.startsWith(name) || !OFFICE_UNDERTAKES.test(subject.slice(name.length))) return false;
  let g = f + 2;
  if (at(g) && SUB_HEADING.test((at(g) as SourceLine).folded.trim())) g++;
  const first = at(g) ? readNumbering((at(g) as SourceLine).folded) : null;
  return !!first && first.n === 1 && (LIST_STYLES.has(first.style) || first.style === "pcn");
}
