/**
 * The count tables of 汇总 and of the unit and leader sheets: COUNTIFS over `Tasks` or `Assignments` with their
 * cached results — the formula fallback of each pivot, and what a file written headless holds instead.
 */

import { cnPunct } from "../text/cnPunct";
import { a1, countIfs } from "../plan/formulas";
import type { Block, CellValue, FormulaCell } from "../plan/types";

/** What the file shell writes on the sheet where a pivot would be. */
export const FORMULA_SUMMARY_NOTE = cnPunct(
  "本表为公式汇总:这个文件由命令行或浏览器写出,所用格式无法写入这种数据透视表;公式随任务台账中状态的修改自动更新。在 Excel 中用台账助手的“生成”可改为数据透视表。",
);

/**
 * A count table: a header row, one row per item with COUNTIFS per column and a row total, a 合计 row.
 * `criteria(item, column)` gives the COUNTIFS pairs for a cell; `countOf(item, column)` its cached value;
 * `others` adds a 其他 column for rows not matching any column (empty or unlisted statuses) so rows add up.
 */
export function countTable(options: {
  row: number;
  col: number;
  corner: string;
  items: readonly string[];
  columns: readonly string[];
  table: "Tasks" | "Assignments";
  itemField: string;
  columnField: string;
  /** Extra criteria every cell shares (a unit sheet counts only its unit). */
  fixed?: ReadonlyArray<readonly [string, string]>;
  count: (item: string, column: string | null) => number;
  others: boolean;
  /** A 合计 row under the items (default true). */
  totalRow?: boolean;
}): Block[] {
  const { row, col, items, columns, table, itemField, columnField } = options;
  const fixed = options.fixed ?? [];
  const header: CellValue[] = [options.corner, ...columns, ...(options.others ? ["其他"] : []), "合计"];
  const body: CellValue[][] = items.map((item, i) => {
    const r = row + 1 + i;
    const itemRef = a1(r, col, false, true);
    const cells: CellValue[] = [item];
    columns.forEach((c, k) => {
      const colRef = a1(row, col + 1 + k, true, false);
      cells.push({
        formula: countIfs(table, [...fixed, [itemField, itemRef], [columnField, colRef]]),
        result: options.count(item, c),
      });
    });
    const totalCount = options.count(item, null);
    const total: FormulaCell = {
      formula: countIfs(table, [...fixed, [itemField, itemRef]]),
      result: totalCount,
    };
    if (options.others) {
      const first = a1(r, col + 1);
      const last = a1(r, col + columns.length);
      const sumKnown = columns.reduce((n, c) => n + options.count(item, c), 0);
      cells.push({
        formula: `${countIfs(table, [...fixed, [itemField, itemRef]])}-SUM(${first}:${last})`,
        result: totalCount - sumKnown,
      });
    }
    cells.push(total);
    return cells;
  });
  const totalRow: CellValue[] = ["合计"];
  const width = columns.length + (options.others ? 1 : 0) + 1;
  for (let k = 0; k < width; k++) {
    const c = col + 1 + k;
    const sum = body.reduce((n, cells) => n + Number((cells[1 + k] as FormulaCell).result), 0);
    totalRow.push(
      items.length > 0 ? { formula: `SUM(${a1(row + 1, c)}:${a1(row + items.length, c)})`, result: sum } : 0,
    );
  }
  return [
    // The counts centred under their headers (a count column may be a wide list column: 工作任务).
    {
      kind: "values",
      row,
      col,
      values: [header],
      formats: header.map(() => "text"),
      style: "header",
      centerFrom: 1,
    },
    ...(body.length > 0
      ? [{ kind: "values" as const, row: row + 1, col, values: body, style: "body" as const, centerFrom: 1 }]
      : []),
    ...(options.totalRow === false
      ? []
      : [
          {
            kind: "values" as const,
            row: row + 1 + items.length,
            col,
            values: [totalRow],
            style: "label" as const,
            centerFrom: 1,
          },
        ]),
  ];
}

/** Rows from the first block's top to the last block's bottom. */
export function blocksHeight(blocks: readonly Block[]): number {
  const tops = blocks.map((b) => b.row);
  const bottoms = blocks.map((b) => b.row + (b.kind === "values" ? b.values.length : b.results.length));
  return tops.length === 0 ? 0 : Math.max(...bottoms) - Math.min(...tops);
}

/** Counts of assignments (or tasks) by two fields, for cached results. */
export function counter<T>(rows: readonly T[], item: (r: T) => string, column: (r: T) => string) {
  const cells = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const r of rows) {
    const i = item(r);
    cells.set(`${i}\u0000${column(r)}`, (cells.get(`${i}\u0000${column(r)}`) ?? 0) + 1);
    totals.set(i, (totals.get(i) ?? 0) + 1);
  }
  return (i: string, c: string | null): number =>
    c === null ? (totals.get(i) ?? 0) : (cells.get(`${i}\u0000${c}`) ?? 0);
}
