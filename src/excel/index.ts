/** The Office.js shell: what the pane's Excel services call. */

export { applyPlan, NOTE_AUTOFILTER_UNSUPPORTED } from "./applyPlan";
export type { ApplyOptions, ApplyResult } from "./applyPlan";
export { applyFixes } from "./applyFixes";
export { OfficeActionError, toOfficeActionError } from "./errors";
export type { OfficeActionCode } from "./errors";
export { inspectWorkbook } from "./inspectWorkbook";
export { NOTE_NAME_FIXED_ADDRESS } from "./names";
export { NOTE_PIVOT_FILTER_ITEM_MISSING, NOTE_PIVOT_FILTER_UNSUPPORTED } from "./pivots";
export { readLedger } from "./readLedger";
export type { LedgerTables } from "./readLedger";
export { reformatLedger } from "./reformatLedger";
export { refreshPivots } from "./refreshPivots";
export { selectCell } from "./selectCell";
export { displayLanguage } from "./support";
export type { Progress, WritePreview, WriteResult } from "./types";
export { watchLedger } from "./watchLedger";
export type { Unwatch } from "./watchLedger";
