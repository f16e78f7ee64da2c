/**
 * What the standalone pane plans with when it writes or regenerates a ledger file: core's planner and what
 * a regeneration carries over, the ledger models made from a document or from a ledger's tables, and the
 * notes on cut cells and changed units. Fetched with import() in the "plan" chunk at 下载台账 or 重新生成台账,
 * never with the pane's first screen (test/taskpane/firstLoad.test.ts).
 */

export { buildPlan } from "../core/workbook/buildPlan";
export {
  cellsNotCarried,
  noteLostLine,
  notesKeeper,
  ownSheetsOf,
  regeneratedPlan,
  roundRecordsOf,
} from "../core/workbook/carryLedger";
export { clipLongCells, longCellNote } from "../core/plan/longCells";
export { ledgerFromParsed } from "../core/ledger/fromParsed";
export { ledgerFromTables } from "../core/ledger/fromTables";
export {
  assignedUnits,
  cellsLeftParams,
  unitChanges,
  unregisteredParams,
  unregisteredUnits,
} from "../core/ledger/regenerate";
export { deriveAssignments } from "../core/workbook/assignments";
