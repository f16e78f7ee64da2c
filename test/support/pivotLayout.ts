/**
 * Where Excel lays a PivotTable out, for the host double. `PivotLayout.getRange()` is "the range where the
 * PivotTable exists, excluding the filter area" and `getFilterAxisRange()` "the range of the PivotTable's
 * filter area" (ExcelApi 1.8, excel.pivotlayout reference): the report filter sits ABOVE the body — one row
 * per filter field, then a blank row — and when the destination leaves no room above, Excel moves the body
 * down. The body (Tabular, no subtotals): header rows (two with a column field), one row per row-item
 * combination that passes the manual filters, a grand total; columns: the row fields, one per column item,
 * a grand total. A pivot may not overwrite cells that hold data, a table or another pivot.
 */

/** A rectangle of cells (0-based). */
export interface LayoutRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The parts of a pivot the layout depends on. */
export interface LayoutInput {
  readonly anchor: LayoutRect;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly filters: readonly string[];
  readonly manualFilters: ReadonlyMap<string, readonly string[]>;
}

/** The source as records: column name → text of each body row. */
export type SourceRecords = ReadonlyArray<Readonly<Record<string, string>>>;

/** The pivot's filter area (null without filter fields) and body. */
export interface PivotArea {
  readonly filter: LayoutRect | null;
  readonly body: LayoutRect;
}

/** How many row-item combinations and column items the pivot shows (after its manual filters). */
export interface ItemCounts {
  readonly rowItems: number;
  readonly colItems: number;
}

/** Counts the items the pivot shows, from its source's records. */
export function itemCounts(p: LayoutInput, records: SourceRecords): ItemCounts {
  const passes = (r: Readonly<Record<string, string>>): boolean =>
    [...p.manualFilters].every(([field, items]) => items.includes(r[field] ?? ""));
  const kept = records.filter(passes);
  const distinct = (fields: readonly string[]): number =>
    new Set(kept.map((r) => fields.map((f) => r[f] ?? "").join("\u0000"))).size;
  return {
    rowItems: p.rows.length > 0 ? distinct(p.rows) : 0,
    colItems: p.columns.length > 0 ? distinct(p.columns) : 0,
  };
}

/** Where the pivot sits, given how many items it shows. */
export function pivotArea(p: LayoutInput, counts: ItemCounts): PivotArea {
  const { rowItems, colItems } = counts;
  const headerRows = p.columns.length > 0 ? 2 : 1;
  const bodyRows = headerRows + rowItems + 1;
  const bodyCols = Math.max(p.rows.length, 1) + (colItems > 0 ? colItems + 1 : 1);
  const needed = p.filters.length > 0 ? p.filters.length + 1 : 0;
  const bodyRow = Math.max(p.anchor.row, needed);
  const filter =
    needed > 0 ? { row: bodyRow - needed, col: p.anchor.col, rows: p.filters.length, cols: 2 } : null;
  return { filter, body: { row: bodyRow, col: p.anchor.col, rows: bodyRows, cols: bodyCols } };
}

/** True when two rectangles share a cell. */
export const rectsOverlap = (a: LayoutRect, b: LayoutRect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
