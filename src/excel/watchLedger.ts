/**
 * Live checks: a handler on workbook.tables.onChanged (ExcelApi 1.7; a collection handler survives the
 * tables being regenerated) that calls `onDirty` when the Tasks or Units table changes. The tool's own
 * writes do not call it: they run with events off and under a re-entrancy flag. Debouncing and re-checking
 * are the pane's job.
 *
 * Change events are known to be missed (a pick from a validation dropdown, OfficeDev/office-js#420; drag-fill
 * over filtered rows, #1110; row deletion on Mac, #294; rapid edits, #1760), so "check now" stays the source
 * of truth and this only makes the checks come sooner.
 */

import { TABLES } from "../core/ledger/types";
import { toOfficeActionError } from "./errors";
import { isOwnWriteInProgress, runExcel } from "./run";

const WATCHED: ReadonlySet<string> = new Set([TABLES.tasks, TABLES.units].map((n) => n.toLowerCase()));

/** Stops watching: removes the handler with the context it was added with. */
export type Unwatch = () => Promise<void>;

/**
 * Calls `onDirty` with the table's name (Tasks or Units) after a person changes it; with "" when the table
 * could not be told. Table ids seen for the first time (a table made after watching began) are looked up by
 * id once and remembered. Returns the function that stops it.
 */
export async function watchLedger(onDirty: (table: string) => void): Promise<Unwatch> {
  const names = new Map<string, string>();

  const nameOf = async (tableId: string): Promise<string> => {
    const known = names.get(tableId);
    if (known !== undefined) return known;
    const name = await runExcel(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(tableId);
      table.load("name");
      await context.sync();
      return table.isNullObject ? "" : table.name;
    });
    names.set(tableId, name);
    return name;
  };

  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    if (isOwnWriteInProgress()) return;
    let name: string;
    try {
      name = await nameOf(event.tableId);
    } catch {
      // The lookup failed (Excel busy): a re-check is the safe answer; the check itself reports Excel's error.
      onDirty("");
      return;
    }
    if (WATCHED.has(name.toLowerCase()) && !isOwnWriteInProgress()) onDirty(name);
  };

  const registration = await runExcel(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/id,items/name");
    const added = tables.onChanged.add(handler);
    await context.sync();
    for (const t of tables.items) names.set(t.id, t.name);
    return added;
  });

  return async () => {
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    }).catch((error: unknown) => {
      throw toOfficeActionError(error);
    });
  };
}
