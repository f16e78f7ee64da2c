/**
 * The plan's print section applied in Excel, after the sheets are written, in a request of its own: a
 * failure here never undoes or stops the write, it becomes a note.
 *
 * Docs relied on (office-js-docs-reference, Excel_1_9 excel.d.ts; published at learn.microsoft.com under
 * javascript/api/excel/): `Worksheet.pageLayout` and `Excel.PageLayout` (paperSize, orientation, margins in
 * points, `zoom`, `headersFooters.defaultForAllPages.centerFooter`, `setPrintTitleRows`, `setPrintArea` (a
 * range, RangeAreas or address string), `firstPageNumber`)
 * are ExcelApi 1.9, above the manifest's 1.8, so support is checked at run time (officejs.md §0).
 * `Range.format.wrapText` is ExcelApi 1.1 and `RangeFormat.autofitRows` 1.2: Excel measures the text
 * itself, so it fits row heights better than the plan's estimate (which a file needs, since no engine fits
 * the rows of a written file). Footer codes &A, &P, &N are Excel's header/footer codes (PageSetup.CenterFooter).
 */

import { columnLetter } from "../core/plan/formulas";
import type { CellRange, PrintPlan, SheetPlan } from "../core/plan/types";
import type { NoteCode } from "../core/types";
import type { SyncCounter } from "./events";
import { op, splitRequests } from "./payload";
import type { ApiSupport } from "./support";

/** Note code: page setup (A4, fit to width, print titles, footer) needs ExcelApi 1.9. */
export const NOTE_PAGE_LAYOUT_UNSUPPORTED: NoteCode = "page-layout-unsupported";
/** Note code: Excel refused the page setup; the sheets are written, they print with Excel's defaults. */
export const NOTE_PAGE_LAYOUT_FAILED: NoteCode = "page-layout-failed";

/** Points per inch: the plan's margins are in inches, Office.js takes points. */
const POINTS = 72;

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** Queues wrapping and row fitting (any Excel the add-in runs in). */
function queueWrap(ws: Excel.Worksheet, print: PrintPlan): void {
  for (const r of print.wrap) {
    const range = rangeOf(ws, r);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
    range.format.autofitRows();
  }
}

/** Queues the page setup (ExcelApi 1.9). */
function queuePage(ws: Excel.Worksheet, print: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // Fit to one page wide and the plan's pages tall; 0 pages tall is "automatic", as in the file format's
  // fitToHeight (VERIFY, TESTING.md).
  // A sheet the plan breaks into pages itself prints at its fixed scale (Excel ignores manual breaks when
  // fitting to pages).
  layout.zoom =
    print.scale !== undefined
      ? { scale: print.scale }
      : { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.leftMargin = print.margins.left * POINTS;
  layout.rightMargin = print.margins.right * POINTS;
  layout.topMargin = print.margins.top * POINTS;
  layout.bottomMargin = print.margins.bottom * POINTS;
  layout.headerMargin = print.margins.header * POINTS;
  layout.footerMargin = print.margins.footer * POINTS;
  layout.firstPageNumber = 1;
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  // The print area in whole columns, as the file writers set it, so that rows added later print too.
  // Tables side by side: an area each ("A:R, T:AC", a RangeAreas address), printed on pages of their own.
  if (print.areas)
    layout.setPrintArea(
      print.areas.map((a) => `${columnLetter(a.col)}:${columnLetter(a.col + a.cols - 1)}`).join(", "),
    );
  else if (print.columns !== null) layout.setPrintArea(`A:${columnLetter(print.columns - 1)}`);
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  // Worksheet.horizontalPageBreaks (ExcelApi 1.9): a break above the range's first row.
  for (const row of print.rowBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/** Calls a sheet's page layout queues: the worksheet, each wrapped range's four, and the page setup's. */
const callsOf = (print: PrintPlan, page: boolean): number =>
  1 + 4 * print.wrap.length + (page ? 17 + 2 * (print.rowBreaks?.length ?? 0) : 0);

/**
 * Applies the print sections of the written sheets (by their final names), cut into requests under the
 * shell's request budget like every other write (payload.ts); returns the note to show when Excel cannot
 * (older than 1.9) or will not, null when all went well.
 */
export async function applyPageLayout(
  context: Excel.RequestContext,
  sheets: readonly SheetPlan[],
  support: ApiSupport,
  counter: SyncCounter,
): Promise<NoteCode | null> {
  const ops = sheets.flatMap((s) => {
    const print = s.print;
    if (!print) return [];
    return [
      op(callsOf(print, support.v1_9), [s.name, print], () => {
        const ws = context.workbook.worksheets.getItem(s.name);
        queueWrap(ws, print);
        if (support.v1_9) queuePage(ws, print);
      }),
    ];
  });
  if (ops.length === 0) return null;
  try {
    for (const request of splitRequests(ops)) {
      for (const o of request) o.queue();
      // One sync per request under the budget (a handful for the largest ledger), never one per sheet.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      counter.syncs += 1;
    }
  } catch {
    return NOTE_PAGE_LAYOUT_FAILED;
  }
  return support.v1_9 ? null : NOTE_PAGE_LAYOUT_UNSUPPORTED;
}
