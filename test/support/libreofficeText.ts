import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "./libreofficeConvert";

/** A .docx as LibreOffice's text export reads it: one line per paragraph and per table cell. */
export function docxText(bytes: Uint8Array): string[] {
  const out = convertWithLibreOffice(bytes, "doc.docx", "txt:Text (encoded):UTF8");
  return readFileSync(join(out, "doc.txt"), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
}
