/**
 * A document file of any supported kind → parsed breakdown: .txt in UTF-8, UTF-16 or GBK/GB18030, and .docx
 * (through mammoth, injected by the caller so that core stays free of it and the pane loads it only when
 * a .docx is opened).
 */

import type { ParsedDocument, ParseIssue } from "../types";
import { htmlToText } from "../text/html";
import { emptyDocument, parseBreakdown, parseBytes } from "./parseBreakdown";

/** The part of mammoth's API we use. Node reads `buffer`, the browser build reads `arrayBuffer`. */
export interface DocxConverter {
  convertToHtml(input: { buffer: Uint8Array; arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  sig.every((b, i) => bytes[i] === b);

function unreadable(reason: string, detail = ""): ParsedDocument {
  const issue: ParseIssue = {
    code: "file-unreadable",
    severity: "error",
    line: null,
    params: { reason, detail },
  };
  return emptyDocument("", [issue]);
}

/**
 * Reads a breakdown from a file's bytes. `.docx` (a zip) goes through the converter; old `.doc` and PDF
 * files get a finding that says how to save them instead.
 */
export async function loadDocument(
  bytes: Uint8Array,
  getConverter: () => Promise<DocxConverter>,
): Promise<ParsedDocument> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return unreadable("old-word");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return unreadable("pdf");
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return parseBytes(bytes);
  let html: string;
  try {
    const converter = await getConverter();
    const copy = bytes.slice().buffer;
    html = (await converter.convertToHtml({ buffer: bytes, arrayBuffer: copy })).value;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return unreadable(/word\/document\.xml|Could not find/i.test(detail) ? "not-docx" : "bad-docx", detail);
  }
  return parseBreakdown(htmlToText(html), { encoding: "docx" });
}
