/**
 * Which task of the ledger a returned form's row was about: the form names it by 编号 and by the fingerprint of
 * its text as dispatched, and the ledger may have renumbered or reworded it since (update).
 */

import type { LedgerModel, LedgerTask } from "../ledger/types";
import type { Params } from "../types";
import { MATCH_AT_LEAST, similarity, SURE } from "../year/matchTasks";
import { fingerprint } from "./fingerprint";

/**
 * Where a text changed, with a little context: the two texts without what they share at both ends.
 * @example textChange("推进数字经济发展", "推进数字经济高质量发展") → { was: "…数字经济发展", now: "…数字经济高质量发展" }
 */
export function textChange(was: string, now: string): { readonly was: string; readonly now: string } {
  const a = [...was];
  const b = [...now];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const context = 4;
  const from = Math.max(0, p - context);
  const cut = (x: readonly string[]): string =>
    (from > 0 ? "…" : "") +
    x.slice(from, x.length - q).join("") +
    x.slice(x.length - q, x.length - q + context).join("") +
    (q > context ? "…" : "");
  return { was: cut(a), now: cut(b) };
}

/**
 * The task of the ledger a form's row was about, as the form identifies it (the task text's fingerprint as
 * dispatched, and the text the unit saw): the task of that 编号 while its text is the same; else the one task
 * with that text now (an update renumbered it); else the one task surely alike among the unit's (its text was
 * edited since); else none, with why.
 */
export function locate(
  model: LedgerModel,
  byPrint: ReadonlyMap<string, readonly LedgerTask[]>,
  roles: ReadonlyMap<string, string>,
  id: string,
  textPrint: string,
  text: string,
):
  | { readonly task: LedgerTask; readonly moved: boolean; readonly edited: boolean }
  | { readonly why: "task-gone" | "task-changed" | "task-unclear"; readonly params: Params } {
  const same = model.tasks.find((t) => t.id === id);
  if (same && fingerprint(same.text) === textPrint) return { task: same, moved: false, edited: false };
  const exact = byPrint.get(textPrint) ?? [];
  const mineExact = exact.filter((t) => roles.has(t.id));
  const pick = mineExact.length === 1 ? mineExact[0] : exact.length === 1 ? exact[0] : undefined;
  if (pick) return { task: pick, moved: pick.id !== id, edited: false };
  const alike = model.tasks
    .map((t) => ({ t, score: similarity(text, t.text) }))
    .filter((x) => x.score >= SURE && roles.has(x.t.id))
    .sort((a, b) => b.score - a.score);
  const best = alike.length === 1 ? alike[0]?.t : alike.find((x) => x.t.id === id && x === alike[0])?.t;
  if (best) return { task: best, moved: best.id !== id, edited: true };
  if (alike.length > 1) return { why: "task-unclear", params: { candidates: alike.map((x) => x.t.id) } };
  // Not surely any: the unit's most alike task, if any is somewhat alike, is offered for the clerk to check.
  const maybe = model.tasks
    .filter((t) => roles.has(t.id))
    .map((t) => ({ t, score: similarity(text, t.text) }))
    .filter((x) => x.score >= MATCH_AT_LEAST)
    .sort((a, b) => b.score - a.score)[0]?.t;
  const hint: Record<string, string> = maybe ? { maybe: maybe.id, maybeText: maybe.text } : {};
  if (same) return { why: "task-changed", params: { was: text, now: same.text, ...hint } };
  if (maybe) return { why: "task-gone", params: hint };
  return { why: "task-gone", params: {} };
}
