/** Free names beside a file for the version a command keeps before rewriting it. */

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
