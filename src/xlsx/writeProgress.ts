/**
 * Writes the `Progress` table of a ledger file again with new rows, leaving everything else as ExcelJS read it:
 * where the table sits (the clerk may have moved it) and any column the clerk added to it. A ledger made before
 * 进展记录 existed gets the sheet.
 */

import type ExcelJS from "exceljs";
import { TABLES, SHEETS, type LedgerModel } from "../core/ledger/types";
import { a1 } from "../core/plan/formulas";
import { sheetName } from "../core/plan/sheetNames";
import type { LedgerTable } from "../core/types";
import { PROGRESS_COLUMNS, PROGRESS_SOURCES, type ProgressRow } from "../core/year/progress";
import { progressCells, progressSheet } from "../core/year/progressSheet";
import { writeSheet } from "./writeWorkbook";
import { loadForRewrite } from "./rewrite";

/** The Progress table cannot grow: a cell below it holds something (named, as 进展记录!A80). */
export class BelowTableError extends Error {
  constructor(readonly cell: string) {
    super(`a cell below the Progress table holds something: ${cell}`);
    this.name = "BelowTableError";
  }
}

/** A plan cell or a cell the clerk typed, as ExcelJS writes it. */
const asExcel = (v: unknown): ExcelJS.CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "object" && v !== null && "formula" in v)
    return { formula: String((v as { formula: string }).formula) } as ExcelJS.CellValue;
  if (typeof v === "object" && v !== null && "date" in v) {
    const [y, m, d] = String((v as { date: string }).date)
      .split("-")
      .map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return null;
};

/** The cells of a row under the table's own header: our columns by name, the clerk's from `extra`. */
function rowUnder(header: readonly string[], r: ProgressRow): ExcelJS.CellValue[] {
  const ours = progressCells(r);
  return header.map((h) => {
    const i = (PROGRESS_COLUMNS as readonly string[]).indexOf(h.trim());
    return i >= 0 ? asExcel(ours[i]) : asExcel(r.extra?.[h] ?? null);
  });
}

function listRule(values: readonly string[], stop: boolean): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: stop ? "stop" : "warning",
  };
}

/**
 * The ledger file with `rows` as the whole body of its Progress table (`table` as read, null when the ledger
 * has none, which adds 进展记录 after the other sheets).
 */
export async function writeProgress(
  bytes: Uint8Array,
  model: LedgerModel,
  table: LedgerTable | null,
  rows: readonly ProgressRow[],
): Promise<Uint8Array> {
  const { wb, save } = await loadForRewrite(bytes);
  putProgress(wb, model, table, rows);
  return save();
}

/** writeProgress on a workbook already loaded (through loadForRewrite), for shells that change more in one save. */
export function putProgress(
  wb: ExcelJS.Workbook,
  model: LedgerModel,
  table: LedgerTable | null,
  rows: readonly ProgressRow[],
): void {
  if (!table) {
    const taken = new Set<string>();
    wb.eachSheet((ws) => taken.add(ws.name));
    writeSheet(wb, progressSheet(model, sheetName(SHEETS.progress, taken), rows));
  } else {
    const ws = wb.getWorksheet(table.sheet);
    if (!ws) throw new Error(`no sheet ${table.sheet}`);
    const header = table.header.map(String);
    // The table grows downwards: cells below it that hold something would be overwritten.
    for (let r = table.rows.length; r < rows.length; r++)
      for (let c = 0; c < header.length; c++) {
        const cell = ws.getCell(table.top + 2 + r, table.left + 1 + c);
        if (cell.value !== null && cell.value !== undefined && String(cell.value) !== "")
          throw new BelowTableError(`${table.sheet}!${cell.address}`);
      }
    // Clear the old body, then write the new one and the table over it.
    for (let r = 0; r < table.rows.length; r++)
      for (let c = 0; c < header.length; c++) ws.getCell(table.top + 2 + r, table.left + 1 + c).value = null;
    ws.removeTable(TABLES.progress);
    const grid = rows.map((r) => rowUnder(header, r));
    ws.addTable({
      name: TABLES.progress,
      ref: a1(table.top, table.left),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: grid.length > 0 ? grid : [header.map(() => null)],
    });
    const col = (h: string): number => table.left + header.indexOf(h);
    const body = (h: string): string => {
      const c = col(h);
      return `${a1(table.top + 1, c)}:${a1(table.top + Math.max(grid.length, 1), c)}`;
    };
    const dv = (
      ws as unknown as {
        dataValidations: {
          model: Record<string, unknown>;
          add(ref: string, rule: ExcelJS.DataValidation): void;
        };
      }
    ).dataValidations;
    // The dropdowns cover the new body: those ExcelJS read, cell by cell, for the old body go first.
    const lastRow = table.top + 1 + Math.max(table.rows.length, grid.length, 1);
    const letters = ["完成状态", "来源"]
      .filter((h) => header.includes(h))
      .map((h) => a1(0, col(h)).replace(/\d+$/, ""));
    for (const key of Object.keys(dv.model)) {
      const m = /^([A-Z]+)(\d+)$/.exec(key);
      if (m && letters.includes(m[1] as string) && Number(m[2]) > table.top + 1 && Number(m[2]) <= lastRow)
        delete dv.model[key];
    }
    if (header.includes("完成状态"))
      dv.add(
        body("完成状态"),
        listRule(
          model.settings.statuses.map((s) => s.name),
          false,
        ),
      );
    if (header.includes("来源")) dv.add(body("来源"), listRule(Object.values(PROGRESS_SOURCES), true));
    if (header.includes("报送日期"))
      for (let r = 0; r < grid.length; r++)
        ws.getCell(table.top + 2 + r, col("报送日期") + 1).numFmt = "yyyy-mm-dd";
  }
}
