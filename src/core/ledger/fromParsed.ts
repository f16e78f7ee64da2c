/** A freshly imported ledger: one row per parsed task, every status at the start status (never a done one). */

import { readDue, startStatusOf } from "../plan/settings";
import { documentYear } from "./documentYear";
import type { LedgerSettings } from "../plan/types";
import type { ParsedDocument } from "../types";
import { indexRegistry } from "../units/registry";
import { differByNumber } from "../units/similar";
import type { Registry } from "../units/types";
import type { LedgerModel, LedgerTask } from "./types";
import { extractTargets } from "../targets/extractTargets";
import { targetSummary } from "../cycle/targets";

/**
 * The ledger a parsed document gives. A name the registry holds as an alias (a suggestion the clerk accepted)
 * is written as its canonical unit, each unit once, and listed in `renamed`; other names as the document
 * wrote them. The ledger's year (时限年度, and the year of relative deadlines such as 6月底前) is `source.year` when
 * given (`build --year`), else the one the document names (`documentYear`: title, 完成时限, date, 年度 words),
 * else `settings.year` (this year by default). `source` says when (ISO time, now by default) and from which file (its name) it was imported, for 说明.
 */
export function ledgerFromParsed(
  parsed: ParsedDocument,
  registry: Registry,
  settings: LedgerSettings,
  source: {
    readonly importedAt?: string;
    readonly sourceFile?: string | null;
    readonly year?: number;
  } = {},
): LedgerModel {
  const importedAt = source.importedAt ?? new Date().toISOString();
  const sourceFile = source.sourceFile ?? null;
  const { document: doc } = parsed;
  const year = source.year ?? documentYear(parsed)?.year ?? settings.year;
  const withYear: LedgerSettings = { ...settings, year };
  const first = startStatusOf(settings);
  const registered = asRegistered(registry);
  const tasks: LedgerTask[] = parsed.tasks.map((t) => {
    const { lead, co } = registered.units(t.leads, t.coUnits);
    const due = t.deadline ? readDue(t.deadline, year) : null;
    return {
      id: t.id,
      // A task whose leader is named only by title (分管副省长负责) is filed under the title.
      leader: t.leader ?? t.leaderTitle ?? "",
      leaderTitle: t.leaderTitle ?? "",
      text: t.text,
      lead,
      co,
      target: targetSummary(extractTargets(t.text)),
      deadline: t.deadline ?? "",
      due: due?.kind === "date" ? due.date : null,
      status: first,
      progress: "",
      note: "",
    };
  });
  return {
    tasks,
    registry,
    settings: withYear,
    document: doc,
    importedAt,
    sourceFile,
    renamed: registered.renamed(),
  };
}

/**
 * A document's units as the registry writes them: a name it holds as an alias (a suggestion the clerk accepted,
 * a name in 单位名录's 别名 column) becomes its canonical unit, each unit once, the lead left out of the co-units;
 * other names stay as the document wrote them. `renamed` lists what was written as another name. `build` and
 * `update` both go through it, so a revision spelled as the first document was leaves the cells as they are.
 * @example asRegistered(registry).units(["开发区(高桥街道)"], ["发改局", "服务业局"]) → { lead: "开发区", co: "发改局" }
 */
export function asRegistered(registry: Registry): {
  units: (leads: readonly string[], coUnits: readonly string[]) => { lead: string; co: string };
  renamed: () => Array<{ from: string; to: string }>;
} {
  const index = indexRegistry(registry);
  const renamed = new Map<string, string>();
  const canonical = (name: string): string => {
    const unit = index.byAlias.get(name);
    if (!unit || differByNumber(name, unit.name)) return name;
    renamed.set(name, unit.name);
    return unit.name;
  };
  return {
    units(leads, coUnits) {
      const lead = [...new Set(leads.map(canonical))];
      const co = [...new Set(coUnits.map(canonical))].filter((u) => !lead.includes(u));
      return { lead: lead.join("、"), co: co.join("、") };
    },
    renamed: () => [...renamed].map(([from, to]) => ({ from, to })),
  };
}
