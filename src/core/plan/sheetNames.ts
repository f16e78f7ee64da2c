/** Sheet names under Excel's rules: ≤ 31 characters, none of : \ / ? * [ ], no leading or trailing ', not History, unique ignoring case. */

const MAX = 31;

/**
 * A valid, unique sheet name for `raw`; `taken` holds the lower-cased names already used and is updated.
 * Too-long names are cut to 30 characters and end with …; a clash gets " (2)", " (3)" … within the limit.
 * @example sheetName("各区(县、市)政府", new Set()) === "各区(县、市)政府"
 * @example sheetName("History", new Set()) === "History_"
 */
export function sheetName(raw: string, taken: Set<string>): string {
  let base = raw
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (!base) base = "Sheet";
  if (base.toLowerCase() === "history") base = "History_";
  const chars = [...base];
  if (chars.length > MAX) base = `${chars.slice(0, MAX - 1).join("")}…`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = [...base].slice(0, MAX - suffix.length).join("") + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** True when `name` satisfies Excel's sheet-name rules (used by tests and by the Office shell's checks). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    [...name].length <= MAX &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}
