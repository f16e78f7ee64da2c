import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The workbook as headless LibreOffice saves it again as .xlsx (as a unit using LibreOffice would return it). */
export function savedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-lo-save-"));
  const file = join(dir, "form.xlsx");
  writeFileSync(file, bytes);
  const profile = join(dir, "profile");
  mkdirSync(profile, { recursive: true });
  const out = join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return new Uint8Array(readFileSync(join(out, "form.xlsx")));
}
