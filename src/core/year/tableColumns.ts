/**
 * Columns a clerk added to one of our tables (核实人 on 任务台账, a column beside Progress), put back on the
 * planned sheet: appended at the table's right end, with whatever stood to the right of the table moved over.
 */

import { printPlan } from "../plan/print";
import type { CellValue, SheetPlan } from "../plan/types";
import type { LedgerValue } from "../types";

/** A cell as read back, as a plan writes it again: TRUE/FALSE as text, a formula without a result as empty. */
export function cellOfValue(v: LedgerValue | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && "formula" in v) return null;
  return v;
}

/** The number format of a date the plan writes in a column of text. */
const DATE_FORMAT = "yyyy-mm-dd";

/** The sheet's cell formats moved over as `right` moves their columns, with those of the appended cells. */
function cellFormatsWith(
  sheet: SheetPlan,
  right: (col: number) => number,
  first: number,
  end: number,
  values: ReadonlyArray<readonly CellValue[]>,
  numFmts: ReadonlyArray<ReadonlyArray<string | undefined>>,
): Pick<SheetPlan, "cellFormats"> {
  // A date in these text columns is shown as a date (in its own format when it had one), never as its serial.
  const isDate = (v: CellValue | undefined): boolean => typeof v === "object" && v !== null && "date" in v;
  const added = values.flatMap((row, i) =>
    row.flatMap((v, k) => {
      const numFmt = numFmts[i]?.[k] ?? (isDate(v) ? DATE_FORMAT : undefined);
      return numFmt ? [{ row: first + i, col: end + k, numFmt }] : [];
    }),
  );
  const moved = (sheet.cellFormats ?? []).map((f) => ({ ...f, col: right(f.col) }));
  return moved.length + added.length > 0 ? { cellFormats: [...moved, ...added] } : {};
}

/**
 * The sheet with `headers` appended to its table `table`, one row of `values` per body row (text columns;
 * `numFmts`, by body row and column of `headers`, gives a cell a number format of its own — a date typed there).
 * A sheet without that table, or no headers, comes back as it is.
 * @example withTableColumns(ledgerSheet, "Tasks", ["核实人"], [["张三"], ["李四"]])
 */
export function withTableColumns(
  sheet: SheetPlan,
  table: string,
  headers: readonly string[],
  values: ReadonlyArray<readonly CellValue[]>,
  numFmts: ReadonlyArray<ReadonlyArray<string | undefined>> = [],
): SheetPlan {
  const t = sheet.tables.find((x) => x.name === table);
  if (!t || headers.length === 0) return sheet;
  const n = headers.length;
  const end = t.range.col + t.range.cols;
  const right = (col: number): number => (col >= end ? col + n : col);
  const bodyRows = t.range.rows - 1;
  const body = Array.from({ length: bodyRows }, (_, i) => values[i] ?? headers.map(() => ""));
  const { print, ...rest } = sheet;
  const widened: Omit<SheetPlan, "print"> = {
    ...rest,
    blocks: [
      ...sheet.blocks.map((b) => ({ ...b, col: right(b.col) })),
      {
        kind: "values",
        row: t.range.row,
        col: end,
        values: [headers],
        formats: headers.map(() => "text"),
        style: "header",
      },
      ...(bodyRows > 0
        ? [
            {
              kind: "values" as const,
              row: t.range.row + 1,
              col: end,
              values: body,
              formats: headers.map(() => "text" as const),
              style: "body" as const,
              wrap: true,
            },
          ]
        : []),
    ],
    tables: sheet.tables.map((x) =>
      x === t
        ? { ...x, range: { ...x.range, cols: x.range.cols + n }, columns: [...x.columns, ...headers] }
        : { ...x, range: { ...x.range, col: right(x.range.col) } },
    ),
    validations: sheet.validations.map((v) => ({ ...v, range: { ...v.range, col: right(v.range.col) } })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({
      ...c,
      range: { ...c.range, col: right(c.range.col) },
    })),
    widths: [...sheet.widths.slice(0, end), ...headers.map(() => 14), ...sheet.widths.slice(end)],
    ...cellFormatsWith(sheet, right, t.range.row + 1, end, body, numFmts),
  };
  // Printed as planned anew: the added columns in the print area (the side notes still left out), their
  // wrapped text and row heights counted.
  return print ? { ...widened, print: printPlan(widened) } : widened;
}
