/** .xlsx breakdowns through ExcelJS → grids of the cells' shown text with their merged areas. */

import ExcelJS from "exceljs";
import type { MergedArea, SheetGrid } from "../core/files/grid";
import { checkZipSize } from "./zip";
import { withRelativeTargets } from "../xlsx/relativeTargets";

/** At most this many rows and columns of a sheet are read. */
const MAX_ROWS = 20000;
const MAX_COLS = 100;

/**
 * A cell value as shown: rich text joined, a formula's result, a date as 2020年6月30日, a number formatted as a
 * percentage as the sheet shows it (0.05 under 0% is 5%: a 目标值 typed 5% in Excel).
 */
function shown(v: ExcelJS.CellValue, numFmt?: string): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" && numFmt) {
    const pct = percent(v, numFmt);
    if (pct !== null) return pct;
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return "";
    return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  }
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return shown((v.result ?? null) as ExcelJS.CellValue, numFmt);
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

/** A number under a percentage format (0%, 0.0%), as shown: 0.05 → 5%, 0.125 under 0.0% → 12.5%; else null. */
function percent(v: number, numFmt: string): string | null {
  // The format's first section, its quoted text and escaped characters left out: a % there is the percentage sign.
  const section = (numFmt.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  if (!section.includes("%") || !Number.isFinite(v)) return null;
  const decimals = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  return `${(v * 100).toFixed(decimals)}%`;
}

/** "B2:C4" → 0-based corners. */
function area(ref: string): MergedArea | null {
  const cell = (a: string): [number, number] | null => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a.toUpperCase());
    if (!m) return null;
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]) - 1, col - 1];
  };
  const [a, b = a] = ref.split(":");
  const tl = cell(a ?? "");
  const br = cell(b ?? "");
  return tl && br ? { top: tl[0], left: tl[1], bottom: br[0], right: br[1] } : null;
}

/** Reads every visible worksheet of an .xlsx file. */
export async function readSheets(bytes: Uint8Array): Promise<SheetGrid[]> {
  await checkZipSize(bytes, () => false);
  const wb = new ExcelJS.Workbook();
  // Mended first as the ledger's own readers mend it: a whole-column print area would stop ExcelJS.
  await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ExcelJS.Buffer);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") return;
    const rows = Math.min(ws.rowCount, MAX_ROWS);
    const cols = Math.min(ws.columnCount, MAX_COLS);
    const cells: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row = ws.getRow(r);
      const line: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = row.getCell(c);
        // A merged cell's other cells repeat its value in ExcelJS; the grid fills merges itself.
        line.push(cell.isMerged && cell.master !== cell ? "" : shown(cell.value, cell.numFmt));
      }
      cells.push(line);
    }
    const merges = ((ws.model as { merges?: string[] }).merges ?? [])
      .map(area)
      .filter((m): m is MergedArea => m !== null);
    sheets.push({ name: ws.name, cells, merges });
  });
  return sheets;
}
