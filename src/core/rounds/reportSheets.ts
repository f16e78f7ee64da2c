/**
 * The two sheets a round writes into the ledger, as plans both shells write: 报送情况 (collect's report) and 通报
 * (the bulletin's sections and tables). The file shell puts them into the loaded ledger, the Office.js shell
 * into the open workbook, tagged as generated so that writing again replaces ours and never a person's sheet.
 */

import type { Lang } from "../messages";
import { SheetDraft } from "../plan/draft";
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

/**
 * 通报: title, period, issuer and date, then each section's heading, sentences and table; the columns sized
 * by the tables' content, the counts of a tally centred under their headers (a count may stand in the wide
 * 工作任务 column).
 */
export function bulletinSheetPlan(doc: BulletinDoc, name: string = BULLETIN_SHEET): SheetPlan {
  const d = new SheetDraft(name, "bulletin", "bulletin", "#7030A0");
  const at = new Rows(d);
  at.add([[doc.title]], "title");
  at.add([[doc.subtitle], [[doc.issuer, doc.date].filter((x) => x).join(" ")]], "note");
  for (const s of doc.sections) {
    at.skip();
    at.add([[s.heading]], "label");
    at.add(
      s.paragraphs.map((p) => [p]),
      "body",
      false,
    );
    if (!s.table) continue;
    const counts =
      s.table.rows.length > 0 && s.table.rows.every((r) => r.slice(1).every((v) => typeof v === "number"));
    at.add([[...s.table.header]], "header", false, counts ? 1 : undefined);
    at.add(s.table.rows, "body", true, counts ? 1 : undefined);
  }
  d.widths = bulletinWidths(doc);
  return d.done();
}
