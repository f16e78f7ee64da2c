import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/**
 * Converts a file with headless LibreOffice, in a fresh profile of its own (`prepare` may write settings into
 * it first), and returns the folder the converted files were written to.
 */
export function convertWithLibreOffice(
  bytes: Uint8Array,
  fileName: string,
  filter: string,
  prepare?: (profile: string) => void,
  timeout = 120_000,
): string {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-lo-"));
  const file = join(dir, fileName);
  writeFileSync(file, bytes);
  const profile = join(dir, "profile");
  mkdirSync(profile, { recursive: true });
  prepare?.(profile);
  const out = join(dir, "out");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", out, file],
    { stdio: "ignore", timeout },
  );
  return out;
}

/**
 * A workbook file printed to PDF by headless LibreOffice and read back with poppler's `pdftotext -layout`: the
 * PDF's path (for pdfinfo, pdffonts, pdftotext -bbox) and the text of each page, in order.
 */
export function printedPages(file: string, timeout = 120_000): { pdf: string; pages: string[] } {
  const name = basename(file);
  const out = convertWithLibreOffice(new Uint8Array(readFileSync(file)), name, "pdf", undefined, timeout);
  const pdf = join(out, name.replace(/\.[^.]+$/, "") + ".pdf");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { pdf, pages: text.split("\f").slice(0, -1) };
}
