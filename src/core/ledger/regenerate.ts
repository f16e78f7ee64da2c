/**
 * Regenerating a ledger's derived sheets from the ledger itself (the command line and the standalone page,
 * which cannot use the add-in): which units gained or lost their sheet, and what a fresh workbook would not
 * carry over from the old one (columns and sheets a person added), so that nothing typed is lost silently.
 */

import type { LedgerTable } from "../types";
import { cellText } from "../text/cellText";
import { TASK_COLUMNS } from "./types";
import { UNIT_COLUMNS } from "../units/types";

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

/** What a ledger holds that `notCarried` weighs: its tables as read back, its sheets, and its own columns. */
export interface LedgerHoldings {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  /** 进展记录's Progress table and 量化指标's Targets table, where the clerk types history and actuals. */
  readonly progress?: LedgerTable | null;
  readonly targets?: LedgerTable | null;
  readonly sheetNames: readonly string[];
  readonly generated: readonly string[];
  /** Tasks columns the ledger's settings make its own beyond the document's (完成进度(%), 亮灯, 责任人 …). */
  readonly ownColumns: readonly string[];
}

/**
 * Columns of Tasks and Units that are not the ledger's own, sheets that are neither the ledger's tables' nor
 * listed as generated in 说明, and the generated sheets that hold typed data a fresh plan starts empty (the
 * progress history, targets' actual values) — what a workbook planned afresh would leave out.
 */
export function notCarried(held: LedgerHoldings): NotCarried {
  const { tasks, units } = held;
  const own = new Set<string>([...TASK_COLUMNS.map(([h]) => h), ...UNIT_COLUMNS, ...held.ownColumns]);
  const columns = [...(tasks?.header ?? []), ...(units?.header ?? [])].filter(
    (h) => h.trim() !== "" && !own.has(h.trim()),
  );
  const kept = new Set([...held.generated, tasks?.sheet, units?.sheet]);
  const sheets = held.sheetNames.filter((n) => !kept.has(n));
  const typed = (t: LedgerTable | null | undefined, typedColumn: (h: string) => boolean): boolean =>
    !!t &&
    t.rows.some((r) => t.header.some((h, i) => typedColumn(h) && cellText(r[i] ?? null).trim() !== ""));
  if (typed(held.progress, () => true)) sheets.push((held.progress as LedgerTable).sheet);
  if (typed(held.targets, (h) => h.startsWith("实际值"))) sheets.push((held.targets as LedgerTable).sheet);
  return { columns, sheets };
}
