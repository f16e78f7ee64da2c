/**
 * The file shell for the command line: the same ledger as writeWorkbook.ts, written with ExcelJS's streaming
 * WorkbookWriter straight to a file, one sheet and one row at a time, so memory stays flat however large the
 * ledger (and the zip is deflated by Node's zlib, not in JavaScript). The rows themselves are written as XML
 * by sheetRows.ts, with ExcelJS's style ids and shared strings.
 *
 * The streaming writer has no tables, so each table is written as ExcelJS's own table part (TableXform)
 * beside the sheet, with its relationship and content type, and referenced from the sheet (<tableParts>).
 * A formula column is one shared formula, as in memory (sheetRows.ts writes the rows).
 * Everything else — dropdowns, colouring rules, filters, frozen panes, page setup and print titles,
 * defined names — is the streaming writer's own.
 */

import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import { a1 } from "../core/plan/formulas";
import { LEDGER_FONT } from "../core/plan/print";
import type { SheetPlan, TablePlan, WorkbookPlan } from "../core/plan/types";
import {
  cellFormatsByRow,
  rowCells,
  rowNumbers,
  rowXml,
  sheetRows,
  withCellFormats,
  type CellIds,
} from "./sheetRows";
import { addNames, argb, pageSetupOf, range, writeConditionalFormats, writeValidation } from "./sheetStyle";

/** The parts of ExcelJS's streaming writer used here that its typings leave out. */
interface StreamInternals {
  styles: CellIds["styles"] & { _addFont(font: object): number };
  _openStream(path: string): NodeJS.WritableStream;
  addContentTypes(): Promise<void>;
  addWorkbook(): Promise<void>;
  _worksheets: unknown[];
  _definedNames: { model: unknown };
  sharedStrings: CellIds["sharedStrings"];
  commentRefs: unknown[];
  views: unknown[];
  zip: {
    append(xml: string, options: { name: string }): void;
    once(event: "progress" | "error", listener: (e?: unknown) => void): void;
    _entriesCount: number;
    _entriesProcessedCount: number;
  };
}

/**
 * Waits until the zip has taken in every part written so far: a sheet's XML waits in memory until the zip
 * reads it, so without this the whole ledger's XML would be held at once (archiver counts its entries).
 */
async function drained(zip: StreamInternals["zip"]): Promise<void> {
  while (zip._entriesProcessedCount < zip._entriesCount)
    await new Promise<void>((resolve) => zip.once("progress", () => resolve()));
}
interface SheetInternals {
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  startedData: boolean;
  _sheetRelsWriter: { _writeRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
  /** Manual page breaks ExcelJS writes when the sheet is committed (`<brk id>`: the row above the break, 1-based). */
  rowBreaks: Array<{ id: number; max: number; man: number }>;
  /** The sheet's XML on its way to the zip: what ExcelJS writes to, and the zip's input it pipes into. */
  stream: {
    write(xml: string): void;
    pipes: ReadonlyArray<NodeJS.EventEmitter & { _writableState?: { length: number } }>;
  };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableXform = require("exceljs/lib/xlsx/xform/table/table-xform") as new () => {
  prepare(model: object, options: object): void;
  toXml(model: object): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ContentTypesXform = require("exceljs/lib/xlsx/xform/core/content-types-xform") as new () => {
  toXml(model: object): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform") as new () => {
  prepare(model: object): void;
  toXml(model: object): string;
};

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/**
 * Rows written at once, between two turns of the event loop: few enough that their XML is let go young
 * (a longer string outlives the garbage collector's young generation and is copied, again and again).
 */
const ROWS_PER_TURN = 50;

/** Bytes of a sheet's XML the zip may have waiting before the writing stops for it to catch up. */
const ZIP_LAG = 1 << 20;

/**
 * Waits while the zip is more than ZIP_LAG bytes behind the sheet: ExcelJS writes to the zip's input without
 * waiting for it, so on a long sheet the XML piled up there faster than it was deflated.
 */
async function caughtUp(ws: SheetInternals, failed: Promise<never>): Promise<void> {
  const input = ws.stream.pipes[0];
  while (input && (input._writableState?.length ?? 0) > ZIP_LAG)
    await Promise.race([new Promise((resolve) => input.once("drain", resolve)), failed]);
}

/** The table part ExcelJS itself would write for a plan's table. */
function tableXml(t: TablePlan, id: number): string {
  const ref = `${a1(t.range.row, t.range.col)}:${a1(t.range.row + t.range.rows - 1, t.range.col + t.range.cols - 1)}`;
  const model = {
    id,
    name: t.name,
    displayName: t.name,
    tableRef: ref,
    autoFilterRef: ref,
    headerRow: true,
    totalsRow: false,
    columns: t.columns.map((name) => ({ name, filterButton: true })),
    style: { theme: t.style, showRowStripes: true },
  };
  const xform = new TableXform();
  xform.prepare(model, {});
  return xform.toXml(model);
}

/** Writes one sheet: columns, rows in order (each committed at once), then its tables and dressing. */
async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetPlan,
  tables: string[],
  failed: Promise<never>,
  ids: CellIds,
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: [
      sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)
        ? { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }
        : { state: "normal" },
    ],
    ...(sheet.print
      ? {
          pageSetup: pageSetupOf(sheet.print),
          headerFooter: { oddFooter: `&C${sheet.print.footer}` },
        }
      : {}),
  }) as unknown as ExcelJS.Worksheet & SheetInternals;
  ws.columns = sheet.widths.map((width) => ({ width }));
  const heights = new Map((sheet.print?.rowHeights ?? []).map((h) => [h.row, h.points]));
  // The columns, then the rows, as ExcelJS's first committed row would start them.
  ws._writeColumns();
  ws._writeOpenSheetData();
  ws.startedData = true;
  // Each row's cells are made as the row is written, so a sheet is never held whole as cells or as XML.
  const blocks = sheetRows(sheet);
  const formats = cellFormatsByRow(sheet);
  let written = 0;
  let xml = "";
  for (const r of rowNumbers(blocks)) {
    xml += rowXml(r, withCellFormats(rowCells(blocks, r), formats.get(r)), heights.get(r), ids);
    if (++written % ROWS_PER_TURN === 0) {
      ws.stream.write(xml);
      xml = "";
      // The zip gets to read what this sheet has written so far.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await caughtUp(ws, failed);
    }
  }
  ws.stream.write(xml);
  for (const v of sheet.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.autoFilter) ws.autoFilter = range(sheet.autoFilter);
  // 汇总's breaks above a heading that would end a page (print.ts), as applyPrint writes them.
  for (const row of sheet.print?.rowBreaks ?? [])
    if (row > 0) ws.rowBreaks.push({ id: row, max: 16383, man: 1 });

  const parts = sheet.tables.map((t) => {
    tables.push(`table${tables.length + 1}.xml`);
    const id = tables.length;
    const stream = (wb as unknown as StreamInternals)._openStream(`/xl/tables/table${id}.xml`);
    stream.write(tableXml(t, id));
    stream.end();
    return ws._sheetRelsWriter._writeRelationship({ Type: TABLE_REL, Target: `../tables/table${id}.xml` });
  });
  if (parts.length > 0) {
    const close = ws._writeCloseWorksheet.bind(ws);
    ws._writeCloseWorksheet = () => {
      ws._write(
        `<tableParts count="${parts.length}">${parts.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
      );
      close();
    };
  }
  (ws as unknown as { commit(): void }).commit();
}

/**
 * Writes the ledger of `plan` to the file at `path`, streaming; the sheets may be planned as they are reached
 * (planLazily), each let go once written.
 */
export async function writeWorkbookFile(
  plan: Pick<WorkbookPlan, "names"> & { readonly sheets: Iterable<SheetPlan> },
  path: string,
): Promise<void> {
  // The file is opened first, so that a missing folder or a refused file fails here, as an error.
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  wb.creator = "台账助手 Taizhang";
  const internals = wb as unknown as StreamInternals;
  // A file that cannot be written (a full disk) fails the write instead of leaving it waiting.
  const failed = new Promise<never>((_, reject) => {
    stream.once("error", reject);
    internals.zip.once("error", reject);
  });
  failed.catch(() => undefined);
  // The ledger's font is font 0, the default of every cell without a font of its own.
  internals.styles._addFont({ ...LEDGER_FONT });
  const tables: string[] = [];
  for (const sheet of plan.sheets) {
    await writeSheet(wb, sheet, tables, failed, {
      styles: internals.styles,
      sharedStrings: internals.sharedStrings,
    });
    await Promise.race([drained(internals.zip), failed]);
  }
  addNames(wb as unknown as ExcelJS.Workbook, plan.names);
  // The content types name each table part too; the workbook asks for a full calculation on load, as the
  // in-memory writer's does (the cached results are the plan's).
  internals.addContentTypes = () => {
    const model = {
      worksheets: internals._worksheets.filter(Boolean),
      sharedStrings: internals.sharedStrings,
      commentRefs: internals.commentRefs,
      media: [],
      tables: tables.map((target) => ({ target })),
    };
    internals.zip.append(new ContentTypesXform().toXml(model), { name: "[Content_Types].xml" });
    return Promise.resolve();
  };
  internals.addWorkbook = () => {
    const model = {
      worksheets: internals._worksheets.filter(Boolean),
      definedNames: internals._definedNames.model,
      views: internals.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    internals.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  };
  await wb.commit();
}
