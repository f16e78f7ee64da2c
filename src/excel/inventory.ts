/** The read phase before a write: which sheets exist, which the tool generated, which tables and names exist. Two syncs. */

import type { SheetKind } from "../core/plan/types";
import type { ApiSupport } from "./support";
import { KEY_PROPERTY, KIND_PROPERTY, REGISTRY_SETTING, asSheetKind, parseRegistry } from "./tags";
import type { RegistryEntry } from "./tags";

/** A worksheet as found, with its tag when the tool generated it. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  /** The generated sheet's kind; null for a person's sheet. */
  readonly kind: SheetKind | null;
  readonly key: string | null;
  /** Names of the tables on the sheet. */
  readonly tables: readonly string[];
}

/** What the workbook holds, as far as a write needs to know. */
export interface Inventory {
  readonly sheets: readonly SheetInfo[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
  /** The settings registry of generated sheets (the fallback tags); null when the setting does not exist. */
  readonly registry: readonly RegistryEntry[] | null;
}

/** Reads the inventory in two syncs (sheets, names, registry; then each sheet's tags and tables). */
export async function readInventory(
  context: Excel.RequestContext,
  support: ApiSupport,
  counter: { syncs: number },
): Promise<Inventory> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const names = context.workbook.names;
  names.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(REGISTRY_SETTING);
  setting.load("value");
  await context.sync();
  counter.syncs += 1;

  const perSheet = worksheets.items.map((ws) => {
    const tables = ws.tables;
    tables.load("items/name");
    if (!support.v1_12) return { ws, tables, kind: null, key: null };
    const kind = ws.customProperties.getItemOrNullObject(KIND_PROPERTY);
    kind.load("value");
    const key = ws.customProperties.getItemOrNullObject(KEY_PROPERTY);
    key.load("value");
    return { ws, tables, kind, key };
  });
  await context.sync();
  counter.syncs += 1;

  const registry = setting.isNullObject ? null : parseRegistry(setting.value);
  const byId = new Map((registry ?? []).map((e) => [e.id, e]));
  const sheets = perSheet.map(({ ws, tables, kind, key }): SheetInfo => {
    const entry = byId.get(ws.id);
    const propKind = kind && !kind.isNullObject ? asSheetKind(kind.value) : null;
    const propKey = key && !key.isNullObject ? String(key.value) : null;
    return {
      id: ws.id,
      name: ws.name,
      kind: propKind ?? entry?.kind ?? null,
      key: propKind ? propKey : (entry?.key ?? null),
      tables: tables.items.map((t) => t.name),
    };
  });
  return { sheets, names: names.items.map((n) => n.name), registry };
}
