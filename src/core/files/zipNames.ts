/**
 * The names of a zip archive's entries, read from its central directory without inflating anything, so
 * that a file can be recognised (.docx, .xlsx, .odt …) before any reader is loaded.
 */

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** At most this many names are listed: enough to recognise any office file. */
const MAX_NAMES = 5000;

/**
 * Entry names of a zip, or null when the central directory cannot be found (not a zip, or cut short).
 * @example zipEntryNames(docxBytes) → ["[Content_Types].xml", "word/document.xml", …]
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (after an optional comment).
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const names: string[] = [];
  const decoder = new (
    globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }
  ).TextDecoder();
  for (let n = 0; n < Math.min(count, MAX_NAMES); n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return names.length > 0 ? names : null;
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/**
 * The text of the first stored (uncompressed) entry when it is `mimetype`, as OpenDocument files begin;
 * null otherwise.
 */
export function storedMimetype(bytes: Uint8Array): string | null {
  if (u32(bytes, 0) !== 0x04034b50 || u16(bytes, 8) !== 0) return null;
  const nameLength = u16(bytes, 26);
  const extra = u16(bytes, 28);
  const size = u32(bytes, 18);
  const name = String.fromCharCode(...bytes.subarray(30, 30 + Math.min(nameLength, 64)));
  if (name !== "mimetype" || size > 200) return null;
  const start = 30 + nameLength + extra;
  return String.fromCharCode(...bytes.subarray(start, start + size));
}
