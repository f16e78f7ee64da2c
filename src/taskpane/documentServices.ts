/**
 * The part of the services that is the same in Excel and standalone: reading and parsing a document and
 * suggesting its unit registry. Word documents go through mammoth, loaded only when a .docx is opened so
 * that the pane's first load stays small.
 */

import { loadDocument } from "../core/parse/loadDocument";
import type { DocxConverter } from "../core/parse/loadDocument";
import { parseBreakdown } from "../core/parse/parseBreakdown";
import { suggestRegistry } from "../core/units/registry";
import type { LedgerServices } from "./services";

/** mammoth, fetched on first use (webpack puts it in its own chunk). */
export async function loadMammoth(): Promise<DocxConverter> {
  const mammoth = await import(/* webpackChunkName: "mammoth" */ "mammoth");
  // mammoth is CommonJS: depending on the bundler's interop its functions sit on the namespace or on `default`.
  const api = (mammoth as { default?: unknown }).default ?? mammoth;
  return api as unknown as DocxConverter;
}

/** readDocument, parseText and suggestRegistry, as both hosts provide them. */
export const documentServices: Pick<LedgerServices, "readDocument" | "parseText" | "suggestRegistry"> = {
  readDocument: (_name, bytes) => loadDocument(bytes, loadMammoth),
  parseText: (text) => parseBreakdown(text),
  suggestRegistry: (parsed) => suggestRegistry(parsed),
};
