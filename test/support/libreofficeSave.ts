import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "./libreofficeConvert";

/** The workbook as headless LibreOffice saves it again as .xlsx (as a unit using LibreOffice would return it). */
export function savedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const out = convertWithLibreOffice(bytes, "form.xlsx", "xlsx:Calc MS Excel 2007 XML");
  return new Uint8Array(readFileSync(join(out, "form.xlsx")));
}
