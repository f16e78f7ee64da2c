/**
 * The services outside Office (a plain browser tab, or when office.js could not load): documents are read
 * and previewed as in Excel, and the ledger downloads as an .xlsx written by the file shell. The file shell
 * (ExcelJS, large) is fetched with a dynamic import() only when the clerk downloads, so the first load stays
 * small. Everything that needs a workbook throws a clear "needs Excel" error.
 */

import { langFor } from "../core/messages";
import { ledgerFromParsed } from "../core/ledger/fromParsed";
import { DEFAULT_SETTINGS } from "../core/plan/settings";
import { buildPlan } from "../core/plan/buildPlan";
import type { WorkbookPlan } from "../core/plan/types";
import type { ParsedDocument } from "../core/types";
import { documentServices } from "./documentServices";
import { stringsFor } from "./i18n";
import type { LedgerServices } from "./services";
import { SETTINGS_KEY, settingsFromJson, settingsToJson } from "./settingsStore";

/** What the standalone pane cannot do without Excel. */
export class NeedsExcelError extends Error {
  override readonly name = "NeedsExcelError";
}

/** Writes a plan to .xlsx bytes (src/xlsx/writeWorkbook). */
export type WorkbookWriter = (plan: WorkbookPlan) => Promise<Uint8Array>;

export interface StandaloneOptions {
  /** The browser's language (navigator.language). */
  readonly locale: string;
  /** Where settings are kept; localStorage by default. */
  readonly storage?: Pick<Storage, "getItem" | "setItem">;
  /** Saves the bytes as a file; a link click on an object URL by default. */
  readonly download?: (fileName: string, bytes: Uint8Array) => void;
  /** Loads the file writer; a dynamic import of src/xlsx/writeWorkbook by default. */
  readonly loadWriter?: () => Promise<WorkbookWriter>;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes as a download through a temporary link (the way a browser downloads a generated file). */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file shell, fetched on first use (webpack puts it and ExcelJS in their own chunk). */
async function loadWorkbookWriter(): Promise<WorkbookWriter> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/writeWorkbook");
  return writeWorkbook;
}

/**
 * The downloaded file's name: the document's title, without characters file systems refuse.
 * @example ledgerFileName({ document: { title: "2020年政府工作报告主要工作责任分解" } }, "工作台账")
 *   === "2020年政府工作报告主要工作责任分解-工作台账.xlsx"
 */
export function ledgerFileName(parsed: Pick<ParsedDocument, "document">, base: string): string {
  const title = (parsed.document.title ?? "")
    .replace(/[\\/:*?"<>|\s]+/g, " ")
    .trim()
    .slice(0, 80);
  return title ? `${title}-${base}.xlsx` : `${base}.xlsx`;
}

/** The services of the standalone pane. */
export function createStandaloneServices(options: StandaloneOptions): LedgerServices {
  const strings = stringsFor(langFor(options.locale));
  const storage = (): Pick<Storage, "getItem" | "setItem"> => options.storage ?? window.localStorage;
  const download = options.download ?? downloadBytes;
  const loadWriter = options.loadWriter ?? loadWorkbookWriter;
  const needsExcel = (): Promise<never> => Promise.reject(new NeedsExcelError(strings.needsExcel));

  return {
    host: "standalone",
    locale: options.locale,
    ...documentServices,
    previewWrite: async () => ({ replaces: [], clashes: [] }),

    async writeLedger(parsed, registry, settings, progress, sourceFile = null) {
      const total = 3;
      progress(0, total, strings.steps.plan);
      const plan = buildPlan(ledgerFromParsed(parsed, registry, settings, { sourceFile }));
      progress(1, total, strings.steps.file);
      const writeWorkbook = await loadWriter();
      const bytes = await writeWorkbook(plan);
      progress(2, total, strings.steps.download);
      const fileName = ledgerFileName(parsed, strings.ledgerFile);
      download(fileName, bytes);
      progress(3, total, strings.steps.download);
      return { sheets: plan.sheets.length, renamed: [], notes: [], fileName };
    },

    validate: needsExcel,
    selectCell: needsExcel,
    applyFixes: needsExcel,
    previewGenerate: needsExcel,
    generate: needsExcel,
    reformatLedger: needsExcel,
    hasLedger: () => Promise.resolve(false),
    previewUpdate: needsExcel,
    applyUpdate: needsExcel,
    snapshot: needsExcel,
    // Turning live checks off is harmless; turning them on needs a workbook.
    setLiveChecks: (on) => (on ? needsExcel() : Promise.resolve()),

    async loadSettings() {
      return settingsFromJson(storage().getItem(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
    },
    async saveSettings(settings) {
      storage().setItem(SETTINGS_KEY, settingsToJson(settings));
    },
  };
}
