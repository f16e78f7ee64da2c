/**
 * The part of the services that is the same in Excel and standalone: reading and parsing a document and
 * suggesting its unit registry. The parser, and the readers that need a library (mammoth, pdf.js, ExcelJS),
 * are loaded only when a document is pasted or opened, each in its own webpack chunk, so that the pane's
 * first load stays small; a chunk that cannot be fetched is said in words (actions.ts, chunkLoad.ts).
 */

import type { parseBreakdown as ParseBreakdown } from "../core/parse/parseBreakdown";
import { suggestRegistry } from "../core/units/registry";
import { fileReaders } from "../readers";
import type { LedgerServices } from "./services";

// pdf.js fetches the character maps of Chinese fonts from the pane's cmaps/ folder (copied there by webpack).
const readers = fileReaders("cmaps/");

/** The parser, fetched with the first document pasted (webpack's "parser" chunk); then kept by webpack. */
export async function loadParser(): Promise<typeof ParseBreakdown> {
  return (await import(/* webpackChunkName: "parser" */ "../core/parse/parseBreakdown")).parseBreakdown;
}

/** readDocument, parseText and suggestRegistry, as both hosts provide them. */
export const documentServices: Pick<LedgerServices, "readDocument" | "parseText" | "suggestRegistry"> = {
  // The file readers (kinds, compound files, zip directories) load with the first file opened.
  readDocument: async (name, bytes) =>
    (await import(/* webpackChunkName: "readers" */ "../core/files/loadDocument")).loadDocument(
      bytes,
      readers,
      name,
    ),
  parseText: async (text) => (await loadParser())(text),
  suggestRegistry: (parsed) => suggestRegistry(parsed),
};
