/**
 * A document file of any supported kind → parsed breakdown. The kind is told from the content (kind.ts):
 * .txt in UTF-8, UTF-16 or GBK/GB18030; .docx (mammoth); .doc/.wps (Word binary); .pdf; .xlsx, .xls, .ods and
 * .csv spreadsheets; .odt; saved web pages (.html, .mht). Readers that need a library (mammoth, pdf.js, ExcelJS, an
 * unzipper) are injected by the caller, so that core stays free of them and the pane loads each only when
 * such a file is opened; core's own readers are loaded on demand too. Every kind becomes the text the
 * parser reads — tables as one line per row, cells separated by a tab — and a file no reader takes gets one
 * finding that says what it is and what to do.
 */

import type { SheetGrid } from "./grid";
import { detectKind, type ReadableKind } from "./kind";
import { UnreadableFileError } from "./limits";
import type { PdfPage } from "./pdfTypes";
import { decodeBytes } from "../text/decode";
import { htmlToText } from "./html";
import type { ParsedDocument, ParseIssue } from "../types";
import { emptyDocument, parseBreakdown, parseBytes } from "../parse/parseBreakdown";

/** The part of mammoth's API we use. Node reads `buffer`, the browser build reads `arrayBuffer`. */
export interface DocxConverter {
  convertToHtml(input: { buffer: Uint8Array; arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

/** A zip opened with a bound on what is unpacked. */
export interface ZipFiles {
  readonly names: readonly string[];
  bytes(name: string): Promise<Uint8Array | null>;
  text(name: string): Promise<string | null>;
}

/** The readers a shell provides, each fetched on first use. */
export interface FileReaders {
  docx(): Promise<DocxConverter>;
  zip(): Promise<(bytes: Uint8Array) => Promise<ZipFiles>>;
  sheets(): Promise<(bytes: Uint8Array) => Promise<readonly SheetGrid[]>>;
  pdf(): Promise<(bytes: Uint8Array) => Promise<readonly PdfPage[]>>;
}

/** What a reader made of a file: the parser's text, and the encoding to record (the kind, or a charset). */
interface Read {
  readonly text: string;
  readonly encoding: string;
  readonly issues?: readonly ParseIssue[];
}

function unreadable(reason: string, detail = ""): ParsedDocument {
  const issue: ParseIssue = {
    code: "file-unreadable",
    severity: "error",
    line: null,
    params: { reason, detail },
  };
  return emptyDocument("", [issue]);
}

/** Rows rebuilt from text positions, outside any ruled table, from which a PDF's table is said to lack borders. */
const UNRULED_ROWS = 3;

/** The reason given when a reader of this kind fails for a reason of its own. */
const DAMAGED: Readonly<Record<ReadableKind, string>> = {
  text: "bad-doc",
  docx: "bad-docx",
  doc: "bad-doc",
  pdf: "bad-pdf",
  xlsx: "bad-sheet",
  xls: "bad-sheet",
  csv: "bad-sheet",
  odt: "bad-odt",
  ods: "bad-odt",
  html: "bad-doc",
  mht: "bad-doc",
};

async function readDocx(bytes: Uint8Array, readers: FileReaders): Promise<Read> {
  const converter = await readers.docx();
  const copy = bytes.slice().buffer;
  try {
    const html = (await converter.convertToHtml({ buffer: bytes, arrayBuffer: copy })).value;
    return { text: htmlToText(html), encoding: "docx" };
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new UnreadableFileError(
      /word\/document\.xml|Could not find/i.test(detail) ? "not-docx" : "bad-docx",
      detail,
    );
  }
}

async function readKind(kind: ReadableKind, bytes: Uint8Array, readers: FileReaders): Promise<Read> {
  switch (kind) {
    case "text":
      throw new Error("text files are parsed by parseBytes");
    case "docx":
      return readDocx(bytes, readers);
    case "doc": {
      const { wordBinaryText, WordBinaryError } = await import("./wordBinary");
      try {
        return { text: wordBinaryText(bytes), encoding: "doc" };
      } catch (e) {
        if (e instanceof WordBinaryError && e.reason !== "damaged")
          throw new UnreadableFileError(e.reason === "encrypted" ? "encrypted" : "old-word");
        throw e;
      }
    }
    case "pdf": {
      const [read, { pdfRead, unruledRows }] = await Promise.all([readers.pdf(), import("./pdfText")]);
      const pages = await read(bytes);
      const { text, issues } = pdfRead(pages);
      if (text.replace(/\s/g, "") === "") throw new UnreadableFileError("pdf-no-text");
      // A table drawn without borders (three rows or more rebuilt from text positions): said once, at the top.
      const rows = unruledRows(pages);
      const unruled: ParseIssue[] =
        rows >= UNRULED_ROWS
          ? [{ code: "pdf-unruled-table", severity: "warning", line: null, params: { rows } }]
          : [];
      return { text, encoding: "pdf", issues: [...unruled, ...issues] };
    }
    case "xlsx": {
      const [read, { gridText }] = await Promise.all([readers.sheets(), import("./grid")]);
      return { text: gridText(await read(bytes)), encoding: "xlsx" };
    }
    case "xls": {
      const [{ biffSheets, BiffError }, { gridText }] = await Promise.all([
        import("./biff"),
        import("./grid"),
      ]);
      try {
        return { text: gridText(biffSheets(bytes)), encoding: "xls" };
      } catch (e) {
        if (e instanceof BiffError && e.reason !== "damaged")
          throw new UnreadableFileError(e.reason === "encrypted" ? "encrypted" : "old-excel");
        throw e;
      }
    }
    case "csv": {
      const [{ csvRows }, { gridText }] = await Promise.all([import("./csv"), import("./grid")]);
      const decoded = decodeBytes(bytes);
      if (decoded.unreadable) throw new UnreadableFileError("bad-sheet");
      const cells = csvRows(decoded.text);
      const guess: ParseIssue[] = decoded.guessed
        ? [{ code: "encoding-guessed", severity: "info", line: null, params: { encoding: decoded.encoding } }]
        : [];
      return { text: gridText([{ name: "", cells, merges: [] }]), encoding: decoded.encoding, issues: guess };
    }
    case "odt":
    case "ods": {
      const [open, { odfText }] = await Promise.all([readers.zip(), import("./odt")]);
      const archive = await open(bytes);
      // Saved with a password: the manifest says how each part is encrypted, and content.xml is noise.
      if ((await archive.text("META-INF/manifest.xml"))?.includes("encryption-data"))
        throw new UnreadableFileError("encrypted");
      const xml = await archive.text("content.xml");
      if (xml === null) throw new UnreadableFileError("bad-odt");
      return { text: odfText(xml), encoding: kind };
    }
    case "mht": {
      const [{ mhtHtml }, { pageText }] = await Promise.all([import("./mht"), import("./page")]);
      const html = mhtHtml(bytes);
      if (html === null) throw new UnreadableFileError("bad-doc");
      return { text: pageText(html), encoding: "mht" };
    }
    case "html": {
      const { decodePage, pageText } = await import("./page");
      const page = decodePage(bytes);
      return { text: pageText(page.text), encoding: page.encoding };
    }
  }
}

/**
 * Reads a breakdown from a file's bytes; `name` (the file's name) only breaks ties the content leaves open
 * (a .csv is text too). Never throws: a file that cannot be read is one `file-unreadable` finding.
 * A bare converter getter instead of FileReaders reads text and .docx only (as the golden tests do).
 */
export async function loadDocument(
  bytes: Uint8Array,
  readers: FileReaders | (() => Promise<DocxConverter>),
  name = "",
): Promise<ParsedDocument> {
  const all: FileReaders =
    typeof readers === "function"
      ? {
          docx: readers,
          zip: () => Promise.reject(new Error("no zip reader")),
          sheets: () => Promise.reject(new Error("no spreadsheet reader")),
          pdf: () => Promise.reject(new Error("no PDF reader")),
        }
      : readers;
  const kind = detectKind(bytes, name);
  if (!kind.readable) return unreadable(kind.kind);
  if (kind.kind === "text") return parseBytes(bytes);
  let read: Read;
  try {
    read = await readKind(kind.kind, bytes, all);
  } catch (e) {
    if (e instanceof UnreadableFileError) return unreadable(e.reason, e.detail);
    // Anything else a reader throws (a damaged file, a stack too deep for it) is the file's fault.
    return unreadable(DAMAGED[kind.kind], e instanceof Error ? e.message : String(e));
  }
  const parsed = parseBreakdown(read.text, { encoding: read.encoding });
  return read.issues?.length ? { ...parsed, issues: [...read.issues, ...parsed.issues] } : parsed;
}
