/**
 * What the pane shows, derived from its state (state.ts): the preview's leader groups, the findings by
 * severity and their fixes, the alias decisions and the registry they make, the settings' problems. Pure.
 */

import { acceptSuggestions } from "../core/units/registry";
import type { AliasSuggestion, Registry } from "../core/units/types";
import type { LedgerSettings } from "../core/plan/types";
import type { Finding, ParsedDocument, Severity, Task } from "../core/types";
import type { GenerateParts } from "./services";
import type { Decision, PaneState } from "./state";

/** The key of an alias suggestion in `decisions`. */
export function suggestionKey(s: AliasSuggestion): string {
  return `${s.alias}\u0000${s.canonical}`;
}

/** The tasks of one leader, for the preview. */
export interface LeaderGroup {
  readonly leader: string | null;
  readonly title: string | null;
  readonly tasks: readonly Task[];
}

/**
 * Tasks grouped by leader, in document order of each leader's first task.
 * @example leaderGroups(parsed).map((g) => `${g.leader} ${g.tasks.length}`) → ["于会游 3", "冯中海 25", …]
 */
export function leaderGroups(parsed: ParsedDocument): LeaderGroup[] {
  const groups = new Map<string, { leader: string | null; title: string | null; tasks: Task[] }>();
  for (const t of parsed.tasks) {
    const key = `${t.leader ?? ""}\u0000${t.leaderTitle ?? ""}`;
    let g = groups.get(key);
    if (!g) {
      g = { leader: t.leader, title: t.leaderTitle, tasks: [] };
      groups.set(key, g);
    }
    g.tasks.push(t);
  }
  return [...groups.values()];
}

/** The document's parse issues as findings (a line, or nothing for whole-file findings). */
export function documentFindings(parsed: ParsedDocument): Finding[] {
  return parsed.issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    where: i.line === null ? null : { line: i.line },
    params: i.params,
  }));
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Findings by severity, most serious first; each group keeps the findings' order. */
export function groupBySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const out: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) out[f.severity].push(f);
  return out;
}

/** The fixes the findings carry, in order. */
export function fixesOf(findings: readonly Finding[]): NonNullable<Finding["fix"]>[] {
  return findings.flatMap((f) => (f.fix ? [f.fix] : []));
}

/** Suggestions the clerk has not decided on. */
export function pendingSuggestions(state: PaneState): AliasSuggestion[] {
  return (state.registry?.suggestions ?? []).filter((s) => !state.decisions[suggestionKey(s)]);
}

/**
 * The registry to write: accepted aliases merged into their canonical units, rejected suggestions dropped,
 * undecided ones kept as suggestions (the ledger's checks report them).
 */
export function registryForWrite(state: PaneState): Registry | null {
  if (!state.registry) return null;
  const decided = (d: Decision) => (s: AliasSuggestion) => state.decisions[suggestionKey(s)] === d;
  const accepted = state.registry.suggestions.filter(decided("accepted"));
  const merged = acceptSuggestions(state.registry, accepted);
  return { ...merged, suggestions: merged.suggestions.filter((s) => !decided("rejected")(s)) };
}

/** What is wrong with the statuses being edited (empty or repeated names); empty when they can be saved. */
export function settingsProblems(
  settings: LedgerSettings,
): Array<
  { readonly kind: "empty"; readonly index: number } | { readonly kind: "duplicate"; readonly name: string }
> {
  const out: Array<{ kind: "empty"; index: number } | { kind: "duplicate"; name: string }> = [];
  const seen = new Set<string>();
  settings.statuses.forEach((s, index) => {
    const name = s.name.trim();
    if (!name) out.push({ kind: "empty", index });
    else if (seen.has(name)) out.push({ kind: "duplicate", name });
    seen.add(name);
  });
  return out;
}

/** True when some sheets are chosen for generation (status formatting applies to the sheets generated). */
export function anyPart(parts: GenerateParts): boolean {
  return parts.units || parts.leaders || parts.summary;
}
