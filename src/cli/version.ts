/** The tool's version, from package.json (lib/cli/ and src/cli/ are both two levels below the root). */

import { readFileSync } from "node:fs";
import { join } from "node:path";

export function toolVersion(): string {
  try {
    return (
      JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "dev";
  }
}
