/**
 * The workbook plan: the whole ledger described as blocks that a shell writes in one go each — sheets,
 * 2-D values, column formulas, tables, validations, conditional formats, pivots, widths, frozen panes.
 * The ExcelJS shell (src/xlsx) and the Office.js shell (src/excel) both walk this plan, so they write the
 * same ledger. What a shell cannot express is decided here, as a stated fallback (see `PivotPlan.fallback`).
 *
 * Positions are 0-based (row 0 is Excel row 1, col 0 is column A). Formulas are in Excel's en-US syntax
 * without the leading "=", and may use structured references (Tasks[编号]).
 */

import type { LedgerSettings } from "./settingsTypes";

/** A formula with the value the plan computed for it, so a file shows values before any recalculation. */
export interface FormulaCell {
  readonly formula: string;
  readonly result: string | number;
}

/** A calendar date, ISO yyyy-mm-dd. Shells write a real date (serial number with a date format). */
export interface DateCell {
  readonly date: string;
}

/** A cell: text (always written as text, never as a formula), a number, a date, a formula, or empty. */
export type CellValue = string | number | DateCell | FormulaCell | null;

/** How a column of a block is formatted. `text` columns are formatted as text before values are written. */
export type ColumnFormat = "text" | "date" | "integer" | "general";

/** Visual role of a block; shells map it to fonts and fills. */
export type BlockStyle = "title" | "note" | "header" | "body" | "label";

/** A rectangle of cells. */
export interface CellRange {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** A rectangle of values written at once. */
export interface ValueBlock {
  readonly kind: "values";
  readonly row: number;
  readonly col: number;
  /** Rectangular: every row has the same length. */
  readonly values: ReadonlyArray<readonly CellValue[]>;
  /** One per column of the block; omitted means general. */
  readonly formats?: readonly ColumnFormat[];
  readonly style: BlockStyle;
  readonly wrap?: boolean;
  /**
   * Columns from this one on are centred (the counts of a count table: a number in a wide column sits under
   * its header, not at the right edge beside the next one's).
   */
  readonly centerFrom?: number;
}

/**
 * One formula filled down a column, relative to each row — written by the Office shell as a single R1C1
 * formula for the whole range (a few bytes whatever the number of rows), by the file shell cell by cell.
 */
export interface FormulaColumn {
  readonly kind: "formulaColumn";
  readonly row: number;
  readonly col: number;
  /** Relative R1C1 form, the same for every row: IFERROR(INDEX(Tasks[完成状态],MATCH(RC1,Tasks[编号],0))&"","") */
  readonly r1c1: string;
  /** A1 form with `{r}` standing for the row's Excel row number: …MATCH($A{r},Tasks[编号],0)… */
  readonly a1: string;
  /** The value of each row as the plan computed it. */
  readonly results: ReadonlyArray<string | number>;
  readonly format: ColumnFormat;
  readonly style: BlockStyle;
}

export type Block = ValueBlock | FormulaColumn;

/** An Excel table over a range whose first row is the header. */
export interface TablePlan {
  readonly name: string;
  readonly range: CellRange;
  readonly columns: readonly string[];
  readonly style: string;
}

/** An in-cell dropdown. */
export interface ListValidation {
  readonly range: CellRange;
  /** A defined name (UnitList) or a literal list (the statuses). */
  readonly source: { readonly name: string } | { readonly values: readonly string[] };
  readonly prompt: { readonly title: string; readonly message: string } | null;
  /** `warning` lets the clerk keep a value not in the list (the checks report it); `stop` refuses it. */
  readonly errorStyle: "stop" | "warning";
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** A conditional format: a fill (and font colour) when a cell equals a text or a formula is true. */
export interface ConditionalFormatPlan {
  readonly range: CellRange;
  /** `formula` is relative to the range's top-left cell, in A1 form, e.g. AND($I5<>"",$I5<TODAY(),$J5<>"已完成"). */
  readonly rule:
    | { readonly kind: "equals"; readonly value: string }
    | { readonly kind: "formula"; readonly formula: string };
  readonly fill: string | null;
  readonly font: string | null;
  readonly bold?: boolean;
  /** 1 is applied first. */
  readonly priority: number;
}

/** A block of formula counts a shell writes instead of a pivot, and the sentence that says so on the sheet. */
export interface PivotFallback {
  readonly blocks: readonly Block[];
  readonly note: string;
  /** Where the note goes (a free row above the pivot area). */
  readonly noteRow: number;
  readonly noteCol: number;
}

/** A PivotTable counting `value` over a table, optionally filtered to some items of one field. */
export interface PivotPlan {
  readonly name: string;
  readonly source: "Tasks" | "Assignments";
  readonly row: number;
  readonly col: number;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly value: string;
  /** Keep only these items of this field (a unit's own pivot); needs PivotFilters (ExcelApi 1.12) in Excel. */
  readonly filter: { readonly field: string; readonly items: readonly string[] } | null;
  /** Rows reserved for the pivot on its sheet; what follows starts below. */
  readonly reservedRows: number;
  /** Written instead of the pivot by the file shell, and by Excel when the pivot cannot be made. */
  readonly fallback: PivotFallback;
}

export type SheetKind =
  | "ledger"
  | "assignments"
  | "units"
  | "summary"
  | "about"
  | "leader"
  | "unit"
  | "targets"
  | "progress"
  | "revoked"
  | "round"
  | "bulletin";

/** One sheet of the ledger. */
export interface SheetPlan {
  readonly name: string;
  readonly kind: SheetKind;
  /** What the sheet stands for: the unit or leader name, or the kind for the fixed sheets. */
  readonly key: string;
  readonly tabColor: string | null;
  readonly blocks: readonly Block[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly pivots: readonly PivotPlan[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly freeze: { readonly rows: number; readonly cols: number } | null;
  /** Filter buttons over a plain range (tables have their own). */
  readonly autoFilter: CellRange | null;
  /** How the sheet prints (src/core/plan/print.ts); every planned sheet has one, literal test plans may not. */
  readonly print?: PrintPlan;
  /**
   * Number formats of single cells over their column's (a clerk's 0% on a 0.5 in 完成进度(%), their date format in
   * a text column), applied after the blocks; absent or empty for most sheets.
   */
  readonly cellFormats?: ReadonlyArray<{
    readonly row: number;
    readonly col: number;
    readonly numFmt: string;
  }>;
}

/** How a sheet prints: paper, fit, repeated header row, margins, footer, wrapped cells and their row heights. */
export interface PrintPlan {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fitted this many pages wide. */
  readonly fitToWidth: 1;
  /**
   * Fitted this many pages tall, when shrinking to a still readable size saves pages (pageFit.ts);
   * 0 for as many as it takes.
   */
  readonly fitToHeight: number;
  /** The print area: columns A up to this many, every row (the side notes left out); null for the whole sheet. */
  readonly columns: number | null;
  /**
   * Tables side by side printed apart: the print area is these spans of whole columns instead (`columns`
   * then covers them all), each printed on pages of its own and fitted to its own width (已撤销's two tables;
   * a print area of several ranges, `'已撤销'!$A:$R,'已撤销'!$T:$AC`). Absent for one area.
   */
  readonly areas?: ReadonlyArray<{ readonly col: number; readonly cols: number }>;
  /**
   * A fixed scale in percent, instead of fitting (`fitToWidth`, `fitToHeight` then unused): for a sheet the
   * plan breaks into pages itself (`rowBreaks`), since Excel ignores manual page breaks on a sheet fitted to
   * a number of pages, and a fixed scale puts every row where the plan counted it in both engines.
   */
  readonly scale?: number;
  /** Rows (0-based) that start a new page, the manual page breaks above them. */
  readonly rowBreaks?: readonly number[];
  /** Rows printed at the top of every page (the list's header), 0-based and inclusive; null for none. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  /** In inches, as Excel's page setup takes them. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** The centre footer in header/footer codes (&A sheet name, &P page, &N pages). */
  readonly footer: string;
  /** Cells whose text wraps. */
  readonly wrap: readonly CellRange[];
  /**
   * Heights (points) of the rows whose wrapped text takes more than one line, estimated from the column
   * widths; a shell that can measure text (Excel's autofit) may fit them itself instead.
   */
  readonly rowHeights: ReadonlyArray<{ readonly row: number; readonly points: number }>;
}

/** A workbook-level defined name. */
export interface NamePlan {
  readonly name: string;
  /** What it refers to, e.g. Units[单位] (a structured reference, so it grows with the table). */
  readonly refersTo: string;
}

// The ledger's settings (statuses, the cycle, the lights) are in settingsTypes.ts, named here too.
export type { CycleSettings, LedgerSettings, LightSettings, StatusStyle } from "./settingsTypes";

/** The whole ledger. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  readonly settings: LedgerSettings;
  /**
   * What the plan could not write as the clerk typed it, each naming its cell (a date column's text kept as
   * text, a formula kept as its value): the commands that rewrite a ledger report them.
   */
  readonly notes?: readonly PlanNote[];
  /**
   * Where the cells of the tables read back stand in this plan, for what follows a cell (its comment): set by
   * the plans that rewrite a ledger (update, regenerate); absent for a new one.
   */
  readonly moves?: readonly CellMove[];
}

/**
 * The cells of one table read back and where the plan writes them: from sheet `from` to sheet `to`, each old
 * row and column (0-based) with its new one; a row or column not listed is not written there.
 */
export interface CellMove {
  readonly from: string;
  readonly to: string;
  readonly rows: ReadonlyArray<readonly [number, number]>;
  readonly cols: ReadonlyArray<readonly [number, number]>;
}

/** A note of `WorkbookPlan.notes`. */
export interface PlanNote {
  readonly code: PlanNoteCode;
  readonly params: PlanNoteParams;
}

/** The codes of `WorkbookPlan.notes` (worded in core/messages). */
export type PlanNoteCode = "kept-as-text" | "formula-as-value";
export type PlanNoteParams = Readonly<Record<string, string | number>>;
