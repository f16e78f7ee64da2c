/**
 * Old Excel workbooks (.xls, and .et as WPS saves it: BIFF8 in a compound file) → grids for gridText: each
 * visible worksheet's cells as shown (shared strings, numbers, cached formula results, dates as 2020年6月30日)
 * and its merged areas. Every offset is checked against the record it reads from.
 */

import { openCfb } from "./cfb";
import type { MergedArea, SheetGrid } from "./grid";

/** Why a workbook could not be read: encrypted, an Excel 5/95 workbook, or damaged. */
export class BiffError extends Error {
  constructor(readonly reason: "encrypted" | "old-format" | "damaged") {
    super(reason);
    this.name = "BiffError";
  }
}

const MAX_ROWS = 20000;
const MAX_COLS = 100;

interface Record_ {
  readonly type: number;
  readonly data: Uint8Array;
  /** Where the record starts in the stream. */
  readonly at: number;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const f64 = (b: Uint8Array, at: number): number =>
  new DataView(b.buffer, b.byteOffset + at, 8).getFloat64(0, true);

function records(stream: Uint8Array, from: number): Record_[] {
  const out: Record_[] = [];
  for (let at = from; at + 4 <= stream.length;) {
    const type = u16(stream, at);
    const length = u16(stream, at + 2);
    out.push({ type, data: stream.subarray(at + 4, Math.min(stream.length, at + 4 + length)), at });
    at += 4 + length;
    if (type === 0x0a) break; // EOF of this substream
  }
  return out;
}

/**
 * Reads characters that may continue into CONTINUE records: each continuation starts with a new flags
 * byte that says whether the characters are one or two bytes wide ([MS-XLS] 2.5.293).
 */
class Reader {
  private seg = 0;
  private at = 0;
  constructor(private readonly segments: readonly Uint8Array[]) {}

  private ensure(): Uint8Array | null {
    while (this.seg < this.segments.length && this.at >= (this.segments[this.seg] as Uint8Array).length) {
      this.seg++;
      this.at = 0;
    }
    return this.segments[this.seg] ?? null;
  }
  byte(): number {
    const s = this.ensure();
    if (!s) throw new BiffError("damaged");
    return s[this.at++] as number;
  }
  u16(): number {
    return this.byte() | (this.byte() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  skip(n: number): void {
    for (let i = 0; i < n; i++) this.byte();
  }
  /** A XLUnicodeRichExtendedString ([MS-XLS] 2.5.293). */
  string(): string {
    const cch = this.u16();
    let flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    let text = "";
    for (let i = 0; i < cch; i++) {
      if (this.at >= (this.segments[this.seg]?.length ?? 0)) {
        this.ensure();
        flags = this.byte();
      }
      text += String.fromCharCode(flags & 0x01 ? this.u16() : this.byte());
    }
    this.skip(runs * 4 + Math.min(ext, 1 << 20));
    return text;
  }
}

/** A string inside one record: cch (u8 or u16), flags, characters. */
function shortString(d: Uint8Array, at: number, wide: boolean): string {
  const cch = wide ? u16(d, at) : (d[at] ?? 0);
  const flags = d[at + (wide ? 2 : 1)] ?? 0;
  const start = at + (wide ? 3 : 2);
  let s = "";
  for (let i = 0; i < cch; i++) {
    const code = flags & 1 ? u16(d, start + 2 * i) : (d[start + i] ?? 0);
    s += String.fromCharCode(code);
  }
  return s;
}

/** RK numbers: an integer or the top of an IEEE double, either possibly × 100 ([MS-XLS] 2.5.217). */
function rk(v: number): number {
  let n: number;
  if (v & 2) n = v >> 2;
  else {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(4, v & 0xfffffffc, true);
    n = new DataView(bytes.buffer).getFloat64(0, true);
  }
  return v & 1 ? n / 100 : n;
}

/** Built-in number formats that show dates. */
const DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const isDateFormat = (code: string): boolean => /[ymd年月日]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

/** A date serial (1900 system) as 2020年6月30日. */
function serialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * The visible worksheets of an .xls file.
 * @example biffSheets(xlsBytes)[0] → { name: "Sheet1", cells: [["序号", "工作任务"], …], merges: [] }
 */
export function biffSheets(bytes: Uint8Array): SheetGrid[] {
  const cfb = openCfb(bytes);
  const stream = cfb.stream("Workbook");
  if (!stream) throw new BiffError(cfb.stream("Book") ? "old-format" : "damaged");
  const globals = records(stream, 0);
  if (globals[0]?.type !== 0x809 || u16(globals[0].data, 0) !== 0x600) throw new BiffError("old-format");

  const sst: string[] = [];
  const sheets: Array<{ name: string; at: number }> = [];
  const formats = new Map<number, string>();
  const xfFormat: number[] = [];
  for (let i = 0; i < globals.length; i++) {
    const { type, data } = globals[i] as Record_;
    if (type === 0x2f) throw new BiffError("encrypted");
    if (type === 0x85 && data[4] === 0 && data[5] === 0)
      sheets.push({ name: shortString(data, 6, false), at: u32(data, 0) });
    if (type === 0x41e) formats.set(u16(data, 0), shortString(data, 2, true));
    if (type === 0xe0) xfFormat.push(u16(data, 2));
    if (type === 0xfc) {
      const segments = [data.subarray(8)];
      for (let k = i + 1; globals[k]?.type === 0x3c; k++) segments.push((globals[k] as Record_).data);
      const reader = new Reader(segments);
      const count = Math.min(u32(data, 4), 1 << 20);
      try {
        for (let n = 0; n < count; n++) sst.push(reader.string());
      } catch {
        // A shared-string table cut short: the strings read so far stand, the rest show as empty cells.
      }
    }
  }
  const isDate = (xf: number): boolean => {
    const ifmt = xfFormat[xf] ?? 0;
    const code = formats.get(ifmt);
    return code === undefined ? DATE_FORMATS.has(ifmt) : isDateFormat(code);
  };
  const shown = (n: number, xf: number): string =>
    isDate(xf) && n > 0 && n < 2958466 ? serialDate(n) : String(n);

  return sheets.map(({ name, at }) => {
    const cells: string[][] = [];
    const merges: MergedArea[] = [];
    const put = (row: number, col: number, text: string): void => {
      if (row >= MAX_ROWS || col >= MAX_COLS) return;
      while (cells.length <= row) cells.push([]);
      const r = cells[row] as string[];
      while (r.length < col) r.push("");
      r[col] = text;
    };
    let formulaCell: [number, number] | null = null;
    for (const { type, data } of records(stream, at)) {
      const row = u16(data, 0);
      const col = u16(data, 2);
      const xf = u16(data, 4);
      if (type === 0xfd) put(row, col, sst[u32(data, 6)] ?? "");
      else if (type === 0x204 || type === 0xd6) put(row, col, shortString(data, 6, true));
      else if (type === 0x203 && data.length >= 14) put(row, col, shown(f64(data, 6), xf));
      else if (type === 0x27e) put(row, col, shown(rk(u32(data, 6)), xf));
      else if (type === 0xbd) {
        const last = u16(data, data.length - 2);
        for (let c = col, p = 4; c <= last && p + 6 <= data.length - 2; c++, p += 6)
          put(row, c, shown(rk(u32(data, p + 2)), u16(data, p)));
      } else if (type === 0x06 && data.length >= 14) {
        formulaCell = null;
        if (u16(data, 12) !== 0xffff) put(row, col, shown(f64(data, 6), xf));
        else if (data[6] === 0) formulaCell = [row, col];
        else if (data[6] === 1) put(row, col, data[8] ? "TRUE" : "FALSE");
      } else if (type === 0x207 && formulaCell) {
        put(formulaCell[0], formulaCell[1], shortString(data, 0, true));
        formulaCell = null;
      } else if (type === 0xe5) {
        const count = u16(data, 0);
        for (let k = 0; k < count && 2 + 8 * k + 8 <= data.length; k++) {
          const p = 2 + 8 * k;
          merges.push({
            top: u16(data, p),
            bottom: u16(data, p + 2),
            left: u16(data, p + 4),
            right: u16(data, p + 6),
          });
        }
      }
    }
    return { name, cells, merges };
  });
}
