/** The registry as JSON (`--units units.json`) and as the rows of the `Units` table (单位名录). */

import { splitCell } from "./applyFix";
import type { LedgerTable } from "../types";
import { kindOf } from "./registry";
import { UNIT_COLUMNS, type AliasSuggestion, type Registry, type Unit, type UnitKind } from "./types";
import { trimmedText } from "../text/cellText";

const KINDS: readonly UnitKind[] = ["部门", "镇街", "平台", "集团", "组", "其他"];

/** The registry as pretty JSON, for `seeds/tongxiang-units.json` and `--units`. */
export function registryToJson(registry: Registry): string {
  return `${JSON.stringify({ version: 1, units: registry.units, suggestions: registry.suggestions }, null, 2)}\n`;
}

/** A problem found while reading a registry, with where it is (a JSON path or a cell). */
export interface RegistryProblem {
  readonly where: string;
  readonly message: string;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === "string")
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/**
 * Reads a registry from JSON. Bad entries are reported and skipped, never guessed; a name used by two units
 * is reported too. Returns null only when the text is not a registry at all.
 */
export function registryFromJson(text: string): { registry: Registry | null; problems: RegistryProblem[] } {
  let data: unknown;
  try {
    // A file saved by Notepad starts with a byte order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      registry: null,
      problems: [{ where: "$", message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
  const list = (data as { units?: unknown } | null)?.units;
  if (!Array.isArray(list))
    return { registry: null, problems: [{ where: "$.units", message: "missing units array" }] };
  const problems: RegistryProblem[] = [];
  const units: Unit[] = [];
  list.forEach((raw: unknown, i) => {
    const u = raw as Partial<Record<keyof Unit, unknown>> | null;
    const name = typeof u?.name === "string" ? u.name.trim() : "";
    if (!name) {
      problems.push({ where: `$.units[${i}].name`, message: "a unit needs a name" });
      return;
    }
    const kind = KINDS.includes(u?.kind as UnitKind) ? (u?.kind as UnitKind) : kindOf(name);
    if (u?.kind !== undefined && kind !== u.kind)
      problems.push({ where: `$.units[${i}].kind`, message: `unknown kind ${String(u.kind)}` });
    units.push({ name, aliases: strings(u?.aliases), kind, groups: strings(u?.groups) });
  });
  const rawSuggestions = (data as { suggestions?: unknown }).suggestions;
  const suggestions: AliasSuggestion[] = Array.isArray(rawSuggestions)
    ? rawSuggestions.filter(
        (s): s is AliasSuggestion =>
          typeof (s as AliasSuggestion)?.alias === "string" &&
          typeof (s as AliasSuggestion)?.canonical === "string",
      )
    : [];
  problems.push(...clashes(units));
  return { registry: { units, suggestions }, problems };
}

/** Names that two units claim (as name or alias). */
function clashes(units: readonly Unit[]): RegistryProblem[] {
  const owner = new Map<string, string>();
  const out: RegistryProblem[] = [];
  for (const u of units) {
    for (const n of [u.name, ...u.aliases]) {
      const prev = owner.get(n);
      if (prev !== undefined && prev !== u.name)
        out.push({ where: u.name, message: `${n} is claimed by ${prev} and ${u.name}` });
      else owner.set(n, u.name);
    }
  }
  return out;
}

/** The rows of the `Units` table: 单位, 别名 (、-separated), 类别, 所属组. */
export function registryToRows(registry: Registry): string[][] {
  return registry.units.map((u) => [u.name, u.aliases.join("、"), u.kind, u.groups.join("、")]);
}

const text = trimmedText;

/** Reads the registry back from the `Units` table as clerks curated it; unknown kinds are inferred again. */
export function registryFromTable(table: LedgerTable): { registry: Registry; problems: RegistryProblem[] } {
  const col = (name: string): number => table.header.findIndex((h) => h.trim() === name);
  const [iName, iAlias, iKind, iGroup] = UNIT_COLUMNS.map(col) as [number, number, number, number];
  const problems: RegistryProblem[] = [];
  if (iName < 0)
    return {
      registry: { units: [], suggestions: [] },
      problems: [{ where: table.sheet, message: "no 单位 column" }],
    };
  const units: Unit[] = [];
  for (const row of table.rows) {
    const name = text(row[iName]);
    if (!name) continue;
    const kindText = iKind >= 0 ? text(row[iKind]) : "";
    units.push({
      name,
      aliases: iAlias >= 0 ? splitCell(text(row[iAlias])) : [],
      kind: KINDS.includes(kindText as UnitKind) ? (kindText as UnitKind) : kindOf(name),
      groups: iGroup >= 0 ? splitCell(text(row[iGroup])) : [],
    });
  }
  problems.push(...clashes(units));
  return { registry: { units, suggestions: [] }, problems };
}
