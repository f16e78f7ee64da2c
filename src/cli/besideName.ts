/** Free names beside a file for the version a command keeps before rewriting it. */

import { copyFile } from "node:fs/promises";
import { writeAtomically } from "./writeOutput";
import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

/**
 * A free name beside `file`: 台账.更新前.xlsx, then 台账.更新前(2).xlsx, (3) …
 * @example besideName("/d/台账.xlsx", "更新前") → "/d/台账.更新前.xlsx"
 */
export function besideName(file: string, label: string): string {
  const ext = extname(file);
  const stem = join(dirname(file), basename(file, ext));
  for (let n = 1; ; n++) {
    const name = `${stem}.${label}${n > 1 ? `(${n})` : ""}${ext}`;
    if (!existsSync(name)) return name;
  }
}

/**
 * Writes a command's new ledger: to `out` when given, else over `file` after keeping its previous version
 * beside it (named with `label`); atomically either way, so a kill or a full disk never leaves half a file.
 * Returns the kept previous version's path, or null.
 */
export async function rewriteLedger(
  file: string,
  out: string | undefined,
  label: string,
  bytes: Uint8Array,
): Promise<string | null> {
  if (out) {
    await writeAtomically(out, bytes, true);
    return null;
  }
  const backup = besideName(file, label);
  await copyFile(file, backup);
  await writeAtomically(file, bytes, true);
  return backup;
}
