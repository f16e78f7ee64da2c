/**
 * openpyxl writes the targets of an .xlsx file's relationships as absolute part names
 * (`Target="/xl/tables/table1.xml"`), which ExcelJS cannot follow (exceljs#1468: "Cannot read properties of
 * undefined (reading 'name')"). Before ExcelJS reads a file, such targets are made relative to the part that
 * owns the relationships, as Excel itself writes them.
 */

import JSZip from "jszip";
import { boundedPrintAreas } from "./printAreas";

/** Zip files start with PK\3\4 (PK\5\6 when empty): anything else is not an .xlsx file at all. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
  );
}

/**
 * The folder of the part a relationships part belongs to: `xl/worksheets/_rels/sheet1.xml.rels` belongs to
 * `xl/worksheets/sheet1.xml`, so its relative targets start from `xl/worksheets/`.
 */
function sourceFolder(relsPath: string): string[] {
  return relsPath.split("/").slice(0, -2);
}

/**
 * An absolute target as seen from the part that owns `relsPath`.
 * @example relativeTarget("xl/worksheets/_rels/sheet1.xml.rels", "/xl/tables/table1.xml") === "../tables/table1.xml"
 */
export function relativeTarget(relsPath: string, target: string): string {
  const from = sourceFolder(relsPath);
  const to = target.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The XML of a relationships part with its absolute internal targets made relative; external links stay. */
export function relativeRels(relsPath: string, xml: string): string {
  return xml.replace(/<Relationship\b[^>]*>/g, (element) =>
    /\bTargetMode\s*=\s*["']External["']/.test(element)
      ? element
      : element.replace(
          /(\bTarget\s*=\s*)(["'])(\/[^"']*)\2/,
          (_m, attr: string, quote: string, target: string) =>
            `${attr}${quote}${relativeTarget(relsPath, target)}${quote}`,
        ),
  );
}

/**
 * The zip with entry names that use "\\" between folders (xl\\workbook.xml, as some copies of files saved by
 * WPS come, and some Windows zip tools write) renamed with "/", which ExcelJS looks for; null when none does.
 */
async function withSlashes(zip: JSZip): Promise<JSZip | null> {
  const names = Object.keys(zip.files);
  if (!names.some((n) => n.includes("\\"))) return null;
  const out = new JSZip();
  for (const name of names) {
    const entry = zip.files[name];
    if (entry && !entry.dir) out.file(name.replace(/\\/g, "/"), await entry.async("uint8array"));
  }
  return out;
}

/**
 * The .xlsx bytes with every absolute relationship target made relative, entry names with backslashes made
 * "/", and print areas of whole columns or rows made cell ranges (printAreas.ts); the same bytes when there
 * is nothing to mend (files written by Excel, WPS or this tool without a print area are not rezipped).
 */
export async function withRelativeTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const loaded = await JSZip.loadAsync(bytes);
  const slashed = await withSlashes(loaded);
  const zip = slashed ?? loaded;
  let changed = slashed !== null;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const entry = zip.file(path);
    if (!entry) continue;
    const xml = await entry.async("string");
    const fixed = relativeRels(path, xml);
    if (fixed !== xml) {
      zip.file(path, fixed);
      changed = true;
    }
  }
  const book = zip.file("xl/workbook.xml");
  if (book) {
    const xml = await book.async("string");
    const fixed = boundedPrintAreas(xml);
    if (fixed !== xml) {
      zip.file("xl/workbook.xml", fixed);
      changed = true;
    }
  }
  // Stored, not deflated: ExcelJS unzips it again at once.
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
}

/** One part of a zip as text, or null (for the password check of an .ods: core/files/locked.ts). */
export async function zipText(bytes: Uint8Array, part: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(part)?.async("string")) ?? null;
}
