/** Reads a breakdown file from disk into a parsed document (text in any supported encoding, or .docx). */

import { readFile } from "node:fs/promises";
import { loadDocument, type DocxConverter } from "../core/parse/loadDocument";
import type { ParsedDocument } from "../core/types";

const mammoth = async (): Promise<DocxConverter> => (await import("mammoth")) as unknown as DocxConverter;

/** Reads and parses `path`; throws only when the file cannot be read from disk at all. */
export async function readBreakdown(path: string): Promise<ParsedDocument> {
  const bytes = new Uint8Array(await readFile(path));
  return loadDocument(bytes, mammoth);
}
