/**
 * Reads the command line's inputs from disk: a breakdown (text in any supported encoding, .docx, .doc,
 * .wps, .pdf, .xlsx, .ods, .csv, .odt or a saved web page), a ledger.
 */

import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { detectKind } from "../core/files/kind";
import { isPasswordProtected } from "../core/files/locked";
import { ledgerFromTables } from "../core/ledger/fromTables";
import type { LedgerModel } from "../core/ledger/types";
import { message, type Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { loadDocument } from "../core/files/loadDocument";
import type { LedgerTable, ParsedDocument } from "../core/types";
import { fileReaders } from "../readers";
import type { LedgerFile } from "../xlsx/readWorkbook";
import type { Io } from "./io";
import { workbookError } from "./report";

// pdf.js reads its character maps from the package's folder.
const readers = fileReaders(join(dirname(require.resolve("pdfjs-dist/package.json")), "cmaps") + "/");

/** Reads and parses `path`; throws only when the file cannot be read from disk at all. */
export async function readBreakdown(path: string): Promise<ParsedDocument> {
  const bytes = new Uint8Array(await readFile(path));
  return loadDocument(bytes, readers, path);
}

/** One part of a zip as text, for the password check of an .ods ledger. */
const zipText = async (bytes: Uint8Array, part: string): Promise<string | null> =>
  (await (await readers.zip())(bytes)).text(part);

/** Reads a ledger workbook; when it cannot be read, says why in one line on stderr and gives null. */
export async function readLedger(path: string, lang: Lang, io: Io): Promise<LedgerFile | null> {
  try {
    const bytes = new Uint8Array(await readFile(path));
    const kind = detectKind(bytes, path);
    // A breakdown given where a ledger belongs: say what it is and which command takes it. A text, .csv or
    // saved web page is called one only when tasks are read from it (a note or a stray file is just no .xlsx).
    const breakdown =
      kind.readable &&
      (["docx", "doc", "pdf", "odt"].includes(kind.kind) ||
        (["text", "csv", "html", "mht"].includes(kind.kind) &&
          (await loadDocument(bytes, readers, path)).tasks.length > 0));
    // Saved with a password (.xlsx, .xls or .ods alike): said so, not "no .xlsx" or "no Tasks table".
    if (await isPasswordProtected(bytes, path, zipText)) {
      const why = message("file-unreadable", { reason: "encrypted" }, lang);
      io.err(lang === "zh-CN" ? zh`${path}:` + why : `${path}: ${why}`);
      return null;
    }
    if (breakdown) {
      const why = message("file-unreadable", { reason: "not-ledger" }, lang);
      io.err(lang === "zh-CN" ? zh`${path}:` + why : `${path}: ${why}`);
      return null;
    }
    // ExcelJS loads only for the commands that read a workbook: `parse` never pays for it.
    const { readLedgerFile } = await import("../xlsx/readWorkbook");
    return await readLedgerFile(bytes);
  } catch (e) {
    io.err(workbookError(path, e, lang));
    return null;
  }
}

/** A ledger read from disk with its Tasks table, and the model read from its tables. */
export interface LedgerInput {
  readonly ledger: LedgerFile & { readonly tasks: LedgerTable };
  readonly model: LedgerModel;
}

/**
 * Reads a ledger and its model for a command that works on its tasks; when the file cannot be read, or holds
 * no Tasks table, says so in one line on stderr (`noTasks`, the command's own words, or "no Tasks table") and
 * gives null (exit 2).
 */
export async function readLedgerInput(
  path: string,
  lang: Lang,
  io: Io,
  noTasks: string = lang === "zh-CN" ? zh`${path}:没有任务台账(Tasks 表)。` : `${path}: no Tasks table.`,
): Promise<LedgerInput | null> {
  const ledger = await readLedger(path, lang, io);
  if (!ledger) return null;
  const model = ledgerFromTables(ledger.tasks, ledger.units, ledger.settings, ledger.about);
  if (!model || !ledger.tasks) {
    io.err(noTasks);
    return null;
  }
  return { ledger: { ...ledger, tasks: ledger.tasks }, model };
}
