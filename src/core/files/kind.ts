/**
 * What kind of file a clerk opened, told from its content (signatures, zip entries, compound-file streams)
 * and only then from its name: which reader takes it, or why none can.
 */

import { isCfb, openCfb } from "./cfb";
import { looksLikeMht } from "./mht";
import { storedMimetype, zipEntryNames } from "./zipNames";

/** Files the readers take. */
export type ReadableKind =
  "text" | "docx" | "doc" | "pdf" | "xlsx" | "xls" | "csv" | "odt" | "ods" | "html" | "mht";

/**
 * Files no reader takes, each with its own one-line advice (messages.ts, `file-unreadable` reasons):
 * an image, an archive, a presentation, an Excel 95 workbook, an old WPS file, an OFD, a password-protected
 * file …
 */
export type UnreadableKind =
  | "image"
  | "archive"
  | "presentation"
  | "old-excel"
  | "ofd"
  | "encrypted"
  | "rtf"
  | "media"
  | "program"
  | "old-wps"
  | "office-other";

export type FileKind =
  | { readonly readable: true; readonly kind: ReadableKind }
  | { readonly readable: false; readonly kind: UnreadableKind };

const yes = (kind: ReadableKind): FileKind => ({ readable: true, kind });
const no = (kind: UnreadableKind): FileKind => ({ readable: false, kind });

const at = (bytes: Uint8Array, offset: number, sig: readonly number[]): boolean =>
  sig.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, offset: number, text: string): boolean =>
  at(
    bytes,
    offset,
    [...text].map((c) => c.charCodeAt(0)),
  );

/** Signatures of files that are never a breakdown's text. */
const SIGNATURES: ReadonlyArray<readonly [UnreadableKind, (b: Uint8Array) => boolean]> = [
  ["image", (b) => at(b, 0, [0x89, 0x50, 0x4e, 0x47])],
  ["image", (b) => at(b, 0, [0xff, 0xd8, 0xff])],
  ["image", (b) => ascii(b, 0, "GIF8") || ascii(b, 8, "WEBP")],
  ["image", (b) => ascii(b, 0, "BM") && (b[2] ?? 0) + ((b[3] ?? 0) << 8) + ((b[4] ?? 0) << 16) === b.length],
  ["image", (b) => at(b, 0, [0x49, 0x49, 0x2a, 0x00]) || at(b, 0, [0x4d, 0x4d, 0x00, 0x2a])],
  ["image", (b) => ascii(b, 4, "ftypheic") || ascii(b, 4, "ftypheix") || ascii(b, 4, "ftypmif1")],
  ["archive", (b) => ascii(b, 0, "Rar!") || at(b, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ["archive", (b) => at(b, 0, [0x1f, 0x8b])],
  ["rtf", (b) => ascii(b, 0, "{\\rtf")],
  ["media", (b) => ascii(b, 0, "ID3") || ascii(b, 4, "ftyp") || ascii(b, 0, "OggS") || ascii(b, 8, "WAVE")],
  ["program", (b) => ascii(b, 0, "MZ") || at(b, 0, [0x7f, 0x45, 0x4c, 0x46])],
];

function zipKind(bytes: Uint8Array, name: string): FileKind {
  const mime = storedMimetype(bytes);
  if (mime === "application/vnd.oasis.opendocument.text") return yes("odt");
  if (mime === "application/vnd.oasis.opendocument.spreadsheet") return yes("ods");
  if (mime?.startsWith("application/vnd.oasis.opendocument.presentation")) return no("presentation");
  const names = zipEntryNames(bytes) ?? [];
  const has = (name: string): boolean => names.includes(name);
  if (has("word/document.xml")) return yes("docx");
  if (has("xl/workbook.xml")) return yes("xlsx");
  if (has("ppt/presentation.xml")) return no("presentation");
  if (has("OFD.xml")) return no("ofd");
  if (has("content.xml") && has("mimetype")) return yes("odt");
  if (names.length > 0) return no("archive");
  // A zip whose directory cannot be read (cut short): the reader its name suggests says it is damaged.
  const ext = /\.(xlsx|odt|ods)$/i.exec(name)?.[1]?.toLowerCase();
  return yes(ext === "xlsx" || ext === "odt" || ext === "ods" ? ext : "docx");
}

function cfbKind(bytes: Uint8Array, name: string): FileKind {
  let names: readonly string[];
  try {
    names = openCfb(bytes).names;
  } catch {
    // A damaged compound file: the reader its name suggests reports it as damaged.
    return yes(/\.(xls|et)$/i.test(name) ? "xls" : "doc");
  }
  if (names.includes("WordDocument")) return yes("doc");
  if (names.includes("Workbook")) return yes("xls");
  if (names.includes("Book")) return no("old-excel");
  if (names.includes("PowerPoint Document")) return no("presentation");
  if (names.includes("EncryptedPackage")) return no("encrypted");
  return /\.wps$/i.test(name) ? no("old-wps") : no("office-other");
}

/** True when text (a page's first kilobytes) is HTML markup. */
function looksLikeHtml(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!doctype html|<html\b|<head\b|<meta\b|<body\b)/i.test(head);
}

/**
 * Tells a file's kind.
 * @example detectKind(pngBytes, "scan.png") → { readable: false, kind: "image" }
 * @example detectKind(docxBytes, "分解.docx") → { readable: true, kind: "docx" }
 */
export function detectKind(bytes: Uint8Array, name = ""): FileKind {
  if (at(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) || at(bytes, 0, [0x50, 0x4b, 0x05, 0x06]))
    return zipKind(bytes, name);
  if (isCfb(bytes)) return cfbKind(bytes, name);
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return yes("pdf");
  for (const [kind, test] of SIGNATURES) if (test(bytes)) return no(kind);
  // A binary .wps/.et that is no compound file: WPS's own format from before 2005.
  if (/\.(wps|et)$/i.test(name) && head.includes("\u0000\u0000")) return no("old-wps");
  if (/\.csv$/i.test(name)) return yes("csv");
  if (looksLikeMht(head)) return yes("mht");
  if (looksLikeHtml(head.replace(/^\u00ef\u00bb\u00bf/, "")) || (/\.html?$/i.test(name) && /<\w+/.test(head)))
    return yes("html");
  return yes("text");
}
