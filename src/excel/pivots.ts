/**
 * PivotTables over a table (a table source picks up new rows on refresh): rows, columns and a count,
 * Tabular layout without subtotals. A pivot filtered to some items (a unit's own pivot) needs PivotFilters
 * (ExcelApi 1.12) and items that exist in the field; otherwise the plan's fallback (formula counts and a
 * note saying so) is written in its place and a note code is returned.
 *
 * Layout: Excel puts a pivot's report filter ABOVE its body — one row per filter field and a blank row —
 * (PivotLayout.getRange() is "the range where the PivotTable exists, excluding the filter area";
 * getFilterAxisRange() is the filter area, ExcelApi 1.8). The plan's `row` is the top of the whole pivot
 * area, so a pivot with a filter field is anchored that many rows lower: the rows above (the sheet's note)
 * are never overwritten. A filtered pivot gets its row and column fields only after its filter is applied,
 * so it is never laid out over all units (which would run into the task list below it). After the last
 * request the shell reads each pivot's range back and notes one that left its reserved rows.
 */

import type { NoteCode } from "../core/types";
import type { PivotPlan } from "../core/plan/types";
import { applyStyle, blockOps } from "./blocks";
import type { SheetRef } from "./blocks";
import { cellInput } from "./cellValues";
import { op } from "./payload";
import type { WriteOp } from "./payload";
import { BLOCK_STYLES } from "./styles";

/** Note code: PivotFilters (ExcelApi 1.12) are missing, unit pivots were written as formula counts. */
export const NOTE_PIVOT_FILTER_UNSUPPORTED: NoteCode = "pivot-filter-unsupported";
/** Note code: a pivot's filter items are not in its source, so its formula counts were written instead. */
export const NOTE_PIVOT_FILTER_ITEM_MISSING: NoteCode = "pivot-filter-item-missing";
/** Note code: a pivot, read back, reaches beyond the rows the plan reserved for it (check that sheet). */
export const NOTE_PIVOT_LAYOUT_OVERFLOW: NoteCode = "pivot-layout-overflow";

/** A filtered pivot whose filter is applied once its field's items are known. */
interface PendingFilter {
  readonly plan: PivotPlan;
  readonly sheet: SheetRef;
  /** Set when the creating operation runs (in the first request or later). */
  pivot: Excel.PivotTable | null;
}

/** A pivot made by the write, with the ranges loaded to check where Excel put it. */
interface MadePivot {
  readonly plan: PivotPlan;
  readonly pivot: Excel.PivotTable;
  body: Excel.Range | null;
}

/** What pivot creation leaves for later: filters to apply and the items they may select. */
export interface PivotState {
  readonly pending: PendingFilter[];
  /** Every pivot created (and not replaced by its fallback), for the layout check. */
  readonly made: MadePivot[];
  /** Fields whose items a pivot already loads, by source table and field. */
  readonly probes: Set<string>;
  /** Items of a field, loaded once per source table and field (every pivot on one source has the same items). */
  readonly items: Map<string, Excel.PivotItemCollection>;
  readonly notes: Set<string>;
}

/** A new, empty pivot state. */
export const newPivotState = (): PivotState => ({
  pending: [],
  made: [],
  probes: new Set(),
  items: new Map(),
  notes: new Set(),
});

const itemsKey = (p: PivotPlan): string => `${p.source}\u0000${p.filter?.field ?? ""}`;

/** The pivot field for a source column (a table column gives one hierarchy with one field of the same name). */
const fieldOf = (pivot: Excel.PivotTable, name: string): Excel.PivotField =>
  pivot.hierarchies.getItem(name).fields.getItem(name);

/** Operations writing a pivot's fallback: its formula-count blocks, then its note where the plan puts it. */
export function fallbackOps(sheet: SheetRef, p: PivotPlan): WriteOp[] {
  const { blocks, note, noteRow, noteCol } = p.fallback;
  const ops = blocks.flatMap((b) => blockOps(sheet, b));
  if (note === "") return ops;
  const text = cellInput(note, "general");
  ops.push(
    op(4, text, () => {
      const cell = sheet().getRangeByIndexes(noteRow, noteCol, 1, 1);
      cell.values = [[text]];
      applyStyle(cell, BLOCK_STYLES.note);
    }),
  );
  return ops;
}

/** True when the pivot's filter field goes to the filter area (it is not one of its rows or columns). */
const filterInArea = (p: PivotPlan): boolean =>
  p.filter !== null && !p.rows.includes(p.filter.field) && !p.columns.includes(p.filter.field);

/** Rows Excel puts above the body for the report filter: one per filter field, then a blank row. */
export const filterAreaRows = (p: PivotPlan): number => (filterInArea(p) ? 2 : 0);

/** Queues the pivot's row and column fields and its layout. */
function addFields(pivot: Excel.PivotTable, p: PivotPlan, skip: string | null): void {
  for (const f of p.rows) if (f !== skip) pivot.rowHierarchies.add(pivot.hierarchies.getItem(f));
  for (const f of p.columns) if (f !== skip) pivot.columnHierarchies.add(pivot.hierarchies.getItem(f));
  pivot.layout.layoutType = "Tabular";
  pivot.layout.subtotalLocation = "Off";
}

/**
 * Queues a pivot's creation, anchored below its filter rows, with its count. An unfiltered pivot gets its
 * fields at once; a filtered one only its filter field (in the filter area, or as the row or column it is),
 * the rest once the filter is applied (`filterOps`).
 */
function createPivot(context: Excel.RequestContext, sheet: SheetRef, p: PivotPlan): Excel.PivotTable {
  const source = context.workbook.tables.getItem(p.source);
  const anchor = sheet().getRangeByIndexes(p.row + filterAreaRows(p), p.col, 1, 1);
  const pivot = sheet().pivotTables.add(p.name, source, anchor);
  const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(p.value));
  data.summarizeBy = "Count";
  const filter = p.filter;
  if (!filter) {
    addFields(pivot, p, null);
  } else if (filterInArea(p)) {
    pivot.filterHierarchies.add(pivot.hierarchies.getItem(filter.field));
  } else {
    const category = p.rows.includes(filter.field) ? pivot.rowHierarchies : pivot.columnHierarchies;
    category.add(pivot.hierarchies.getItem(filter.field));
  }
  return pivot;
}

/** Operations creating a sheet's pivots, and whether one of them loads a field's items (it must go first). */
export interface PivotOps {
  readonly ops: WriteOp[];
  readonly probe: boolean;
}

/**
 * Operations creating the sheet's pivots. A filtered pivot without PivotFilters support is replaced by its
 * fallback at once; with support, its field goes to the filter area (unless already a row or column) and its
 * filter waits for `filterOps`. The first filtered pivot of each source field loads the field's items: it is
 * a probe, which must be sent before the filters are decided.
 */
export function pivotOps(
  context: Excel.RequestContext,
  sheet: SheetRef,
  pivots: readonly PivotPlan[],
  filters: boolean,
  state: PivotState,
): PivotOps {
  let probe = false;
  const ops = pivots.flatMap((p): WriteOp[] => {
    const filter = p.filter;
    if (filter && !filters) {
      state.notes.add(NOTE_PIVOT_FILTER_UNSUPPORTED);
      return fallbackOps(sheet, p);
    }
    const pending: PendingFilter | null = filter ? { plan: p, sheet, pivot: null } : null;
    if (pending) state.pending.push(pending);
    const key = itemsKey(p);
    const loadsItems = filter !== null && !state.probes.has(key);
    if (loadsItems) state.probes.add(key);
    probe ||= loadsItems;
    const calls = 12 + 2 * (p.rows.length + p.columns.length);
    return [
      op(calls, [p.name, p.source, p.rows, p.columns, p.value, filter?.field ?? null], () => {
        const pivot = createPivot(context, sheet, p);
        state.made.push({ plan: p, pivot, body: null });
        if (!filter || !pending) return;
        pending.pivot = pivot;
        if (loadsItems) {
          const items = fieldOf(pivot, filter.field).items;
          items.load("items/name");
          state.items.set(key, items);
        }
      }),
    ];
  });
  return { ops, probe };
}

/**
 * Operations sent once the probes' answers are in (after every pivot-creating operation queued so far or
 * queued before these): apply each manual filter to the items that exist; a pivot none of whose items exist
 * is deleted and its fallback written instead.
 */
export function filterOps(state: PivotState): WriteOp[] {
  return state.pending.flatMap((pending): WriteOp[] => {
    const { plan, sheet } = pending;
    const filter = plan.filter;
    const loaded = state.items.get(itemsKey(plan));
    if (!filter || !loaded) return [];
    const created = (): Excel.PivotTable => {
      if (!pending.pivot) throw new Error(`pivot ${plan.name} filtered before it was created`);
      return pending.pivot;
    };
    const existing = new Set(loaded.items.map((i) => i.name));
    const selected = filter.items.filter((i) => existing.has(i));
    if (selected.length === 0) {
      state.notes.add(NOTE_PIVOT_FILTER_ITEM_MISSING);
      return [
        op(1, plan.name, () => {
          const pivot = created();
          pivot.delete();
          const i = state.made.findIndex((m) => m.pivot === pivot);
          if (i >= 0) state.made.splice(i, 1);
        }),
        ...fallbackOps(sheet, plan),
      ];
    }
    return [
      op(7 + 2 * (plan.rows.length + plan.columns.length), [selected, plan.rows, plan.columns], () => {
        const pivot = created();
        fieldOf(pivot, filter.field).applyFilter({ manualFilter: { selectedItems: selected } });
        addFields(pivot, plan, filter.field);
      }),
    ];
  });
}

/**
 * The operation loading where each made pivot's body ended up, queued after every pivot's creation and
 * filter (it reads the made pivots when queued); `count` pivots at most, for its size.
 */
export function layoutCheckOp(state: PivotState, count: number): WriteOp {
  return op(2 * count, null, () => {
    for (const m of state.made) {
      m.body = m.pivot.layout.getRange();
      m.body.load("rowIndex,rowCount");
    }
  });
}

/** After the layout check was sent: notes a pivot whose body reaches beyond its reserved rows. */
export function checkLayouts(state: PivotState): void {
  for (const m of state.made) {
    if (!m.body) continue;
    const end = m.plan.row + m.plan.reservedRows;
    if (m.body.rowIndex < m.plan.row || m.body.rowIndex + m.body.rowCount > end)
      state.notes.add(NOTE_PIVOT_LAYOUT_OVERFLOW);
  }
}
