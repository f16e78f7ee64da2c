/**
 * Matching a revised document's tasks to the ledger's rows by content, not by 编号 alone: revisions renumber
 * whole sections when a task is dropped or inserted, and touch wording. Texts are compared by their character
 * pairs (Dice coefficient over bigrams of the folded text without punctuation); the same text pairs first, then
 * the most similar pairs, the same 编号 and leader breaking ties.
 */

import { fold } from "../text/fold";

/** What is compared of a task. */
export interface Comparable {
  readonly id: string;
  readonly text: string;
  readonly leader: string;
}

/** A pair of an old row and a new task, with how alike their texts are (0–1). */
export interface Match {
  readonly old: number;
  readonly new: number;
  readonly score: number;
}

/** Texts at least this alike are the same task; below `SURE`, the match is shown to confirm. */
export const MATCH_AT_LEAST = 0.45;
export const SURE = 0.8;

/** The text as compared: folded, without spaces and punctuation. */
export function comparableText(text: string): string {
  return fold(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(chars[0] as string, 1);
  return out;
}

/**
 * How alike two texts are, 0–1 (Dice over character pairs).
 * @example similarity("实施农村公路改造36公里", "实施农村公路改造40公里") ≈ 0.8
 */
export function similarity(a: string, b: string): number {
  return dice(bigrams(comparableText(a)), bigrams(comparableText(b)));
}

function dice(x: ReadonlyMap<string, number>, y: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

/**
 * Pairs old rows with new tasks, each at most once: identical texts first, then by falling similarity down to
 * MATCH_AT_LEAST. Ties go to the pair with the same 编号, then the same leader, then document order.
 */
export function matchTasks(olds: readonly Comparable[], news: readonly Comparable[]): Match[] {
  const oldText = olds.map((t) => comparableText(t.text));
  const newText = news.map((t) => comparableText(t.text));
  const oldPairs = oldText.map(bigrams);
  const newPairs = newText.map(bigrams);
  const candidates: Array<Match & { tie: number }> = [];
  olds.forEach((o, i) =>
    news.forEach((n, k) => {
      const score =
        oldText[i] === newText[k]
          ? 1
          : dice(oldPairs[i] as Map<string, number>, newPairs[k] as Map<string, number>);
      if (score >= MATCH_AT_LEAST)
        candidates.push({
          old: i,
          new: k,
          score,
          tie: (o.id === n.id ? 2 : 0) + (o.leader === n.leader ? 1 : 0),
        });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || b.tie - a.tie || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: Match[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    out.push({ old: c.old, new: c.new, score: c.score });
  }
  return out.sort((a, b) => a.new - b.new);
}
