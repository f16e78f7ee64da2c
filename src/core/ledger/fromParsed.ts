/** A freshly imported ledger: one row per parsed task, every status at the first of the list. */

import { readDue, yearOf } from "../plan/settings";
import type { LedgerSettings } from "../plan/types";
import type { ParsedDocument } from "../types";
import type { Registry } from "../units/types";
import type { LedgerModel, LedgerTask } from "./types";
import { extractTargets } from "../year/extractTargets";
import { targetSummary } from "../year/targets";

/**
 * The ledger a parsed document gives. Units are written as the document wrote them (the checks then
 * report aliases); the year of relative deadlines (6月底前) comes from the document's date or title.
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
  const first = settings.statuses[0]?.name ?? "";
  const tasks: LedgerTask[] = parsed.tasks.map((t) => {
    const due = t.deadline ? readDue(t.deadline, year) : null;
    return {
      id: t.id,
      // A task whose leader is named only by title (分管副省长负责) is filed under the title.
      leader: t.leader ?? t.leaderTitle ?? "",
      leaderTitle: t.leaderTitle ?? "",
      text: t.text,
      lead: t.leads.join("、"),
      co: t.coUnits.join("、"),
      target: targetSummary(extractTargets(t.text)),
      deadline: t.deadline ?? "",
      due: due?.kind === "date" ? due.date : null,
      status: first,
      progress: "",
      note: "",
    };
  });
  return { tasks, registry, settings: withYear, document: doc, importedAt, sourceFile };
}
