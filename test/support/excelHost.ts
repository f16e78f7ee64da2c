/**
 * A strict in-memory Excel for testing the Office.js shell (src/excel). It REPLACES office-addin-mock, which
 * returns the string "Error, property was not loaded" instead of throwing and applies writes at once, so
 * ordering bugs (write, then read without sync) and unloaded reads pass unnoticed there.
 *
 * What this double enforces, as Office.js does:
 * - calls on proxies are queued and applied only at `context.sync()`, in order; a failing call stops the
 *   request (earlier calls stay applied) and the error reaches the caller from `sync()`;
 * - reading a property that was not loaded and synced throws (PropertyNotLoaded); so does any member the
 *   double does not implement (unknown members are never silently undefined);
 * - requirement sets: calls of a set above the configured ExcelApi version fail with ApiNotFound, and
 *   `Office.context.requirements.isSetSupported` answers from the same version;
 * - Excel on the web's 5 MB request limit (RequestPayloadSizeLimitExceeded), measured as the JSON of the
 *   queued calls with CJK counted as 3 bytes, plus a fixed overhead per call; round trips are counted;
 * - typed-input semantics of `values`/`formulas`: "=…" becomes a formula, numbers and ISO dates convert (a
 *   date typed into a General cell gets a date format, read back by `numberFormat`), text in an "@" cell stays text, a leading apostrophe is Excel's quote prefix (which `formulas` reads without, OfficeDev/office-js#6687); a scalar assigned to a
 *   multi-cell range applies to every cell, a 1x1 array does not fit a larger range;
 * - sheet names (31 characters, forbidden characters, unique ignoring case), table and defined names unique
 *   across the workbook, tables that may not overlap, the last sheet that may not be deleted;
 * - events: workbook.tables.onChanged handlers run after a sync (or a person's edit) that changed a table,
 *   only while `context.runtime.enableEvents` is true.
 *
 * State is modelled so tests assert what the workbook holds afterwards: cells (value, formula, number
 * format, quote prefix, font/fill), tables, names, validations, conditional formats, pivots with their
 * hierarchies and filters, custom properties, settings, comments (ExcelApi 1.10, deleted with their sheet), tab colours, frozen panes, widths, events flag and
 * the suspend calls of each request. Formula results are not computed (a formula cell reads as its cached
 * value, "" unless a test sets one).
 */

import { itemCounts, pivotArea, rectsOverlap } from "./pivotLayout";
import type { ItemCounts, PivotArea, SourceRecords } from "./pivotLayout";
import { requestMessageBytes, utf8JsonBytes } from "./requestSize";

// ───────────────────────────── errors ─────────────────────────────

/** An error as Office.js throws it (OfficeExtension.Error): name RichApi.Error, a code, a message. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A failure of the test double itself (an unimplemented member, a misuse): never an Office error. */
export class HostMisuse extends Error {
  override readonly name = "HostMisuse";
}

// ───────────────────────────── small helpers ─────────────────────────────

const REQUEST_LIMIT = 5_000_000;
const RESPONSE_LIMIT = 5_000_000;

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Column letters of a 0-based column. */
export function colLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a rectangle (A1 or A1:C3). */
export function rectAddress(r: Rect): string {
  const first = `${colLetters(r.col)}${r.row + 1}`;
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** A rectangle from an A1 address: A1, $A$1, A1:C3. */
export function parseAddress(address: string): Rect {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1] as string);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/**
 * The parts of `a` outside `cut`, as up to four rectangles (bands above and below, then left and right).
 * Excel keeps one rule over a multi-area range when rules are cleared from part of it; the double keeps
 * one rule per remaining rectangle instead.
 */
export function subtractRect(a: Rect, cut: Rect): Rect[] {
  if (!overlaps(a, cut)) return [a];
  const top = Math.max(a.row, cut.row);
  const bottom = Math.min(a.row + a.rows, cut.row + cut.rows);
  const parts: Rect[] = [
    { row: a.row, col: a.col, rows: top - a.row, cols: a.cols },
    { row: bottom, col: a.col, rows: a.row + a.rows - bottom, cols: a.cols },
    { row: top, col: a.col, rows: bottom - top, cols: Math.max(a.col, cut.col) - a.col },
    {
      row: top,
      col: Math.min(a.col + a.cols, cut.col + cut.cols),
      rows: bottom - top,
      cols: a.col + a.cols - Math.min(a.col + a.cols, cut.col + cut.cols),
    },
  ];
  return parts.filter((r) => r.rows > 0 && r.cols > 0);
}

const versionAtLeast = (have: string, need: string): boolean => {
  const [a1 = 0, a2 = 0] = have.split(".").map(Number);
  const [b1 = 0, b2 = 0] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

/** Excel's serial number of an ISO date (1900 system). */
const serialOf = (y: number, m: number, d: number): number =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);

/**
 * An R1C1 formula rendered in A1 form for the cell at (row, col): RC1 → $A5, R[-1]C → B4, R2C3 → $C$2.
 * Strings and structured references ([…]) are left alone.
 */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] as string) : "";
    const m = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_([])/.exec(formula.slice(i));
    if ((ch === "R" || ch === "r") && m && !/[A-Za-z0-9_.\]]/.test(prev)) {
      const part = (spec: string | undefined, base: number): { abs: boolean; index: number } => {
        if (spec === undefined) return { abs: false, index: base };
        if (spec.startsWith("[")) return { abs: false, index: base + Number(spec.slice(1, -1)) };
        return { abs: true, index: Number(spec) - 1 };
      };
      const r = part(m[1], row);
      const c = part(m[2], col);
      out += `${c.abs ? "$" : ""}${colLetters(c.index)}${r.abs ? "$" : ""}${r.index + 1}`;
      i += m[0].length;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j += 1) {
        if (formula[j] === "[") depth += 1;
        if (formula[j] === "]") depth -= 1;
        if (depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

// ───────────────────────────── workbook state ─────────────────────────────

/** What a cell holds. */
export type CellScalar = string | number | boolean;

/** Font and fill of a cell. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

/** One cell as the workbook holds it. */
export interface CellState {
  /** The value (a formula's cached value, "" unless a test set one). */
  value: CellScalar;
  /** A1 formula with "=", when set through `formulas`. */
  formula: string | null;
  /** R1C1 formula with "=", when set through `formulasR1C1`. */
  formulaR1C1: string | null;
  numberFormat: string;
  /** Set when the input began with Excel's quote prefix ('). */
  quotePrefix: boolean;
  format: CellFormat;
}

/** A data validation rule over a rectangle. */
export interface ValidationState {
  rect: Rect;
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  prompt: Excel.DataValidationPrompt | null;
}

/** A conditional format over a rectangle. */
export interface ConditionalFormatState {
  readonly type: string;
  readonly rect: Rect;
  /** cellValue: { formula1, formula2?, operator }; custom: { formula }. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean };
}

/** A PivotTable as the workbook holds it. */
export interface PivotStateModel {
  readonly name: string;
  readonly sheet: SheetState;
  readonly source: TableState;
  /** The source table was deleted: Excel keeps the pivot, and refreshing it fails ("Reference isn't valid"). */
  sourceBroken: boolean;
  readonly anchor: Rect;
  rows: string[];
  columns: string[];
  filters: string[];
  data: Array<{ field: string; summarizeBy: string }>;
  layoutType: string;
  subtotalLocation: string;
  /** Manual filters applied: field → selected items. */
  manualFilters: Map<string, string[]>;
  refreshed: number;
}

/** A worksheet as the workbook holds it. */
export class SheetState {
  /** Cells by row * 16384 + column. */
  readonly cells = new Map<number, CellState>();
  tabColor: string | null = null;
  freeze: { rows: number; cols: number } | null = null;
  autoFilter: Rect | null = null;
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: ValidationState[] = [];
  /** Conditional formats, highest priority first (index 0 is applied first). */
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly pivots: PivotStateModel[] = [];
  protected = false;
  /** Cell writes to this sheet so far (cached pivot source records stay valid while it is unchanged). */
  writes = 0;
  /** Page layout as set through `pageLayout` (ExcelApi 1.9): property name → value. */
  readonly page = new Map<string, unknown>();
  /** Ranges whose rows Excel fitted to their text (`format.autofitRows`). */
  readonly autofitRows: Rect[] = [];
  /** Merged areas a person made (Home → Merge & Center); the shell itself never merges. */
  readonly merges: Rect[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The cell at (row, col), created empty on first write. */
  cellAt(row: number, col: number, create = false): CellState | undefined {
    const key = row * 16384 + col;
    let cell = this.cells.get(key);
    if (!cell && create) {
      cell = {
        value: "",
        formula: null,
        formulaR1C1: null,
        numberFormat: "General",
        quotePrefix: false,
        format: {},
      };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

/** A comment (批注, ExcelApi 1.10's threaded comment) on one cell. */
export interface CommentState {
  readonly id: string;
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
  readonly content: string;
}

/** A table as the workbook holds it. */
export class TableState {
  style = "TableStyleMedium2";
  constructor(
    readonly id: string,
    public name: string,
    readonly sheet: SheetState,
    public rect: Rect,
    readonly columns: string[],
  ) {}

  get headerRect(): Rect {
    return { ...this.rect, rows: 1 };
  }

  get bodyRect(): Rect {
    return { row: this.rect.row + 1, col: this.rect.col, rows: this.rect.rows - 1, cols: this.rect.cols };
  }
}

/** One request (sync): its size, its calls, and whether it suspended calculation and screen updating. */
export interface RequestRecord {
  readonly bytes: number;
  readonly calls: number;
  /** The calls, in order: "Range.numberFormat", "Range.values" … */
  readonly callNames: readonly string[];
  readonly suspendedCalculation: boolean;
  readonly suspendedScreenUpdating: boolean;
  readonly responseBytes: number;
}

/** A table change as the handler receives it. */
export interface FakeTableChangedEvent {
  readonly type: "TableChanged";
  readonly tableId: string;
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
}

type TableHandler = (event: FakeTableChangedEvent) => Promise<unknown> | unknown;

/** Options of the host. */
export interface HostOptions {
  /** Highest ExcelApi version the simulated Excel supports (default 1.8, the manifest's minimum). */
  apiVersion?: string;
  displayLanguage?: string;
  /** OfficeDev/office-js#740: a defined name made with a structured reference stores a fixed address. */
  structuredNameBecomesAddress?: boolean;
  /** The clerk is editing a cell: runs without delayForCellEdit fail with InvalidOperationInCellEditMode. */
  cellEditMode?: boolean;
}

/** The simulated Excel: state, counters, and the globals it installs. */
export class ExcelHost {
  apiVersion: string;
  displayLanguage: string;
  structuredNameBecomesAddress: boolean;
  cellEditMode: boolean;

  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  /** Defined names by lower-case name. */
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly settings = new Map<string, unknown>();
  /** Comments (批注), in the order they were added; a sheet's go with it when it is deleted. */
  readonly comments: CommentState[] = [];
  eventsEnabled = true;
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  calculations = 0;
  refreshAllCalls = 0;
  /**
   * The clerk's undo stack, newest last: a person's edit, or a call of the add-in that changed the
   * workbook (one per call, or one per Excel.run with mergeUndoGroup). A call Excel cannot undo
   * (Worksheet.delete) clears it (docs/excel/excel-add-ins-undo-capabilities.md).
   */
  readonly undoStack: string[] = [];

  /** Every request sent, in order. */
  readonly requests: RequestRecord[] = [];
  private nextId = 1;
  private readonly failures: Array<{ call: string; code: string; remaining: number }> = [];
  private readonly handlers: Array<{ handler: TableHandler; context: FakeContext }> = [];
  private readonly pendingEvents: FakeTableChangedEvent[] = [];
  private readonly running: Array<Promise<unknown>> = [];
  private dispatchScheduled: Promise<void> | null = null;

  constructor(options: HostOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.8";
    this.displayLanguage = options.displayLanguage ?? "zh-CN";
    this.structuredNameBecomesAddress = options.structuredNameBecomesAddress ?? false;
    this.cellEditMode = options.cellEditMode ?? false;
    this.addSheet("Sheet1");
  }

  // ── counters ──

  /** Round trips so far. */
  get syncCount(): number {
    return this.requests.length;
  }

  /** The largest request so far, in bytes. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  /** Forgets the requests recorded so far. */
  resetCounters(): void {
    this.requests.length = 0;
  }

  // ── state helpers for tests ──

  newId(prefix: string): string {
    const id = `{${prefix}-${this.nextId}}`;
    this.nextId += 1;
    return id;
  }

  /** Adds a sheet directly (a person's sheet, or the setup of a test). */
  addSheet(name: string): SheetState {
    this.checkSheetName(name, null);
    const sheet = new SheetState(this.newId("ws"), name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** The sheet with this name (ignoring case); throws when absent. */
  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new HostMisuse(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }

  findSheet(nameOrId: string): SheetState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  /** The table with this name; throws when absent. */
  table(name: string): TableState {
    const t = this.findTable(name);
    if (!t) throw new HostMisuse(`no table ${name}`);
    return t;
  }

  findTable(nameOrId: string): TableState | undefined {
    const lower = nameOrId.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === nameOrId);
  }

  /** The cell at an A1 address of a sheet (an empty cell when never written). */
  cell(sheet: string, address: string): CellState {
    const r = parseAddress(address);
    return (
      this.sheet(sheet).cellAt(r.row, r.col) ?? {
        value: "",
        formula: null,
        formulaR1C1: null,
        numberFormat: "General",
        quotePrefix: false,
        format: {},
      }
    );
  }

  /** The formula of a cell in A1 form (an R1C1 formula rendered for that cell), or null. */
  formulaA1(sheet: string, address: string): string | null {
    const c = this.cell(sheet, address);
    if (c.formula) return c.formula;
    if (c.formulaR1C1) {
      const r = parseAddress(address);
      return r1c1ToA1(c.formulaR1C1, r.row, r.col);
    }
    return null;
  }

  /** Values of a rectangle, as `range.values` would return them. */
  valuesOf(sheet: SheetState, rect: Rect): CellScalar[][] {
    return Array.from({ length: rect.rows }, (_, i) =>
      Array.from({ length: rect.cols }, (__, j) => sheet.cellAt(rect.row + i, rect.col + j)?.value ?? ""),
    );
  }

  /**
   * Formulas of a rectangle, as Range.formulas reads them: a formula in A1 form with its "=", else the value —
   * text typed with Excel's quote prefix reads WITHOUT it (OfficeDev/office-js#6687), so '=1+1 reads "=1+1",
   * as a formula would; only its value, the same text, tells it apart.
   */
  formulasOf(sheet: SheetState, rect: Rect): Array<Array<string | number | boolean>> {
    return Array.from({ length: rect.rows }, (_, i) =>
      Array.from({ length: rect.cols }, (__, j) => {
        const c = sheet.cellAt(rect.row + i, rect.col + j);
        if (!c) return "";
        if (c.formula) return c.formula;
        if (c.formulaR1C1) return r1c1ToA1(c.formulaR1C1, rect.row + i, rect.col + j);
        return c.value;
      }),
    );
  }

  /** The number formats of a rectangle, as Range.numberFormat reads them ("General" for untouched cells). */
  numberFormatsOf(sheet: SheetState, rect: Rect): string[][] {
    return Array.from({ length: rect.rows }, (_, i) =>
      Array.from(
        { length: rect.cols },
        (__, j) => sheet.cellAt(rect.row + i, rect.col + j)?.numberFormat ?? "General",
      ),
    );
  }

  /** Writes values directly, as a person typing them would (typed-input rules, events fire). */
  userEdit(sheetName: string, address: string, values: CellScalar | CellScalar[][]): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    this.writeInput(sheet, rect, values, "values");
    this.undoStack.push(`edit ${sheetName}!${address}`);
    this.flushEventsSoon();
  }

  /**
   * Merges cells as a person does (Merge & Center): the top-left cell keeps its value, the others are
   * emptied (Excel keeps only the upper-left value).
   */
  userMerge(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    for (let i = 0; i < rect.rows; i += 1)
      for (let j = 0; j < rect.cols; j += 1)
        if (i > 0 || j > 0) sheet.cells.delete((rect.row + i) * 16384 + rect.col + j);
    sheet.merges.push(rect);
  }

  /** Places a table directly (a clerk moved it, or a test's setup): header and rows are written as values. */
  placeTable(
    sheetName: string,
    name: string,
    topLeft: string,
    header: string[],
    rows: CellScalar[][],
  ): TableState {
    const sheet = this.findSheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseAddress(topLeft);
    const rect = { row: at.row, col: at.col, rows: rows.length + 1, cols: header.length };
    this.writeInput(sheet, { ...rect, rows: 1 }, [header], "values", false);
    if (rows.length > 0)
      this.writeInput(sheet, { ...rect, row: rect.row + 1, rows: rows.length }, rows, "values", false);
    return this.createTable(sheet, rect, name);
  }

  /** Adds a comment directly (a person's, or a test's setup); as `workbook.comments.add` does. */
  addComment(address: string, content: string): CommentState {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)$/.exec(address);
    if (!m)
      throw new FakeOfficeError("InvalidArgument", `a comment needs one cell, Sheet!A1, not ${address}`);
    const sheet = this.findSheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string));
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet for ${address}`);
    const at = parseAddress((m[3] as string).replace(/\$/g, ""));
    if (this.comments.some((c) => c.sheet === sheet && c.row === at.row && c.col === at.col))
      throw new FakeOfficeError("InvalidOperation", `${address} has a comment already`);
    const comment = { id: this.newId("comment"), sheet, row: at.row, col: at.col, content };
    this.comments.push(comment);
    return comment;
  }

  /** The comments of a sheet as "A1: content". */
  commentsOn(sheetName: string): string[] {
    const sheet = this.sheet(sheetName);
    return this.comments
      .filter((c) => c.sheet === sheet)
      .map((c) => `${rectAddress({ row: c.row, col: c.col, rows: 1, cols: 1 })}: ${c.content}`);
  }

  /** Protects a sheet: writes to it fail with AccessDenied. */
  protect(sheetName: string): void {
    this.sheet(sheetName).protected = true;
  }

  /** Makes the `nth` call named `call` (e.g. "Worksheet.tables.add") fail with an Office error `code`. */
  failOn(call: string, code: string, nth = 1): void {
    this.failures.push({ call, code, remaining: nth });
  }

  /** Resolves when every change event so far has been delivered and its handler has finished. */
  async settle(): Promise<void> {
    for (let round = 0; round < 20; round += 1) {
      if (this.dispatchScheduled) await this.dispatchScheduled;
      const running = this.running.splice(0);
      if (running.length === 0 && !this.dispatchScheduled) return;
      await Promise.allSettled(running);
    }
  }

  /** Registered table change handlers. */
  get handlerCount(): number {
    return this.handlers.length;
  }

  // ── globals ──

  /** Installs this host as the global `Excel` and `Office`; returns the function that removes them. */
  install(): () => void {
    const language = (): string => this.displayLanguage;
    const g = globalThis as unknown as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = strict("Excel", {
      run: (...args: unknown[]) => this.run(args),
    });
    // Office.context.document.settings is the same bag as workbook.settings, but an in-memory copy loaded
    // when the add-in starts; saveAsync writes the whole copy back ("persist the in-memory copy of the
    // settings property bag in the document", Office.Settings reference), dropping keys added since.
    let copy = new Map(this.settings);
    const documentSettings = strict("Office.Settings", {
      get: (key: string): unknown => (copy.has(key) ? copy.get(key) : null),
      set: (key: string, value: unknown): void => void copy.set(key, value),
      remove: (key: string): void => void copy.delete(key),
      saveAsync: (callback?: (result: { status: string; error?: { message: string } }) => void): void => {
        this.settings.clear();
        for (const [k, v] of copy) this.settings.set(k, v);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
      refreshAsync: (callback?: (result: { status: string }) => void): void => {
        copy = new Map(this.settings);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
    });
    g.Office = strict("Office", {
      AsyncResultStatus: strict("Office.AsyncResultStatus", { Succeeded: "succeeded", Failed: "failed" }),
      context: strict("Office.context", {
        document: strict("Office.context.document", { settings: documentSettings }),
        requirements: strict("Office.context.requirements", {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && versionAtLeast(this.apiVersion, version ?? "1.1"),
        }),
        get displayLanguage() {
          return language();
        },
      }),
    });
    return () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    };
  }

  private async run(args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new HostMisuse("Excel.run needs a batch function");
    const first = args.length > 1 ? args[0] : undefined;
    let context: FakeContext;
    if (first instanceof FakeContext) {
      context = first;
    } else {
      const options = (first ?? {}) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
      for (const key of Object.keys(options)) {
        if (key !== "delayForCellEdit" && key !== "mergeUndoGroup")
          throw new HostMisuse(`Excel.run option ${key} is not modelled`);
      }
      if (options.mergeUndoGroup) this.checkVersion("Excel.run({ mergeUndoGroup })", "1.20");
      context = new FakeContext(this, options.delayForCellEdit === true, options.mergeUndoGroup === true);
    }
    context.finished = false;
    let result: unknown;
    try {
      result = await (batch as (c: FakeContext) => Promise<unknown>)(context);
    } finally {
      context.finished = true;
    }
    if (context.pendingCalls > 0) {
      throw new HostMisuse(
        `${context.pendingCalls} call(s) queued but never synced (first: ${context.firstPending})`,
      );
    }
    return result;
  }

  // ── used by proxies ──

  /** Throws when `call` was set to fail; counts down the nth. */
  checkFailure(call: string): void {
    const f = this.failures.find((x) => x.call === call);
    if (!f) return;
    f.remaining -= 1;
    if (f.remaining === 0) {
      this.failures.splice(this.failures.indexOf(f), 1);
      throw new FakeOfficeError(f.code, `simulated failure of ${call}`);
    }
  }

  checkVersion(call: string, version: string | undefined): void {
    if (version && !versionAtLeast(this.apiVersion, version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${call} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`,
      );
    }
  }

  record(request: RequestRecord): void {
    this.requests.push(request);
  }

  registerHandler(handler: TableHandler, context: FakeContext): void {
    this.handlers.push({ handler, context });
  }

  removeHandler(handler: TableHandler): void {
    const i = this.handlers.findIndex((h) => h.handler === handler);
    if (i < 0) throw new FakeOfficeError("InvalidOperation", "handler not registered");
    this.handlers.splice(i, 1);
  }

  checkSheetName(name: string, except: SheetState | null): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[:\\/?*[\]]/.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === "history"
    ) {
      throw new FakeOfficeError("InvalidArgument", `invalid sheet name ${JSON.stringify(name)}`);
    }
    const clash = this.sheets.find((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
  }

  /** Checks a table or defined name: valid and unique across tables and names. */
  checkWorkbookName(name: string, except: TableState | null): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name) || /^[RC]$/i.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `invalid name ${JSON.stringify(name)}`);
    }
    const lower = name.toLowerCase();
    if (this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) || this.names.has(lower)) {
      throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} is taken`);
    }
  }

  createTable(sheet: SheetState, rect: Rect, name?: string): TableState {
    if (rect.rows < 2) throw new FakeOfficeError("InvalidArgument", "a table needs a header and a body row");
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
      throw new FakeOfficeError("InvalidArgument", "tables cannot overlap");
    }
    const header = this.valuesOf(sheet, { ...rect, rows: 1 })[0] as CellScalar[];
    const columns = header.map((h, i) => (String(h) === "" ? `Column${i + 1}` : String(h)));
    if (new Set(columns.map((c) => c.toLowerCase())).size !== columns.length) {
      throw new FakeOfficeError("InvalidArgument", "duplicate table headers are not modelled");
    }
    let tableName = name;
    if (tableName === undefined) {
      let n = this.tables.length + 1;
      while (this.findTable(`Table${n}`)) n += 1;
      tableName = `Table${n}`;
    }
    this.checkWorkbookName(tableName, null);
    const table = new TableState(this.newId("tbl"), tableName, sheet, rect, columns);
    this.tables.push(table);
    return table;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length <= 1)
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
    const removed = this.tables.filter((t) => t.sheet === sheet);
    for (const t of removed) this.tables.splice(this.tables.indexOf(t), 1);
    for (const n of this.names.values()) {
      if (
        removed.some((t) => n.formula.toLowerCase().includes(`${t.name.toLowerCase()}[`)) ||
        n.formula.includes(`${sheet.name}!`)
      ) {
        n.formula = "=#REF!";
      }
    }
    // Pivots elsewhere over a deleted table stay, with a source that no longer exists.
    for (const other of this.sheets)
      for (const p of other.pivots) if (removed.includes(p.source)) p.sourceBroken = true;
    // A sheet's comments are deleted with it.
    for (let i = this.comments.length - 1; i >= 0; i--)
      if (this.comments[i]?.sheet === sheet) this.comments.splice(i, 1);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /** Where a pivot sits now: its filter area above, its body from the anchor (see pivotLayout.ts). */
  pivotArea(p: PivotStateModel): PivotArea {
    const key = JSON.stringify([
      p.source.sheet.writes,
      p.source.id,
      rectAddress(p.source.rect),
      p.rows,
      p.columns,
      [...p.manualFilters],
    ]);
    let counts = this.counts.get(key);
    if (!counts) {
      counts = itemCounts(p, this.recordsOf(p.source));
      this.counts.set(key, counts);
    }
    return pivotArea(p, counts);
  }

  /** Cached source records and item counts, valid while their sheet's write count is unchanged. */
  private readonly records = new Map<TableState, { writes: number; rect: string; records: SourceRecords }>();
  private readonly counts = new Map<string, ItemCounts>();

  /** A table's body as records (column name → text), cached until the next cell write. */
  private recordsOf(table: TableState): SourceRecords {
    const rect = rectAddress(table.rect);
    const cached = this.records.get(table);
    if (cached && cached.writes === table.sheet.writes && cached.rect === rect) return cached.records;
    const rows = this.valuesOf(table.sheet, table.bodyRect);
    const records = rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, String(r[i] ?? "")])));
    this.records.set(table, { writes: table.sheet.writes, rect, records });
    return records;
  }

  /**
   * Throws as Excel does when a pivot's layout would overwrite cells holding data, a table or another pivot
   * (Excel's UI asks "replace the contents?"; an add-in has no one to ask, so the request fails).
   */
  checkPivotPlacement(p: PivotStateModel): void {
    const area = this.pivotArea(p);
    const rects = area.filter ? [area.filter, area.body] : [area.body];
    for (const rect of rects) {
      for (let i = 0; i < rect.rows; i += 1) {
        for (let j = 0; j < rect.cols; j += 1) {
          const cell = p.sheet.cellAt(rect.row + i, rect.col + j);
          if (cell && (cell.value !== "" || cell.formula || cell.formulaR1C1)) {
            throw new FakeOfficeError(
              "InvalidOperation",
              `PivotTable ${p.name} would overwrite ${p.sheet.name}!${rectAddress({ row: rect.row + i, col: rect.col + j, rows: 1, cols: 1 })}, which holds data`,
            );
          }
        }
      }
      if (this.tables.some((t) => t.sheet === p.sheet && rectsOverlap(t.rect, rect)))
        throw new FakeOfficeError("InvalidOperation", `PivotTable ${p.name} cannot overlap a table`);
      for (const other of p.sheet.pivots) {
        if (other === p) continue;
        const o = this.pivotArea(other);
        if ([o.body, ...(o.filter ? [o.filter] : [])].some((r) => rectsOverlap(r, rect)))
          throw new FakeOfficeError(
            "InvalidOperation",
            `A PivotTable report cannot overlap another PivotTable report (${p.name}, ${other.name})`,
          );
      }
    }
  }

  /** Refreshes one pivot: fails when its source is gone; its new layout must fit. */
  refreshPivot(p: PivotStateModel): void {
    if (p.sourceBroken)
      throw new FakeOfficeError(
        "InvalidReference",
        `Reference isn't valid: the source of ${p.name} was deleted`,
      );
    p.refreshed += 1;
    this.checkPivotPlacement(p);
  }

  /**
   * Checks a list rule's source as Excel takes it: "=Name" must name a defined name (or be a range
   * reference); a literal list is one string of at most 255 characters (XlsxWriter#562, ClosedXML#1016).
   */
  checkListSource(source: unknown): void {
    if (typeof source !== "string") throw new HostMisuse("only string list sources are modelled");
    if (source.startsWith("=")) {
      const ref = source.slice(1);
      if (!/[!:$]/.test(ref) && !this.names.has(ref.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `the list source ${source} names nothing`);
      return;
    }
    if (Array.from(source).length > 255)
      throw new FakeOfficeError(
        "InvalidArgument",
        `a list of ${Array.from(source).length} characters (at most 255)`,
      );
  }

  /** The items a cell's dropdown offers: a literal list split at its commas, or a name's table column. */
  dropdownItems(sheetName: string, address: string): string[] {
    const at = parseAddress(address);
    const rule = this.sheet(sheetName).validations.find((v) => rectsOverlap(v.rect, at))?.rule as
      { list?: { source?: string } } | null | undefined;
    const source = rule?.list?.source;
    if (source === undefined) return [];
    if (!source.startsWith("=")) return source.split(",").map((i) => i.trim());
    const formula = this.names.get(source.slice(1).toLowerCase())?.formula ?? "";
    const m = /^=([\p{L}_][\p{L}\p{N}_.]*)\[([^\]]+)\]$/u.exec(formula);
    const table = m ? this.findTable(m[1] as string) : undefined;
    if (!m || !table) throw new HostMisuse(`dropdown source ${source} → ${formula} is not modelled`);
    const c = table.columns.indexOf(m[2] as string);
    const body = table.bodyRect;
    return this.valuesOf(table.sheet, { row: body.row, col: body.col + c, rows: body.rows, cols: 1 })
      .map((r) => String(r[0] ?? ""))
      .filter((v) => v !== "");
  }

  /** Throws as Excel does when a formula refers to a table that does not exist (Tasks[编号] before Tasks is made). */
  checkReferences(sheet: SheetState, rect: Rect): void {
    for (let i = 0; i < rect.rows; i += 1) {
      for (let j = 0; j < rect.cols; j += 1) {
        const cell = sheet.cellAt(rect.row + i, rect.col + j);
        const formula = cell?.formula ?? cell?.formulaR1C1;
        if (!formula) continue;
        const unquoted = formula.replace(/"[^"]*"/g, '""');
        for (const m of unquoted.matchAll(/([\p{L}_][\p{L}\p{N}_.]*)\[/gu)) {
          const name = m[1] as string;
          if (/^[RC]$/i.test(name) || this.findTable(name)) continue;
          throw new FakeOfficeError(
            "InvalidArgument",
            `the formula ${formula} refers to a table ${name} that does not exist`,
          );
        }
        // Only the first cell of a rectangle of one formula needs checking.
        if (rect.rows * rect.cols > 1 && cell?.formulaR1C1) return;
      }
    }
  }

  /**
   * Writes input into a rectangle with Excel's typed-input rules. `input` is a scalar (applied to every
   * cell) or an array of exactly the rectangle's shape.
   */
  writeInput(
    sheet: SheetState,
    rect: Rect,
    input: unknown,
    kind: "values" | "formulas" | "formulasR1C1",
    events = true,
  ): void {
    if (sheet.protected)
      throw new FakeOfficeError("AccessDenied", "The cell you're trying to change is on a protected sheet.");
    const at = matrixOrScalar(input, rect, kind);
    sheet.writes += 1;
    for (let i = 0; i < rect.rows; i += 1) {
      for (let j = 0; j < rect.cols; j += 1) {
        const cell = sheet.cellAt(rect.row + i, rect.col + j, true) as CellState;
        typeInto(cell, at(i, j), kind);
      }
    }
    this.checkReferences(sheet, rect);
    if (events) this.noteChange(sheet, rect);
  }

  setNumberFormat(sheet: SheetState, rect: Rect, input: unknown): void {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
    const at = matrixOrScalar(input, rect, "numberFormat");
    for (let i = 0; i < rect.rows; i += 1) {
      for (let j = 0; j < rect.cols; j += 1) {
        const f = at(i, j);
        if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "number formats are strings");
        (sheet.cellAt(rect.row + i, rect.col + j, true) as CellState).numberFormat = f;
      }
    }
  }

  setCellFormat(sheet: SheetState, rect: Rect, patch: CellFormat): void {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
    for (let i = 0; i < rect.rows; i += 1) {
      for (let j = 0; j < rect.cols; j += 1)
        Object.assign((sheet.cellAt(rect.row + i, rect.col + j, true) as CellState).format, patch);
    }
  }

  /** Queues change events for tables the rectangle touches, when events are on. */
  noteChange(sheet: SheetState, rect: Rect): void {
    if (!this.eventsEnabled) return;
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.rect, rect)) {
        this.pendingEvents.push({
          type: "TableChanged",
          tableId: t.id,
          worksheetId: sheet.id,
          address: rectAddress(rect),
          changeType: "RangeEdited",
          source: "Local",
        });
      }
    }
  }

  /** Delivers pending events after the current turn, to the handlers registered then. */
  flushEventsSoon(): void {
    if (this.pendingEvents.length === 0 || this.dispatchScheduled) return;
    this.dispatchScheduled = new Promise<void>((resolve) => {
      setTimeout(() => {
        const events = this.pendingEvents.splice(0);
        for (const e of events) {
          for (const { handler } of [...this.handlers])
            this.running.push(Promise.resolve().then(() => handler(e)));
        }
        this.dispatchScheduled = null;
        resolve();
      }, 0);
    });
  }
}

/** A getter for the value at (i, j) of a scalar or a matrix of exactly the rectangle's shape. */
function matrixOrScalar(input: unknown, rect: Rect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rows || input.some((r) => !Array.isArray(r) || r.length !== rect.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: the array's size (${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}) does not match the range (${rect.rows}x${rect.cols})`,
    );
  }
  return (i, j) => (input[i] as unknown[])[j];
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?$/i;

/** What Excel makes of input typed into a cell. */
function typeInto(cell: CellState, input: unknown, kind: "values" | "formulas" | "formulasR1C1"): void {
  cell.formula = null;
  cell.formulaR1C1 = null;
  cell.quotePrefix = false;
  if (input === null || input === undefined)
    throw new FakeOfficeError("InvalidArgument", "null input is not modelled");
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `cannot write ${typeof input}`);
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (/^[=+@]/.test(input) || (input.startsWith("-") && !NUMBER.test(input.trim()) && input.length > 1)) {
    const f = input.startsWith("=") ? input : `=${input}`;
    if (kind === "formulasR1C1") cell.formulaR1C1 = f;
    else cell.formula = f;
    cell.value = "";
    return;
  }
  const t = input.trim();
  if (NUMBER.test(t.replace(/,/g, ""))) {
    cell.value = t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t.replace(/,/g, ""));
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    cell.value = serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    // Excel gives a General cell a date format when a date is typed into it.
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy/m/d";
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    return;
  }
  cell.value = input;
}

// ───────────────────────────── strictness ─────────────────────────────

/** Keys the test tooling may probe on any object without it being an Office member. */
const INSPECTION_KEYS = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
]);

/** Wraps an object so that reading or writing a member it does not define throws. */
function strict<T extends object>(label: string, target: T): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "symbol" || key in t) return Reflect.get(t, key, receiver);
      if (INSPECTION_KEYS.has(key)) return undefined;
      throw new HostMisuse(`${label}.${key} is not implemented by the Excel double`);
    },
    set(t, key, value, receiver) {
      if (typeof key === "symbol" || key in t) return Reflect.set(t, key, value, receiver);
      throw new HostMisuse(`${label}.${String(key)} cannot be set: not implemented by the Excel double`);
    },
  });
}

// ───────────────────────────── context and proxies ─────────────────────────────

interface Call {
  readonly name: string;
  readonly payload: unknown;
  readonly version: string | undefined;
  readonly run: () => void;
}

/** Calls Excel cannot undo: they clear the clerk's undo stack, and fail inside an undo group. */
const NOT_UNDOABLE: ReadonlySet<string> = new Set(["Worksheet.delete"]);

/** True for a call that changes the workbook (an undo step), false for reads and run-time switches. */
function changesWorkbook(name: string): boolean {
  const member = name.slice(name.lastIndexOf(".") + 1);
  return !(
    member === "load" ||
    member.startsWith("get") ||
    member.startsWith("suspend") ||
    ["select", "activate", "calculate", "enableEvents"].includes(member)
  );
}

/** A request context: a queue of calls applied at sync. */
export class FakeContext {
  private readonly queue: Call[] = [];
  responseBytes = 0;
  /**
   * True once the Excel.run that made this context has finished: its proxies are dead. Office.js then fails
   * any use with InvalidObjectPath ("If you're using the object across multiple context.sync calls and
   * outside the sequential execution of a .run batch, please use context.trackedObjects.add()",
   * OfficeDev/office-js#561). Excel.run(context, …) with the context itself revives it for that batch.
   */
  finished = false;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;

  /** True once a request of this (merged) run has put its undo step on the stack. */
  undoRecorded = false;

  constructor(
    readonly host: ExcelHost,
    readonly delayForCellEdit: boolean,
    readonly mergeUndoGroup = false,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
    return strict("RequestContext", this);
  }

  get pendingCalls(): number {
    return this.queue.length;
  }

  get firstPending(): string {
    return this.queue[0]?.name ?? "";
  }

  /** Queues a call: its name (for size, failures and requirement sets), its arguments, and what it does. */
  enqueue(name: string, payload: unknown, run: () => void, version?: string): void {
    this.assertAlive(name);
    this.queue.push({ name, payload, version, run });
  }

  /** Throws InvalidObjectPath when this context's Excel.run has finished. */
  assertAlive(what: string): void {
    if (this.finished) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `The object path '${what}' isn't working for what you're trying to do: its Excel.run batch has finished.`,
      );
    }
  }

  async sync(): Promise<void> {
    this.assertAlive("sync");
    await Promise.resolve();
    const calls = this.queue.splice(0);
    const host = this.host;
    const bytes = requestMessageBytes(calls);
    const names = calls.map((c) => c.name);
    this.responseBytes = 0;
    const record = (responseBytes: number): void =>
      host.record({
        bytes,
        calls: calls.length,
        callNames: names,
        suspendedCalculation: names.includes("Application.suspendApiCalculationUntilNextSync"),
        suspendedScreenUpdating: names.includes("Application.suspendScreenUpdatingUntilNextSync"),
        responseBytes,
      });
    if (host.cellEditMode && !this.delayForCellEdit) {
      record(0);
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (bytes > REQUEST_LIMIT) {
      record(0);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes exceeds 5 MB`);
    }
    try {
      for (const c of calls) {
        host.checkVersion(c.name, c.version);
        host.checkFailure(c.name);
        if (NOT_UNDOABLE.has(c.name) && this.mergeUndoGroup)
          throw new FakeOfficeError(
            "UndoNotSupported",
            `${c.name} cannot be undone, so it cannot be grouped`,
          );
        c.run();
        if (NOT_UNDOABLE.has(c.name)) host.undoStack.length = 0;
        // Each call that changes the workbook is an undo step of its own; mergeUndoGroup makes all the calls
        // of one Excel.run a single step ("group multiple API calls into a single undoable action",
        // docs/excel/excel-add-ins-undo-capabilities.md).
        else if (changesWorkbook(c.name) && !(this.mergeUndoGroup && this.undoRecorded)) {
          host.undoStack.push(`add-in ${c.name}`);
          this.undoRecorded = true;
        }
      }
    } finally {
      record(this.responseBytes);
      host.flushEventsSoon();
    }
    if (this.responseBytes > RESPONSE_LIMIT) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${this.responseBytes} bytes exceeds 5 MB`,
      );
    }
  }
}

/** A reference to a workbook object, resolved when a queued call first needs it. */
class Ref<T> {
  private resolved = false;
  private value: T | null = null;

  constructor(private readonly resolver: () => T | null) {}

  static of<T>(value: T): Ref<T> {
    return new Ref<T>(() => value);
  }

  /** A reference set by a queued call that creates the object (worksheets.add …). */
  static later<T>(): Ref<T> & { set(value: T): void } {
    const r = new Ref<T>(() => {
      throw new HostMisuse("object used before the call creating it ran");
    }) as Ref<T> & { set(value: T): void };
    r.set = (value: T) => {
      r.value = value;
      r.resolved = true;
    };
    return r;
  }

  orNull(): T | null {
    if (!this.resolved) {
      this.value = this.resolver();
      this.resolved = true;
    }
    return this.value;
  }

  get(): T {
    const v = this.orNull();
    if (v === null)
      throw new FakeOfficeError("InvalidOperation", "the object is a null object (isNullObject is true)");
    return v;
  }
}

/** Properties a `load` names: "a,b", ["a","b"], items/x for collections. */
function loadList(props: unknown): string[] {
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.map(String);
  throw new HostMisuse(
    "load() needs property names in this double (an empty load loads everything and is slow)",
  );
}

/** Base of every proxy: a context, a kind for messages, loaded values readable only after sync. */
abstract class FakeObject<T> {
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    protected readonly kind: string,
    protected readonly ref: Ref<T>,
  ) {}

  protected get host(): ExcelHost {
    return this.context.host;
  }

  /** Queues a call on this object. */
  protected call(method: string, payload: unknown, run: (target: T) => void, version?: string): void {
    this.context.enqueue(`${this.kind}.${method}`, payload, () => run(this.ref.get()), version);
  }

  /** A loaded value; throws when it was not loaded and synced. */
  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
      );
    }
    return this.loaded.get(prop) as V;
  }

  /** Values of `props` of the target, as the response would carry them. */
  protected abstract snapshot(target: T, props: string[]): Record<string, unknown>;

  /** Sets loaded values (used by collections for their items). */
  setLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  load(props?: unknown): this {
    const list = loadList(props);
    this.context.enqueue(`${this.kind}.load`, list, () => {
      const target = this.ref.orNull();
      if (target === null) {
        this.loaded.set("isNullObject", true);
        this.context.responseBytes += 20;
        return;
      }
      const values = this.snapshot(target, list);
      this.context.responseBytes += utf8JsonBytes(values);
      this.setLoaded({ ...values, isNullObject: false });
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** The loaded values, as Office.js objects give them to JSON.stringify (also what the response carries). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Snapshot of named scalar properties through a getter table; unknown properties are a misuse. */
function pick<T>(
  kind: string,
  target: T,
  props: string[],
  getters: Record<string, (t: T) => unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    const g = getters[p];
    if (!g) throw new HostMisuse(`${kind}.load("${p}") is not implemented by the Excel double`);
    out[p] = g(target);
  }
  return out;
}

/** Item properties of a collection load ("items/name" → "name"). */
function itemProps(kind: string, props: string[]): string[] {
  return props.map((p) => {
    if (!p.startsWith("items/")) throw new HostMisuse(`${kind}.load("${p}"): load items/… on a collection`);
    return p.slice("items/".length);
  });
}

class FakeRuntime extends FakeObject<ExcelHost> {
  constructor(context: FakeContext) {
    super(context, "Runtime", Ref.of(context.host));
    return strict("Runtime", this);
  }

  set enableEvents(value: boolean) {
    this.call(
      "enableEvents",
      value,
      (host) => {
        host.eventsEnabled = value;
      },
      "1.8",
    );
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  protected snapshot(host: ExcelHost, props: string[]) {
    return pick("Runtime", host, props, { enableEvents: (h) => h.eventsEnabled });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  readonly pivotTables: FakeWorkbookPivotTables;
  readonly comments: FakeCommentCollection;

  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.application = new FakeApplication(context);
    this.pivotTables = new FakeWorkbookPivotTables(context);
    this.comments = new FakeCommentCollection(context);
    return strict("Workbook", this);
  }

  /** The selected areas: host.selection (areas separated by commas), else A1 of the active sheet. */
  private selectedAreas(): AreasTarget {
    const host = this.context.host;
    const sel = host.selection;
    const sheet = sel ? host.findSheet(sel.sheet) : host.sheets.find((x) => x.id === host.activeSheetId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "no sheet is selected");
    const rects = sel ? sel.address.split(",").map(parseAddress) : [{ row: 0, col: 0, rows: 1, cols: 1 }];
    return { sheet, rects };
  }

  /**
   * The selected range. "Gets the currently selected single range from the workbook. If there are multiple
   * ranges selected, this method will throw an error" (Excel.Workbook reference, ExcelApi 1.1): a selection
   * of several areas (Ctrl+click) fails the request with InvalidSelection.
   */
  getSelectedRange(): FakeRange {
    this.context.enqueue("Workbook.getSelectedRange", null, () => {
      if (this.selectedAreas().rects.length > 1)
        throw new FakeOfficeError("InvalidSelection", "The selection contains multiple areas.");
    });
    return new FakeRange(
      this.context,
      new Ref(() => {
        const { sheet, rects } = this.selectedAreas();
        return { sheet, rect: rects[0] as Rect };
      }),
    );
  }

  /** Every selected area, as a RangeAreas (ExcelApi 1.9). */
  getSelectedRanges(): FakeRangeAreas {
    this.context.enqueue("Workbook.getSelectedRanges", null, () => undefined, "1.9");
    return new FakeRangeAreas(this.context, new Ref(() => this.selectedAreas()));
  }
}

/** Areas of one sheet (a RangeAreas): a multi-area selection, the merged areas of a range. */
interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

const AREA_PROPS: Readonly<Record<string, (r: Rect) => number>> = {
  rowIndex: (r) => r.row,
  columnIndex: (r) => r.col,
  rowCount: (r) => r.rows,
  columnCount: (r) => r.cols,
};

/**
 * A RangeAreas (ExcelApi 1.9): `areaCount`, and `areas` loaded as "areas/items/rowIndex" …; an area's
 * property read without being loaded throws PropertyNotLoaded, as every other proxy does.
 */
class FakeRangeAreas extends FakeObject<AreasTarget> {
  constructor(context: FakeContext, ref: Ref<AreasTarget>) {
    super(context, "RangeAreas", ref);
    return strict("RangeAreas", this);
  }

  protected snapshot(t: AreasTarget, props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const item: string[] = [];
    for (const p of props) {
      if (p === "areaCount") out.areaCount = t.rects.length;
      else if (p.startsWith("areas/items/") && AREA_PROPS[p.slice("areas/items/".length)])
        item.push(p.slice("areas/items/".length));
      else throw new HostMisuse(`RangeAreas.load("${p}") is not implemented by the Excel double`);
    }
    if (item.length > 0) {
      out.areas = {
        items: t.rects.map((r) =>
          Object.fromEntries(item.map((k) => [k, (AREA_PROPS[k] as (r: Rect) => number)(r)])),
        ),
      };
    }
    return out;
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  get areas(): { readonly items: ReadonlyArray<Record<string, number>> } {
    const areas = this.read<{ items: Array<Record<string, number>> }>("areas");
    return {
      items: areas.items.map(
        (a) =>
          new Proxy(a, {
            get(t, key) {
              if (typeof key === "string" && key in AREA_PROPS && !(key in t))
                throw new FakeOfficeError(
                  "PropertyNotLoaded",
                  `The property '${key}' of Range is not available.`,
                );
              return Reflect.get(t, key) as unknown;
            },
          }),
      ),
    };
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContext) {
    return strict("Application", this);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => undefined, "1.6");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue("Application.suspendScreenUpdatingUntilNextSync", null, () => undefined, "1.9");
  }

  calculate(type: string): void {
    this.context.enqueue("Application.calculate", type, () => {
      this.context.host.calculations += 1;
    });
  }
}

class FakeWorkbookPivotTables {
  constructor(private readonly context: FakeContext) {
    return strict("PivotTableCollection", this);
  }

  refreshAll(): void {
    this.context.enqueue(
      "PivotTableCollection.refreshAll",
      null,
      () => {
        const host = this.context.host;
        host.refreshAllCalls += 1;
        for (const s of host.sheets) for (const p of s.pivots) host.refreshPivot(p);
      },
      "1.3",
    );
  }
}

// ── comments (ExcelApi 1.10) ──

class FakeCommentCollection extends FakeObject<ExcelHost> {
  constructor(context: FakeContext) {
    super(context, "CommentCollection", Ref.of(context.host));
    return strict("CommentCollection", this);
  }

  get items(): FakeComment[] {
    return this.read("items");
  }

  protected snapshot(host: ExcelHost, props: string[]) {
    host.checkVersion("CommentCollection.load", "1.10");
    const inner = itemProps(this.kind, props);
    return {
      items: host.comments.map((c) => {
        const item = new FakeComment(this.context, Ref.of(c));
        item.setLoaded(pick("Comment", c, inner, COMMENT_PROPS));
        return item;
      }),
    };
  }

  /** Adds a comment to one cell ("Sheet!A1"); the content is plain text here. */
  add(cellAddress: unknown, content: unknown): void {
    if (typeof cellAddress !== "string" || typeof content !== "string")
      throw new HostMisuse("comments.add is modelled with an address string and plain text only");
    this.call("add", [cellAddress, content], (host) => void host.addComment(cellAddress, content), "1.10");
  }
}

const COMMENT_PROPS: Record<string, (c: CommentState) => unknown> = {
  id: (c) => c.id,
  content: (c) => c.content,
};

class FakeComment extends FakeObject<CommentState> {
  constructor(context: FakeContext, ref: Ref<CommentState>) {
    super(context, "Comment", ref);
    return strict("Comment", this);
  }

  protected snapshot(c: CommentState, props: string[]) {
    return pick("Comment", c, props, COMMENT_PROPS);
  }

  get content(): string {
    return this.read("content");
  }

  /** The cell the comment is on. */
  getLocation(): FakeRange {
    this.context.enqueue("Comment.getLocation", null, () => undefined, "1.10");
    return new FakeRange(
      this.context,
      new Ref(() => {
        const c = this.ref.get();
        return { sheet: c.sheet, rect: { row: c.row, col: c.col, rows: 1, cols: 1 } };
      }),
    );
  }
}

// ── worksheets ──

class FakeWorksheetCollection extends FakeObject<ExcelHost> {
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection", Ref.of(context.host));
    return strict("WorksheetCollection", this);
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  protected snapshot(host: ExcelHost, props: string[]) {
    const inner = itemProps(this.kind, props);
    return {
      items: host.sheets.map((s) => {
        const w = new FakeWorksheet(this.context, Ref.of(s));
        w.setLoaded(pick("Worksheet", s, inner, WORKSHEET_PROPS));
        return w;
      }),
    };
  }

  getItem(key: string): FakeWorksheet {
    this.context.enqueue("WorksheetCollection.getItem", key, () => undefined);
    return new FakeWorksheet(
      this.context,
      new Ref(() => {
        const s = this.host.findSheet(key);
        if (!s)
          throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${key}`);
        return s;
      }),
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    this.context.enqueue("WorksheetCollection.getActiveWorksheet", null, () => undefined);
    return new FakeWorksheet(
      this.context,
      new Ref(() => {
        const s = this.host.sheets.find((x) => x.id === this.host.activeSheetId);
        if (!s) throw new FakeOfficeError("ItemNotFound", "no active worksheet");
        return s;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.enqueue("WorksheetCollection.getItemOrNullObject", key, () => undefined);
    return new FakeWorksheet(this.context, new Ref(() => this.host.findSheet(key) ?? null));
  }

  add(name?: string): FakeWorksheet {
    const ref = Ref.later<SheetState>();
    this.context.enqueue("WorksheetCollection.add", name ?? null, () => {
      const host = this.host;
      let n = host.sheets.length + 1;
      while (name === undefined && host.findSheet(`Sheet${n}`)) n += 1;
      ref.set(host.addSheet(name ?? `Sheet${n}`));
    });
    return new FakeWorksheet(this.context, ref);
  }
}

const WORKSHEET_PROPS: Record<string, (s: SheetState) => unknown> = {
  name: (s) => s.name,
  id: (s) => s.id,
  tabColor: (s) => s.tabColor ?? "",
};

class FakeWorksheet extends FakeObject<SheetState> {
  constructor(context: FakeContext, ref: Ref<SheetState>) {
    super(context, "Worksheet", ref);
    return strict("Worksheet", this);
  }

  protected snapshot(s: SheetState, props: string[]) {
    return pick("Worksheet", s, props, WORKSHEET_PROPS);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.call("name", value, (s) => {
      this.host.checkSheetName(value, s);
      s.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  set tabColor(value: string) {
    this.call(
      "tabColor",
      value,
      (s) => {
        s.tabColor = value;
      },
      "1.7",
    );
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, this.ref);
  }

  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.context, this.ref);
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, this.ref);
  }

  get pageLayout(): object {
    return fakePageLayout(this.context, this.ref);
  }

  /** `Worksheet.horizontalPageBreaks` (ExcelApi 1.9): each break added is recorded under `rowBreaks` in `page`. */
  get horizontalPageBreaks(): object {
    const { context, ref } = this;
    return strict("PageBreakCollection", {
      add: (at: string) =>
        context.enqueue(
          "PageBreakCollection.add",
          at,
          () => {
            const page = ref.get().page;
            page.set("rowBreaks", [...((page.get("rowBreaks") as string[] | undefined) ?? []), at]);
          },
          "1.9",
        ),
    });
  }

  get autoFilter(): FakeAutoFilter {
    return new FakeAutoFilter(this.context, this.ref);
  }

  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.context, this.ref);
  }

  delete(): void {
    this.call("delete", null, (s) => this.host.deleteSheet(s));
  }

  activate(): void {
    this.call("activate", null, (s) => {
      this.host.activeSheetId = s.id;
    });
  }

  /** The smallest range holding every cell with a value (valuesOnly), or a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.enqueue("Worksheet.getUsedRangeOrNullObject", valuesOnly ?? false, () => undefined);
    return new FakeRange(
      this.context,
      new Ref(() => {
        const sheet = this.ref.get();
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (const [key, cell] of sheet.cells) {
          if (cell.value === "" || cell.value === null) continue;
          const row = Math.floor(key / 16384);
          const col = key % 16384;
          [top, left] = [Math.min(top, row), Math.min(left, col)];
          [bottom, right] = [Math.max(bottom, row), Math.max(right, col)];
        }
        if (bottom < 0) return null;
        return { sheet, rect: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } };
      }),
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "a range has at least one cell");
    this.context.enqueue("Worksheet.getRangeByIndexes", [row, col, rows, cols], () => undefined);
    return new FakeRange(
      this.context,
      new Ref(() => ({ sheet: this.ref.get(), rect: { row, col, rows, cols } })),
    );
  }

  getRange(address: string): FakeRange {
    this.context.enqueue("Worksheet.getRange", address, () => undefined);
    return new FakeRange(
      this.context,
      new Ref(() => ({ sheet: this.ref.get(), rect: parseAddress(address) })),
    );
  }
}

class FakeCustomProperties extends FakeObject<SheetState> {
  constructor(context: FakeContext, ref: Ref<SheetState>) {
    super(context, "WorksheetCustomPropertyCollection", ref);
    return strict("WorksheetCustomPropertyCollection", this);
  }

  protected snapshot(): Record<string, unknown> {
    throw new HostMisuse("load the custom properties one by one (getItemOrNullObject)");
  }

  add(key: string, value: string): void {
    if (key.length > 255)
      throw new FakeOfficeError("InvalidArgument", "custom property key over 255 characters");
    this.call(
      "add",
      [key, value],
      (s) => {
        s.customProperties.set(key.toLowerCase(), { key, value });
      },
      "1.12",
    );
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    this.context.enqueue(
      "WorksheetCustomPropertyCollection.getItemOrNullObject",
      key,
      () => undefined,
      "1.12",
    );
    return new FakeCustomProperty(
      this.context,
      new Ref(() => this.ref.get().customProperties.get(key.toLowerCase()) ?? null),
    );
  }
}

class FakeCustomProperty extends FakeObject<{ key: string; value: string }> {
  constructor(context: FakeContext, ref: Ref<{ key: string; value: string }>) {
    super(context, "WorksheetCustomProperty", ref);
    return strict("WorksheetCustomProperty", this);
  }

  protected snapshot(p: { key: string; value: string }, props: string[]) {
    return pick("WorksheetCustomProperty", p, props, { key: (x) => x.key, value: (x) => x.value });
  }

  get value(): string {
    return this.read("value");
  }
}

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<SheetState>,
  ) {
    return strict("WorksheetFreezePanes", this);
  }

  private set(method: string, payload: unknown, freeze: () => { rows: number; cols: number }): void {
    this.context.enqueue(
      `WorksheetFreezePanes.${method}`,
      payload,
      () => {
        this.ref.get().freeze = freeze();
      },
      "1.7",
    );
  }

  freezeRows(count: number): void {
    this.set("freezeRows", count, () => ({ rows: count, cols: 0 }));
  }

  freezeColumns(count: number): void {
    this.set("freezeColumns", count, () => ({ rows: 0, cols: count }));
  }

  freezeAt(range: FakeRange): void {
    this.set("freezeAt", null, () => {
      const r = range.target().rect;
      return { rows: r.row + r.rows, cols: r.col + r.cols };
    });
  }
}

/** `Worksheet.pageLayout` (ExcelApi 1.9): each property set is recorded in the sheet's `page` map. */
function fakePageLayout(context: FakeContext, ref: Ref<SheetState>): object {
  const set = (prop: string) => (value: unknown) =>
    context.enqueue(`PageLayout.${prop}`, value, () => void ref.get().page.set(prop, value), "1.9");
  const layout: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) => set("printTitleRows")(rows),
    setPrintArea: (area: string) => set("printArea")(area),
    headersFooters: strict("HeaderFooterGroup", {
      defaultForAllPages: strict("HeaderFooter", {
        set centerFooter(v: string) {
          set("centerFooter")(v);
        },
      }),
    }),
  };
  for (const prop of [
    "paperSize",
    "orientation",
    "zoom",
    "leftMargin",
    "rightMargin",
    "topMargin",
    "bottomMargin",
    "headerMargin",
    "footerMargin",
    "firstPageNumber",
  ])
    Object.defineProperty(layout, prop, { set: set(prop), enumerable: true });
  return strict("PageLayout", layout);
}

class FakeAutoFilter {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<SheetState>,
  ) {
    return strict("AutoFilter", this);
  }

  apply(range: FakeRange): void {
    this.context.enqueue(
      "AutoFilter.apply",
      null,
      () => {
        this.ref.get().autoFilter = range.target().rect;
      },
      "1.9",
    );
  }
}

// ── ranges ──

interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

class FakeRange extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, ref: Ref<RangeTarget>) {
    super(context, "Range", ref);
    return strict("Range", this);
  }

  /** The resolved sheet and rectangle (for other proxies' queued calls). */
  target(): RangeTarget {
    return this.ref.get();
  }

  protected snapshot(t: RangeTarget, props: string[]) {
    return pick("Range", t, props, {
      values: (x) => this.host.valuesOf(x.sheet, x.rect),
      text: (x) => this.host.valuesOf(x.sheet, x.rect).map((r) => r.map((v) => String(v ?? ""))),
      numberFormat: (x) => this.host.numberFormatsOf(x.sheet, x.rect),
      formulas: (x) => this.host.formulasOf(x.sheet, x.rect),
      rowIndex: (x) => x.rect.row,
      columnIndex: (x) => x.rect.col,
      rowCount: (x) => x.rect.rows,
      columnCount: (x) => x.rect.cols,
      address: (x) => `${x.sheet.name}!${rectAddress(x.rect)}`,
    });
  }

  get values(): CellScalar[][] {
    return this.read("values");
  }

  get text(): string[][] {
    return this.read("text");
  }

  get address(): string {
    return this.read("address");
  }

  set values(input: unknown) {
    this.call("values", input, (t) => this.host.writeInput(t.sheet, t.rect, input, "values"));
  }

  set formulas(input: unknown) {
    this.call("formulas", input, (t) => this.host.writeInput(t.sheet, t.rect, input, "formulas"));
  }

  get formulas(): Array<Array<string | number | boolean>> {
    return this.read("formulas");
  }

  set formulasR1C1(input: unknown) {
    this.call(
      "formulasR1C1",
      input,
      (t) => this.host.writeInput(t.sheet, t.rect, input, "formulasR1C1"),
      "1.2",
    );
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(input: unknown) {
    this.call("numberFormat", input, (t) => this.host.setNumberFormat(t.sheet, t.rect, input));
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this.ref);
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this.ref);
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, this.ref);
  }

  /**
   * The merged areas in this range (ExcelApi 1.13), a null object when there are none: "if the merged areas
   * count in this range is more than 512, then this method will fail to return the result" (Excel.Range
   * reference), so past 512 the request fails.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.enqueue("Range.getMergedAreasOrNullObject", null, () => undefined, "1.13");
    return new FakeRangeAreas(
      this.context,
      new Ref(() => {
        const t = this.ref.get();
        const rects = t.sheet.merges.filter((m) => rectsOverlap(m, t.rect));
        if (rects.length > 512)
          throw new FakeOfficeError(
            "GeneralException",
            `${rects.length} merged areas (Excel returns at most 512)`,
          );
        return rects.length === 0 ? null : { sheet: t.sheet, rects };
      }),
    );
  }

  select(): void {
    this.call("select", null, (t) => {
      this.host.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }
}

class FakeRangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<RangeTarget>,
  ) {
    return strict("RangeFormat", this);
  }

  private patch(prop: string, value: unknown, patch: CellFormat): void {
    this.context.enqueue(`RangeFormat.${prop}`, value, () => {
      const t = this.ref.get();
      this.context.host.setCellFormat(t.sheet, t.rect, patch);
    });
  }

  set wrapText(value: boolean) {
    this.patch("wrapText", value, { wrap: value });
  }

  set verticalAlignment(value: string) {
    this.context.enqueue("RangeFormat.verticalAlignment", value, () => undefined);
  }

  set horizontalAlignment(value: string) {
    this.context.enqueue("RangeFormat.horizontalAlignment", value, () => undefined);
  }

  autofitRows(): void {
    this.context.enqueue(
      "RangeFormat.autofitRows",
      null,
      () => {
        const t = this.ref.get();
        t.sheet.autofitRows.push(t.rect);
      },
      "1.2",
    );
  }

  set columnWidth(value: number) {
    this.context.enqueue("RangeFormat.columnWidth", value, () => {
      const t = this.ref.get();
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c += 1) t.sheet.columnWidths.set(c, value);
    });
  }

  get font(): object {
    const patch = (prop: keyof CellFormat) => (value: unknown) =>
      this.patch(`font.${prop}`, value, { [prop]: value });
    return strict("RangeFont", {
      set bold(v: boolean) {
        patch("bold")(v);
      },
      set italic(v: boolean) {
        patch("italic")(v);
      },
      set size(v: number) {
        patch("size")(v);
      },
      set color(v: string) {
        patch("color")(v);
      },
    });
  }

  get fill(): object {
    const patch = (value: string) => this.patch("fill.color", value, { fill: value });
    return strict("RangeFill", {
      set color(v: string) {
        patch(v);
      },
    });
  }
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<RangeTarget>,
  ) {
    return strict("DataValidation", this);
  }

  private entry(t: RangeTarget): ValidationState {
    const existing = t.sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(t.rect));
    if (existing) return existing;
    // A new rule replaces rules of the cells it covers.
    for (let i = t.sheet.validations.length - 1; i >= 0; i -= 1) {
      if (overlaps((t.sheet.validations[i] as ValidationState).rect, t.rect))
        t.sheet.validations.splice(i, 1);
    }
    const created: ValidationState = { rect: t.rect, rule: null, errorAlert: null, prompt: null };
    t.sheet.validations.push(created);
    return created;
  }

  private set(prop: "rule" | "errorAlert" | "prompt", value: unknown): void {
    this.context.enqueue(
      `DataValidation.${prop}`,
      value,
      () => {
        const t = this.ref.get();
        if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
        if (prop === "rule") {
          const kinds = Object.keys(value as object);
          if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", "a rule has exactly one kind");
          const list = (value as { list?: { source?: unknown } }).list;
          if (list) this.context.host.checkListSource(list.source);
        }
        (this.entry(t) as unknown as Record<string, unknown>)[prop] = value;
      },
      "1.8",
    );
  }

  set rule(value: Excel.DataValidationRule) {
    this.set("rule", value);
  }

  /** Removes validation from the range's cells only: rules reaching beyond it keep the cells outside. */
  clear(): void {
    this.context.enqueue(
      "DataValidation.clear",
      null,
      () => {
        const t = this.ref.get();
        if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
        const kept = t.sheet.validations.flatMap((v) =>
          subtractRect(v.rect, t.rect).map((rect) => (rect === v.rect ? v : { ...v, rect })),
        );
        t.sheet.validations.splice(0, t.sheet.validations.length, ...kept);
      },
      "1.8",
    );
  }

  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", value);
  }

  set prompt(value: Excel.DataValidationPrompt) {
    this.set("prompt", value);
  }
}

class FakeConditionalFormats {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<RangeTarget>,
  ) {
    return strict("ConditionalFormatCollection", this);
  }

  /**
   * Clears conditional formats from the range's cells only (Excel's "Clear Rules from Selected Cells"): a
   * rule inside the range goes, a rule reaching beyond it keeps the cells outside, in its priority place.
   */
  clearAll(): void {
    this.context.enqueue(
      "ConditionalFormatCollection.clearAll",
      null,
      () => {
        const t = this.ref.get();
        if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
        const kept = t.sheet.conditionalFormats.flatMap((cf) =>
          subtractRect(cf.rect, t.rect).map((rect) => (rect === cf.rect ? cf : { ...cf, rect })),
        );
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...kept);
      },
      "1.6",
    );
  }

  add(type: string): object {
    if (type !== "CellValue" && type !== "Custom")
      throw new HostMisuse(`conditional format type ${type} is not modelled`);
    const ref = Ref.later<ConditionalFormatState>();
    this.context.enqueue(
      "ConditionalFormatCollection.add",
      type,
      () => {
        const t = this.ref.get();
        const cf: ConditionalFormatState = { type, rect: t.rect, rule: {}, format: {} };
        t.sheet.conditionalFormats.unshift(cf);
        ref.set(cf);
      },
      "1.6",
    );
    const context = this.context;
    const enqueue = (what: string, payload: unknown, run: (cf: ConditionalFormatState) => void) =>
      context.enqueue(`ConditionalFormat.${what}`, payload, () => run(ref.get()));
    const format = (kind: string) =>
      strict(`${kind}.format`, {
        fill: strict("ConditionalRangeFill", {
          set color(v: string) {
            enqueue("format.fill.color", v, (cf) => {
              cf.format.fill = v;
            });
          },
        }),
        font: strict("ConditionalRangeFont", {
          set color(v: string) {
            enqueue("format.font.color", v, (cf) => {
              cf.format.fontColor = v;
            });
          },
          set bold(v: boolean) {
            enqueue("format.font.bold", v, (cf) => {
              cf.format.bold = v;
            });
          },
        }),
      });
    const ofType = (kind: string) => (cf: ConditionalFormatState) => {
      if (cf.type !== kind)
        throw new FakeOfficeError("InvalidOperation", `a ${cf.type} format has no ${kind} part`);
    };
    return strict("ConditionalFormat", {
      get cellValue() {
        return strict("CellValueConditionalFormat", {
          set rule(v: Record<string, unknown>) {
            enqueue("cellValue.rule", v, (cf) => {
              ofType("CellValue")(cf);
              cf.rule = { ...v };
            });
          },
          format: format("CellValue"),
        });
      },
      get custom() {
        return strict("CustomConditionalFormat", {
          rule: strict("ConditionalFormatRule", {
            set formula(v: string) {
              enqueue("custom.rule.formula", v, (cf) => {
                ofType("Custom")(cf);
                cf.rule = { formula: v };
              });
            },
          }),
          format: format("Custom"),
        });
      },
    });
  }
}

// ── tables ──

class FakeTableCollection extends FakeObject<ExcelHost> {
  constructor(
    context: FakeContext,
    private readonly sheetRef: Ref<SheetState> | null,
  ) {
    super(context, sheetRef ? "Worksheet.tables" : "TableCollection", Ref.of(context.host));
    return strict(this.kind, this);
  }

  get items(): FakeTable[] {
    return this.read("items");
  }

  protected snapshot(host: ExcelHost, props: string[]) {
    const inner = itemProps(this.kind, props);
    const sheet = this.sheetRef?.get() ?? null;
    return {
      items: host.tables
        .filter((t) => sheet === null || t.sheet === sheet)
        .map((t) => {
          const p = new FakeTable(this.context, Ref.of(t));
          p.setLoaded(pick("Table", t, inner, TABLE_PROPS));
          return p;
        }),
    };
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new HostMisuse("tables without headers are not modelled");
    const ref = Ref.later<TableState>();
    this.context.enqueue(`${this.kind}.add`, typeof address === "string" ? address : null, () => {
      const target = typeof address === "string" ? null : address.target();
      const sheet = target?.sheet ?? this.sheetRef?.get();
      if (!sheet) throw new HostMisuse("workbook.tables.add with a string address is not modelled");
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      ref.set(this.host.createTable(sheet, target?.rect ?? parseAddress(address as string)));
    });
    return new FakeTable(this.context, ref);
  }

  getItem(key: string): FakeTable {
    this.context.enqueue(`${this.kind}.getItem`, key, () => undefined);
    return new FakeTable(
      this.context,
      new Ref(() => {
        const t = this.host.findTable(key);
        if (!t)
          throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table ${key}`);
        return t;
      }),
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    this.context.enqueue(`${this.kind}.getItemOrNullObject`, key, () => undefined);
    return new FakeTable(this.context, new Ref(() => this.host.findTable(key) ?? null));
  }

  get onChanged(): object {
    if (this.sheetRef) throw new HostMisuse("worksheet.tables.onChanged is not modelled");
    const context = this.context;
    return strict("EventHandlers", {
      add: (handler: TableHandler) => {
        context.enqueue(
          "TableCollection.onChanged.add",
          null,
          () => context.host.registerHandler(handler, context),
          "1.7",
        );
        return strict("EventHandlerResult", {
          context,
          remove: () => {
            context.enqueue("EventHandlerResult.remove", null, () => context.host.removeHandler(handler));
          },
        });
      },
    });
  }
}

const TABLE_PROPS: Record<string, (t: TableState) => unknown> = {
  name: (t) => t.name,
  id: (t) => t.id,
  style: (t) => t.style,
};

class FakeTable extends FakeObject<TableState> {
  constructor(context: FakeContext, ref: Ref<TableState>) {
    super(context, "Table", ref);
    return strict("Table", this);
  }

  protected snapshot(t: TableState, props: string[]) {
    return pick("Table", t, props, TABLE_PROPS);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.call("name", value, (t) => {
      this.host.checkWorkbookName(value, t);
      t.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  set style(value: string) {
    this.call("style", value, (t) => {
      if (!/^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(value)) {
        throw new FakeOfficeError("InvalidArgument", `unknown table style ${value}`);
      }
      t.style = value;
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, new Ref(() => this.ref.get().sheet));
  }

  /** The table this proxy points at (for other proxies' queued calls). */
  tableState(): TableState {
    return this.ref.get();
  }

  getHeaderRowRange(): FakeRange {
    this.context.enqueue("Table.getHeaderRowRange", null, () => undefined);
    return new FakeRange(
      this.context,
      new Ref(() => ({ sheet: this.ref.get().sheet, rect: this.ref.get().headerRect })),
    );
  }

  getDataBodyRange(): FakeRange {
    this.context.enqueue("Table.getDataBodyRange", null, () => undefined);
    return new FakeRange(
      this.context,
      new Ref(() => ({ sheet: this.ref.get().sheet, rect: this.ref.get().bodyRect })),
    );
  }
}

// ── names and settings ──

class FakeNamedItemCollection extends FakeObject<ExcelHost> {
  constructor(context: FakeContext) {
    super(context, "NamedItemCollection", Ref.of(context.host));
    return strict("NamedItemCollection", this);
  }

  get items(): FakeNamedItem[] {
    return this.read("items");
  }

  protected snapshot(host: ExcelHost, props: string[]) {
    const inner = itemProps(this.kind, props);
    return {
      items: [...host.names.values()].map((n) => {
        const p = new FakeNamedItem(this.context, Ref.of(n));
        p.setLoaded(pick("NamedItem", n, inner, { name: (x) => x.name, formula: (x) => x.formula }));
        return p;
      }),
    };
  }

  getItem(name: string): FakeNamedItem {
    this.context.enqueue("NamedItemCollection.getItem", name, () => undefined);
    return new FakeNamedItem(
      this.context,
      new Ref(() => {
        const n = this.host.names.get(name.toLowerCase());
        if (!n) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
        return n;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.enqueue("NamedItemCollection.getItemOrNullObject", name, () => undefined, "1.4");
    return new FakeNamedItem(this.context, new Ref(() => this.host.names.get(name.toLowerCase()) ?? null));
  }

  addFormulaLocal(name: string, formula: string): FakeNamedItem {
    const ref = Ref.later<{ name: string; formula: string }>();
    this.context.enqueue(
      "NamedItemCollection.addFormulaLocal",
      [name, formula],
      () => {
        const host = this.host;
        host.checkWorkbookName(name, null);
        let stored = formula;
        const m = /^=([\p{L}_][\p{L}\p{N}_.]*)\[([^\]]+)\]$/u.exec(formula);
        if (m) {
          const table = host.findTable(m[1] as string);
          if (!table) throw new FakeOfficeError("InvalidArgument", `no table ${m[1]} for ${formula}`);
          const c = table.columns.indexOf(m[2] as string);
          if (c < 0) throw new FakeOfficeError("InvalidArgument", `no column ${m[2]} in ${m[1]}`);
          if (host.structuredNameBecomesAddress) {
            const body = table.bodyRect;
            const col = colLetters(body.col + c);
            stored = `='${table.sheet.name}'!$${col}$${body.row + 1}:$${col}$${body.row + body.rows}`;
          }
        }
        const item = { name, formula: stored };
        host.names.set(name.toLowerCase(), item);
        ref.set(item);
      },
      "1.4",
    );
    return new FakeNamedItem(this.context, ref);
  }
}

class FakeNamedItem extends FakeObject<{ name: string; formula: string }> {
  constructor(context: FakeContext, ref: Ref<{ name: string; formula: string }>) {
    super(context, "NamedItem", ref);
    return strict("NamedItem", this);
  }

  protected snapshot(n: { name: string; formula: string }, props: string[]) {
    return pick("NamedItem", n, props, { name: (x) => x.name, formula: (x) => x.formula });
  }

  get name(): string {
    return this.read("name");
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(value: string) {
    this.call(
      "formula",
      value,
      (n) => {
        n.formula = value;
      },
      "1.7",
    );
  }

  delete(): void {
    this.call("delete", null, (n) => {
      this.host.names.delete(n.name.toLowerCase());
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {
    return strict("SettingCollection", this);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.context.enqueue("SettingCollection.getItemOrNullObject", key, () => undefined, "1.4");
    return new FakeSetting(
      this.context,
      new Ref(() =>
        this.context.host.settings.has(key) ? { key, value: this.context.host.settings.get(key) } : null,
      ),
    );
  }

  add(key: string, value: unknown): void {
    this.context.enqueue(
      "SettingCollection.add",
      [key, value],
      () => {
        this.context.host.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      },
      "1.4",
    );
  }
}

class FakeSetting extends FakeObject<{ key: string; value: unknown }> {
  constructor(context: FakeContext, ref: Ref<{ key: string; value: unknown }>) {
    super(context, "Setting", ref);
    return strict("Setting", this);
  }

  protected snapshot(s: { key: string; value: unknown }, props: string[]) {
    return pick("Setting", s, props, { key: (x) => x.key, value: (x) => x.value });
  }

  get value(): unknown {
    return this.read("value");
  }
}

// ── pivots ──

class FakePivotTableCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheetRef: Ref<SheetState>,
  ) {
    return strict("Worksheet.pivotTables", this);
  }

  add(name: string, source: FakeTable, destination: FakeRange): FakePivotTable {
    if (!(source instanceof FakeTable))
      throw new HostMisuse("pivots over a range or address are not modelled: use a table");
    const ref = Ref.later<PivotStateModel>();
    this.context.enqueue(
      "PivotTableCollection.add",
      name,
      () => {
        const sheet = this.sheetRef.get();
        if (sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
        if (sheet.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
          throw new FakeOfficeError("ItemAlreadyExists", `a pivot named ${name} exists on ${sheet.name}`);
        }
        const dest = destination.target();
        if (dest.sheet !== sheet)
          throw new FakeOfficeError("InvalidArgument", "destination on another sheet");
        const pivot: PivotStateModel = {
          name,
          sheet,
          sourceBroken: false,
          source: source.tableState(),
          anchor: dest.rect,
          rows: [],
          columns: [],
          filters: [],
          data: [],
          layoutType: "Compact",
          subtotalLocation: "AtTop",
          manualFilters: new Map(),
          refreshed: 0,
        };
        sheet.pivots.push(pivot);
        ref.set(pivot);
        this.context.host.checkPivotPlacement(pivot);
      },
      "1.8",
    );
    return new FakePivotTable(this.context, ref);
  }
}

class FakePivotTable {
  constructor(
    private readonly context: FakeContext,
    private readonly ref: Ref<PivotStateModel>,
  ) {
    return strict("PivotTable", this);
  }

  /** Queues a call on the pivot; one that changes what the pivot shows is checked against what is around it. */
  private enqueue(what: string, payload: unknown, run: (p: PivotStateModel) => void, version = "1.8"): void {
    this.context.enqueue(
      `PivotTable.${what}`,
      payload,
      () => {
        const p = this.ref.get();
        run(p);
        if (/Hierarchies\.add$|^layout\./.test(what)) this.context.host.checkPivotPlacement(p);
      },
      version,
    );
  }

  get hierarchies(): object {
    return strict("PivotHierarchyCollection", {
      getItem: (name: string) => {
        this.enqueue("hierarchies.getItem", name, (p) => {
          if (!p.source.columns.includes(name))
            throw new FakeOfficeError("ItemNotFound", `no hierarchy ${name}`);
        });
        return this.hierarchy(name);
      },
    });
  }

  private hierarchy(name: string): object {
    const pivotRef = this.ref;
    const context = this.context;
    return strict("PivotHierarchy", {
      name,
      get fields() {
        return strict("PivotFieldCollection", {
          getItem: (fieldName: string) => {
            if (fieldName !== name)
              throw new HostMisuse("a table column's hierarchy has one field of the same name");
            return new FakePivotField(context, pivotRef, name);
          },
        });
      },
    });
  }

  private category(kind: "rows" | "columns" | "filters" | "data"): object {
    return strict(`${kind}Hierarchies`, {
      add: (hierarchy: { name: string }) => {
        const field = hierarchy.name;
        this.enqueue(`${kind}Hierarchies.add`, field, (p) => {
          if (!p.source.columns.includes(field))
            throw new FakeOfficeError("ItemNotFound", `no hierarchy ${field}`);
          if (kind === "data") {
            p.data.push({ field, summarizeBy: "Automatic" });
            return;
          }
          // A hierarchy is in one category only: adding it elsewhere moves it.
          p.rows = p.rows.filter((f) => f !== field);
          p.columns = p.columns.filter((f) => f !== field);
          p.filters = p.filters.filter((f) => f !== field);
          p[kind].push(field);
        });
        if (kind !== "data") return undefined;
        const enqueue = this.enqueue.bind(this);
        return strict("DataPivotHierarchy", {
          set summarizeBy(value: string) {
            enqueue("dataHierarchy.summarizeBy", value, (p) => {
              const d = p.data.find((x) => x.field === field);
              if (!d) throw new FakeOfficeError("ItemNotFound", "data hierarchy gone");
              d.summarizeBy = value;
            });
          },
        });
      },
    });
  }

  get rowHierarchies(): object {
    return this.category("rows");
  }

  get columnHierarchies(): object {
    return this.category("columns");
  }

  get filterHierarchies(): object {
    return this.category("filters");
  }

  get dataHierarchies(): object {
    return this.category("data");
  }

  get layout(): object {
    const enqueue = this.enqueue.bind(this);
    return strict("PivotLayout", {
      set layoutType(value: string) {
        enqueue("layout.layoutType", value, (p) => {
          if (!["Compact", "Tabular", "Outline"].includes(value))
            throw new FakeOfficeError("InvalidArgument", value);
          p.layoutType = value;
        });
      },
      /** PivotLayout.getRange(): the body, excluding the filter area (ExcelApi 1.8). */
      getRange: () => {
        this.context.enqueue("PivotLayout.getRange", null, () => undefined, "1.8");
        return new FakeRange(
          this.context,
          new Ref(() => {
            const p = this.ref.get();
            return { sheet: p.sheet, rect: this.context.host.pivotArea(p).body };
          }),
        );
      },
      /** PivotLayout.getFilterAxisRange(): the report filter area (ExcelApi 1.8). */
      getFilterAxisRange: () => {
        this.context.enqueue("PivotLayout.getFilterAxisRange", null, () => undefined, "1.8");
        return new FakeRange(
          this.context,
          new Ref(() => {
            const p = this.ref.get();
            const filter = this.context.host.pivotArea(p).filter;
            if (!filter) throw new FakeOfficeError("ItemNotFound", `${p.name} has no filter area`);
            return { sheet: p.sheet, rect: filter };
          }),
        );
      },
      set subtotalLocation(value: string) {
        enqueue("layout.subtotalLocation", value, (p) => {
          if (!["AtTop", "AtBottom", "Off"].includes(value))
            throw new FakeOfficeError("InvalidArgument", value);
          p.subtotalLocation = value;
        });
      },
    });
  }

  delete(): void {
    this.enqueue("delete", null, (p) => {
      for (const s of this.context.host.sheets) {
        const i = s.pivots.indexOf(p);
        if (i >= 0) s.pivots.splice(i, 1);
      }
    });
  }
}

/** Distinct values of a source column, as pivot items (text). */
function itemsOf(p: PivotStateModel, field: string, host: ExcelHost): string[] {
  const c = p.source.columns.indexOf(field);
  const body = p.source.bodyRect;
  const column = host.valuesOf(p.source.sheet, {
    row: body.row,
    col: body.col + c,
    rows: body.rows,
    cols: 1,
  });
  return [...new Set(column.map((r) => String(r[0] ?? "")).filter((v) => v !== ""))];
}

class FakePivotField {
  constructor(
    private readonly context: FakeContext,
    private readonly pivotRef: Ref<PivotStateModel>,
    private readonly field: string,
  ) {
    return strict("PivotField", this);
  }

  get items(): FakePivotItems {
    return new FakePivotItems(this.context, this.pivotRef, this.field);
  }

  applyFilter(filter: { manualFilter?: { selectedItems?: string[] } }): void {
    const keys = Object.keys(filter);
    if (keys.length !== 1 || !filter.manualFilter) throw new HostMisuse("only manual filters are modelled");
    const selected = [...(filter.manualFilter.selectedItems ?? [])];
    this.context.enqueue(
      "PivotField.applyFilter",
      filter,
      () => {
        const p = this.pivotRef.get();
        const f = this.field;
        if (![...p.rows, ...p.columns, ...p.filters, ...p.data.map((d) => d.field)].includes(f)) {
          throw new FakeOfficeError(
            "InvalidOperation",
            `the hierarchy ${f} must be in a category before filtering`,
          );
        }
        const items = itemsOf(p, f, this.context.host);
        const missing = selected.filter((s) => !items.includes(s));
        if (missing.length > 0)
          throw new FakeOfficeError("InvalidArgument", `not items of ${f}: ${missing.join(", ")}`);
        p.manualFilters.set(f, selected);
        this.context.host.checkPivotPlacement(p);
      },
      "1.12",
    );
  }
}

class FakePivotItems extends FakeObject<{ pivot: Ref<PivotStateModel>; field: string }> {
  constructor(context: FakeContext, pivot: Ref<PivotStateModel>, field: string) {
    super(context, "PivotItemCollection", Ref.of({ pivot, field }));
    return strict("PivotItemCollection", this);
  }

  get items(): Array<{ name: string }> {
    return this.read("items");
  }

  protected snapshot(t: { pivot: Ref<PivotStateModel>; field: string }, props: string[]) {
    const inner = itemProps(this.kind, props);
    if (inner.some((p) => p !== "name")) throw new HostMisuse("only items/name of pivot items is modelled");
    return { items: itemsOf(t.pivot.get(), t.field, this.host).map((name) => strict("PivotItem", { name })) };
  }
}

/** A fresh host installed as the global Excel and Office; call the returned `uninstall` after the test. */
export function installExcelHost(options: HostOptions = {}): { host: ExcelHost; uninstall: () => void } {
  const host = new ExcelHost(options);
  return { host, uninstall: host.install() };
}
