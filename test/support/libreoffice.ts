import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvRows } from "../../src/core/files/csv";
import { convertWithLibreOffice } from "./libreofficeConvert";

/**
 * Opens an .xlsx in headless LibreOffice with every formula recalculated (its profile forces it, so the cached
 * results ExcelJS wrote do not count) and returns each sheet as CSV rows, by sheet name.
 */
export function recalculatedSheets(bytes: Uint8Array): Map<string, string[][]> {
  const out = convertWithLibreOffice(
    bytes,
    "ledger.xlsx",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    (profile) => {
      mkdirSync(join(profile, "user"), { recursive: true });
      writeFileSync(
        join(profile, "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
    },
  );
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out))
    sheets.set(
      f.replace(/^ledger-/, "").replace(/\.csv$/, ""),
      csvRows(readFileSync(join(out, f), "utf8"), ","),
    );
  return sheets;
}

/**
 * The records under the nth header cell (rows top to bottom, cells left to right) equal to `corner`: the
 * header runs right from it to its first empty cell (a table beside it on the same rows is another table),
 * the records down to the first row whose cell under the corner is empty.
 */
export function csvTable(rows: readonly string[][], corner: string, nth = 0): Array<Record<string, string>> {
  let seen = 0;
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < (rows[r]?.length ?? 0); c++) {
      if (rows[r]?.[c] !== corner || seen++ !== nth) continue;
      const row = rows[r] as string[];
      const end = row.indexOf("", c);
      const header = row.slice(c, end < 0 ? row.length : end);
      const out: Array<Record<string, string>> = [];
      for (let k = r + 1; k < rows.length && rows[k]?.[c]; k++)
        out.push(Object.fromEntries(header.map((h, i) => [h, rows[k]?.[c + i] ?? ""])));
      return out;
    }
  }
  throw new Error(`no table ${corner}`);
}
