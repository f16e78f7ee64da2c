/**
 * Sheet names under Excel's rules: ≤ 31 characters, none of : \ / ? * [ ], no leading or trailing ', not History,
 * unique ignoring case. Excel counts UTF-16 code units, as its LEN does: a character outside the BMP (𠮷, 𬌗 in a
 * place name, CJK Extension B) counts two, and ExcelJS cuts a longer name at 31 units, splitting such a pair.
 */

const MAX = 31;

/** The longest start of `text` of at most `units` UTF-16 code units, never splitting a character. */
function cut(text: string, units: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > units) break;
    out += ch;
  }
  return out;
}

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
  if (base.length > MAX) base = `${cut(base, MAX - 1)}…`;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = cut(base, MAX - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** True when `name` satisfies Excel's sheet-name rules (used by tests and by the Office shell's checks). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX &&
    !/[:\\/?*[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== "history"
  );
}
