import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Converts a file with headless LibreOffice, in a fresh profile of its own (`prepare` may write settings into
 * it first), and returns the folder the converted files were written to.
 */
export function convertWithLibreOffice(
  bytes: Uint8Array,
  fileName: string,
  filter: string,
  prepare?: (profile: string) => void,
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
    { stdio: "ignore", timeout: 120_000 },
  );
  return out;
}
