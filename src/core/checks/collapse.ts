/**
 * A ledger's findings made readable when there are many: the same finding repeated in one cell given once
 * with a count (`times`), errors before warnings before notes, and, for display, a finding repeated word for
 * word in many cells shown in its first few cells with the rest counted (the clerk trial: one 10,000-character
 * 配合单位 cell gave 2,500 identical lines before the real findings).
 */

import type { Finding, Severity, Where } from "../types";

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** What makes two findings say the same words: their code and params (where aside). */
export function wordingKey(f: Finding): string {
  return `${f.code}\u0000${JSON.stringify(f.params)}`;
}

function placeKey(where: Where | null): string {
  if (!where) return "";
  return "line" in where ? `#${where.line}` : `${where.sheet}!${where.cell}`;
}

/**
 * The same finding (code, params) at the same place kept once, with `times` in its params when it was there
 * more than once; then ordered errors, warnings, notes, each kind keeping its order.
 * @example collapseRepeats([a, a, b]) → [a with params.times 2, b]
 */
export function collapseRepeats(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, { first: Finding; n: number }>();
  for (const f of findings) {
    const key = `${placeKey(f.where)}\u0000${wordingKey(f)}`;
    const seen = byKey.get(key);
    if (seen) seen.n++;
    else byKey.set(key, { first: f, n: 1 });
  }
  const once = [...byKey.values()].map(({ first, n }) =>
    n > 1 ? { ...first, params: { ...first.params, times: n } } : first,
  );
  return once
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** How many cells of one finding word for word are shown before the rest are counted. */
export const ALIKE_SHOWN = 3;
/** From how many cells on a finding word for word is cut to its first ALIKE_SHOWN. */
export const ALIKE_MANY = 6;

/** A finding as shown, and the findings word for word like it that are not shown, after the last shown. */
export interface ShownFinding {
  readonly finding: Finding;
  /** Empty but after the last shown finding of its words when those are many. */
  readonly alike: readonly Finding[];
}

/**
 * The findings to show: each one, except that when the same words are found in ALIKE_MANY cells or more,
 * only the first ALIKE_SHOWN are shown, the last of them carrying the others (`alike`) for one line 另有 N 处.
 */
export function shownFindings(findings: readonly Finding[]): ShownFinding[] {
  const byWords = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = wordingKey(f);
    const list = byWords.get(key);
    if (list) list.push(f);
    else byWords.set(key, [f]);
  }
  const out: ShownFinding[] = [];
  for (const f of findings) {
    const list = byWords.get(wordingKey(f)) as Finding[];
    if (list.length < ALIKE_MANY) {
      out.push({ finding: f, alike: [] });
      continue;
    }
    const at = list.indexOf(f);
    if (at < ALIKE_SHOWN - 1) out.push({ finding: f, alike: [] });
    else if (at === ALIKE_SHOWN - 1) out.push({ finding: f, alike: list.slice(ALIKE_SHOWN) });
  }
  return out;
}

/** The places of findings as one short text: the first `max` and 等 (etc.) after them. */
export function placesText(findings: readonly Finding[], max = 8): string {
  const places = findings.map((f) => placeKey(f.where).replace(/^#/, "")).filter((p) => p !== "");
  return places.slice(0, max).join("、") + (places.length > max ? "…" : "");
}
