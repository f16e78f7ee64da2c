/**
 * The two sheets a round writes into the ledger, as plans both shells write: 报送情况 (collect's report) and 通报
 * (the bulletin's sections and tables). The file shell puts them into the loaded ledger, the Office.js shell
 * into the open workbook, tagged as generated so that writing again replaces ours and never a person's sheet.
 */

import type { Lang } from "../messages";
import { SheetDraft } from "../plan/draft";
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
  ): void {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const values: CellValue[][] = rows.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? null));
    const formats: ColumnFormat[] = Array.from({ length: width }, (_, k) =>
      rows.every((r) => typeof r[k] !== "string") ? "general" : "text",
    );
    this.d.blocks.push({ kind: "values", row: this.row, col: 0, values, formats, style, wrap });
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

/** 通报: title, period, issuer and date, then each section's heading, sentences and table. */
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
    at.add([[...s.table.header]], "header");
    at.add(s.table.rows, "body");
  }
  d.widths = [16, 12, 12, 12, 12, 12, 12];
  return d.done();
}
