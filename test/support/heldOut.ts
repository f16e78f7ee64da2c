import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The README's section of the set no rule has been learned from yet: generated tests never draw from it. */
const STILL_HELD_OUT = "## Set G (held out)";

/**
 * The slugs of the real corpus's documents still held out (test/fixtures/real/README.md, the section above):
 * tests that write the corpus's tasks in other shapes leave them out, so that no rule is fitted to them before
 * the next round's measurement.
 */
export function stillHeldOut(root: string): ReadonlySet<string> {
  const readme = readFileSync(join(root, "test", "fixtures", "real", "README.md"), "utf8");
  const from = readme.indexOf(STILL_HELD_OUT);
  if (from < 0) return new Set();
  const next = readme.indexOf("\n## ", from + STILL_HELD_OUT.length);
  const part = readme.slice(from, next < 0 ? undefined : next);
  return new Set([...part.matchAll(/^- ([a-z0-9-]+) /gm)].map((m) => m[1] as string));
}
