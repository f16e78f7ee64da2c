/**
 * Bytes → text for breakdown files: UTF-8 (with or without BOM), UTF-16 with BOM, and GBK/GB18030, which
 * is what Chinese Windows saves as "ANSI". Uses the WHATWG TextDecoder that both Node and browsers have.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

// TextDecoder is a web-platform global in Node ≥ 11 and every browser; core sees it through this small
// interface instead of the DOM or Node typings, which it does not load.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

export interface Decoded {
  readonly text: string;
  /** WHATWG encoding name: utf-8, utf-16le, utf-16be, gb18030. */
  readonly encoding: string;
  /** True when the encoding was inferred from the bytes rather than declared by a BOM or valid UTF-8. */
  readonly guessed: boolean;
  /** True when the bytes do not read as text in any supported encoding (binary file, wrong format). */
  readonly unreadable: boolean;
  /** 1-based lines holding bytes the encoding could not read (shown as U+FFFD); empty for a clean file. */
  readonly badLines: readonly number[];
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new Decoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether decoded bytes are no text at all: more than 1% C0 controls other than tab/CR/LF, or more than 10%
 * U+FFFD (a few replaced bytes are damage in a text, reported by line; many mean the wrong kind of file).
 */
function notText(text: string): boolean {
  if (text.length === 0) return false;
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) controls++;
    else if (c === 0xfffd) replaced++;
  }
  return controls > text.length * 0.01 || replaced > text.length * 0.1;
}

/** The 1-based lines of `text` that hold U+FFFD, as an editor numbers lines (\r\n, \n or \r end one). */
export function linesWithReplacement(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd && out[out.length - 1] !== line) out.push(line);
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return out;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that break the encoding (a stray byte, a character
 * cut at the end of the file). Text in another encoding breaks it everywhere; damaged UTF-8 only here and there.
 */
function utf8Damage(bytes: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      good++;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return { good, bad };
}

/** UTF-16 text without a BOM shows as zero bytes in every other position (mostly ASCII line ends and digits). */
function looksLikeUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = bytes.length / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return "utf-16be";
  return null;
}

/**
 * Decodes a text file of unknown encoding.
 * @example decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])) → { text: "你好", encoding: "gb18030", guessed: true, … }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = decodeWith("utf-8", bytes.subarray(3), false) ?? "";
    return read(text, "utf-8", false);
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    const text = decodeWith(encoding, bytes.subarray(2), false) ?? "";
    return read(text, encoding, false);
  }
  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== null && !notText(utf8)) {
    return { text: utf8, encoding: "utf-8", guessed: false, unreadable: false, badLines: [] };
  }
  // UTF-8 with a stray byte or cut in the middle of a character: read the rest, point at the damage.
  const damage = utf8Damage(bytes);
  if (damage.bad > 0 && damage.bad <= Math.max(1, Math.floor(damage.good / 20))) {
    return read(decodeWith("utf-8", bytes, false) ?? "", "utf-8", false);
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    return read(decodeWith(utf16, bytes, false) ?? "", utf16, true);
  }
  return read(decodeWith("gb18030", bytes, false) ?? "", "gb18030", true);
}

/** A decoded text with what is wrong with it: unreadable as a whole, or bad bytes on some lines. */
function read(text: string, encoding: string, guessed: boolean): Decoded {
  const unreadable = notText(text);
  return { text, encoding, guessed, unreadable, badLines: unreadable ? [] : linesWithReplacement(text) };
}
