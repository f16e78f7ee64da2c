/** A sheet being planned, and the colouring rules every sheet with a status column shares. */

import { a1 } from "./formulas";
import { printPlan } from "./print";
import type {
  Block,
  CellRange,
  CellValue,
  ColumnFormat,
  ConditionalFormatPlan,
  LedgerSettings,
  ListValidation,
  PivotPlan,
  SheetKind,
  SheetPlan,
  TablePlan,
} from "./types";

/** Mutable while a sheet is planned; frozen into a `SheetPlan` at the end. */
export class SheetDraft {
  readonly blocks: Block[] = [];
  readonly tables: TablePlan[] = [];
  readonly validations: ListValidation[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly pivots: PivotPlan[] = [];
  widths: number[] = [];
  freeze: SheetPlan["freeze"] = null;
  autoFilter: CellRange | null = null;

  constructor(
    readonly name: string,
    readonly kind: SheetKind,
    readonly key: string,
    readonly tabColor: string | null,
  ) {}

  /**
   * A table: its header row (text), its body rows (which may leave the last columns to formula columns)
   * and the table over both. A table needs a body row, so an empty one keeps one empty row.
   */
  table(t: {
    name: string;
    row: number;
    col: number;
    header: readonly string[];
    rows: ReadonlyArray<readonly CellValue[]>;
    formats?: readonly ColumnFormat[];
    wrap?: boolean;
    style: string;
  }): void {
    const formats = t.formats ?? t.header.map((): ColumnFormat => "text");
    this.blocks.push({
      kind: "values",
      row: t.row,
      col: t.col,
      values: [t.header],
      formats: t.header.map(() => "text"),
      style: "header",
    });
    if (t.rows.length > 0) {
      this.blocks.push({
        kind: "values",
        row: t.row + 1,
        col: t.col,
        values: t.rows,
        formats,
        style: "body",
        wrap: t.wrap === true,
      });
    }
    this.tables.push({
      name: t.name,
      range: { row: t.row, col: t.col, rows: Math.max(t.rows.length, 1) + 1, cols: t.header.length },
      columns: t.header,
      style: t.style,
    });
  }

  /** A column of notes for the screen, headed 说明, right of the list (print.ts leaves it off the page). */
  sideNotes(col: number, notes: readonly string[]): void {
    this.blocks.push({
      kind: "values",
      row: 0,
      col,
      values: [["说明"], ...notes.map((t) => [t])],
      style: "note",
    });
  }

  /** The finished plan of this sheet. */
  done(): SheetPlan {
    const sheet = {
      name: this.name,
      kind: this.kind,
      key: this.key,
      tabColor: this.tabColor,
      blocks: this.blocks,
      tables: this.tables,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      pivots: this.pivots,
      widths: this.widths,
      freeze: this.freeze,
      autoFilter: this.autoFilter,
    };
    return { ...sheet, print: printPlan(sheet) };
  }
}

/**
 * Colouring of a list with a status column and a due-date column: one fill per status on the status
 * cells; the whole row in the overdue colours when the due date has passed and the task is not done; the
 * due-date cell highlighted when it falls within the next `dueSoonDays` days.
 * `rows` is the list body; `statusCol` and `dueCol` are absolute column indexes (dueCol may be null).
 */
export function statusRules(
  settings: LedgerSettings,
  rows: { row: number; col: number; rows: number; cols: number },
  statusCol: number,
  dueCol: number | null,
): ConditionalFormatPlan[] {
  if (rows.rows <= 0) return [];
  const out: ConditionalFormatPlan[] = [];
  let priority = 1;
  const statusRange: CellRange = { row: rows.row, col: statusCol, rows: rows.rows, cols: 1 };
  for (const st of settings.statuses) {
    out.push({
      range: statusRange,
      rule: { kind: "equals", value: st.name },
      fill: st.fill,
      font: st.font,
      priority: priority++,
    });
  }
  if (dueCol !== null) {
    const due = a1(rows.row, dueCol, false, true);
    const status = a1(rows.row, statusCol, false, true);
    const done = `"${settings.doneStatus.replace(/"/g, '""')}"`;
    out.push({
      range: rows,
      rule: { kind: "formula", formula: `AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>${done})` },
      fill: settings.overdueFill,
      font: settings.overdueFont,
      bold: true,
      priority: priority++,
    });
    out.push({
      range: { row: rows.row, col: dueCol, rows: rows.rows, cols: 1 },
      rule: {
        kind: "formula",
        formula: `AND(ISNUMBER(${due}),${due}>=TODAY(),${due}-TODAY()<=${settings.dueSoonDays},${status}<>${done})`,
      },
      fill: settings.dueSoonFill,
      font: null,
      priority: priority++,
    });
  }
  return out;
}
