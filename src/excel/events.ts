/** The shell's own writes run with this add-in's events switched off, switched back on afterwards even on failure. */

import { toOfficeActionError } from "./errors";

/** Counts the round trips of one operation. */
export interface SyncCounter {
  syncs: number;
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Runs `work` with `context.runtime.enableEvents = false` (ExcelApi 1.8; queued before anything `work`
 * queues), then switches events back on (with a recalculation, since writes suspend API calculation) in a
 * request of its own, whether `work` succeeded or failed. When switching back fails too, the first failure
 * is thrown, carrying the second in its detail. (A plain `finally` cannot do this: throwing from it is
 * unsafe, ESLint no-unsafe-finally.)
 */
export async function withEventsOff<T>(
  context: Excel.RequestContext,
  counter: SyncCounter,
  work: () => Promise<T>,
): Promise<T> {
  context.runtime.enableEvents = false;
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: await work() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  context.runtime.enableEvents = true;
  context.workbook.application.calculate("Recalculate");
  try {
    await context.sync();
    counter.syncs += 1;
  } catch (restoreError) {
    if (outcome.ok) throw restoreError;
    throw toOfficeActionError(outcome.error).withFollowUp(restoreError);
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
