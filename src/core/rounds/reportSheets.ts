/**
 * The two sheets a round writes into the ledger, as plans both shells write: 报送情况 (collect's report) and 通报
 * (the bulletin's sections and tables). The file shell puts them into the loaded ledger, the Office.js shell
 * into the open workbook, tagged as generated so that writing again replaces ours and never a person's sheet.
 */

import type { Lang } from "../messages";
import { SheetDraft } from "../plan/draft";
import { columnPoints, printable } from "../plan/pageFit";
import { textWidth } from "../plan/print";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import type { BulletinDoc } from "./bulletinDoc";
import type { CollectResult } from "./collectTypes";
import {
  ROUND_FINDING_HEADER,
  ROUND_SHEET,
  ROUND_UNIT_HEADER,
  collectReportLines,
  roundSheetRows,
} from "./roundReport";

/** The name of the 通报 sheet. */
export const BULLETIN_SHEET = "通报";

/** Where a draft's next row goes, and how blocks of rows are added to it. */
class Rows {
  row = 0;
  constructor(readonly d: SheetDraft) {}

  /** One block of rows (padded to one width); text columns stay text (编号 1.10 is not a number). */
  add(
    rows: ReadonlyArray<ReadonlyArray<string | number>>,
    style: "title" | "note" | "header" | "body" | "label",
    wrap = style === "body",
    centerFrom?: number,
  ): void {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const values: CellValue[][] = rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? null));
    const formats: ColumnFormat[] = Array.from({ length: width }, (_, k) =>
      rows.every((r) => typeof r[k] !== "string") ? "general" : "text",
    );
    this.d.blocks.push({
      kind: "values",
      row: this.row,
      col: 0,
      values,
      formats,
      style,
      wrap,
      ...(centerFrom === undefined ? {} : { centerFrom }),
    });
    this.row += rows.length;
  }

  skip(): void {
    this.row += 1;
  }
}

/** 报送情况: the title, the report's first line, the unit table (未报送 in red), then the findings. */
export function roundSheetPlan(result: CollectResult, lang: Lang, name: string = ROUND_SHEET): SheetPlan {
  const d = new SheetDraft(name, "round", "round", "#C55A11");
  const at = new Rows(d);
  const { title, units, findings } = roundSheetRows(result, lang);
  at.add([[title]], "title");
  at.add([[collectReportLines(result, lang)[0] ?? ""]], "note");
  at.skip();
  at.add([[...ROUND_UNIT_HEADER]], "header");
  const first = at.row;
  at.add(units, "body");
  if (units.length > 0)
    d.conditionalFormats.push({
      range: { row: first, col: ROUND_UNIT_HEADER.length - 1, rows: units.length, cols: 1 },
      rule: { kind: "equals", value: "未报送" },
      fill: null,
      font: "#C00000",
      bold: true,
      priority: 1,
    });
  at.skip();
  at.add([[...ROUND_FINDING_HEADER]], "header");
  at.add(findings, "body");
  d.widths = [24, 12, 12, 30, 18, 60, 10, 18];
  return d.done();
}

/** The widest a 通报 column is made: 工作任务 wraps at 20 characters a line, a unit name at 10. */
const TEXT_WIDTH = 40;
const NAME_WIDTH = 20;

/**
 * Widths of the 通报 sheet by its tables' content: each column as wide as its longest cell (a long text up
 * to TEXT_WIDTH, anything else up to NAME_WIDTH: 开发区(高桥街道) whole) and its header, at least 6; the
 * tables share columns, so a column is as wide as the widest table needs it.
 */
export function bulletinWidths(doc: BulletinDoc): number[] {
  const widths: number[] = Array.from({ length: 7 }, () => 6);
  for (const s of doc.sections) {
    if (!s.table) continue;
    const rows = [s.table.header, ...s.table.rows];
    rows.forEach((r) =>
      r.forEach((v, c) => {
        const w = Math.ceil(textWidth(String(v)) + 1);
        const cap = w > NAME_WIDTH ? TEXT_WIDTH : NAME_WIDTH;
        widths[c] = Math.max(widths[c] ?? 6, Math.min(w, cap));
      }),
    );
  }
  return widths;
}

/** One row of the 通报 sheet, as laid out before it is broken into pages. */
interface BulletinRow {
  readonly cells: ReadonlyArray<string | number>;
  readonly style: "title" | "note" | "header" | "body" | "label";
  readonly wrap: boolean;
  readonly centerFrom?: number;
  /** A table's body row: its table's header row, printed again at the top of a page the table runs onto. */
  readonly header?: BulletinRow;
  /** A section's heading, kept on one page with what follows it up to the table's first rows. */
  readonly heading?: boolean;
  /** An empty row between sections (dropped at the top of a page). */
  readonly gap?: boolean;
}

/** The 通报's rows in order, each section's table header kept with its body rows. */
function bulletinRows(doc: BulletinDoc): BulletinRow[] {
  const rows: BulletinRow[] = [
    { cells: [doc.title], style: "title", wrap: false },
    { cells: [doc.subtitle], style: "note", wrap: false },
    { cells: [[doc.issuer, doc.date].filter((x) => x).join(" ")], style: "note", wrap: false },
  ];
  for (const s of doc.sections) {
    rows.push({ cells: [], style: "body", wrap: false, gap: true });
    rows.push({ cells: [s.heading], style: "label", wrap: false, heading: true });
    for (const p of s.paragraphs) rows.push({ cells: [p], style: "body", wrap: false });
    if (!s.table) continue;
    const counts =
      s.table.rows.length > 0 && s.table.rows.every((r) => r.slice(1).every((v) => typeof v === "number"));
    const centre = counts ? { centerFrom: 1 } : {};
    const header: BulletinRow = { cells: [...s.table.header], style: "header", wrap: false, ...centre };
    rows.push(header);
    for (const r of s.table.rows) rows.push({ cells: r, style: "body", wrap: true, ...centre, header });
  }
  return rows;
}

/**
 * Share of a page's rows the breaks count on: engines place the footer a few points apart, and a row of
 * larger type (the title) is taller than the plan's estimate, so a page is counted a little short.
 */
const PAGE_SHARE = 0.9;

/** Rows of a heading's section that must fit below it on its page: the heading, a sentence, a header, a row. */
const KEEP_WITH_HEADING = 4;

/**
 * The rows broken into pages: a table that runs onto another page has its header row again at the top of
 * it, and a section's heading starts a page when it and the first rows after it do not fit on this one.
 * `height` gives a row's points; `room` the points of rows a page holds. Returns the rows with the headers
 * repeated, and the rows (0-based, of those) that start a page.
 */
export function paginate<
  R extends { readonly header?: R; readonly heading?: boolean; readonly gap?: boolean },
>(rows: readonly R[], height: (row: R) => number, room: number): { rows: R[]; breaks: number[] } {
  const out: R[] = [];
  const breaks: number[] = [];
  let used = 0;
  const newPage = (): void => {
    if (out.length > 0 && used > 0) breaks.push(out.length);
    used = 0;
  };
  rows.forEach((row, i) => {
    if (row.gap && used === 0) return;
    const h = height(row);
    if (row.heading) {
      const kept = rows.slice(i, i + KEEP_WITH_HEADING).reduce((n, r) => n + height(r), 0);
      if (used + kept > room) newPage();
    } else if (row.header && used + h > room) {
      newPage();
      out.push(row.header);
      used += height(row.header);
    } else if (used + h > room) {
      newPage();
      if (row.gap) return;
    }
    out.push(row);
    used += h;
  });
  return { rows: out, breaks };
}

/**
 * 通报: title, period, issuer and date, then each section's heading, sentences and table; the columns sized
 * by the tables' content, the counts of a tally centred under their headers (a count may stand in the wide
 * 工作任务 column). Printed as the .docx prints it: a table that runs over a page has its own header row at
 * the top of the next (a sheet has one row of print titles, and the 通报's tables have six headers, so the
 * header row is written again there, above a manual page break), and a heading never ends a page.
 * The sheet prints at a fixed scale, one page wide, so the breaks fall where they are counted.
 */
export function bulletinSheetPlan(doc: BulletinDoc, name: string = BULLETIN_SHEET): SheetPlan {
  const widths = bulletinWidths(doc);
  const rows = bulletinRows(doc);
  const laid = (list: readonly BulletinRow[], breaks?: readonly number[], scale?: number): SheetPlan => {
    const d = new SheetDraft(name, "bulletin", "bulletin", "#7030A0");
    const at = new Rows(d);
    for (const r of list)
      if (r.gap) at.skip();
      else at.add([r.cells], r.style, r.wrap, r.centerFrom);
    d.widths = widths;
    const sheet = d.done();
    if (!breaks || scale === undefined || !sheet.print) return sheet;
    return {
      ...sheet,
      print: { ...sheet.print, scale, ...(breaks.length > 0 ? { rowBreaks: breaks } : {}) },
    };
  };
  // Heights and orientation as the plan counts them for the rows in one run; the scale that fits the columns.
  const first = laid(rows);
  const print = first.print;
  if (!print) return first;
  const heights = new Map(print.rowHeights.map((h) => [h.row, h.points]));
  const page = printable(print.orientation);
  const wide = widths.reduce((n, w) => n + columnPoints(w), 0);
  const scale = Math.min(100, Math.floor((page.width / wide) * 100));
  const index = new Map<BulletinRow, number>();
  let row = 0;
  for (const r of rows) index.set(r, row++);
  const height = (r: BulletinRow): number => heights.get(index.get(r) ?? -1) ?? 15;
  const { rows: paged, breaks } = paginate(rows, height, (page.height * PAGE_SHARE) / (scale / 100));
  return laid(paged, breaks, scale);
}
