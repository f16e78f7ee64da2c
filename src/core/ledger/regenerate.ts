/**
 * Regenerating a ledger's derived sheets from the ledger itself (the command line and the standalone page,
 * which cannot use the add-in): which units gained or lost their sheet, and what a fresh workbook would not
 * carry over from the old one (columns and sheets a person added), so that nothing typed is lost silently.
 */

import type { LedgerTable } from "../types";
import { cellText } from "./cellText";
import { TASK_COLUMNS, UNIT_COLUMNS } from "./types";

/** Units that get a sheet now and had none (`added`), and units whose sheet goes (`removed`). */
export interface UnitChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/**
 * Compares the units of 任务分工 as last generated with the units the ledger assigns now.
 * @example unitChanges(["财政局", "发改局"], ["财政局", "商务局"]) → { added: ["商务局"], removed: ["发改局"] }
 */
export function unitChanges(before: readonly string[], after: readonly string[]): UnitChanges {
  const was = new Set(before);
  const now = new Set(after);
  return { added: [...now].filter((u) => !was.has(u)), removed: [...was].filter((u) => !now.has(u)) };
}

/** The units of an Assignments table as read back (its 单位 column), each once. */
export function assignedUnits(table: LedgerTable | null): string[] {
  if (!table) return [];
  const col = table.header.findIndex((h) => h.trim() === "单位");
  if (col < 0) return [];
  return [...new Set(table.rows.map((r) => cellText(r[col]).trim()).filter(Boolean))];
}

/** What a regenerated workbook would not carry over: columns a person added to Tasks or Units, and sheets. */
export interface NotCarried {
  readonly columns: readonly string[];
  readonly sheets: readonly string[];
}

/**
 * Columns of Tasks and Units that are not the ledger's own, and sheets that are neither the ledger's tables'
 * nor listed as generated in 说明 — what a workbook planned afresh would leave out.
 */
export function notCarried(
  tasks: LedgerTable | null,
  units: LedgerTable | null,
  sheetNames: readonly string[],
  generated: readonly string[],
): NotCarried {
  const own = new Set<string>([...TASK_COLUMNS.map(([h]) => h), ...UNIT_COLUMNS]);
  const columns = [...(tasks?.header ?? []), ...(units?.header ?? [])].filter(
    (h) => h.trim() !== "" && !own.has(h.trim()),
  );
  const kept = new Set([...generated, tasks?.sheet, units?.sheet]);
  const sheets = sheetNames.filter((n) => !kept.has(n));
  return { columns, sheets };
}
