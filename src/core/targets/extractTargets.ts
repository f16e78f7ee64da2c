/**
 * Reads the quantitative targets (量化指标) out of a task's text: "固定资产投资增长10%以上" → (10, %, 增长, 下限).
 *
 * A number is a target when it carries a measurement unit (or is an index: 指数达100) and either ends its
 * clause (新增中小微企业贷款60亿元。) or counts what follows after a target verb (新增100个以上企业和民生事项),
 * with no other quantity after it in the clause (10亿元以上产业项目不少于10个: the 10亿元 describes the projects).
 * Not targets: numbers in quotes (“22条”, “1+4+8”), numbers written in Chinese (三年行动), years and dates
 * (2020年, 6月), ordinals (第4次), numbers joined to Latin letters or + (PM2.5, 5G, 1+X), and names (320国道).
 */

import { fold } from "../text/fold";
import type { TargetBound, TargetKind, TargetReading } from "./targetTypes";
import { RATE_UNITS } from "./targetTypes";
import {
  BOUND_AFTER,
  BOUND_BEFORE,
  LEADING_FILLER,
  POLICY_NOUN,
  TRADITIONAL_UNITS,
  TRAILING_LINK,
  UNITS,
  VERBS,
  type VerbSense,
} from "./targetWords";

/** Ends a clause: what follows is about something else. 、 ends a quantity but not a clause. */
const CLAUSE_END = /[,;。!?\n:]/;
/** Ends a quantity: nothing of the target follows. */
const QUANTITY_END = /[,;。!?\n:、)]/;
const OPEN_QUOTES = '“‘「『《"';
const CLOSE_QUOTES = '”’」』》"';
/** After a number, these make it a date, an ordinal-like name or a size class, not a quantity. */
/** Words that make the number right after them a target even before a noun (推动2家企业在境内外上市). */
const DIRECT_BEFORE = ["推动", "促成", "支持", "帮助", "力争", "确保"];
const NOT_QUANTITY = /^(?:周年|年|月|日|号|届|期|季度|大|类|级|国道|省道|号线|线|路|批次)/;

interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly bound: TargetBound;
  readonly boundStart: number;
  /** Nothing of the target follows the quantity in its clause. */
  readonly terminal: boolean;
}

/** For each character, whether it sits inside quotation marks. */
function quoted(f: string): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  let ascii = false;
  for (const ch of f) {
    if (ch === '"') {
      ascii = !ascii;
      out.push(true);
      continue;
    }
    if (OPEN_QUOTES.includes(ch)) depth++;
    out.push(depth > 0 || ascii);
    if (CLOSE_QUOTES.includes(ch) && depth > 0) depth--;
  }
  return out;
}

function unitAt(f: string, at: number): string | null {
  for (const u of UNITS) if (f.startsWith(u, at)) return u;
  return null;
}

/** The quantities of the folded text: numbers with a unit, outside quotes, not dates or names. */
function quantities(f: string, inQuote: readonly boolean[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of f.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = f[start - 1] ?? "";
    const after = f.slice(end);
    if (inQuote[start]) continue;
    if (/[A-Za-z+\-.×*/~—第]/.test(before) || /^[A-Za-z+\-~—]/.test(after) || NOT_QUANTITY.test(after))
      continue;
    let unit = unitAt(f, end);
    if (unit === null) {
      // An index has no unit: 两化融合指数达100.
      if (!/指数[^,;。、]{0,3}$/.test(f.slice(Math.max(0, start - 8), start))) continue;
      unit = "";
    }
    end += unit.length;
    if ((unit.endsWith("条") || unit.endsWith("项")) && POLICY_NOUN.test(f.slice(end))) continue;
    let bound: TargetBound = null;
    for (const [w, b] of BOUND_AFTER)
      if (f.startsWith(w, end)) {
        bound = b;
        end += w.length;
        break;
      }
    let boundStart = start;
    for (const [w, b] of BOUND_BEFORE)
      if (f.slice(0, start).endsWith(w)) {
        if (bound === null) bound = b;
        boundStart = start - w.length;
        break;
      }
    const next = f[end];
    // Table cells run together without punctuation: a target verb right after the quantity starts the next one.
    const terminal =
      next === undefined ||
      QUANTITY_END.test(next) ||
      /^[”’」』》"]*$/.test(f.slice(end)) ||
      VERBS.some(([w]) => f.startsWith(w, end));
    out.push({ start, end, value: Number(m[0]), unit, bound, boundStart, terminal });
  }
  return out;
}

/** The last target verb written in `segment`, by its sense. */
function lastVerb(segment: string): VerbSense | null {
  for (let i = segment.length - 1; i >= 0; i--)
    for (const [w, sense] of VERBS) if (segment.startsWith(w, i)) return sense;
  return null;
}

function kindOf(sense: VerbSense | null, unit: string): TargetKind {
  const rate = RATE_UNITS.has(unit);
  if (sense === "reduce") return "压减";
  if (sense === "growth") return rate ? "增长" : "累计新增";
  if (sense === "level" || unit === "") return "达到";
  return rate ? "达到" : "累计新增";
}

function clauseStart(f: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_END.test(f[i] as string)) return i + 1;
  return 0;
}

function clauseEnd(f: string, at: number): number {
  for (let i = at; i < f.length; i++) if (CLAUSE_END.test(f[i] as string)) return i;
  return f.length;
}

/**
 * The indicator (what the clause says before the quantity and, counted after a verb, after it) and the whole
 * phrase of the target, both in the document's own characters.
 */
function wordsOf(
  text: string,
  f: string,
  from: number,
  q: Quantity,
  tailEnd: number,
): { indicator: string; phrase: string } {
  const lead = f.slice(from, q.boundStart).replace(/^[\s、,;)]+/, "");
  const start = from + (q.boundStart - from - lead.length) + (LEADING_FILLER.exec(lead)?.[0].length ?? 0);
  const headFolded = f.slice(start, q.boundStart).replace(TRAILING_LINK, "");
  const head = text.slice(start, start + headFolded.length).trim();
  const tail = q.terminal ? "" : text.slice(q.end, tailEnd).trim();
  return { indicator: head + tail, phrase: text.slice(start, q.terminal ? q.end : tailEnd).trim() };
}

/**
 * The targets written in a task's text, in the order written.
 * @example extractTargets("固定资产投资增长10%以上。")
 *   → [{ indicator: "固定资产投资增长", value: 10, unit: "%", kind: "增长", bound: "下限", written: "10%以上" }]
 */
export function extractTargets(text: string): TargetReading[] {
  const f = fold(text).replace(/[畝戶噸穩輛臺處條張減壓達]/g, (c) => TRADITIONAL_UNITS[c] ?? c);
  const inQuote = quoted(f);
  const qs = quantities(f, inQuote);
  const out: TargetReading[] = [];
  let lastEnd = -1;
  let lastSense: VerbSense | null = null;
  qs.forEach((q, i) => {
    const cStart = clauseStart(f, q.start);
    const cEnd = clauseEnd(f, q.end);
    const from = lastEnd > cStart ? lastEnd : cStart;
    const segment = f.slice(from, q.boundStart);
    // A verb of the clause says the kind; else a bound word that is one (突破, 控制在); else the kind of the
    // target before it in the same clause (新增工业机器人400台、服务机器人50台).
    const sense =
      lastVerb(segment) ?? lastVerb(f.slice(q.boundStart, q.start)) ?? (lastEnd > cStart ? lastSense : null);
    if (!q.terminal) {
      const later = qs.slice(i + 1).some((o) => o.start < cEnd);
      const direct = DIRECT_BEFORE.some((w) => f.slice(0, q.boundStart).endsWith(w));
      if (later || (lastVerb(f.slice(cStart, q.start)) === null && !direct)) return;
    }
    const written = text.slice(q.boundStart, q.end);
    out.push({
      ...wordsOf(text, f, from, q, cEnd),
      value: q.value,
      unit: q.unit,
      kind: kindOf(sense, q.unit),
      bound: q.bound,
      written,
    });
    lastEnd = q.end;
    lastSense = sense;
  });
  return out;
}
