/**
 * Old Word binary documents (.doc, and .wps as WPS saves it) → the text the parser reads: one line per
 * paragraph, one line per table row with cells separated by a tab, as html.ts makes of a .docx. The text is
 * read through the piece table; which cell mark ends a row, and which cells continue a vertical merge, come
 * from the paragraph properties ([MS-DOC] PlcBtePapx → PapxFkp → sprmPFTtp, sprmTDefTable, sprmTVertMerge).
 */

import { joinCellParagraphs } from "./cells";
import { openCfb } from "./cfb";

/** Why a Word binary file could not be read: encrypted, a Word 6/95 file, or damaged. */
export class WordBinaryError extends Error {
  constructor(readonly reason: "encrypted" | "old-format" | "damaged") {
    super(reason);
    this.name = "WordBinaryError";
  }
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Windows-1252's characters in 0x80–0x9F, for 8-bit pieces (the rest of the range is Latin-1). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

interface ParaProps {
  readonly inTable: boolean;
  readonly rowEnd: boolean;
  /** Cell index → true when the cell continues a vertical merge from the row above. */
  readonly merged: ReadonlySet<number>;
}
const PLAIN: ParaProps = { inTable: false, rowEnd: false, merged: new Set() };

/** Reads the sprms of one paragraph's properties. */
function readSprms(g: Uint8Array): ParaProps {
  let inTable = false;
  let rowEnd = false;
  const merged = new Set<number>();
  for (let at = 0; at + 2 <= g.length;) {
    const sprm = u16(g, at);
    const op = at + 2;
    let size: number;
    switch (sprm >>> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        size = sprm === 0xd608 ? 2 + Math.max(0, u16(g, op) - 1) : 1 + (g[op] ?? 0);
    }
    if (sprm === 0x2416) inTable = (g[op] ?? 0) !== 0;
    if (sprm === 0x2417) rowEnd = (g[op] ?? 0) !== 0;
    if (sprm === 0xd608) {
      // TDefTableOperand: cb, itcMac, rgdxaCenter[itcMac + 1], rgTc80[itcMac] (20 bytes, tcgrf first).
      const count = g[op + 2] ?? 0;
      const tcs = op + 3 + (count + 1) * 2;
      for (let c = 0; c < count && tcs + c * 20 + 2 <= g.length; c++) {
        const grf = u16(g, tcs + c * 20);
        if (grf & 0x20 && !(grf & 0x40)) merged.add(c);
      }
    }
    if (sprm === 0xd62b && (g[op + 3] ?? 0) === 1) merged.add(g[op + 2] ?? 0);
    at = op + size;
  }
  return { inTable, rowEnd, merged };
}

/** Paragraph properties by file offset: the runs of every PAPX page (FKP). */
function paragraphIndex(doc: Uint8Array, table: Uint8Array, fc: number, lcb: number) {
  const runs: Array<{ start: number; end: number; props: ParaProps }> = [];
  const n = lcb >= 4 ? Math.floor((lcb - 4) / 8) : 0;
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fc + 4 * (n + 1) + 4 * i) & 0x3fffff;
    const page = doc.subarray(pn * 512, pn * 512 + 512);
    if (page.length < 512) continue;
    const crun = page[511] ?? 0;
    for (let r = 0; r < crun; r++) {
      const bOffset = page[4 * (crun + 1) + 13 * r] ?? 0;
      let props = PLAIN;
      if (bOffset !== 0) {
        const o = bOffset * 2;
        const cb = page[o] ?? 0;
        const start = cb === 0 ? o + 2 : o + 1;
        const length = cb === 0 ? 2 * (page[o + 1] ?? 0) : 2 * cb - 1;
        props = readSprms(page.subarray(start + 2, Math.min(512, start + length)));
      }
      runs.push({ start: u32(page, 4 * r), end: u32(page, 4 * (r + 1)), props });
    }
  }
  runs.sort((a, b) => a.start - b.start);
  return (at: number): ParaProps | null => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid] as (typeof runs)[number];
      if (at < run.start) hi = mid - 1;
      else if (at >= run.end) lo = mid + 1;
      else return run.props;
    }
    return null;
  };
}

/**
 * The main text of a Word 97–2003 document, tables as tab-separated rows.
 * @example wordBinaryText(docBytes) === "标题\n序号\t工作任务\t责任单位\n1\t…"
 */
export function wordBinaryText(bytes: Uint8Array): string {
  const cfb = openCfb(bytes);
  const doc = cfb.stream("WordDocument");
  if (!doc || doc.length < 0x200) throw new WordBinaryError("damaged");
  if (u16(doc, 0) !== 0xa5ec || u16(doc, 2) < 0xc1) throw new WordBinaryError("old-format");
  const flags = u16(doc, 0x0a);
  if (flags & 0x0100) throw new WordBinaryError("encrypted");
  const table = cfb.stream(flags & 0x0200 ? "1Table" : "0Table");
  if (!table) throw new WordBinaryError("damaged");

  const csw = u16(doc, 32);
  const lw = 34 + csw * 2 + 2;
  const cslw = u16(doc, lw - 2);
  const ccpText = u32(doc, lw + 12);
  const fcLcb = lw + cslw * 4 + 2;
  const fcClx = u32(doc, fcLcb + 33 * 8);
  const lcbClx = u32(doc, fcLcb + 33 * 8 + 4);
  const papx = paragraphIndex(doc, table, u32(doc, fcLcb + 13 * 8), u32(doc, fcLcb + 13 * 8 + 4));

  // The piece table: skip Prc entries (0x01) to the Pcdt (0x02).
  let at = fcClx;
  const clxEnd = Math.min(table.length, fcClx + lcbClx);
  while (at < clxEnd && table[at] === 0x01) at += 3 + u16(table, at + 1);
  if (table[at] !== 0x02) throw new WordBinaryError("damaged");
  const lcb = u32(table, at + 1);
  const plc = at + 5;
  const pieces = Math.floor((lcb - 4) / 12);
  if (pieces <= 0 || plc + lcb > table.length) throw new WordBinaryError("damaged");

  const out = new Builder();
  for (let i = 0; i < pieces && out.cp < ccpText; i++) {
    const cpStart = u32(table, plc + 4 * i);
    const cpEnd = Math.min(u32(table, plc + 4 * (i + 1)), ccpText);
    const fcRaw = u32(table, plc + 4 * (pieces + 1) + 8 * i + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw;
    for (let cp = cpStart; cp < cpEnd; cp++) {
      const pos = compressed ? fc + (cp - cpStart) : fc + 2 * (cp - cpStart);
      if (pos + (compressed ? 1 : 2) > doc.length) throw new WordBinaryError("damaged");
      const code = compressed ? (doc[pos] as number) : u16(doc, pos);
      const ch = compressed && code >= 0x80 && code < 0xa0 ? CP1252[code - 0x80] : String.fromCharCode(code);
      out.add(ch as string, () => papx(pos));
      out.cp++;
    }
  }
  return out.finish();
}

/** Collects characters into lines and table rows. */
class Builder {
  cp = 0;
  private readonly lines: string[] = [];
  private text = "";
  private cellParas: string[] = [];
  private cells: string[] = [];
  private above: string[] = [];
  private fieldDepth = 0;
  private inCode = false;

  add(ch: string, props: () => ParaProps | null): void {
    switch (ch) {
      case "\u0013": // field begin: its code until the separator is not shown
        this.fieldDepth++;
        this.inCode = true;
        return;
      case "\u0014":
        this.inCode = false;
        return;
      case "\u0015":
        this.fieldDepth = Math.max(0, this.fieldDepth - 1);
        this.inCode = false;
        return;
    }
    if (this.inCode) return;
    if (ch === "\r" || ch === "\u000b" || ch === "\u000c") {
      const p = props();
      if (ch === "\r" && p?.inTable) this.cellParas.push(this.text);
      else if (this.cells.length > 0 || this.cellParas.length > 0) this.cellParas.push(this.text);
      else this.lines.push(this.text);
      this.text = "";
      return;
    }
    if (ch === "\u0007") {
      const p = props();
      // Without paragraph properties, a mark right after a cell mark ends the row.
      const rowEnd = p ? p.rowEnd : this.text === "" && this.cellParas.length === 0 && this.cells.length > 0;
      if (rowEnd) this.endRow(p?.merged ?? new Set());
      else {
        this.cellParas.push(this.text);
        this.cells.push(joinCellParagraphs(this.cellParas.map((t) => t.trim()).filter((t) => t !== "")));
        this.cellParas = [];
      }
      this.text = "";
      return;
    }
    const code = ch.charCodeAt(0);
    if (code < 0x20 && ch !== "\t") return; // objects, footnote marks, annotation marks
    this.text += ch === "\u00a0" ? " " : ch === "\u001e" ? "-" : ch;
  }

  private endRow(merged: ReadonlySet<number>): void {
    const row = this.cells.map((c, i) => (c === "" && merged.has(i) ? (this.above[i] ?? "") : c));
    this.lines.push(row.join("\t"));
    this.above = row;
    this.cells = [];
    this.cellParas = [];
  }

  finish(): string {
    if (this.cells.length > 0) this.endRow(new Set());
    if (this.text !== "") this.lines.push(this.text);
    return this.lines.map((l) => l.replace(/\s+$/, "")).join("\n");
  }
}
