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
import { LEAD_LABEL, TOWN_GOVERNMENT, UNIT_HEADING } from "./vocabulary";
/** Numbering of a list of targets (1. / 一、 / 1)), never of sub-points ((1), ①, 一是). */
const LIST_STYLES: ReadonlySet<NumStyle> = new Set<NumStyle>(["ar", "cn", "arp"]);

/**
 * A lead label after the name, in a bracket or not (县教育局(牵头单位), 县财政局【牵头】, 县住建局牵头): it marks the name
 * the lead.
 */
const LEAD_MARK = new RegExp(`(?:[(\\[【〔]${LEAD_LABEL}[)\\]】〕]|${LEAD_LABEL}[::]?)$`);

/**
 * The count of the items under a heading closing it, in brackets or — a copy that lost them — bare (市发改委(8项),
 * 市发改委8项, 市发改委8): never part of the name.
 */
const ITEM_COUNT = /(?:\((?:共)?[\d一二三四五六七八九十]{1,3}[项条件个]\)|(?:共)?\d{1,2}[项条件个]?)$/;

/**
 * The line's name without spaces, the bracket it is set in (【县教育局】, 〔县教育局〕), a lead label in a bracket after it or
 * the count of its items.
 */
const nameOf = (line: SourceLine): string => {
  const name = line.folded
    .replace(/\s+/g, "")
    .replace(/^【([^【】]+)】$|^〔([^〔〕]+)〕$/, "$1$2")
    .replace(LEAD_MARK, "");
  const bare = name.replace(ITEM_COUNT, "");
  return bare !== name && (UNIT_HEADING.test(bare) || TOWN_GOVERNMENT.test(bare)) ? bare : name;
};

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
    const next = listStart(lines[filled[f + 1] as number]);
    if (!next) return;
    const prev = f > 0 ? readNumbering((lines[filled[f - 1] as number] as SourceLine).folded) : null;
    if (prev && prev.style !== next.style) return;
    if (style !== null && style !== next.style) return;
    style = next.style;
    found.push(k);
  });
  // One office's name that lost its number ((一) gone) beside offices' numbered headings over their lists, as
  // (二)市经信局(5项) / 1.… : a heading as theirs are.
  const numbered = filled.filter((k, f) =>
    numberedUnitHeading(lines[k] as SourceLine, lines[filled[f + 1] as number]),
  );
  if (found.length === 1 && numbered.length > 0)
    return lines.map((l, k) => (k === found[0] ? { ...l, unitHeading: true } : l));
  // One office's section alone (a page of a report by department): its name, its opening sentence, its items.
  if (found.length < 2 && introduced !== null) found.splice(0, found.length, introduced);
  else if (found.length < 2) return [...lines];
  const marked = new Set(found);
  return lines.map((l, k) => (marked.has(k) ? { ...l, unitHeading: true } : l));
}

/** The numbering of a line that starts a list of targets at 1 (1. / 一、 / 1) / 1 glued to the words), or null. */
function listStart(line: SourceLine | undefined): ReturnType<typeof readNumbering> {
  const n = line ? readNumbering(line.folded.trim(), { doubtful: true }) : null;
  return n && n.n === 1 && LIST_STYLES.has(n.style) && (!n.doubtful || n.glued) ? n : null;
}

/** True when `line` is a numbered heading naming only an office ((二)市经济和信息化局(5项)) before a list from 1. */
function numberedUnitHeading(line: SourceLine, next: SourceLine | undefined): boolean {
  const n = readNumbering(line.folded);
  if (!n || (n.style !== "pcn" && n.style !== "cn")) return false;
  return UNIT_HEADING.test(line.folded.slice(n.length).replace(/\s+/g, "")) && listStart(next) !== null;
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
  const name = line.text.trim();
  const counted = nameOf(line).length < line.folded.replace(/\s+/g, "").length;
  const lead = normalizeUnitName(marked || counted ? nameOf(line) : name);
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
