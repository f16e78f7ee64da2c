/**
 * Re-dressing the ledger without rewriting it: the Tasks table is found wherever the clerk moved it, with
 * however many rows it now has; the conditional formats on its body and the dropdown on its 完成状态 body
 * are cleared (there only: rules and dropdowns elsewhere on the sheet stay) and the plan's status colours,
 * deadline rules and status dropdown are applied at the table's actual position. No cell value changes.
 * Three syncs: one read (events switched off with it), one write, one switching events back on.
 */

import { TABLES } from "../core/ledger/types";
import type { WorkbookPlan } from "../core/plan/types";
import type { ApplyResult } from "./applyPlan";
import type { SheetRef } from "./blocks";
import { OfficeActionError } from "./errors";
import { withEventsOff } from "./events";
import type { SyncCounter } from "./events";
import { ledgerDressing, statusDropdownOf } from "./ledgerDressing";
import type { TasksAt } from "./ledgerDressing";
import { asOwnWrite, runExcel } from "./run";

import { conditionalFormatOps, rangeOf, validationOps } from "./sheetParts";
import { readApiSupport } from "./support";

/** Formats and a dropdown, all undoable: one Ctrl+Z takes back the re-dressing where Excel can group it (1.20). */
const UNDO_GROUP = { undoGroup: true } as const;

/** The Tasks table as found: its sheet and where it sits. */
interface FoundTasks {
  readonly sheet: Excel.Worksheet;
  readonly at: TasksAt;
}

/** True for Office's "not found" error (the table is not in the workbook). */
const isNotFound = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";

/** Reads where the Tasks table sits (one sync); LedgerMissing when the workbook has none. */
async function findTasks(context: Excel.RequestContext, counter: SyncCounter): Promise<FoundTasks> {
  const table = context.workbook.tables.getItem(TABLES.tasks);
  const header = table.getHeaderRowRange();
  header.load("values");
  const body = table.getDataBodyRange();
  body.load("rowIndex,columnIndex,rowCount,columnCount");
  // The table's sheet, for the write that follows (a navigation property: nothing of it is read).
  const sheet = context.workbook.tables.getItem(TABLES.tasks).worksheet;
  try {
    await context.sync();
  } catch (error) {
    // The only item this request looks up is the table.
    if (isNotFound(error)) throw new OfficeActionError("LedgerMissing", TABLES.tasks, error);
    throw error;
  }
  counter.syncs += 1;
  return {
    sheet,
    at: {
      body: { row: body.rowIndex, col: body.columnIndex, rows: body.rowCount, cols: body.columnCount },
      header: (header.values[0] ?? []).map((h) => String(h)),
    },
  };
}

/**
 * Applies the status colouring, deadline rules and 完成状态 dropdown of `plan` (which must plan 任务台账) to
 * the Tasks table where it now sits. `sheets` is 1 (the ledger's sheet, formatted). Every failure is an
 * OfficeActionError: LedgerMissing without a Tasks table, ColumnMissing without 完成状态 or 截止日期.
 */
export async function reformatLedger(plan: WorkbookPlan): Promise<ApplyResult> {
  return asOwnWrite(() =>
    runExcel(async (context) => {
      readApiSupport();
      const dropdown = statusDropdownOf(plan);
      const counter: SyncCounter = { syncs: 0 };
      // A dropdown read from a defined name (statuses that cannot be a literal list) needs that name.
      const named = "name" in dropdown.source ? dropdown.source.name : null;
      const namePlan = plan.names.find((n) => n.name === named) ?? null;
      await withEventsOff(context, counter, async () => {
        const existing = namePlan ? context.workbook.names.getItemOrNullObject(namePlan.name) : null;
        existing?.load("name");
        const { sheet, at } = await findTasks(context, counter);
        if (namePlan && existing?.isNullObject)
          context.workbook.names.addFormulaLocal(namePlan.name, `=${namePlan.refersTo}`);
        const dressing = ledgerDressing(plan.settings, dropdown, at);
        const ref: SheetRef = () => sheet;
        rangeOf(ref, dressing.body).conditionalFormats.clearAll();
        rangeOf(ref, dressing.statusBody).dataValidation.clear();
        for (const o of [
          ...validationOps(ref, [dressing.dropdown]),
          ...conditionalFormatOps(ref, dressing.formats),
        ])
          o.queue();
        await context.sync();
        counter.syncs += 1;
      });
      return { sheets: 1, renamed: [], notes: [], syncs: counter.syncs };
    }, UNDO_GROUP),
  );
}
