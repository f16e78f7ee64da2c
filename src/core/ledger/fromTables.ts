/** The ledger as clerks left it: read back from the `Tasks` and `Units` tables, wherever they now sit. */

import { serialToDate } from "../plan/settings";
import type { LedgerSettings } from "../plan/types";
import type { LedgerTable, LedgerValue } from "../types";
import { registryFromTable } from "../units/registryIo";
import type { Registry } from "../units/types";
import { readAbout, type About } from "./about";
import { TASK_COLUMNS, type LedgerModel, type LedgerTask } from "./types";

const text = (v: LedgerValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? v.date : String(v).trim();

/** A 截止日期 cell as an ISO date: a date, a serial number, or text that already is ISO. */
function dueOf(v: LedgerValue | undefined): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "object") return v.date;
  if (typeof v === "number" && v > 0) return serialToDate(v);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(String(v));
  return m ? `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}` : null;
}

/**
 * Reads the tasks and the registry back, with where the ledger came from (the About table of 说明).
 * Columns are found by their header text, so clerks may reorder or add columns; a missing column reads as
 * empty (the checks report it). Returns null without a Tasks table.
 */
export function ledgerFromTables(
  tasks: LedgerTable | null,
  units: LedgerTable | null,
  settings: LedgerSettings,
  about: About = readAbout(null),
): LedgerModel | null {
  if (!tasks) return null;
  const index = new Map(tasks.header.map((h, i) => [String(h).trim(), i]));
  const rows: LedgerTask[] = [];
  for (const row of tasks.rows) {
    if (row.every((v) => text(v) === "")) continue;
    const field = (header: string): LedgerValue | undefined => {
      const i = index.get(header);
      return i === undefined ? undefined : row[i];
    };
    const entry = Object.fromEntries(
      TASK_COLUMNS.map(([header, key]) => [key, text(field(header))]),
    ) as Record<keyof LedgerTask, string>;
    rows.push({ ...entry, due: dueOf(field("截止日期")) });
  }
  const registry: Registry = units ? registryFromTable(units).registry : { units: [], suggestions: [] };
  return {
    tasks: rows,
    registry,
    settings,
    document: about.document,
    importedAt: about.importedAt ?? new Date().toISOString(),
  };
}
