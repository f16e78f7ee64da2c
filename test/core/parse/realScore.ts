import { normalizeUnitName } from "../../../src/core/parse/unitName";
import { fold } from "../../../src/core/text/fold";
import { cleanLine } from "../../../src/core/text/lines";
import type { ParsedDocument, Task } from "../../../src/core/types";

/** One task as the corpus reading gives it (see test/fixtures/real/README.md). */
export interface ReadingTask {
  readonly id: string;
  readonly text: string;
  readonly leads: readonly string[];
  readonly coUnits: readonly string[];
  readonly cut?: boolean;
  /** The leader's names as written (、 between several), null where the document names none. */
  readonly leader?: string | null;
}

/** A document's reading. */
export interface Reading {
  readonly breakdown: boolean;
  readonly tasks: readonly ReadingTask[];
}

/** Task text for matching: spaces, punctuation width, bracket style and pinyin glosses folded away. */
export const normText = (s: string): string =>
  fold(cleanLine(s))
    // A reading cut after its first characters may end inside a pinyin gloss: 就業(yè → 就業.
    .replace(/([\u3400-\u9fff])[(\uff08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{0,6}$/, "$1")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[[【〔〈《「『]/g, "(")
    .replace(/[\]】〕〉》」』]/g, ")")
    .replace(/[.﹒。]/g, ".")
    .replace(/[“”"‘’']/g, '"');

/** A unit for comparison: as the parser writes it (no spaces, half-width round brackets), folded. */
export const normUnit = (u: string): string => fold(normalizeUnitName(cleanLine(u)));

// The words an opening role clause is made of, besides its units: role verbs and joins.
const CLAUSE_WORDS = [
  "由",
  "负责",
  "牵头",
  "配合",
  "参与",
  "参加",
  "会同",
  "协助",
  "协办",
  "主办",
  "共同",
  "等",
  "、",
  "和",
  "及",
  "与",
];
const CLAUSE_ENDS = new Set([",", ";", ":"]);

/**
 * The words a reading's text has after an opening role clause ('由A负责,B配合,WORK' → 'WORK') whose every unit
 * is one of the parsed task's leads or co-units: the product leaves such a clause off the task's words once its
 * roles are read (golden f3-units-before-task), while some readings keep it. Gives every place the clause may end
 * ('' when the reading ends inside the clause), or nothing when the text does not open with such a clause.
 */
export function afterRoleClause(want: string, t: Task): string[] {
  const units = [...t.leads, ...t.coUnits].map(normText).filter((u) => u.length > 0);
  if (units.length === 0) return [];
  const words = [...units, ...CLAUSE_WORDS].sort((a, b) => b.length - a.length);
  const rests: string[] = [];
  let i = 0;
  let unit = false;
  let role = false;
  while (i < want.length) {
    const ch = want[i] as string;
    if (CLAUSE_ENDS.has(ch)) {
      if (!unit || !role) return rests;
      rests.push(want.slice(i + 1));
      i++;
      continue;
    }
    const w = words.find((x) => want.startsWith(x, i));
    if (!w) break;
    if (units.includes(w)) unit = true;
    else if (w !== "、" && w !== "和" && w !== "及" && w !== "与" && w !== "等") role = true;
    i += w.length;
  }
  // A reading cut inside the clause (ending in it, or in the first characters of one of its words).
  const tail = want.slice(i);
  if (unit && role && (tail === "" || words.some((w) => w.startsWith(tail)))) rests.push("");
  return rests;
}

/**
 * Pairs each reading task with the first unused parsed task whose text starts with the reading's first
 * characters (or, for a reading cut short, that the reading starts with), in document order; a reading's
 * opening role clause the parser read into the task's roles may stand before them (see afterRoleClause).
 */
export function matchTasks(reading: readonly ReadingTask[], parsed: readonly Task[]): Array<Task | null> {
  const used = new Set<number>();
  const texts = parsed.map((t) => normText(t.text));
  let from = 0;
  return reading.map((r) => {
    const want = normText(r.text);
    const fits = (k: number): boolean => {
      const t = texts[k] as string;
      if (used.has(k) || want.length === 0) return false;
      if (t.startsWith(want) || (t.length >= 6 && want.startsWith(t))) return true;
      return afterRoleClause(want, parsed[k] as Task).some((r) => t.startsWith(r));
    };
    // Prefer the next ones in order; then anywhere.
    let k = -1;
    for (let i = from; i < parsed.length && k < 0; i++) if (fits(i)) k = i;
    for (let i = 0; i < from && k < 0; i++) if (fits(i)) k = i;
    if (k < 0) return null;
    used.add(k);
    from = k + 1;
    return parsed[k] as Task;
  });
}

/** Counts for one document or the corpus. */
export interface Score {
  tasks: number;
  matched: number;
  leadsExact: number;
  coTp: number;
  coFp: number;
  coFn: number;
}

export const emptyScore = (): Score => ({ tasks: 0, matched: 0, leadsExact: 0, coTp: 0, coFp: 0, coFn: 0 });

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((u, i) => normUnit(u) === normUnit(b[i] as string));

/** Where a reading task and its parsed task differ, or null when they agree on leads and co-units. */
export function difference(r: ReadingTask, t: Task | null): string | null {
  if (!t) return "not found";
  if (r.cut) return null;
  const leads = same(r.leads, t.leads);
  const co = new Set(r.coUnits.map(normUnit));
  const got = new Set(t.coUnits.map(normUnit));
  const coSame = co.size === got.size && [...co].every((u) => got.has(u));
  if (leads && coSame) return null;
  return `leads ${JSON.stringify(t.leads)} co ${JSON.stringify(t.coUnits)}`;
}

/** Scores one document's parse against its reading: leads exact, co-units' true/false positives. */
export function scoreDocument(reading: Reading, parsed: ParsedDocument): Score {
  const score = emptyScore();
  const matches = matchTasks(reading.tasks, parsed.tasks);
  const matchedIds = new Set(matches.filter((t): t is Task => t !== null).map((t) => t.id));
  reading.tasks.forEach((r, i) => {
    const t = matches[i] ?? null;
    score.tasks++;
    if (t) score.matched++;
    if (r.cut) {
      // Units beyond the excerpt's end: only the task itself counts.
      if (t) score.leadsExact++;
      return;
    }
    if (t && same(r.leads, t.leads)) score.leadsExact++;
    const want = new Set(r.coUnits.map(normUnit));
    const got = new Set((t?.coUnits ?? []).map(normUnit));
    for (const u of got)
      if (want.has(u)) score.coTp++;
      else score.coFp++;
    for (const u of want) if (!got.has(u)) score.coFn++;
  });
  // Tasks the parser made up where the reading has none: their co-units are false positives.
  for (const t of parsed.tasks) if (!matchedIds.has(t.id)) score.coFp += t.coUnits.length;
  return score;
}

/** Adds `b` into `a`. */
export function addScore(a: Score, b: Score): void {
  a.tasks += b.tasks;
  a.matched += b.matched;
  a.leadsExact += b.leadsExact;
  a.coTp += b.coTp;
  a.coFp += b.coFp;
  a.coFn += b.coFn;
}

/** The figures: leads exact %, co-unit precision, recall and F1. */
export function figures(s: Score): { leads: number; precision: number; recall: number; f1: number } {
  const precision = s.coTp + s.coFp === 0 ? 1 : s.coTp / (s.coTp + s.coFp);
  const recall = s.coTp + s.coFn === 0 ? 1 : s.coTp / (s.coTp + s.coFn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { leads: s.tasks === 0 ? 1 : s.leadsExact / s.tasks, precision, recall, f1 };
}

/** A reading task's leader (the names as written, 、 between several; null where the document names none). */
export interface LeaderReading {
  readonly id: string;
  readonly leader?: string | null;
  readonly cut?: boolean;
}

/** A leader's names for comparison: pinyin glosses, spaces and the separators between several names folded away. */
export const normLeader = (s: string): string => fold(cleanLine(s)).replace(/[\s、,;]/g, "");

/**
 * The names the parse gives a task's leader: the leader, then the others its `leader-multiple` finding lists (the
 * finding names the task by `id`, or among `ids` when a heading's leaders stand over several tasks); the title
 * alone where the document names no person (牵头领导:常务副区长).
 */
export function parsedLeader(t: Task, parsed: ParsedDocument): string {
  if (!t.leader) return t.leaderTitle ?? "";
  const finding = parsed.issues.find(
    (i) =>
      i.code === "leader-multiple" &&
      (i.params.id === t.id || ((i.params.ids ?? []) as readonly string[]).includes(t.id)),
  );
  const others = (finding?.params.others ?? []) as readonly string[];
  return [t.leader, ...others].join("、");
}

/**
 * How a reading task's leader and its parsed task's differ: "agree" (both the same, or both none), "missing"
 * (the reading names a leader, the parse none), "wrong" (another leader, or one where the reading has none).
 * A cut reading task, or one not found, is not compared ("skip").
 */
export function leaderVerdict(
  r: LeaderReading,
  t: Task | null,
  parsed: ParsedDocument,
): "agree" | "missing" | "wrong" | "skip" {
  if (!t || r.cut) return "skip";
  const want = r.leader ? normLeader(r.leader) : "";
  // Where the reading names none, only a person counts: a title alone (分管副省长负责) is no leader's sheet.
  const got = want ? normLeader(parsedLeader(t, parsed)) : t.leader ? normLeader(t.leader) : "";
  if (want === got) return "agree";
  return got ? "wrong" : "missing";
}
