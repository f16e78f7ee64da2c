/** Reads the command line's inputs from disk: a breakdown (text in any supported encoding, or .docx), a ledger. */

import { readFile } from "node:fs/promises";
import type { Lang } from "../core/messages";
import { loadDocument, type DocxConverter } from "../core/parse/loadDocument";
import type { ParsedDocument } from "../core/types";
import type { LedgerFile } from "../xlsx/readWorkbook";
import type { Io } from "./io";
import { workbookError } from "./report";

const mammoth = async (): Promise<DocxConverter> => (await import("mammoth")) as unknown as DocxConverter;

/** Reads and parses `path`; throws only when the file cannot be read from disk at all. */
export async function readBreakdown(path: string): Promise<ParsedDocument> {
  const bytes = new Uint8Array(await readFile(path));
  return loadDocument(bytes, mammoth);
}

/** Reads a ledger workbook; when it cannot be read, says why in one line on stderr and gives null. */
export async function readLedger(path: string, lang: Lang, io: Io): Promise<LedgerFile | null> {
  try {
    // ExcelJS loads only for the commands that read a workbook: `parse` never pays for it.
    const { readLedgerFile } = await import("../xlsx/readWorkbook");
    return await readLedgerFile(new Uint8Array(await readFile(path)));
  } catch (e) {
    io.err(workbookError(path, e, lang));
    return null;
  }
}
