/**
 * The data model shared by the parser, the checks and the workbook plan.
 * Everything here is plain, readonly data: it serialises to JSON as is.
 */

/** How serious a finding is: an error needs a person's decision before the ledger can be trusted. */
export type Severity = "error" | "warning" | "info";

/** Where a finding points: a line of the source document, or a cell of the ledger. */
export type Where = { readonly line: number } | { readonly sheet: string; readonly cell: string };

/** Parameters of a finding's message; the wording is built from `code` + `params` in `messages.ts`. */
export type Params = Readonly<Record<string, string | number | readonly string[]>>;

/** A document finding produced by the parser (`taizhang parse`). `line` is 1-based, null for whole-file findings. */
export interface ParseIssue {
  readonly code: ParseIssueCode;
  readonly severity: Severity;
  readonly line: number | null;
  readonly params: Params;
}

export type ParseIssueCode =
  | "no-tasks"
  | "layout-generic"
  | "layout-region"
  | "task-no-units"
  | "task-no-lead"
  | "units-without-task"
  | "number-duplicated"
  | "number-restarted"
  | "number-skipped"
  | "task-unnumbered"
  | "units-inherited"
  | "cell-from-above"
  | "target-unread"
  | "unit-unusual"
  | "unit-trimmed"
  | "unit-cut"
  | "task-cut"
  | "encoding-guessed"
  | "encoding-unreadable"
  | "encoding-bad-bytes"
  | "file-unreadable"
  | "pdf-unruled-table"
  | "pdf-cell-across-pages"
  | "leader-multiple"
  | "text-unattached"
  | "line-unread"
  | "bracket-unclosed";

/** One task of the breakdown, with its units in the order the document lists them. */
export interface Task {
  /** Dotted numbering path as written, in Arabic numerals: 二、4 → "2.4"; 一、(一)1. → "1.1.1". Unique in the document. */
  readonly id: string;
  /** Which breakdown of the file the task belongs to (1 for the first; a 民生实事 list after it is 2). */
  readonly part: number;
  readonly leader: string | null;
  readonly leaderTitle: string | null;
  readonly text: string;
  /** Lead units (牵头单位); normally one. */
  readonly leads: readonly string[];
  /** Co-units (配合单位), in document order, without the leads. */
  readonly coUnits: readonly string[];
  /** Those of `leads` and `coUnits` that name a group (各镇(街道), 各相关单位 …). */
  readonly collectives: readonly string[];
  /** The deadline as written (6月底前, 年内持续推进), or null. */
  readonly deadline: string | null;
  /** 1-based line where the task starts in the source text. */
  readonly line: number;
}

/** One breakdown inside the file, with its own title (a file may hold 主要工作 and 民生实事 one after the other). */
export interface DocumentPart {
  readonly index: number;
  readonly title: string | null;
  readonly line: number | null;
}

/** What the document says about itself. */
export interface DocumentInfo {
  readonly title: string | null;
  readonly issuer: string | null;
  readonly date: string | null;
  readonly recipients: readonly string[];
  /** The sentence that says how roles are read, e.g. 列第一位者为牵头或汇总单位, with its line. */
  readonly roleConvention: { readonly text: string; readonly line: number } | null;
  readonly parts: readonly DocumentPart[];
  /** The text encoding the input was read in (utf-8, utf-16le, gb18030 …). */
  readonly encoding: string;
}

/** The result of parsing a breakdown document. */
export interface ParsedDocument {
  readonly document: DocumentInfo;
  readonly tasks: readonly Task[];
  readonly issues: readonly ParseIssue[];
}

/** A cell of the ledger, for findings and fixes: sheet name and A1 address (任务台账!E12). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** What a fix does to a cell's text; applied to the cell's current text, so fixes on one cell compose. */
/**
 * Make a units cell clean in one go, so that any one fix of the cell leaves it consistent: each name
 * renamed as `renames` says (an alias to its canonical name, a mis-spaced name to the registry's
 * spelling), units separated by 、, a unit listed twice kept once (the first), units in `drop` (the lead,
 * in a co-units cell) removed.
 */
export interface FixAction {
  readonly op: "units";
  readonly renames: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly drop: readonly string[];
}

/** A safe correction the pane applies on request, never silently. */
export interface Fix {
  readonly where: CellRef;
  readonly action: FixAction;
  /** The cell's text after this fix alone, to show before applying. */
  readonly preview: string;
}

export type CheckCode =
  | "table-missing"
  | "column-missing"
  | "id-empty"
  | "id-duplicate"
  | "lead-empty"
  | "lead-multiple"
  | "lead-collective"
  | "lead-unknown"
  | "lead-alias"
  | "co-unknown"
  | "co-alias"
  | "co-duplicate"
  | "co-repeats-lead"
  | "co-separator"
  | "unit-spaces"
  | "unit-format"
  | "status-invalid"
  | "rate-invalid"
  | "actual-invalid"
  | "deadline-unreadable"
  | "due-unreadable"
  | "formula-no-value"
  | "overdue"
  | "due-soon"
  | "due-uncoloured"
  | "alias-suggested"
  | "assignments-stale"
  | "rows-below-table"
  | "assignments-missing"
  | "cell-too-long"
  | "units-too-long"
  | "units-cut";

/** Notes of the Office.js shell: things it did another way than planned (see core/messages). */
export type NoteCode =
  | "pivot-filter-unsupported"
  | "pivot-filter-item-missing"
  | "autofilter-unsupported"
  | "name-fixed-address"
  | "freeze-failed"
  | "pivot-layout-overflow"
  | "page-layout-unsupported"
  | "page-layout-failed";

/** Lines the command line and the standalone page print about what they did (not findings of a check). */
export type ReportCode =
  | "regenerated-units"
  | "regenerated-own-sheets"
  | "kept-round-records"
  | "regenerated-cells-left"
  | "regenerated-unregistered"
  | "kept-as-text"
  | "formula-as-value"
  | "status-done-first";

/** Every code that has a wording in core/messages: a code without one is a type error there. */
export type MessageCode = ParseIssueCode | CheckCode | NoteCode | ReportCode;

/** A finding of the checks: a document line or a ledger cell, with a fix when one is safe. */
export interface Finding {
  readonly code: CheckCode | ParseIssueCode;
  readonly severity: Severity;
  readonly where: Where | null;
  readonly params: Params;
  readonly fix?: Fix;
}

/**
 * A value read from a ledger cell: text, a number (a serial number where the shell cannot tell a date), a date,
 * a formula whose result the file does not hold (a file written by a program and never calculated), or empty.
 */
export type LedgerValue =
  string | number | boolean | { readonly date: string } | { readonly formula: string } | null;

/** A table read back from a ledger, wherever the clerk moved it. */
export interface LedgerTable {
  readonly sheet: string;
  /** 0-based row and column of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly LedgerValue[]>;
  /**
   * How many of `rows`, at the end, were typed directly below the table's range (LibreOffice and WPS do not
   * grow a table as Excel does): read as part of it, and reported.
   */
  readonly rowsBelow?: number;
  /**
   * What some cells hold beyond the value `rows` gives the checks: the formula a cell was typed as (its value in
   * `rows` is then the cached result) and the number format of a number or date cell (0% on a 0.5), by row of
   * `rows` and column of `header`; only the cells that have one. Read from a file (the Office.js shell reads none).
   */
  readonly sources?: ReadonlyArray<Readonly<Record<number, CellSource>> | undefined>;
}

/** A cell's formula and number format, as read back (see `LedgerTable.sources`). */
export interface CellSource {
  /** Without its "=", as the file stores it. */
  readonly formula?: string;
  readonly numFmt?: string;
}
