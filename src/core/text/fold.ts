/**
 * Length-preserving folding for matching: every character maps to exactly one character, so an index
 * found in the folded string is valid in the original. The original is what we keep and show.
 */

import { MORE_TRADITIONAL } from "./traditional";

// Traditional → simplified, only for characters that occur in the words the parser looks for
// (labels, titles, role verbs, collective and deadline words, unit suffixes). Unit names are kept as written.
const TRADITIONAL =
  "牽牵頭头單单責责協协辦办參参與与門门領领導导時时間间務务進进負负職职會会聯联繫系關关長长縣县區区鎮镇鄉乡" +
  "廳厅處处員员級级屬属開开發发為为號号內内況况業业經经濟济設设計计劃划統统組组織织機机構构團团場场總总監监" +
  "衛卫農农環环財财稅税規规資资應应運运輸输週周後后續续堅坚動动隊队點点實实項项專专報报種种屆届見见議议記记" +
  "書书樣样試试驗验選选舉举產产億亿萬万轉转變变該该當当達达過过這这層层園园與与證证優优營营銷销質质檢检據据" +
  "廣广電电遊游體体數数網网絡络訊讯黨党舊旧畫画續续並并於于個个們们來来將将從从誌志莊庄陽阳華华東东軍军別别" +
  MORE_TRADITIONAL;

/** Traditional → simplified for the characters of TRADITIONAL (and MORE_TRADITIONAL). */
export const TRAD_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...TRADITIONAL];
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i] as string, chars[i + 1] as string);
  return m;
})();

/**
 * Folds full-width ASCII to half-width, ideographic space to space, small/odd commas to 、, colon look-alikes to : and the
 * traditional characters of the parser's keywords to simplified. Same length as the input.
 * @example fold("牽頭單位:市商務局(1)") === "牵头单位:市商务局(1)"
 */
export function fold(s: string): string {
  return FOLDABLE.test(s) ? s.replace(FOLDABLE_ALL, foldChar) : s;
}

const SMALL_FORMS: Readonly<Record<string, string>> = {
  "\ufe50": ",",
  "\ufe52": ".",
  "\ufe54": ";",
  "\ufe55": ":",
  "\ufe59": "(",
  "\ufe5a": ")",
  // Colon look-alikes some copies put after a label (牵头部门∶ with the ratio sign, a two-dot leader, a vertical or
  // modifier colon).
  "\u2236": ":",
  "\ufe30": ":",
  "\ufe13": ":",
  "\ua789": ":",
};

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000 || c === 0x00a0) return " ";
  if (c === 0xfe51 || c === 0xff64) return "\u3001";
  // Small form variants (﹒﹐﹔﹕﹙﹚), as some copies write numbering and separators.
  const small = SMALL_FORMS[ch];
  if (small) return small;
  return TRAD_MAP.get(ch) ?? ch;
}

const FOLDABLE_SOURCE = `[\\uff01-\\uff5e\\u3000\\u00a0\\ufe50-\\ufe5a\\uff64\\u2236\\ufe30\\ufe13\\ua789${[...TRAD_MAP.keys()].join("")}]`;
const FOLDABLE = new RegExp(FOLDABLE_SOURCE);
const FOLDABLE_ALL = new RegExp(FOLDABLE_SOURCE, "g");

/** Removes every kind of white space. @example squeeze(" 农业 农村局 ") === "农业农村局" */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, "");
}

const OPENERS = "(([【〔〈《「『";
const CLOSERS = "))]】〕〉》」』";

/** True when `ch` opens a bracket of any width or style. */
export function isOpener(ch: string): boolean {
  return OPENERS.includes(ch);
}

/** True when `ch` closes a bracket of any width or style. */
export function isCloser(ch: string): boolean {
  return CLOSERS.includes(ch);
}

/** Net bracket depth at the end of `s` (never below zero): > 0 means a bracket is still open. */
export function openDepth(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if (isOpener(ch)) depth++;
    else if (isCloser(ch) && depth > 0) depth--;
  }
  return depth;
}

/**
 * Splits on any separator character that is not inside brackets. A bracket that never closes (市海关(驻市办、
 * 市财政局) is read as closed where it opened, so that it cannot swallow the rest of the list.
 * @example splitTopLevel("各区(县、市)政府、财政局", "、") → ["各区(县、市)政府", "财政局"]
 */
export function splitTopLevel(s: string, separators: string): string[] {
  const unclosed = unclosedOpeners(s);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (isOpener(ch)) {
      if (!unclosed.has(i)) depth++;
    } else if (isCloser(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** Indexes of the openers in `s` that no closer after them closes. */
export function unclosedOpeners(s: string): Set<number> {
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (isOpener(ch)) open.push(i);
    else if (isCloser(ch)) open.pop();
  }
  return new Set(open);
}

/**
 * Finds the bracket group that closes at `end` (exclusive index just after the closer).
 * Returns the index of its opener, or -1 when the text does not end with a balanced group.
 */
export function matchingOpener(s: string, closeIndex: number): number {
  let depth = 0;
  for (let i = closeIndex; i >= 0; i--) {
    const ch = s[i] as string;
    if (isCloser(ch)) depth++;
    else if (isOpener(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
