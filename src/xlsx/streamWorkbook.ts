/**
 * The file shell for the command line: the same ledger as writeWorkbook.ts, written with ExcelJS's streaming
 * WorkbookWriter straight to a file, one sheet and one row at a time, so memory stays flat however large the
 * ledger (and the zip is deflated by Node's zlib, not in JavaScript).
 *
 * The streaming writer has no tables, so each table is written as ExcelJS's own table part (TableXform)
 * beside the sheet, with its relationship and content type, and referenced from the sheet (<tableParts>).
 * Formulas are written whole in every cell (no shared formulas: the streaming writer numbers them per row).
 * Everything else — dropdowns, colouring rules, filters, frozen panes, page setup and print titles,
 * defined names — is the streaming writer's own.
 */

import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import { a1 } from "../core/plan/formulas";
import { LEDGER_FONT } from "../core/plan/print";
import { dateToSerial } from "../core/plan/settings";
import type { Block, SheetPlan, TablePlan, WorkbookPlan } from "../core/plan/types";
import {
  addNames,
  argb,
  cellValue,
  pageSetupOf,
  range,
  styleOf,
  writeConditionalFormats,
  writeValidation,
} from "./sheetStyle";

/** The parts of ExcelJS's streaming writer used here that its typings leave out. */
interface StreamInternals {
  styles: { _addFont(font: object): number };
  _openStream(path: string): NodeJS.WritableStream;
  addContentTypes(): Promise<void>;
  addWorkbook(): Promise<void>;
  _worksheets: unknown[];
  _definedNames: { model: unknown };
  sharedStrings: unknown;
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
  /** Every formula cell's model by address, kept for shared formulas (which are never written here). */
  _formulae: Record<string, unknown>;
  _sheetRelsWriter: { _writeRelationship(rel: { Type: string; Target: string }): string };
  _writeCloseWorksheet(): void;
  _write(text: string): void;
  /** The sheet's XML on its way to the zip: what ExcelJS writes to, and the zip's input it pipes into. */
  stream: { pipes: ReadonlyArray<NodeJS.EventEmitter & { _writableState?: { length: number } }> };
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

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 2000;

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

/** One cell to write: its value and its (shared) style. */
interface Cell {
  readonly value: ExcelJS.CellValue;
  readonly style: Partial<ExcelJS.Style>;
}

/** A block of a sheet as rows to write: the rows it covers and the cells of each, made when asked for. */
interface BlockRows {
  readonly first: number;
  /** One past the last row. */
  readonly end: number;
  readonly col: number;
  /** The cells of the block's `i`th row, from its first column. */
  readonly cells: (i: number) => readonly Cell[];
}

/** A sheet's blocks and its pivots' fallbacks as rows, in the plan's order (a later block wins a cell). */
function sheetRows(sheet: SheetPlan): BlockRows[] {
  const wraps = (b: Block): boolean =>
    sheet.print?.wrap.some((r) => r.row === b.row && r.col === b.col) ?? false;
  const blocks: Block[] = [
    ...sheet.blocks,
    ...sheet.pivots.flatMap((p): Block[] => [
      ...p.fallback.blocks,
      {
        kind: "values",
        row: p.fallback.noteRow,
        col: p.fallback.noteCol,
        values: [[p.fallback.note]],
        style: "note",
      },
    ]),
  ];
  return blocks.map((b): BlockRows => {
    if (b.kind === "values") {
      const styles = (b.values[0] ?? []).map((_, k) =>
        styleOf(b.style, b.formats?.[k], wraps(b) || b.wrap === true),
      );
      return {
        first: b.row,
        end: b.row + b.values.length,
        col: b.col,
        cells: (i) => (b.values[i] ?? []).map((v, k) => ({ value: cellValue(v), style: styles[k] ?? {} })),
      };
    }
    const style = styleOf(b.style, b.format, wraps(b));
    return {
      first: b.row,
      end: b.row + b.results.length,
      col: b.col,
      cells: (i) => {
        const result = b.results[i] as string | number;
        const value =
          b.format === "date" && typeof result === "string" && /^\d{4}-\d{2}-\d{2}$/.test(result)
            ? dateToSerial(result)
            : result;
        const formula = b.a1.replace(/\{r\}/g, String(b.row + i + 1));
        return [{ value: { formula, result: value } as ExcelJS.CellValue, style }];
      },
    };
  });
}

/** The rows any block covers, in order. */
function rowNumbers(blocks: readonly BlockRows[]): number[] {
  const rows = new Set<number>();
  for (const b of blocks) for (let r = b.first; r < b.end; r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
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
  // Each row's cells are made as the row is written, so a sheet is never held whole as cells either.
  const blocks = sheetRows(sheet);
  let written = 0;
  for (const r of rowNumbers(blocks)) {
    // Now and then the zip gets to read what this sheet has written so far, so a long sheet is never
    // held whole in memory as XML.
    if (++written % ROWS_PER_TURN === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await caughtUp(ws, failed);
    }
    const row = ws.getRow(r + 1);
    for (const b of blocks) {
      if (r < b.first || r >= b.end) continue;
      b.cells(r - b.first).forEach((cell, k) => {
        const target = row.getCell(b.col + k + 1);
        target.style = cell.style;
        target.value = cell.value;
      });
    }
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    row.commit();
    // ExcelJS keeps each formula cell it has written, for shared formulas to refer back to; none do here, so
    // they are let go row by row (kept, they were most of a large ledger's memory).
    ws._formulae = {};
  }
  for (const v of sheet.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.autoFilter) ws.autoFilter = range(sheet.autoFilter);

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

/** Writes the ledger of `plan` to the file at `path`, streaming. */
export async function writeWorkbookFile(plan: WorkbookPlan, path: string): Promise<void> {
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
    await writeSheet(wb, sheet, tables, failed);
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
