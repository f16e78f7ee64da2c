/**
 * The part of the services that is the same in Excel and standalone: reading and parsing a document and
 * suggesting its unit registry. The readers that need a library (mammoth, pdf.js, ExcelJS) are loaded only
 * when such a file is opened, each in its own webpack chunk, so that the pane's first load stays small.
 */

import { parseBreakdown } from "../core/parse/parseBreakdown";
import { suggestRegistry } from "../core/units/registry";
import { fileReaders } from "../readers";
import type { LedgerServices } from "./services";

// pdf.js fetches the character maps of Chinese fonts from the pane's cmaps/ folder (copied there by webpack).
const readers = fileReaders("cmaps/");

/** readDocument, parseText and suggestRegistry, as both hosts provide them. */
export const documentServices: Pick<LedgerServices, "readDocument" | "parseText" | "suggestRegistry"> = {
  // The file readers (kinds, compound files, zip directories) load with the first file opened.
  readDocument: async (name, bytes) =>
    (await import(/* webpackChunkName: "readers" */ "../core/files/loadDocument")).loadDocument(
      bytes,
      readers,
      name,
    ),
  parseText: (text) => parseBreakdown(text),
  suggestRegistry: (parsed) => suggestRegistry(parsed),
};
