/** The unit registry (单位名录): canonical units, their aliases, kinds and groups. */

/** 部门 (department), 镇街 (town or street), 平台 (development zone, park), 集团 (state company), 组 (a collective), 其他. */
export type UnitKind = "部门" | "镇街" | "平台" | "集团" | "组" | "其他";

/** One canonical unit, as a row of the `Units` table. */
export interface Unit {
  /** Canonical name: what the ledger should say. */
  readonly name: string;
  /** Other spellings that mean this unit (发改局(服务业局), 服务业局 …). */
  readonly aliases: readonly string[];
  readonly kind: UnitKind;
  /** The collectives this unit belongs to (a town belongs to 各镇(街道)); empty for most units. */
  readonly groups: readonly string[];
}

/**
 * Why the registry thinks two names may be one unit: `bracket` X(Y) beside X; `plate` the bracketed Y used
 * alone (服务业局 beside 发改局(服务业局)); `prefix` 市X beside X; `abbreviation`; `similar` spelling.
 */
export type AliasReason = "bracket" | "plate" | "prefix" | "abbreviation" | "similar";

/** A possible alias the clerk has not confirmed yet. */
export interface AliasSuggestion {
  readonly alias: string;
  readonly canonical: string;
  readonly reason: AliasReason;
}

/** The registry: the units, plus alias suggestions awaiting a decision. */
export interface Registry {
  readonly units: readonly Unit[];
  readonly suggestions: readonly AliasSuggestion[];
}

/** How a name written in a document or a cell relates to the registry. */
export type Resolution =
  | { readonly status: "canonical"; readonly unit: Unit }
  | { readonly status: "alias"; readonly unit: Unit; readonly alias: string }
  /** The same name but for spaces or bracket width: 发改局 (服务业局) for 发改局(服务业局). */
  | { readonly status: "format"; readonly unit: Unit; readonly written: string; readonly spelled: string }
  | { readonly status: "unknown"; readonly suggestions: readonly string[] };

/** The columns of the `Units` table. */
export const UNIT_COLUMNS = ["单位", "别名", "类别", "所属组"] as const;
