/**
 * A reader for Compound File Binary files (the container of old Office files: .doc, .wps, .xls, .et, .ppt,
 * and of password-protected .docx/.xlsx). Lists the streams at the top level and reads them; every chain
 * of sectors is bounded, so a damaged or hostile file ends in an error, never a loop.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const END = 0xfffffffe;
const FREE = 0xffffffff;

/** True when the bytes start with the compound-file signature. */
export function isCfb(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The file is not a readable compound file; the message says where it failed (for tests, not for clerks). */
export class CfbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CfbError";
  }
}

interface Entry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

/** An opened compound file: the names at its top level, and the bytes of a top-level stream. */
export interface Cfb {
  readonly names: readonly string[];
  stream(name: string): Uint8Array | null;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * Opens a compound file.
 * @example openCfb(docBytes).names → ["WordDocument", "1Table", "\u0005SummaryInformation", …]
 */
export function openCfb(bytes: Uint8Array): Cfb {
  if (!isCfb(bytes) || bytes.length < 512) throw new CfbError("not a compound file");
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) throw new CfbError("bad sector size");
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize) + 1;
  const sector = (n: number): Uint8Array => {
    if (n >= sectorCount) throw new CfbError(`sector ${n} beyond the file`);
    const start = (n + 1) * sectorSize;
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(bytes, 0x4c + i * 4));
  let difat = u32(bytes, 0x44);
  for (let guard = 0; difat !== END && difat !== FREE && guard < sectorCount; guard++) {
    const s = sector(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(u32(s, i * 4));
    difat = u32(s, sectorSize - 4);
  }
  const fat: number[] = [];
  for (const f of fatSectors) {
    if (f === FREE || f === END || f >= sectorCount) continue;
    const s = sector(f);
    for (let i = 0; i + 4 <= s.length; i += 4) fat.push(u32(s, i));
    if (fat.length > sectorCount * 2 + 1024) break;
  }

  const chain = (start: number, next: readonly number[], limit: number): number[] => {
    const out: number[] = [];
    for (let n = start; n !== END && n !== FREE; n = next[n] ?? END) {
      if (n >= limit || out.length >= limit) throw new CfbError("broken sector chain");
      out.push(n);
    }
    return out;
  };
  const read = (start: number, size: number): Uint8Array => {
    const sectors = chain(start, fat, sectorCount);
    const out = new Uint8Array(Math.min(size, sectors.length * sectorSize));
    sectors.forEach((n, i) => {
      const s = sector(n);
      const at = i * sectorSize;
      if (at < out.length) out.set(s.subarray(0, Math.min(s.length, out.length - at)), at);
    });
    return out;
  };

  const dir = read(u32(bytes, 0x30), sectorCount * sectorSize);
  const entries: Entry[] = [];
  for (let at = 0; at + 128 <= dir.length; at += 128) {
    const nameBytes = Math.min(u16(dir, at + 64), 64);
    let name = "";
    for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(u16(dir, at + i));
    entries.push({
      name,
      type: dir[at + 66] ?? 0,
      left: u32(dir, at + 68),
      right: u32(dir, at + 72),
      child: u32(dir, at + 76),
      start: u32(dir, at + 116),
      size: u32(dir, at + 120),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CfbError("no root entry");

  // Small streams live in the mini stream (the root's data), in 64-byte sectors chained by the mini FAT.
  const cutoff = u32(bytes, 0x38);
  const miniFatBytes = u32(bytes, 0x3c) === END ? new Uint8Array(0) : read(u32(bytes, 0x3c), bytes.length);
  const miniFat: number[] = [];
  for (let i = 0; i + 4 <= miniFatBytes.length; i += 4) miniFat.push(u32(miniFatBytes, i));
  let miniStream: Uint8Array | null = null;
  const readMini = (start: number, size: number): Uint8Array => {
    miniStream ??= read(root.start, root.size);
    const mini = miniStream;
    const sectors = chain(start, miniFat, Math.ceil(mini.length / 64));
    const out = new Uint8Array(Math.min(size, sectors.length * 64));
    sectors.forEach((n, i) => {
      if (i * 64 < out.length)
        out.set(mini.subarray(n * 64, n * 64 + Math.min(64, out.length - i * 64)), i * 64);
    });
    return out;
  };

  // The top level: the root's children, a tree linked through left and right siblings.
  const top = new Map<string, Entry>();
  const stack = [root.child];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const e = entries[i];
    if (!e || seen.has(i)) continue;
    seen.add(i);
    if (!top.has(e.name)) top.set(e.name, e);
    stack.push(e.left, e.right);
  }

  return {
    names: [...top.keys()],
    stream(name: string): Uint8Array | null {
      const e = top.get(name);
      if (!e || e.type !== 2) return null;
      return e.size < cutoff ? readMini(e.start, e.size) : read(e.start, e.size);
    },
  };
}
