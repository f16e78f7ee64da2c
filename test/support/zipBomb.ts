/**
 * Crafted zip files for the zip-bomb tests: small on disk, huge when unpacked. The big entry is deflated
 * from a stream of repeated chunks, so making one costs a few hundred kilobytes, not its unpacked size.
 */

import { createDeflateRaw } from "node:zlib";

/** Deflates `size` bytes of `fill` (a repeated character), streaming. */
async function deflatedFill(size: number, fill: string): Promise<Buffer> {
  const chunk = Buffer.alloc(1 << 20, fill);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  for (let left = size; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(part)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly size: number;
  readonly method: 0 | 8;
}

/** A zip of the given entries (CRCs left 0: unzippers do not check them unless asked). */
function zipOf(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * A zip with small `files` and one entry `big` that inflates to `size` bytes of spaces (valid inside XML
 * content, so a reader that reads it whole holds it all).
 */
export async function zipBomb(files: Record<string, string>, big: string, size: number): Promise<Uint8Array> {
  const entries: Entry[] = Object.entries(files).map(([name, text]) => {
    const data = Buffer.from(text, "utf8");
    return { name, data, size: data.length, method: 0 };
  });
  entries.push({ name: big, data: await deflatedFill(size, " "), size, method: 8 });
  return zipOf(entries);
}
