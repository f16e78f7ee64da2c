import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A .docx as LibreOffice's text export reads it: one line per paragraph and per table cell. */
export function docxText(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-lo-txt-"));
  const file = join(dir, "doc.docx");
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
      "txt:Text (encoded):UTF8",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return readFileSync(join(out, "doc.txt"), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
}
