/** The plan that writes 进展记录 again with new rows (存档本期 in the pane), the clerk's columns on it kept. */

import type { LedgerModel } from "../ledger/types";
import { buildPlan } from "./buildPlan";
import type { WorkbookPlan } from "../plan/types";
import { PROGRESS_COLUMNS, type ProgressRow } from "../year/progress";
import { progressSheet } from "../year/progressSheet";
import { cellOfValue, withTableColumns } from "../year/tableColumns";

/**
 * The ledger's plan for 进展记录 (and 说明, always planned) with `rows` as the Progress table's body; `header`
 * is the table's header as read, whose columns beyond ours are the clerk's and are written again.
 * @example progressPlan(model, withSnapshot(existing, fresh, "2026-03"), table.header).sheets.map(s => s.kind) → ["progress", "about"]
 */
export function progressPlan(
  model: LedgerModel,
  rows: readonly ProgressRow[],
  header: readonly string[] | null,
  version = "dev",
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
          )
        : s,
    ),
  };
}
