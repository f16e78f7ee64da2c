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
import type { LostNote } from "../core/workbook/keptNotes";
import { noteText } from "./carrySheets";
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
 * has none, which adds 进展记录 after the other sheets). The comments (批注) on the table's rows follow them
 * (see putProgress); those whose row is gone are added to `lost`.
 */
export async function writeProgress(
  bytes: Uint8Array,
  model: LedgerModel,
  table: LedgerTable | null,
  rows: readonly ProgressRow[],
  lost: LostNote[] = [],
): Promise<Uint8Array> {
  const { wb, save } = await loadForRewrite(bytes);
  lost.push(...putProgress(wb, model, table, rows));
  return save();
}

/** A comment on a body cell of the table as read: its body row and column (0-based) and the note. */
interface BodyNote {
  readonly row: number;
  readonly col: number;
  readonly note: unknown;
  readonly text: string;
  readonly cell: string;
}

/** The comments on the body of the table as read, taken off their cells (they are put back where their rows go). */
function takeBodyNotes(ws: ExcelJS.Worksheet, table: LedgerTable, cols: number): BodyNote[] {
  const out: BodyNote[] = [];
  for (let r = 0; r < table.rows.length; r++)
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(table.top + 2 + r, table.left + 1 + c);
      const note = cell.note as unknown;
      if (note === undefined || note === null) continue;
      out.push({ row: r, col: c, note, text: noteText(note), cell: `${table.sheet}!${cell.address}` });
      (cell as unknown as { _comment?: unknown })._comment = undefined;
    }
  return out;
}

/**
 * writeProgress on a workbook already loaded (through loadForRewrite), for shells that change more in one save.
 * The rows are written in another order than read (a period's archived or reported rows replaced, new ones
 * added), so a comment typed on a row's cell goes with the row (each of `rows` read from the table carries its
 * body row), in the same column; a comment whose row is gone (a replaced period's) is returned, with its cell
 * as it was and its text, for the report to name. The pane's 存档本期 and 汇总各单位报送 keep them the same way.
 */
export function putProgress(
  wb: ExcelJS.Workbook,
  model: LedgerModel,
  table: LedgerTable | null,
  rows: readonly ProgressRow[],
): LostNote[] {
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
    const notes = takeBodyNotes(ws, table, header.length);
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
    const now = new Map<number, number>();
    rows.forEach((r, j) => {
      if (r.row !== undefined) now.set(r.row, j);
    });
    const lost: LostNote[] = [];
    for (const n of notes) {
      const j = now.get(n.row);
      if (j === undefined) lost.push({ cell: n.cell, text: n.text });
      else ws.getCell(table.top + 2 + j, table.left + 1 + n.col).note = n.note as ExcelJS.Comment;
    }
    return lost;
  }
  return [];
}
