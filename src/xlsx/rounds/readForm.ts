/**
 * Reads a returned reporting form: the hidden 报送信息 sheet (what was sent) and the task rows of 填报 (what
 * came back), by header text, so a form saved by Excel, WPS or LibreOffice, or renamed, reads the same.
 */

import ExcelJS from "exceljs";
import type { ReturnCell, ReturnRead, ReturnRowRead } from "../../core/rounds/collectTypes";
import {
  FORM_MARK,
  FORM_SHEET,
  LOCKED_COLUMNS,
  META_SHEET,
  META_TASK_HEADER,
  instructionsOf,
  type FormMeta,
} from "../../core/rounds/form";
import { columnLetter } from "../../core/plan/formulas";
import { detectKind } from "../../core/files/kind";
import { isZip, withRelativeTargets, zipText } from "../relativeTargets";
import { isPasswordProtected } from "../../core/files/locked";

/** A cell as the unit sees its text: rich text joined, a formula's result, a date as ISO, a number as written. */
function textOf(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return textOf((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
    return "";
  }
  return String(v).trim();
}

const cellText = (ws: ExcelJS.Worksheet, row: number, col: number): string =>
  textOf(ws.getRow(row).getCell(col).value);

/** The metadata of the hidden sheet, or null when the sheet is not a form's. */
function readMeta(ws: ExcelJS.Worksheet): FormMeta | null {
  if (cellText(ws, 1, 1) !== FORM_MARK) return null;
  const pairs = new Map<string, string>();
  let r = 2;
  for (; r <= ws.rowCount && cellText(ws, r, 1) !== META_TASK_HEADER[0]; r++)
    pairs.set(cellText(ws, r, 1), cellText(ws, r, 2));
  const tasks: Array<FormMeta["tasks"][number]> = [];
  for (r++; r <= ws.rowCount; r++) {
    const id = cellText(ws, r, 1);
    if (id === "") continue;
    const [role, via, textPrint, leadPrint, deadlinePrint, statusPrint, progressPrint] = [
      2, 3, 4, 5, 6, 7, 8,
    ].map((c) => cellText(ws, r, c));
    tasks.push({
      id,
      role: role ?? "",
      via: via ?? "",
      textPrint: textPrint ?? "",
      leadPrint: leadPrint ?? "",
      deadlinePrint: deadlinePrint ?? "",
      statusPrint: statusPrint ?? "",
      progressPrint: progressPrint ?? "",
    });
  }
  return {
    ledgerId: pairs.get("台账") ?? "",
    ledgerTitle: pairs.get("台账标题") ?? "",
    unit: pairs.get("单位") ?? "",
    period: pairs.get("期次") ?? "",
    fillColumns: (pairs.get("填报列") ?? "").split("|").filter((c) => c !== ""),
    tasks,
  };
}

/** The task rows under the header row (the row whose first cell is 编号), with their filled cells. */
function readRows(ws: ExcelJS.Worksheet, fillColumns: readonly string[]): ReturnRowRead[] {
  let h = 1;
  while (h <= ws.rowCount && cellText(ws, h, 1) !== "编号") h++;
  if (h > ws.rowCount) return [];
  const index = new Map<string, number>();
  ws.getRow(h).eachCell({ includeEmpty: false }, (c, col) => {
    const name = textOf(c.value);
    if (name !== "" && !index.has(name)) index.set(name, col);
  });
  // Columns the unit inserted: neither the form's own nor the fill columns (their text is named by collect).
  const inserted = [...index.keys()].filter(
    (name) => !(LOCKED_COLUMNS as readonly string[]).includes(name) && !fillColumns.includes(name),
  );
  const at = (r: number, name: string): string => {
    const col = index.get(name);
    return col === undefined ? "" : cellText(ws, r, col);
  };
  const rows: ReturnRowRead[] = [];
  for (let r = h + 1; r <= ws.rowCount; r++) {
    const fills: ReturnCell[] = fillColumns.flatMap((name) => {
      const col = index.get(name);
      const value = col === undefined ? "" : cellText(ws, r, col);
      return value === ""
        ? []
        : [{ column: name, value, cell: `${ws.name}!${columnLetter((col as number) - 1)}${r}` }];
    });
    const id = at(r, "编号");
    const cellOf = (name: string): ReturnCell | null => {
      const col = index.get(name);
      const value = col === undefined ? "" : cellText(ws, r, col);
      return value === ""
        ? null
        : { column: name, value, cell: `${ws.name}!${columnLetter((col as number) - 1)}${r}` };
    };
    const others = inserted.flatMap((name) => cellOf(name) ?? []);
    if (id === "" && fills.length === 0 && others.length === 0 && at(r, "工作任务") === "") continue;
    const status = cellOf("当前状态");
    const progress = cellOf("当前进展");
    rows.push({
      id,
      cell: `${ws.name}!A${r}`,
      text: at(r, "工作任务"),
      lead: at(r, "牵头单位"),
      deadline: at(r, "完成时限"),
      fills,
      ...(status ? { status } : {}),
      ...(progress ? { progress } : {}),
      ...(others.length > 0 ? { others } : {}),
    });
  }
  return rows;
}

/**
 * Whether `text` is one of the 填报说明 lines dispatch wrote atop the form (the statuses it names may be any:
 * the form does not say which were offered).
 */
function isInstruction(text: string, meta: FormMeta): boolean {
  return instructionsOf(meta.unit, meta.period, ["\u0000"]).some((line) => {
    const [before = "", after] = line.split("\u0000");
    return after === undefined
      ? text === line
      : text.length >= before.length + after.length && text.startsWith(before) && text.endsWith(after);
  });
}

/**
 * The cells typed outside the table, which no column takes, so that collect names each: right of it (beyond its
 * last header column) on any row, and above its header within its columns — but for the 填报说明 lines dispatch
 * wrote there. Cells of a merged area other than its first are the area's, not typed.
 */
function readOutside(ws: ExcelJS.Worksheet, meta: FormMeta): ReturnCell[] {
  let h = 1;
  while (h <= ws.rowCount && cellText(ws, h, 1) !== "编号") h++;
  if (h > ws.rowCount) return [];
  let last = 0;
  ws.getRow(h).eachCell({ includeEmpty: false }, (c, col) => {
    if (textOf(c.value) !== "") last = Math.max(last, col);
  });
  const out: ReturnCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (c, col) => {
      if (c.type === ExcelJS.ValueType.Merge) return;
      if (col <= last && (r >= h || (col === 1 && isInstruction(textOf(c.value), meta)))) return;
      const value = textOf(c.value);
      if (value !== "") out.push({ column: "", value, cell: `${ws.name}!${columnLetter(col - 1)}${r}` });
    }),
  );
  return out;
}

/** A moment's day on this computer's calendar (yyyy-mm-dd): a form saved at 07:00 in Beijing is that day's. */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Reads one returned file; a file that is not a form reads as `notReturn` with why. `fileTime` is the file's
 * modification time (ISO); `given` the 报送日期 the clerk gave for every return, or null. The return's date is
 * the one given, else the day the unit's program last saved it (docProps' modified, kept by a copy or a mail
 * download), else the file's modification day; of two returns of a unit the later saved one wins (collect).
 */
export async function readForm(
  file: string,
  bytes: Uint8Array,
  fileTime: string,
  given: string | null = null,
): Promise<ReturnRead> {
  const receivedAt = fileTime;
  // Saved with a password (an .xlsx, .xls or .ods return): said so, not "no .xlsx" or "no form".
  if (await isPasswordProtected(bytes, file, zipText)) return { file, receivedAt, notReturn: "encrypted" };
  // A form saved as .ods, .xls or .csv is named as such, so the clerk knows to have it saved as .xlsx.
  const kind = detectKind(bytes, file);
  if (kind.kind === "ods" || kind.kind === "xls" || kind.kind === "csv")
    return { file, receivedAt, notReturn: kind.kind };
  if (!isZip(bytes)) return { file, receivedAt, notReturn: "not-xlsx" };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ExcelJS.Buffer);
  } catch {
    return { file, receivedAt, notReturn: "bad-xlsx" };
  }
  const metaSheet = wb.getWorksheet(META_SHEET);
  const meta = metaSheet ? readMeta(metaSheet) : null;
  if (!meta) return { file, receivedAt, notReturn: "not-return" };
  // ExcelJS leaves `modified` undefined when the file records none (no docProps/core.xml).
  const saved: unknown = wb.modified;
  const savedAt = saved instanceof Date && !Number.isNaN(saved.getTime()) ? saved : null;
  const dated: NonNullable<Extract<ReturnRead, { meta: FormMeta }>["dated"]> = given
    ? { on: given, from: "given" }
    : savedAt
      ? { on: localDay(savedAt), from: "saved" }
      : { on: localDay(new Date(fileTime)), from: "file" };
  const at = { receivedAt, ...(savedAt ? { savedAt: savedAt.toISOString() } : {}) };
  const sheet =
    wb.getWorksheet(FORM_SHEET) ??
    wb.worksheets.find((ws) => ws.name !== META_SHEET && ws.state === "visible");
  if (!sheet) return { file, ...at, meta, rows: [], dated };
  const outside = readOutside(sheet, meta);
  return {
    file,
    ...at,
    meta,
    dated,
    rows: readRows(sheet, meta.fillColumns),
    ...(outside.length > 0 ? { outside } : {}),
  };
}
