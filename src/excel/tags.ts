/**
 * Marking the sheets the tool generated. Primary: worksheet custom properties (ExcelApi 1.12)
 * "taizhang.kind" = sheet kind and "taizhang.key" = the plan key. They stay with a renamed sheet and are not
 * copied with a copied sheet (OfficeDev/office-js#5486), so a person's copy is never taken for ours.
 * Fallback where 1.12 is missing: a registry in workbook.settings (ExcelApi 1.4) under "taizhang.generated",
 * a JSON list of { id, name, kind, key } by worksheet id (ids survive renames; a copy gets a new id).
 */

import type { SheetKind } from "../core/plan/types";

/** Custom property holding a generated sheet's kind. */
export const KIND_PROPERTY = "taizhang.kind";
/** Custom property holding a generated sheet's plan key (unit or leader name, or the kind). */
export const KEY_PROPERTY = "taizhang.key";
/** Workbook setting holding the registry of generated sheets where custom properties are missing. */
export const REGISTRY_SETTING = "taizhang.generated";

/** Every sheet kind, to recognise a tag. */
const SHEET_KINDS: ReadonlySet<string> = new Set<SheetKind>([
  "ledger",
  "assignments",
  "units",
  "summary",
  "about",
  "leader",
  "unit",
  "targets",
  "progress",
  "revoked",
  "round",
  "bulletin",
]);

/** The kind a tag names, or null when it names none. */
export function asSheetKind(value: unknown): SheetKind | null {
  return typeof value === "string" && SHEET_KINDS.has(value) ? (value as SheetKind) : null;
}

/** One generated sheet in the settings registry. */
export interface RegistryEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: SheetKind;
  readonly key: string;
}

/** The registry read from its setting's value; anything unreadable is dropped, never trusted. */
export function parseRegistry(value: unknown): RegistryEntry[] {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      // A setting that is not our JSON (edited by hand, another version) tags nothing.
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  const out: RegistryEntry[] = [];
  for (const e of data as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const { id, name, kind, key } = e as Record<string, unknown>;
    const k = asSheetKind(kind);
    if (typeof id === "string" && typeof name === "string" && typeof key === "string" && k)
      out.push({ id, name, kind: k, key });
  }
  return out;
}

/** The registry as the setting's value. */
export const serializeRegistry = (entries: readonly RegistryEntry[]): string => JSON.stringify(entries);

/** Custom property values are kept within 255 characters (the documented limit of document properties). */
export const tagValue = (value: string): string => Array.from(value).slice(0, 255).join("");
