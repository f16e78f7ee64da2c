/** Fingerprints of task fields, so that a returned form shows whether a unit changed what it may not. */

/**
 * A short fingerprint of a cell's text: FNV-1a (32 bits) over the text without whitespace, as 8 hex digits.
 * Whitespace is left out because spreadsheet programs may wrap or trim cells when they save.
 * @example fingerprint("推进 数字经济") === fingerprint("推进数字经济")
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  const s = text.replace(/\s+/g, "");
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), 0x01000193) >>> 0;
    h = Math.imul(h ^ (c >> 8), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
