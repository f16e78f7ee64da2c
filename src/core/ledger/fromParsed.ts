/** A freshly imported ledger: one row per parsed task, every status at the start status (never a done one). */

import { readDue, startStatusOf, yearOf } from "../plan/settings";
import type { LedgerSettings } from "../plan/types";
import type { ParsedDocument } from "../types";
import { indexRegistry } from "../units/registry";
import { differByNumber } from "../units/similar";
import type { Registry } from "../units/types";
import type { LedgerModel, LedgerTask } from "./types";
import { extractTargets } from "../cycle/extractTargets";
import { targetSummary } from "../cycle/targets";

/**
 * The ledger a parsed document gives. A name the registry holds as an alias (a suggestion the clerk accepted)
 * is written as its canonical unit, each unit once, and listed in `renamed`; other names as the document
 * wrote them. The year of relative deadlines (6月底前) comes from the document's date or title.
 * `source` says when (ISO time, now by default) and from which file (its name) it was imported, for 说明.
 */
export function ledgerFromParsed(
  parsed: ParsedDocument,
  registry: Registry,
  settings: LedgerSettings,
  source: { readonly importedAt?: string; readonly sourceFile?: string | null } = {},
): LedgerModel {
  const importedAt = source.importedAt ?? new Date().toISOString();
  const sourceFile = source.sourceFile ?? null;
  const { document: doc } = parsed;
  const year = yearOf([doc.date, doc.title, ...doc.parts.map((p) => p.title)], settings.year);
  const withYear: LedgerSettings = { ...settings, year };
  const first = startStatusOf(settings);
  const index = indexRegistry(registry);
  const renamed = new Map<string, string>();
  const canonical = (name: string): string => {
    const unit = index.byAlias.get(name);
    if (!unit || differByNumber(name, unit.name)) return name;
    renamed.set(name, unit.name);
    return unit.name;
  };
  const tasks: LedgerTask[] = parsed.tasks.map((t) => {
    const leads = [...new Set(t.leads.map(canonical))];
    const coUnits = [...new Set(t.coUnits.map(canonical))].filter((u) => !leads.includes(u));
    const due = t.deadline ? readDue(t.deadline, year) : null;
    return {
      id: t.id,
      // A task whose leader is named only by title (分管副省长负责) is filed under the title.
      leader: t.leader ?? t.leaderTitle ?? "",
      leaderTitle: t.leaderTitle ?? "",
      text: t.text,
      lead: leads.join("、"),
      co: coUnits.join("、"),
      target: targetSummary(extractTargets(t.text)),
      deadline: t.deadline ?? "",
      due: due?.kind === "date" ? due.date : null,
      status: first,
      progress: "",
      note: "",
    };
  });
  const renames = [...renamed].map(([from, to]) => ({ from, to }));
  return { tasks, registry, settings: withYear, document: doc, importedAt, sourceFile, renamed: renames };
}
