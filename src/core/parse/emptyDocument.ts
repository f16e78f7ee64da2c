/**
 * The empty parsed document, in a module of its own: code that needs only this value (the Excel shell, the
 * pane's first load) gets it without the parser, which the pane fetches on demand (loadParser in
 * src/taskpane/documentServices.ts).
 */

import type { ParseIssue, ParsedDocument } from "../types";

/** A parsed document with nothing in it but these findings (a file that could not be read). */
export function emptyDocument(encoding: string, issues: readonly ParseIssue[] = []): ParsedDocument {
  return {
    document: {
      title: null,
      issuer: null,
      date: null,
      recipients: [],
      roleConvention: null,
      parts: [],
      encoding,
    },
    tasks: [],
    issues,
  };
}
