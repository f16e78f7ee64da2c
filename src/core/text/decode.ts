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
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new Decoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that no text document contains: C0 controls other than tab/CR/LF, and U+FFFD. */
function junkShare(text: string): number {
  if (text.length === 0) return 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) junk++;
  }
  return junk / text.length;
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
    return { text, encoding: "utf-8", guessed: false, unreadable: junkShare(text) > 0.01 };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    const text = decodeWith(encoding, bytes.subarray(2), false) ?? "";
    return { text, encoding, guessed: false, unreadable: junkShare(text) > 0.01 };
  }
  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== null && junkShare(utf8) <= 0.01) {
    return { text: utf8, encoding: "utf-8", guessed: false, unreadable: false };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    const text = decodeWith(utf16, bytes, false) ?? "";
    return { text, encoding: utf16, guessed: true, unreadable: junkShare(text) > 0.01 };
  }
  const gb = decodeWith("gb18030", bytes, false) ?? "";
  return { text: gb, encoding: "gb18030", guessed: true, unreadable: junkShare(gb) > 0.01 };
}
