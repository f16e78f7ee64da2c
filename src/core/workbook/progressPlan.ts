/** The plan that writes 进展记录 again with new rows (存档本期 in the pane), the clerk's columns on it kept. */

import type { LedgerModel } from "../ledger/types";
import type { LedgerTable } from "../types";
import { buildPlan } from "./buildPlan";
import type { WorkbookPlan } from "../plan/types";
import { PROGRESS_COLUMNS, type ProgressRow } from "../year/progress";
import { progressSheet } from "../year/progressSheet";
import { cellOfValue, withTableColumns } from "../year/tableColumns";
import { progressMove } from "./cellMoves";
import { keepTypedFormulas } from "./typedFormulas";

/**
 * The ledger's plan for 进展记录 (and 说明, always planned) with `rows` as the Progress table's body; `header`
 * is the table's header as read, whose columns beyond ours are the clerk's and are written again — each cell
 * with the number format it was read with (`sources`, by body row as read: a date typed there stays a date).
 * @example progressPlan(model, withSnapshot(existing, fresh, "2026-03"), table.header).sheets.map(s => s.kind) → ["progress", "about"]
 */
export function progressPlan(
  model: LedgerModel,
  rows: readonly ProgressRow[],
  header: readonly string[] | null,
  version = "dev",
  sources: LedgerTable["sources"] = undefined,
): WorkbookPlan {
  const plan = buildPlan(model, { kinds: ["progress"], version });
  const own = new Set<string>(PROGRESS_COLUMNS);
  const extras = (header ?? []).map((h) => h.trim()).filter((h) => h !== "" && !own.has(h));
  return {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.kind === "progress"
        ? withTableColumns(
            progressSheet(model, s.name, rows),
            "Progress",
            extras,
            rows.map((r) => extras.map((h) => cellOfValue(r.extra?.[h]))),
            extraFormats(rows, header ?? [], extras, sources),
          )
        : s,
    ),
  };
}

/**
 * The number format each of `rows` had, in each of the clerk's columns `extras` of the table read with `header`
 * (`sources`, by body row as read; none for a row that is new): a date typed there stays a date.
 */
export function extraFormats(
  rows: readonly ProgressRow[],
  header: readonly string[],
  extras: readonly string[],
  sources: LedgerTable["sources"],
): Array<Array<string | undefined>> {
  const at = new Map(header.map((h, i) => [h.trim(), i]));
  return rows.map((r) =>
    extras.map((h) => (r.row === undefined ? undefined : sources?.[r.row]?.[at.get(h) ?? -1]?.numFmt)),
  );
}

/**
 * progressPlan for a write that makes 进展记录 anew from its table as read (`table`, with its cells' formulas and
 * number formats when read with them) — 存档本期 and 汇总各单位报送 in Excel: the clerk's columns keep their number
 * formats; a formula typed in the table stays where what it refers to stays, and is named (the plan's notes)
 * where it is written as its value; and the plan says where each cell of the table now stands (`moves`, which
 * the comments follow).
 */
export function rewrittenProgressPlan(
  model: LedgerModel,
  rows: readonly ProgressRow[],
  table: LedgerTable | null,
  version = "dev",
): WorkbookPlan {
  const planned = progressPlan(model, rows, table?.header.map(String) ?? null, version, table?.sources);
  const typed = keepTypedFormulas(planned, { progress: table }, { tasks: [], progress: rows, targets: [] });
  const move = progressMove(typed.plan, table, rows);
  return {
    ...typed.plan,
    ...(typed.notes.length > 0 ? { notes: typed.notes } : {}),
    moves: move ? [move] : [],
  };
}
