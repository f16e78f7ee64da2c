/**
 * Reads a ledger .xlsx back: the `Tasks`, `Units`, `Assignments`, `Statuses` and `About` tables, wherever
 * they sit.
 */

import { restoreCutUnits } from "../core/ledger/cutUnits";
import { isPasswordProtected } from "../core/files/locked";
import ExcelJS from "exceljs";
import { readAbout, type About } from "../core/ledger/about";
import { settingsOfReadBack, type LedgerReadBack } from "../core/ledger/readBack";
import { cellText } from "../core/text/cellText";
import type { OutsideCell } from "../core/ledger/regenerate";
import type { LedgerSettings } from "../core/plan/types";
import type { CellSource, LedgerTable, LedgerValue } from "../core/types";
import { TABLES } from "../core/ledger/types";
import { SHEETS_TABLE } from "../core/workbook/aboutSheet";
import { REVOKED_TABLES } from "../core/year/revokedSheet";
import { NotXlsxError } from "./notXlsx";
import { isZip, withRelativeTargets, zipText } from "./relativeTargets";

export { NotXlsxError };

/** The bytes as ExcelJS can read them: absolute relationship targets (openpyxl) made relative. */
async function readable(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isZip(bytes)) throw new NotXlsxError("not-xlsx");
  try {
    return await withRelativeTargets(bytes);
  } catch {
    throw new NotXlsxError("bad-xlsx");
  }
}

/** A value as the checks take it: rich text joined, a hyperlink's text, an error's code, a date as ISO. */
function valueOf(v: ExcelJS.CellValue): LedgerValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // ExcelJS gives a date cell as the UTC instant of its serial: the day is the UTC date, whatever the time.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) };
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return valueOf((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

/**
 * A cell's value as the checks take it: a formula is its cached result; a formula the file holds no result
 * for (openpyxl keeps none) reads as that formula, which the checks report plainly.
 */
function cellValue(cell: ExcelJS.Cell): LedgerValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell.value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return { formula: cell.formula };
    return valueOf(result);
  }
  return valueOf(cell.value);
}

/**
 * What a cell holds beyond its value as the checks read it: its formula, and the number format of a number or a
 * date (the clerk's 0% on 0.5); null for a cell with neither.
 */
function cellSource(cell: ExcelJS.Cell): CellSource | null {
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const value = formula === undefined ? cell.value : (cell.value as { result?: unknown }).result;
  const numeric = typeof value === "number" || value instanceof Date;
  const numFmt = numeric && cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  if (!formula && !numFmt) return null;
  return { ...(formula ? { formula } : {}), ...(numFmt ? { numFmt } : {}) };
}

/** Decodes "B3:E40" into 0-based corners. */
function decode(ref: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (a: string): [number, number] => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
    if (!m) throw new Error(`bad cell reference ${a}`);
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, col - 1];
  };
  const [a, b = a] = ref.split(":") as [string, string?];
  const [top, left] = cell(a);
  const [bottom, right] = cell(b);
  return { top, left, bottom, right };
}

/**
 * A table's rows; with `growDown`, also the rows typed directly below its range up to the first empty one,
 * which Excel would have taken into the table and LibreOffice or WPS leave outside it.
 */
function readTable(ws: ExcelJS.Worksheet, ref: string, growDown = false, typed = false): LedgerTable {
  const { top, left, bottom, right } = decode(ref);
  const row = (r: number): LedgerValue[] => {
    const out: LedgerValue[] = [];
    for (let c = left; c <= right; c++) out.push(cellValue(ws.getRow(r + 1).getCell(c + 1)));
    return out;
  };
  const rows: LedgerValue[][] = [];
  const sources: Array<Record<number, CellSource> | undefined> = [];
  // Formulas and number formats of the body's cells, beside the values (sparse: most cells have neither).
  const source = (r: number): void => {
    if (!typed) return;
    let found: Record<number, CellSource> | undefined;
    for (let c = left; c <= right; c++) {
      const s = cellSource(ws.getRow(r + 1).getCell(c + 1));
      if (s) (found ??= {})[c - left] = s;
    }
    sources.push(found);
  };
  for (let r = top + 1; r <= bottom; r++) {
    rows.push(row(r));
    source(r);
  }
  let rowsBelow = 0;
  const empty = (values: readonly LedgerValue[]): boolean => values.every((v) => cellText(v).trim() === "");
  for (let r = bottom + 1; growDown && r < ws.rowCount; r++) {
    const values = row(r);
    if (empty(values)) break;
    rows.push(values);
    source(r);
    rowsBelow++;
  }
  const table = {
    sheet: ws.name,
    top,
    left,
    header: row(top).map((h) => cellText(h)),
    rows,
    ...(sources.some(Boolean) ? { sources } : {}),
  };
  return rowsBelow > 0 ? { ...table, rowsBelow } : table;
}

/** The tables people type in (the others are generated): the cells beside them are theirs too. */
const TYPED_TABLES: readonly string[] = [TABLES.tasks, TABLES.units, TABLES.progress, TABLES.targets];
/** The tables whose cells' formulas and number formats are read too: those typed in, and 已撤销's (written again). */
const WITH_SOURCES: readonly string[] = [...TYPED_TABLES, REVOKED_TABLES.tasks, REVOKED_TABLES.progress];

/** Whether row r, column c (0-based) lies in what was read of a table: its range and the rows read below it. */
const within = (t: LedgerTable, r: number, c: number): boolean =>
  r >= t.top && r <= t.top + t.rows.length && c >= t.left && c < t.left + t.header.length;

/** The non-empty cells of the sheets holding the typed tables that lie outside every table read there. */
function cellsOutside(wb: ExcelJS.Workbook, found: ReadonlyMap<string, LedgerTable>): OutsideCell[] {
  const out: OutsideCell[] = [];
  const sheets = new Set(TYPED_TABLES.flatMap((n) => found.get(n)?.sheet ?? []));
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    const tables = [...found.values()].filter((t) => t.sheet === name);
    ws?.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge || tables.some((t) => within(t, r - 1, c - 1))) return;
        const text = cellText(cellValue(cell)).trim();
        if (text !== "") out.push({ sheet: name, cell: cell.address, text });
      }),
    );
  }
  return out;
}

/** Tasks with every list of units cut at build read whole from 任务分工 (ledger/cutUnits.ts). */
const restored = (tasks: LedgerTable | null, assignments: LedgerTable | null): LedgerTable | null =>
  tasks ? restoreCutUnits(tasks, assignments) : null;

/** What a ledger file holds for the checks. */
export interface LedgerFile {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  /** 任务分工 as last generated, for the check that it still matches the tasks. */
  readonly assignments: LedgerTable | null;
  /** Where the ledger came from (说明's About table). */
  readonly about: About;
  /** The workbook's statuses and deadline settings. */
  readonly settings: LedgerSettings;
  /** Every sheet of the workbook, in order. */
  readonly sheetNames: readonly string[];
  /** The sheets 说明 lists as made by the tool (its Sheets table), which regenerating replaces. */
  readonly generated: readonly string[];
  /** 进展记录's Progress table; null in a ledger made before it. */
  readonly progress?: LedgerTable | null;
  /** 量化指标's Targets table (its 实际值 columns are typed); null in a ledger made before it. */
  readonly targets?: LedgerTable | null;
  /** 已撤销's Revoked and RevokedProgress tables; null when the ledger has none. */
  readonly revoked?: LedgerTable | null;
  readonly revokedProgress?: LedgerTable | null;
  /** Non-empty cells beside the tables people type in (任务台账, 单位名录, 进展记录, 量化指标), outside every table. */
  readonly outside?: readonly OutsideCell[];
  /** Every table of the workbook by name (Targets, Revoked …), for the commands that rewrite the ledger. */
  readonly tables?: ReadonlyMap<string, LedgerTable>;
}

/**
 * Reads the ledger tables from .xlsx bytes; a table that is not there reads as null. Throws NotXlsxError for
 * bytes that are not a workbook.
 */
export async function readLedgerFile(bytes: Uint8Array): Promise<LedgerFile> {
  // Saved with a password (.xlsx, .xls or .ods alike): said so, never read as an empty workbook or no .xlsx.
  if (await isPasswordProtected(bytes, "", zipText)) throw new NotXlsxError("encrypted");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readable(bytes)) as unknown as ExcelJS.Buffer);
  const found = new Map<string, LedgerTable>();
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as Array<{
      name?: string;
      table?: { name?: string; tableRef?: string; ref?: string };
    }>) {
      const model = t.table ?? (t as { name?: string; tableRef?: string; ref?: string });
      const name = model.name ?? t.name;
      const ref = model.tableRef ?? model.ref;
      // Rows a clerk adds below Tasks or Units count; below a generated table (Assignments) nothing is typed.
      const grows = name === TABLES.tasks || name === TABLES.units;
      if (name && ref && !found.has(name))
        found.set(name, readTable(ws, ref, grows, WITH_SOURCES.includes(name)));
    }
  });
  const tasks = restored(found.get(TABLES.tasks) ?? null, found.get(TABLES.assignments) ?? null);
  if (tasks) found.set(TABLES.tasks, tasks);
  const statuses = found.get(TABLES.statuses);
  const sheetNames: string[] = [];
  wb.eachSheet((ws) => sheetNames.push(ws.name));
  const listed = found.get(SHEETS_TABLE);
  // Core's read-back shape and settings rule, as the Office.js shell uses them (a file has no saved settings).
  const readBack: LedgerReadBack = {
    tasks: found.get(TABLES.tasks) ?? null,
    units: found.get(TABLES.units) ?? null,
    assignments: found.get(TABLES.assignments) ?? null,
    statuses: statuses ? statuses.rows.map((r) => String(r[0] ?? "")) : null,
    about: found.get(TABLES.about) ?? null,
  };
  return {
    tasks: readBack.tasks,
    units: readBack.units,
    assignments: readBack.assignments,
    about: readAbout(readBack.about),
    settings: settingsOfReadBack(readBack, null),
    sheetNames,
    generated: listed ? listed.rows.map((r) => cellText(r[0]).trim()).filter(Boolean) : [],
    progress: found.get(TABLES.progress) ?? null,
    targets: found.get(TABLES.targets) ?? null,
    revoked: found.get(REVOKED_TABLES.tasks) ?? null,
    revokedProgress: found.get(REVOKED_TABLES.progress) ?? null,
    outside: cellsOutside(wb, found),
    tables: found,
  };
}
