/**
 * The unit registry: built from a document (every distinct unit, with alias suggestions the clerk confirms),
 * read from JSON or the `Units` table, and used to resolve any written name to its canonical unit.
 */

import { isCollective } from "../parse/splitUnits";
import { nearPairs } from "./nearPairs";
import type { ParsedDocument } from "../types";
import {
  bracketBase,
  bracketInner,
  closeness,
  differByNumber,
  isAbbreviation,
  unitKey,
  withoutPrefix,
} from "./similar";
import type { AliasSuggestion, Registry, Resolution, Unit, UnitKind } from "./types";

/**
 * The kind of a unit from its name: a collective, a town or street, a platform, a state company, a department.
 * @example kindOf("乌镇镇") === "镇街"; kindOf("开发区(高桥街道)") === "平台"; kindOf("各镇(街道)") === "组"
 */
export function kindOf(name: string): UnitKind {
  if (isCollective(name)) return "组";
  const base = bracketBase(name);
  if (/(开发区|园区|度假区|高新区|经济区|新区|管委会|产业园|示范区|试验区|合作区|新城)$/.test(base))
    return "平台";
  if (/(镇|街道|乡|街道办事处|办事处)$/.test(base)) return "镇街";
  if (/(集团|公司)$/.test(base)) return "集团";
  if (/(局|委|办|部|厅|中心|室|院|会|社|队|所|站|处|科|联|行|馆|政府|办公室)$/.test(base)) return "部门";
  return "其他";
}

/** True for a collective that means the towns and streets (各镇(街道), 相关镇(街道), 各乡镇 …). */
function isTownGroup(name: string): boolean {
  return isCollective(name) && /(镇|街道|乡)/.test(unitKey(name));
}

/** True for a unit that is (also) a town or a street: 乌镇镇, 梧桐街道, 开发区(高桥街道). */
function isTownLike(unit: Unit): boolean {
  if (unit.kind === "镇街") return true;
  return [unit.name, ...unit.aliases].some((n) => /(镇|街道|乡)$/.test(bracketInner(n) ?? ""));
}

/** Distinct unit names of a document, in order of first mention, with how often each is mentioned. */
function mentions(parsed: ParsedDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of parsed.tasks)
    for (const u of [...t.leads, ...t.coUnits]) counts.set(u, (counts.get(u) ?? 0) + 1);
  return counts;
}

/**
 * Alias suggestions among a set of names: 发改局(服务业局) → 发改局 when 发改局 is also used; 服务业局 → 发改局
 * when it is the bracketed name of 发改局(服务业局); 市发改委 → 发改委; abbreviations; one-character slips.
 * The canonical name of a pair is the one used more often (the shorter on a tie).
 */
export function suggestAliases(counts: ReadonlyMap<string, number>): AliasSuggestion[] {
  const names = [...counts.keys()].filter((n) => !isCollective(n));
  const byKey = new Map(names.map((n) => [unitKey(n), n]));
  const out: AliasSuggestion[] = [];
  const taken = new Set<string>();
  const suggest = (alias: string, canonical: string, reason: AliasSuggestion["reason"]): void => {
    if (alias === canonical || taken.has(alias) || taken.has(canonical)) return;
    // 第一人民医院 and 第二人民医院, 公安局一分局 and 二分局 are different units, however alike they look.
    if (differByNumber(alias, canonical)) return;
    taken.add(alias);
    out.push({ alias, canonical, reason });
  };
  const preferred = (a: string, b: string): [string, string] => {
    const ca = counts.get(a) ?? 0;
    const cb = counts.get(b) ?? 0;
    if (ca !== cb) return ca > cb ? [b, a] : [a, b];
    return a.length <= b.length ? [b, a] : [a, b];
  };
  // The same name written another way (財政局 and 财政局, 开发区（高桥街道） and 开发区(高桥街道)): one unit.
  const sameKey = new Map<string, string[]>();
  for (const name of names) {
    const forms = sameKey.get(unitKey(name));
    if (forms) forms.push(name);
    else sameKey.set(unitKey(name), [name]);
  }
  for (const forms of sameKey.values()) {
    const canonical = forms.reduce((best, name) => preferred(name, best)[1]);
    for (const name of forms) suggest(name, canonical, "similar");
  }
  // Bracket forms: X(Y) is X with a second plate Y, when X is used on its own or with another bracket.
  const plates = new Map<string, number>(); // how many bracket forms each X has
  for (const name of names)
    if (bracketInner(name) !== null) plates.set(bracketBase(name), (plates.get(bracketBase(name)) ?? 0) + 1);
  for (const name of names) {
    const inner = bracketInner(name);
    if (inner === null) continue;
    const base = bracketBase(name);
    const plain = byKey.get(base);
    if (plain) suggest(name, plain, "bracket");
    else if ((plates.get(base) ?? 0) > 1) continue; // several plates of an X never written alone: keep them apart
    const canonical = plain ?? null;
    const innerName = byKey.get(inner);
    if (canonical && innerName) suggest(innerName, canonical, "plate");
  }
  // The bracketed plate used on its own, near a bracket form of the same base (服务业局 vs 发改局(服务业发展局)).
  // Either is an abbreviation of the other only when both begin and end alike: the bracket forms whose X is
  // written alone, by the ends of their plate, in the names' order.
  const platesByEnds = new Map<string, Array<{ inner: string; plain: string }>>();
  for (const other of names) {
    const inner = bracketInner(other);
    const plain = inner ? byKey.get(bracketBase(other)) : undefined;
    if (!inner || !plain) continue;
    const list = platesByEnds.get(endsOf(unitKey(inner)));
    if (list) list.push({ inner, plain });
    else platesByEnds.set(endsOf(unitKey(inner)), [{ inner, plain }]);
  }
  for (const name of names) {
    if (taken.has(name) || bracketInner(name) !== null) continue;
    const key = unitKey(name);
    for (const { inner, plain } of platesByEnds.get(endsOf(unitKey(key))) ?? []) {
      if (isAbbreviation(key, inner) || isAbbreviation(inner, key)) {
        suggest(name, plain, "plate");
        break;
      }
    }
  }
  // Level prefixes: 市发改委 and 发改委.
  for (const name of names) {
    const stripped = withoutPrefix(name);
    const other = stripped ? byKey.get(stripped) : undefined;
    if (other) {
      const [alias, canonical] = preferred(name, other);
      suggest(alias, canonical, "prefix");
    }
  }
  // Abbreviations and slips between the remaining names of the same kind: only the pairs that can be one
  // (nearPairs), in the order a loop over all pairs would meet them, so that the same suggestions come.
  const kinds = names.map(kindOf);
  for (const [i, j] of nearPairs(names)) {
    const a = names[i] as string;
    const b = names[j] as string;
    if (taken.has(a) || taken.has(b) || kinds[i] !== kinds[j]) continue;
    const score = closeness(a, b);
    if (score >= 60 && score < 85) {
      const [alias, canonical] = preferred(a, b);
      suggest(alias, canonical, score >= 70 ? "abbreviation" : "similar");
    }
  }
  return out;
}

/** The first and the last character of a key (an abbreviation keeps both). */
function endsOf(key: string): string {
  return `${key[0] ?? ""}\u0000${key[key.length - 1] ?? ""}`;
}

/** A registry with one unit per name (no merges), towns placed in the town collectives. */
export function registryFromNames(
  names: readonly string[],
  suggestions: readonly AliasSuggestion[] = [],
): Registry {
  const units: Unit[] = names.map((name) => ({ name, aliases: [], kind: kindOf(name), groups: [] }));
  return { units: withTownGroups(units), suggestions };
}

/** Places every town-like unit in every town collective of the registry (the clerk edits 所属组 after). */
function withTownGroups(units: readonly Unit[]): Unit[] {
  const groups = units.filter((u) => isTownGroup(u.name)).map((u) => u.name);
  if (groups.length === 0) return [...units];
  return units.map((u) =>
    isTownLike(u) && u.kind !== "组" ? { ...u, groups: [...new Set([...u.groups, ...groups])] } : u,
  );
}

/**
 * The registry a parsed document suggests: every distinct unit as its own unit, and alias suggestions that
 * merge nothing until accepted.
 */
export function suggestRegistry(parsed: ParsedDocument): Registry {
  const counts = mentions(parsed);
  return registryFromNames([...counts.keys()], suggestAliases(counts));
}

/**
 * Accepts alias suggestions: each alias becomes an alias of its canonical unit (bringing its own aliases
 * and groups along) and stops being a unit of its own. Suggestions not passed stay pending.
 */
export function acceptSuggestions(registry: Registry, accepted: readonly AliasSuggestion[]): Registry {
  const target = new Map<string, string>();
  for (const s of accepted) target.set(s.alias, s.canonical);
  const root = (name: string): string => {
    let n = name;
    for (let guard = 0; target.has(n) && guard < 20; guard++) n = target.get(n) as string;
    return n;
  };
  const merged = new Map<string, Unit>();
  for (const u of registry.units) {
    const r = root(u.name);
    if (r === u.name) merged.set(u.name, { ...u, aliases: [...u.aliases] });
  }
  for (const u of registry.units) {
    const r = root(u.name);
    if (r === u.name) continue;
    const into = merged.get(r);
    if (!into) {
      merged.set(u.name, u);
      continue;
    }
    merged.set(r, {
      ...into,
      aliases: [...new Set([...into.aliases, u.name, ...u.aliases])],
      groups: [...new Set([...into.groups, ...u.groups])],
    });
  }
  const done = new Set(accepted.map((s) => `${s.alias}\u0000${s.canonical}`));
  return {
    units: withTownGroups([...merged.values()]),
    suggestions: registry.suggestions.filter((s) => !done.has(`${s.alias}\u0000${s.canonical}`)),
  };
}

/** Index of a registry for resolving names quickly. */
export interface RegistryIndex {
  readonly registry: Registry;
  readonly byName: ReadonlyMap<string, Unit>;
  readonly byAlias: ReadonlyMap<string, Unit>;
  /** Every canonical name and alias by comparison key, with the spelling the registry uses. */
  readonly byKey: ReadonlyMap<string, { unit: Unit; spelled: string }>;
}

/** Builds the lookup tables of a registry once. */
export function indexRegistry(registry: Registry): RegistryIndex {
  const byName = new Map<string, Unit>();
  const byAlias = new Map<string, Unit>();
  const byKey = new Map<string, { unit: Unit; spelled: string }>();
  for (const u of registry.units) {
    byName.set(u.name, u);
    if (!byKey.has(unitKey(u.name))) byKey.set(unitKey(u.name), { unit: u, spelled: u.name });
  }
  for (const u of registry.units) {
    for (const a of u.aliases) {
      if (!byName.has(a) && !byAlias.has(a)) byAlias.set(a, u);
      if (!byKey.has(unitKey(a))) byKey.set(unitKey(a), { unit: u, spelled: a });
    }
  }
  return { registry, byName, byAlias, byKey };
}

/**
 * Resolves a name as written in a cell or a document.
 * @example resolveName(index, "发改局(服务业局)") → { status: "alias", unit: 发改局, alias: "发改局(服务业局)" }
 */
export function resolveName(index: RegistryIndex, written: string): Resolution {
  // A name unknown to a large registry costs a "did you mean" scan of every unit: once per name, not per cell.
  let seen = RESOLVED.get(index);
  if (!seen) RESOLVED.set(index, (seen = new Map()));
  let resolution = seen.get(written);
  if (!resolution) seen.set(written, (resolution = resolve(index, written)));
  return resolution;
}

/** Resolutions already made, per index (an index is never changed once made). */
const RESOLVED = new WeakMap<RegistryIndex, Map<string, Resolution>>();

function resolve(index: RegistryIndex, written: string): Resolution {
  const byName = index.byName.get(written);
  if (byName) return { status: "canonical", unit: byName };
  const byAlias = index.byAlias.get(written);
  if (byAlias) return { status: "alias", unit: byAlias, alias: written };
  const byKey = index.byKey.get(unitKey(written));
  if (byKey) return { status: "format", unit: byKey.unit, written, spelled: byKey.spelled };
  return { status: "unknown", suggestions: didYouMean(index, written) };
}

/** Up to three canonical names close to `written`, closest first, none much further than the closest. */
export function didYouMean(index: RegistryIndex, written: string): string[] {
  const scored: Array<[string, number]> = [];
  for (const u of index.registry.units) {
    const best = Math.max(closeness(written, u.name), ...u.aliases.map((a) => closeness(written, a)));
    if (best > 0) scored.push([u.name, best]);
  }
  scored.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
  // Only names nearly as close as the best: 市财政局 suggests 财政局, not also 民政局.
  const best = scored[0]?.[1] ?? 0;
  return scored
    .filter(([, score]) => score >= best * 0.6)
    .slice(0, 3)
    .map(([n]) => n);
}

/** Members of a collective: the units whose 所属组 names it. */
export function membersOf(registry: Registry, collective: string): string[] {
  return registry.units.filter((u) => u.groups.includes(collective)).map((u) => u.name);
}
