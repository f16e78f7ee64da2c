/**
 * Writes a unit's reporting form (报送表) as .xlsx: 填报说明 on top, the task list with only the fill columns
 * unlocked (sheet protection without a password), a 完成状态 dropdown, and the hidden 报送信息 sheet of plain
 * values that collect matches the return by.
 */

import ExcelJS from "exceljs";
import {
  FORM_MARK,
  FORM_SHEET,
  LOCKED_COLUMNS,
  META_SHEET,
  META_TASK_HEADER,
  type ReturnForm,
} from "../../core/rounds/form";

/** The 1-based row of the form's header: after the 填报说明 lines and a blank row. */
export const headerRowOf = (form: ReturnForm): number => form.instructions.length + 2;

const FILL_COLOUR = "FFFFF2CC";
const thin = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The meta sheet's rows: the mark, key–value pairs, a blank row, then one row per task. */
export function metaRows(form: ReturnForm): string[][] {
  const m = form.meta;
  return [
    [FORM_MARK],
    ["台账", m.ledgerId],
    ["台账标题", m.ledgerTitle],
    ["单位", m.unit],
    ["期次", m.period],
    ["填报列", m.fillColumns.join("|")],
    [],
    [...META_TASK_HEADER],
    ...m.tasks.map((t) => [
      t.id,
      t.role,
      t.via,
      t.textPrint,
      t.leadPrint,
      t.deadlinePrint,
      t.statusPrint ?? "",
      t.progressPrint ?? "",
    ]),
  ];
}

/** The workbook of one form. */
export function formWorkbook(form: ReturnForm): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "台账助手";
  const ws = wb.addWorksheet(FORM_SHEET, {
    views: [{ state: "frozen", ySplit: headerRowOf(form), xSplit: 2 }],
  });
  const header = [...LOCKED_COLUMNS, ...form.meta.fillColumns];
  const last = header.length;
  form.instructions.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, last);
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = i === 0 ? { bold: true, size: 14 } : { size: 10, color: { argb: "FF595959" } };
    c.alignment = { wrapText: true, vertical: "middle" };
    ws.getRow(i + 1).height = i === 0 ? 24 : 30;
  });
  const h = headerRowOf(form);
  const headRow = ws.getRow(h);
  header.forEach((name, i) => {
    const c = headRow.getCell(i + 1);
    c.value = name;
    c.font = { bold: true };
    c.border = border;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: i >= LOCKED_COLUMNS.length ? "FFFFD966" : "FFD9E1F2" },
    };
  });
  const statusList = `"${form.statuses.join(",")}"`;
  form.rows.forEach((r, k) => {
    const row = ws.getRow(h + 1 + k);
    const locked = [
      r.id,
      r.text,
      r.via ? `${r.role}(经${r.via})` : r.role,
      r.lead,
      r.deadline,
      r.status,
      r.progress,
    ];
    header.forEach((_, i) => {
      const c = row.getCell(i + 1);
      c.value = i < locked.length ? (locked[i] ?? "") : null;
      c.border = border;
      c.alignment = { wrapText: true, vertical: "top" };
      if (i >= LOCKED_COLUMNS.length) {
        c.protection = { locked: false };
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL_COLOUR } };
      }
    });
    const statusCell = row.getCell(LOCKED_COLUMNS.length + 1);
    statusCell.dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [statusList],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "完成状态",
      error: `请从列表中选择:${form.statuses.join("、")}`,
    };
  });
  ws.columns.forEach((col, i) => {
    col.width = [8, 50, 10, 14, 12, 10, 30][i] ?? 30;
  });
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const meta = wb.addWorksheet(META_SHEET, { state: "hidden" });
  for (const values of metaRows(form)) meta.addRow(values);
  return wb;
}

/** The form as .xlsx bytes. */
export async function writeForm(form: ReturnForm): Promise<Uint8Array> {
  return new Uint8Array((await formWorkbook(form).xlsx.writeBuffer()) as ArrayBuffer);
}
