/**
 * Traditional-script documents: the parser reads them in simplified characters (every rule, word list and
 * pattern is written once, in simplified) and gives back what it read in the document's own characters, so
 * that unit names, task words and deadlines stay as written (縣財政局, not 县财政局).
 */

import { TRAD_MAP } from "./fold";

/** A document's text in simplified characters, and the way back to its own characters. */
export interface Simplified {
  readonly text: string;
  /** Writes a string read from `text` in the document's own characters, character by character. */
  readonly restore: (s: string) => string;
  /**
   * Writes a string read from `text` at or after 1-based line `line` back as the document wrote it there (a
   * copy that mixes scripts keeps each part's own); else as `restore` does.
   */
  readonly restoreAt: (s: string, line: number) => string;
}

const identity = (s: string): string => s;

/** The simplified characters that have a Traditional form the parser knows (县 for 縣, 责 for 責 …). */
const SIMPLIFIED: ReadonlySet<string> = new Set(TRAD_MAP.values());

/** How far after a line's start a string is looked for in the text (a task's units a few lines below it). */
const WINDOW = 4000;

/**
 * Maps the Traditional characters the parser knows (fold.ts) to simplified, one for one, so that line numbers
 * and positions stay. Going back, a string is found where it was read and copied from the original; one the
 * parser rewrote (spaces, bracket widths) gets each simplified character back in the form the document writes
 * it most. A document mostly in simplified characters is left as it is.
 * @example simplify("1.推進。(縣財政局牽頭)").text === "1.推进。(县财政局牵头)"
 * @example simplify("縣財政局").restore("县财政局") === "縣財政局"
 */
export function simplify(text: string): Simplified {
  // For each simplified character: how often the document writes each Traditional form of it, and itself.
  const forms = new Map<string, Map<string, number>>();
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    const s = TRAD_MAP.get(ch);
    if (s !== undefined) traditional++;
    else if (SIMPLIFIED.has(ch)) simplified++;
    else continue;
    const key = s ?? ch;
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    forms.set(key, counts);
  }
  // A document that writes more characters of simplified form than of Traditional form is a simplified one
  // quoting Traditional words: read as it is.
  if (traditional === 0 || simplified * 2 > traditional)
    return { text, restore: identity, restoreAt: identity };
  const back = new Map<string, string>();
  for (const [s, counts] of forms) {
    const most = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (most[0] !== s) back.set(s, most[0]);
  }
  const read = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, (c) => TRAD_MAP.get(c) ?? c);
  const restore = (s: string): string => s.replace(/[\u3400-\u9fff]/g, (c) => back.get(c) ?? c);
  let starts: number[] | null = null;
  const restoreAt = (s: string, line: number): string => {
    if (s === "" || !/[\u3400-\u9fff]/.test(s)) return s;
    starts ??= lineStarts(read);
    const from = starts[line - 1] ?? 0;
    const at = read.slice(from, from + WINDOW).indexOf(s);
    return at < 0 ? restore(s) : text.slice(from + at, from + at + s.length);
  };
  return { text: read, restore, restoreAt };
}

/** The offset at which each line starts (LF, CRLF or CR, as text/lines.ts splits them). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\u2028" || c === "\u2029" || (c === "\r" && text[i + 1] !== "\n"))
      out.push(i + 1);
  }
  return out;
}

/** A task's strings written back where the task was read (Simplified.restoreAt), from its line on. */
export function restoreTask<T extends { readonly line: number }>(task: T, script: Simplified): T {
  return restoreStrings(task, (s) => script.restoreAt(s, task.line));
}

/** Every string inside a plain value (objects, arrays) written back by `restore`; other values as they are. */
export function restoreStrings<T>(value: T, restore: (s: string) => string): T {
  if (typeof value === "string") return restore(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => restoreStrings(v, restore)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = restoreStrings(v, restore);
    return out as T;
  }
  return value;
}
