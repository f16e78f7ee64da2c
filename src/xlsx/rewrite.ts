/**
 * Rewriting a ledger file with ExcelJS without losing what ExcelJS drops on a round trip: defined names over
 * table columns (UnitList = Units[单位]: ExcelJS keeps cell-range names only), and list validations, which it
 * reads cell by cell and writes back as overlapping ranges.
 */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withRelativeTargets } from "./relativeTargets";
import { addNames, joinPrintAreas } from "./sheetStyle";

/** The workbook-level defined names of an .xlsx, as its workbook part writes them. */
async function definedNames(bytes: Uint8Array): Promise<Array<{ name: string; refersTo: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const unescape = (s: string): string =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .filter((m) => !/localSheetId=/.test(m[1] ?? ""))
    .map((m) => ({
      name: unescape(/name="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? ""),
      refersTo: unescape(m[2] ?? ""),
    }))
    .filter((n) => n.name !== "" && !n.name.startsWith("_xlnm."));
}

/** Groups the per-cell validations ExcelJS read into column runs of equal rules, one range each. */
function compactValidations(ws: ExcelJS.Worksheet): void {
  const dv = ws as unknown as { dataValidations: { model: Record<string, unknown> } };
  const cells = Object.entries(dv.dataValidations.model);
  const single = /^([A-Z]+)(\d+)$/;
  const byColumn = new Map<string, Array<{ row: number; rule: unknown; key: string }>>();
  const kept: Record<string, unknown> = {};
  for (const [key, rule] of cells) {
    const m = single.exec(key);
    if (!m) {
      kept[key] = rule;
      continue;
    }
    const list = byColumn.get(m[1] as string) ?? [];
    list.push({ row: Number(m[2]), rule, key });
    byColumn.set(m[1] as string, list);
  }
  for (const [letters, list] of byColumn) {
    list.sort((x, y) => x.row - y.row);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const prev = list[i - 1] as { row: number; rule: unknown };
      const cur = list[i];
      if (cur && cur.row === prev.row + 1 && JSON.stringify(cur.rule) === JSON.stringify(prev.rule)) continue;
      const first = list[start] as { row: number; rule: unknown };
      const ref =
        first.row === prev.row ? `${letters}${first.row}` : `${letters}${first.row}:${letters}${prev.row}`;
      kept[ref] = first.rule;
      start = i;
    }
  }
  dv.dataValidations.model = kept;
}

/** The table style flags ExcelJS writes when a table has none (no named style: the table shows unstyled). */
const NO_STYLE = {
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
};

/**
 * LibreOffice saves a table without its style (no tableStyleInfo), which ExcelJS reads as a null style and then
 * cannot write ("Cannot read properties of null (reading 'theme')"): such a table is written unstyled, as the
 * clerk's file has it.
 */
function unstyledTables(ws: ExcelJS.Worksheet): void {
  for (const t of ws.getTables() as unknown as Array<{ table?: { style?: unknown } } & { style?: unknown }>) {
    const model = t.table ?? t;
    if (model.style === null || model.style === undefined) model.style = { ...NO_STYLE };
  }
}

/** Loads a ledger for rewriting; `save` writes it back with its names and validations intact. */
export async function loadForRewrite(
  bytes: Uint8Array,
): Promise<{ wb: ExcelJS.Workbook; save: () => Promise<Uint8Array> }> {
  const names = await definedNames(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await withRelativeTargets(bytes)) as unknown as ExcelJS.Buffer);
  joinPrintAreas(wb);
  return {
    wb,
    save: async () => {
      const known = new Set(
        (wb.definedNames as unknown as { model: Array<{ name: string }> }).model.map((n) => n.name),
      );
      addNames(
        wb,
        names.filter((n) => !known.has(n.name)),
      );
      wb.eachSheet(compactValidations);
      wb.eachSheet(unstyledTables);
      return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    },
  };
}
