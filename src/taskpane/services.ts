/**
 * What the pane asks of the world. Components receive these as props; only the entry file chooses the
 * implementation: the Office.js shell inside Excel, or the standalone one (download an .xlsx) in a browser.
 */

import type { LedgerSettings } from "../core/plan/types";
import type { CellRef, Finding, Fix, ParsedDocument } from "../core/types";
import type { Progress, WritePreview, WriteResult } from "../core/writeTypes";
import type { Registry } from "../core/units/types";
import type { RoundServices } from "./rounds/types";

/** Where the pane runs. */
export type HostKind = "excel" | "standalone";

export type { Progress, WritePreview, WriteResult } from "../core/writeTypes";

/**
 * What generation can produce; the pane lets the clerk choose. Unit sheets and 汇总 are rewritten together
 * (see generationKinds); `formatting` colours the generated sheets and re-dresses the ledger itself.
 */
export interface GenerateParts {
  readonly units: boolean;
  readonly leaders: boolean;
  readonly summary: boolean;
  readonly formatting: boolean;
}

/** What updating the ledger with a revised document would do, in words, before anything is written. */
export interface UpdatePreview {
  /** The report: counts, then renumbered, reworded, units changed, added, removed. */
  readonly lines: readonly string[];
  /** The doubtful matches, one line each; the clerk confirms them before the update is applied. */
  readonly doubtful: readonly string[];
  /** True when the revised document changes nothing (nothing to write). */
  readonly unchanged: boolean;
}

/** What 存档本期 did: rows archived (and earlier ones replaced), or nothing, the period being archived already. */
export type SnapshotOutcome =
  | {
      readonly archived: number;
      readonly replaced: number;
      /** What could not be kept as it was (a comment on a replaced row …), one line each. */
      readonly notes?: readonly string[];
    }
  | { readonly alreadyArchived: number };

export interface LedgerServices {
  readonly host: HostKind;
  /** Office's UI language, or the browser's. */
  readonly locale: string;
  /** Reads a document file: .txt (UTF-8, UTF-16, GBK), .docx, .doc/.wps, .pdf, .xlsx/.ods/.csv, .odt, .html. */
  readDocument(name: string, bytes: Uint8Array): Promise<ParsedDocument>;
  /**
   * Excel only (absent standalone): parses the breakdown table already in the open workbook — the selection
   * when it is more than one cell, else the active sheet's used range — and names the sheet it came from.
   */
  importSheet?(): Promise<{ readonly parsed: ParsedDocument; readonly sheet: string }>;
  /** Parses pasted text (the parser is fetched with the first document: hence a promise). */
  parseText(text: string): Promise<ParsedDocument>;
  /** The registry a document suggests (every unit, alias suggestions to confirm). */
  suggestRegistry(parsed: ParsedDocument): Registry;
  /** What writing would replace or clash with (Excel); empty lists standalone. */
  previewWrite(): Promise<WritePreview>;
  /** Writes the ledger: into the workbook (Excel) or as a downloaded .xlsx (standalone). */
  writeLedger(
    parsed: ParsedDocument,
    registry: Registry,
    settings: LedgerSettings,
    progress: Progress,
    /** The name of the file the document was opened from (null when pasted), for 说明. */
    sourceFile?: string | null,
    /** The ledger's year (时限年度) the clerk set; absent: the one the document names, else this year. */
    year?: number,
  ): Promise<WriteResult>;
  /** Excel only: reads the ledger back and runs every check. */
  validate(): Promise<Finding[]>;
  /** Excel only: selects a finding's cell. */
  selectCell(ref: CellRef): Promise<void>;
  /** Excel only: applies fixes the clerk chose. */
  applyFixes(fixes: readonly Fix[]): Promise<void>;
  /** Excel only: what generating `parts` would replace (generated sheets) or clash with (people's sheets). */
  previewGenerate(parts: GenerateParts): Promise<WritePreview>;
  /** Excel only: (re)generates unit and leader sheets, 汇总 and formatting from the ledger as it is now. */
  generate(parts: GenerateParts, progress: Progress): Promise<WriteResult>;
  /** Excel only: re-applies the status colours, deadline rules and status dropdown to the ledger where it sits. */
  reformatLedger(): Promise<WriteResult>;
  /**
   * Excel only: turns live checking on (calls back with fresh findings after edits) or off. A background
   * check that fails is reported to `onError` when given (else to the services' own background channel).
   */
  setLiveChecks(
    on: boolean,
    onFindings: (findings: Finding[]) => void,
    onError?: (error: unknown) => void,
  ): Promise<void>;
  /** Excel only: true when the workbook holds a ledger (a Tasks table) to update or archive. */
  hasLedger(): Promise<boolean>;
  /** Excel only: how a revised document would update the ledger (the match report), writing nothing. */
  previewUpdate(parsed: ParsedDocument): Promise<UpdatePreview>;
  /**
   * Excel only: updates the ledger with the revised document — typed values kept with their tasks, dropped
   * tasks to 已撤销, the generated sheets rewritten. The pane shows previewUpdate and has doubtful matches
   * confirmed first.
   */
  applyUpdate(parsed: ParsedDocument, progress: Progress, sourceFile?: string | null): Promise<WriteResult>;
  /**
   * Excel only: 存档本期 — every task's current state into 进展记录 for `period` (2026-03, 2026Q1). A period
   * archived before is replaced only with `replace`; otherwise nothing is written and the outcome says so.
   */
  snapshot(period: string, replace: boolean, progress: Progress): Promise<SnapshotOutcome>;
  loadSettings(): Promise<LedgerSettings>;
  saveSettings(settings: LedgerSettings): Promise<void>;
  /**
   * Standalone only (in Excel, 生成 does it): makes a ledger's sheets again from its own 任务台账 and 单位名录
   * and downloads the new file, everything typed carried as an update carries it; the notes name the units
   * added and removed, the sheets of one's own carried, and cells typed beside the tables that were not.
   * Null when the workbook holds no ledger (no Tasks table): it is then a breakdown kept as a spreadsheet.
   */
  regenerateLedger?(name: string, bytes: Uint8Array, progress: Progress): Promise<WriteResult | null>;
  /**
   * The reporting round (分发各单位, 汇总各单位报送, 通报), loaded on first use with the libraries it needs: on the
   * open workbook in Excel, on a ledger file standalone. The same instance each time (it keeps the file).
   */
  loadRounds(): Promise<RoundServices>;
}
