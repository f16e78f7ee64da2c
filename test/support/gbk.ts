/**
 * A GBK encoder for tests, built from the platform's own GBK decoder: every two-byte GBK code is decoded
 * once and the table reversed. Saves a dependency (iconv-lite) for something only tests need.
 */
let table: Map<string, [number, number]> | null = null;

function buildTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder("gbk");
  const map = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** Encodes text as GBK; throws on a character GBK cannot hold, so a test never passes on lossy input. */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`GBK cannot encode ${JSON.stringify(ch)} (U+${code.toString(16)})`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}
