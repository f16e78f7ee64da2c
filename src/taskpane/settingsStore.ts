/**
 * Reading and writing the ledger settings as JSON, wherever a host keeps them (Office workbook settings in
 * Excel, the browser's localStorage standalone). What is stored is checked field by field; anything missing
 * or malformed falls back to the default, so an old or hand-edited value never breaks the pane.
 */

import { DEFAULT_SETTINGS } from "../core/plan/settings";
import type { CycleSettings, LedgerSettings, StatusStyle } from "../core/plan/types";
import { readLightsOption } from "../core/cycle/lights";
import { OPTIONAL_COLUMNS } from "../core/cycle/optionalColumns";

/** The key the settings are stored under. */
export const SETTINGS_KEY = "taizhang.settings";

const isString = (v: unknown): v is string => typeof v === "string";

function readStatus(v: unknown): StatusStyle | null {
  if (typeof v !== "object" || v === null) return null;
  const { name, fill, font } = v as Record<string, unknown>;
  return isString(name) && isString(fill) && isString(font) ? { name, fill, font } : null;
}

/**
 * The period kind, light words and thresholds and optional columns as stored; null when no period kind is
 * stored. Lights that are not three words with thresholds 0 ≤ yellow < red fall back to the default.
 */
function readCycle(v: unknown): CycleSettings | null {
  if (typeof v !== "object" || v === null) return null;
  const { period, lights, columns } = v as Record<string, unknown>;
  if (period !== "month" && period !== "quarter") return null;
  const l = (typeof lights === "object" && lights !== null ? lights : {}) as Record<string, unknown>;
  const words = Array.isArray(l.words) && l.words.every(isString) ? (l.words as string[]) : [];
  const read =
    words.length === 3 && typeof l.yellowBehind === "number" && typeof l.redBehind === "number"
      ? readLightsOption(`${words.join(",")},${l.yellowBehind},${l.redBehind}`)
      : null;
  const on = Array.isArray(columns) ? OPTIONAL_COLUMNS.filter((c) => columns.includes(c)) : [];
  return { period, ...(read ? { lights: read } : {}), ...(on.length > 0 ? { columns: on } : {}) };
}

/**
 * Settings from stored JSON, each field checked; null when nothing usable is stored.
 * @example settingsFromJson('{"dueSoonDays":7}')?.dueSoonDays === 7
 */
export function settingsFromJson(json: string | null | undefined): LedgerSettings | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const statuses = Array.isArray(r.statuses) ? r.statuses.map(readStatus) : [];
  const valid = statuses.every((s) => s !== null) && statuses.length > 0 ? (statuses as StatusStyle[]) : null;
  const num = (v: unknown, fallback: number): number =>
    typeof v === "number" && Number.isFinite(v) ? v : fallback;
  const str = (v: unknown, fallback: string): string => (isString(v) ? v : fallback);
  return {
    statuses: valid ?? DEFAULT_SETTINGS.statuses,
    doneStatus: valid ? str(r.doneStatus, DEFAULT_SETTINGS.doneStatus) : DEFAULT_SETTINGS.doneStatus,
    dueSoonDays: num(r.dueSoonDays, DEFAULT_SETTINGS.dueSoonDays),
    overdueFill: str(r.overdueFill, DEFAULT_SETTINGS.overdueFill),
    overdueFont: str(r.overdueFont, DEFAULT_SETTINGS.overdueFont),
    dueSoonFill: str(r.dueSoonFill, DEFAULT_SETTINGS.dueSoonFill),
    year: num(r.year, DEFAULT_SETTINGS.year),
    ...(readCycle(r.cycle) ? { cycle: readCycle(r.cycle) as CycleSettings } : {}),
  };
}

/** Settings as the JSON that is stored. */
export function settingsToJson(settings: LedgerSettings): string {
  return JSON.stringify(settings);
}
