/**
 * Regenerating a ledger's derived sheets from the ledger itself (the command line and the standalone page,
 * which cannot use the add-in): which units gained or lost their sheet, which sheets are a person's own,
 * carried into the new workbook as they stand, and which cells typed beside the tables the new one would not hold.
 */

import type { LedgerTable } from "../types";
import { cellText } from "../text/cellText";
import { columnLetter } from "../plan/formulas";
import { splitCell } from "../units/applyFix";
import type { Registry } from "../units/types";

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

/**
 * The sheets of a ledger the tool did not generate (a person's own), by 说明's Sheets table (null when the
 * ledger has none: then every sheet the new plan does not write is kept, so nothing is lost either way).
 * @example ownSheets(["任务台账", "领导批示", "说明"], ["任务台账", "说明"], ["任务台账", "说明"]) → ["领导批示"]
 */
export function ownSheets(
  names: readonly string[],
  generated: readonly string[] | null,
  planned: readonly string[],
): string[] {
  const ours = new Set(generated ?? planned);
  const writes = new Set(planned);
  return names.filter((n) => !ours.has(n) && !writes.has(n));
}

/** A non-empty cell on a sheet of the ledger's tables (任务台账, 单位名录 …) outside those tables, as read back. */
export interface OutsideCell {
  readonly sheet: string;
  /** Its A1 address. */
  readonly cell: string;
  readonly text: string;
}

/** The report's params for cells not carried: how many, and the first ten by address (任务台账!Z1). */
export function cellsLeftParams(cells: readonly OutsideCell[]): { count: number; cells: string[] } {
  const shown = cells.slice(0, 10).map((c) => `${c.sheet}!${c.cell}`);
  return { count: cells.length, cells: cells.length > 10 ? [...shown, "…"] : shown };
}

/** A unit a regeneration gives a sheet that 单位名录 does not list, with the task cells that name it. */
export interface UnregisteredUnit {
  readonly unit: string;
  /** The 牵头单位 / 配合单位 cells naming it, by address (任务台账!F4). */
  readonly cells: readonly string[];
  /** The 编号 of those tasks, each once. */
  readonly ids: readonly string[];
}

/**
 * The units among `assigned` (the units 任务分工 is made of, canonical names) that the registry does not list,
 * with the cells of the Tasks table as read that name them: the sheet is made for them all the same (the
 * work is theirs), and the clerk is told to add them to 单位名录 or to write a listed name.
 * @example unregisteredUnits(tasks, registry, ["财政局", "审计局"]) → [{ unit: "审计局", cells: ["任务台账!F4"], ids: ["1.3"] }]
 */
export function unregisteredUnits(
  tasks: LedgerTable,
  registry: Registry,
  assigned: readonly string[],
): UnregisteredUnit[] {
  const listed = new Set(registry.units.map((u) => u.name));
  const missing = assigned.filter((u) => !listed.has(u));
  if (missing.length === 0) return [];
  const at = (h: string) => tasks.header.findIndex((x) => x.trim() === h);
  const columns = [at("牵头单位"), at("配合单位")].filter((c) => c >= 0);
  const id = at("编号");
  return missing.map((unit) => {
    const cells: string[] = [];
    const ids: string[] = [];
    tasks.rows.forEach((row, i) => {
      for (const c of columns) {
        if (!splitCell(cellText(row[c])).includes(unit)) continue;
        cells.push(`${tasks.sheet}!${columnLetter(tasks.left + c)}${tasks.top + 2 + i}`);
        const task = id >= 0 ? cellText(row[id]).trim() : "";
        if (task !== "" && !ids.includes(task)) ids.push(task);
      }
    });
    return { unit, cells, ids };
  });
}

/** The report's params for a unit not in 单位名录: the unit, its tasks, and the first ten cells naming it. */
export function unregisteredParams(u: UnregisteredUnit): { unit: string; ids: string[]; cells: string[] } {
  const shown = u.cells.slice(0, 10);
  return { unit: u.unit, ids: [...u.ids], cells: u.cells.length > 10 ? [...shown, "…"] : [...shown] };
}
