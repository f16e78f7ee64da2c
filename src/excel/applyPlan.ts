/**
 * Writing a workbook plan into the open workbook. One read phase (two syncs); then the first request: the
 * structure, the table sheets, the names and one pivot per filtered field (whose items decide the filters),
 * topped up with whole other sheets while it has room; then the second: the remaining sheets, the pivot
 * filters, name repairs and fallback tags; then one that switches events back on. Requests stay under the
 * payload budget; the number of syncs depends on the plan's shape, not on its number of tasks or units,
 * for as long as the write fits in two requests (a 2,000-task, 150-unit ledger does).
 */

import type { NoteCode } from "../core/types";
import type { Block, SheetKind, SheetPlan, WorkbookPlan } from "../core/plan/types";
import { blockOps, setAll } from "./blocks";
import { isFormulaCell } from "./cellValues";
import type { SheetRef } from "./blocks";
import { withEventsOff } from "./events";
import type { SyncCounter } from "./events";
import { readInventory } from "./inventory";
import type { Inventory } from "./inventory";
import { NOTE_NAME_FIXED_ADDRESS, nameOps, newNameState, repairNameOps, unrepairedNames } from "./names";
import type { NameState } from "./names";
import { op, packFirst, splitRequests } from "./payload";
import type { WriteOp } from "./payload";
import { checkLayouts, filterOps, layoutCheckOp, newPivotState, pivotOps } from "./pivots";
import type { PivotState } from "./pivots";
import { assertWritable, prepareWrite } from "./prepare";
import type { PreparedWrite } from "./prepare";
import { applyPageLayout } from "./pageLayout";
import { phaseReporter } from "./progress";
import type { WritePhase } from "./progress";
import { asOwnWrite, runExcel } from "./run";
import {
  autoFilterOps,
  conditionalFormatOps,
  freezeOps,
  layoutOps,
  tableOps,
  validationOps,
} from "./sheetParts";
import { readApiSupport } from "./support";
import type { ApiSupport } from "./support";
import { KEY_PROPERTY, KIND_PROPERTY, REGISTRY_SETTING, serializeRegistry, tagValue } from "./tags";
import type { RegistryEntry } from "./tags";
import type { Progress, WriteResult } from "./types";

/** How a plan is written. */
export interface ApplyOptions {
  /** Only sheets of these kinds (generation); every sheet of the plan when absent (import). */
  readonly onlyKinds?: readonly SheetKind[];
  /**
   * Delete and recreate the sheets the tool generated before (of the kinds written). The pane asks the
   * clerk first: Worksheet.delete cannot be undone. Without it nothing is deleted; new sheets take free names.
   */
  readonly replaceGenerated: boolean;
  readonly progress?: Progress;
}

/** What the write did, with the number of round trips it took. */
export type ApplyResult = WriteResult & { readonly syncs: number };

/** Note code: filter buttons over plain ranges need ExcelApi 1.9. */
export const NOTE_AUTOFILTER_UNSUPPORTED: NoteCode = "autofilter-unsupported";
/** Note code: Excel refused to freeze panes (some Office 2019 builds); the ledger is written without them. */
export const NOTE_FREEZE_FAILED: NoteCode = "freeze-failed";

/**
 * Sends operations in requests under the payload budget. Each request suspends calculation (1.6) and
 * screen updating (1.9) until its sync; a plan that fits the budget takes one sync, whatever its size.
 */
async function send(
  context: Excel.RequestContext,
  ops: readonly WriteOp[],
  support: ApiSupport,
  counter: SyncCounter,
) {
  const application = context.workbook.application;
  for (const request of splitRequests(ops)) {
    application.suspendApiCalculationUntilNextSync();
    if (support.v1_9) application.suspendScreenUpdatingUntilNextSync();
    for (const o of request) o.queue();
    // One sync per request of up to ~4 MB (Excel on the web refuses 5 MB), never one per sheet or row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    counter.syncs += 1;
  }
}

/** Worksheets added by the write, by their (final) planned name. */
type Handles = Map<string, Excel.Worksheet>;

const sheetRef =
  (handles: Handles, s: SheetPlan): SheetRef =>
  () => {
    const ws = handles.get(s.name);
    if (!ws) throw new Error(`sheet ${s.name} used before it was added`);
    return ws;
  };

/** Operation adding a sheet and tagging it (custom properties with 1.12; else its id is loaded for the registry). */
function addSheetOp(
  context: Excel.RequestContext,
  s: SheetPlan,
  handles: Handles,
  support: ApiSupport,
): WriteOp {
  return op(support.v1_12 ? 4 : 2, [s.name, s.kind, s.key], () => {
    const ws = context.workbook.worksheets.add(s.name);
    if (support.v1_12) {
      ws.customProperties.add(KIND_PROPERTY, s.kind);
      ws.customProperties.add(KEY_PROPERTY, tagValue(s.key));
    } else {
      ws.load("id");
    }
    handles.set(s.name, ws);
  });
}

/** True when a block holds formulas (a formula column, or formula cells among values). */
const hasFormula = (b: Block): boolean =>
  b.kind === "formulaColumn" || b.values.some((r) => r.some(isFormulaCell));

/** Pivot and name work carried from the first requests to the later ones. */
interface WriteState {
  readonly pivots: PivotState;
  readonly names: NameState;
}

/**
 * The write as operations: `required` must precede the answers the later requests use (sheets moved aside,
 * added and tagged, replaced sheets deleted, the table sheets with their tables, the names, the pivots that
 * load a field's items); every other sheet is a free group that may go in either.
 */
function writeOps(
  context: Excel.RequestContext,
  w: PreparedWrite,
  handles: Handles,
  support: ApiSupport,
  state: WriteState,
): { required: WriteOp[]; groups: WriteOp[][] } {
  const ref = (s: SheetPlan): SheetRef => sheetRef(handles, s);
  const sheets = context.workbook.worksheets;
  const content = (s: SheetPlan): WriteOp[] => [
    ...s.blocks.flatMap((b) => blockOps(ref(s), b)),
    ...layoutOps(ref(s), s),
  ];
  // On table sheets, formulas wait until every table exists: they refer to tables (Tasks[编号]).
  const tableContent = (s: SheetPlan): WriteOp[] => [
    ...s.blocks.filter((b) => !hasFormula(b)).flatMap((b) => blockOps(ref(s), b)),
    ...layoutOps(ref(s), s),
    ...tableOps(ref(s), s.tables),
  ];
  const tableFormulas = (s: SheetPlan): WriteOp[] =>
    s.blocks.filter(hasFormula).flatMap((b) => blockOps(ref(s), b));
  const dressing = (s: SheetPlan): WriteOp[] => [
    // A cell's own number format over its column's (a clerk's 0% on 0.5, a date typed in a text column).
    ...(s.cellFormats ?? []).map((f) =>
      op(1, f.numFmt, () => {
        setAll(ref(s)().getRangeByIndexes(f.row, f.col, 1, 1), "numberFormat", f.numFmt);
      }),
    ),
    ...validationOps(ref(s), s.validations),
    ...conditionalFormatOps(ref(s), s.conditionalFormats),
    ...(support.v1_9 ? autoFilterOps(ref(s), s) : []),
  ];
  const tableSheets = w.sheets.filter((s) => s.tables.length > 0);
  const pivots = new Map(
    w.sheets.map((s) => [s, pivotOps(context, ref(s), s.pivots, support.v1_12, state.pivots)]),
  );
  const first = (s: SheetPlan): boolean => s.tables.length > 0 || (pivots.get(s)?.probe ?? false);
  const required: WriteOp[] = [
    ...[...w.placement.temporaryNames].map(([id, name]) =>
      op(2, [id, name], () => {
        sheets.getItem(id).name = name;
      }),
    ),
    ...w.sheets.map((s) => addSheetOp(context, s, handles, support)),
    // New sheets exist by now, so deleting the old ones never leaves the workbook without a sheet.
    ...w.placement.replace.map((s) => op(2, s.id, () => sheets.getItem(s.id).delete())),
    ...tableSheets.flatMap(tableContent),
    ...tableSheets.flatMap(tableFormulas),
    // Names after the tables they refer to, dropdowns after the names they use, pivots after their sources.
    ...nameOps(context, w.names, w.existingNames, state.names),
    ...tableSheets.flatMap((s) => [...dressing(s), ...(pivots.get(s)?.ops ?? [])]),
    ...w.sheets
      .filter((s) => s.tables.length === 0 && first(s))
      .flatMap((s) => [...content(s), ...dressing(s), ...(pivots.get(s)?.ops ?? [])]),
  ];
  const groups = w.sheets
    .filter((s) => !first(s))
    .map((s) => [...content(s), ...dressing(s), ...(pivots.get(s)?.ops ?? [])]);
  return { required, groups };
}

/**
 * The settings registry of generated sheets (the tags where ExcelApi 1.12 is missing): entries of sheets
 * that are gone or replaced dropped, the new sheets added by id. Written only where it is used or exists.
 */
function registryOps(
  context: Excel.RequestContext,
  w: PreparedWrite,
  inventory: Inventory,
  handles: Handles,
  support: ApiSupport,
): WriteOp[] {
  if (support.v1_12 && inventory.registry === null) return [];
  const replaced = new Set(w.placement.replace.map((s) => s.id));
  const alive = new Set(inventory.sheets.map((s) => s.id));
  const old = inventory.registry ?? [];
  const kept = old.filter((e) => alive.has(e.id) && !replaced.has(e.id));
  const added: RegistryEntry[] = [];
  if (!support.v1_12) {
    for (const s of w.sheets) {
      const ws = handles.get(s.name);
      if (ws) added.push({ id: ws.id, name: s.name, kind: s.kind, key: s.key });
    }
  }
  if (added.length === 0 && kept.length === old.length) return [];
  const value = serializeRegistry([...kept, ...added]);
  return [op(2, value, () => context.workbook.settings.add(REGISTRY_SETTING, value))];
}

/** Writes the prepared sheets: first request(s), then the second, with events off throughout. */
async function writeSheets(
  context: Excel.RequestContext,
  w: PreparedWrite,
  inventory: Inventory,
  support: ApiSupport,
  counter: SyncCounter,
  report: (phase: WritePhase) => void,
): Promise<WriteResult> {
  const handles: Handles = new Map();
  const state: WriteState = { pivots: newPivotState(), names: newNameState() };
  const notes = new Set<string>();
  if (!support.v1_9 && w.sheets.some((s) => s.autoFilter)) notes.add(NOTE_AUTOFILTER_UNSUPPORTED);

  await withEventsOff(context, counter, async () => {
    const { required, groups } = writeOps(context, w, handles, support, state);
    const { first, later } = packFirst(required, groups);
    await send(context, first, support, counter);
    report("finish");
    const firstSheet = w.sheets[0];
    await send(
      context,
      [
        ...later,
        ...filterOps(state.pivots),
        layoutCheckOp(
          state.pivots,
          w.sheets.reduce((n, s) => n + s.pivots.length, 0),
        ),
        ...repairNameOps(state.names),
        ...registryOps(context, w, inventory, handles, support),
        ...(firstSheet ? [op(1, null, () => sheetRef(handles, firstSheet)().activate())] : []),
      ],
      support,
      counter,
    );
    // Frozen panes last, on their own: a build that refuses them costs the panes, never the ledger.
    try {
      await send(
        context,
        w.sheets.flatMap((s) => freezeOps(sheetRef(handles, s), s)),
        support,
        counter,
      );
    } catch {
      counter.syncs += 1; // the refused request was a round trip too
      notes.add(NOTE_FREEZE_FAILED);
    }
  });

  checkLayouts(state.pivots);
  for (const n of state.pivots.notes) notes.add(n);
  if (unrepairedNames(state.names).length > 0) notes.add(NOTE_NAME_FIXED_ADDRESS);
  return { sheets: w.sheets.length, renamed: w.placement.renamed, notes: [...notes] };
}

/**
 * Writes `plan` into the open workbook (all sheets, or only `onlyKinds`). A person's sheet is never touched:
 * a planned sheet whose name it holds gets another name, reported in `renamed`. Generated sheets of the kinds
 * written are replaced only with `replaceGenerated`. Every failure is an OfficeActionError.
 */
export async function applyPlan(plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyResult> {
  const report = phaseReporter(options.progress);
  return asOwnWrite(() =>
    runExcel(async (context) => {
      const support = readApiSupport();
      const counter: SyncCounter = { syncs: 0 };
      report("read");
      const inventory = await readInventory(context, support, counter);
      const prepared = prepareWrite(plan, inventory, options);
      assertWritable(prepared);
      report("write");
      const result = await writeSheets(context, prepared, inventory, support, counter, report);
      // Printing is set up in a request of its own, after the write: it can fail without undoing it.
      const layout = await applyPageLayout(context, prepared.sheets, support, counter);
      report("done");
      return { ...result, notes: layout ? [...result.notes, layout] : result.notes, syncs: counter.syncs };
    }),
  );
}
