/**
 * Renders a 通报 as .docx in the usual 公文 layout: A4, margins 37/35/28/26 mm, the title in 小标宋 (宋体 where
 * it is missing) 二号 centred, headings in 黑体 三号, body in 仿宋 三号 with a two-character indent, tables in
 * 仿宋 小四, then issuer and date at the right.
 */

import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { BulletinDoc, BulletinSection, BulletinTable } from "../core/rounds/bulletinDoc";

const MM = 56.7; // twips per millimetre
const font = (name: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: name });
const run = (text: string, name: string, halfPoints: number, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({ text, font: font(name), size: halfPoints, ...extra });

/** 三号 is 16 pt, 二号 22 pt, 小四 12 pt: docx sizes are half-points. */
const SIZE = { title: 44, body: 32, table: 24 } as const;

/** Page and margins in millimetres: the 公文 layout. */
const PAGE = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/** Twips of the text between the margins, upright or on its side. */
export const textTwips = (landscape: boolean): number =>
  Math.floor(((landscape ? PAGE.height : PAGE.width) - PAGE.left - PAGE.right) * MM);

/** A Chinese character of 小四 (12 pt) is 240 twips; a digit or Latin letter about half (0.6: the fallback faces draw them wider). */
const CHAR = 240;
/** A cell's margins, left and right (Word's default 0.08 inch each), with a little room to spare. */
const CELL_MARGINS = 2 * 115 + 90;
/** The widest a short column is given before its cells wrap (开发区(高桥街道) takes 9 characters: it wraps). */
const SHORT_CAP = 8 * CHAR;
/** The text column (工作任务) is given at least this many characters a line, or the table goes on its side. */
const TEXT_LINE = 16 * CHAR;

const twipsOf = (text: string): number => {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? CHAR : CHAR * 0.6;
  return w;
};

/** A table's column widths in twips, and whether it needs a landscape page. */
export interface TableLayout {
  readonly widths: readonly number[];
  readonly landscape: boolean;
}

/**
 * Widths by content: the column with the most text (工作任务, the names of a tally) takes what the others
 * leave; each other column is as wide as its longest cell up to 8 characters and its header on one line
 * (on two lines when the text column would otherwise get too little: 16 characters a line for a long text, a
 * short name's length up to 8). A table whose text column still gets too little upright goes on a landscape
 * page.
 */
export function tableLayout(t: BulletinTable): TableLayout {
  const cols = t.header.length;
  const texts = (c: number): string[] => t.rows.map((r) => String(r[c] ?? ""));
  const total = (c: number): number => texts(c).reduce((n, s) => n + twipsOf(s), 0);
  let text = 0;
  for (let c = 1; c < cols; c++) if (total(c) > total(text)) text = c;
  const longest = (c: number): number => Math.max(0, ...texts(c).map(twipsOf));
  const headerOn = (c: number, lines: number): number => {
    const chars = [...(t.header[c] ?? "")];
    const perLine = Math.ceil(chars.length / lines);
    let w = 0;
    for (let i = 0; i < chars.length; i += perLine)
      w = Math.max(w, twipsOf(chars.slice(i, i + perLine).join("")));
    return w;
  };
  // Long texts need 16 characters a line; short names (a tally's units) may wrap after 8.
  const textNeed =
    Math.max(headerOn(text, 1), longest(text) > TEXT_LINE ? TEXT_LINE : Math.min(longest(text), SHORT_CAP)) +
    CELL_MARGINS;
  const attempt = (landscape: boolean, headerLines: number): TableLayout | null => {
    const widths = t.header.map((_, c) =>
      c === text
        ? 0
        : Math.max(Math.min(longest(c), SHORT_CAP), headerOn(c, headerLines), CHAR) + CELL_MARGINS,
    );
    const rest = textTwips(landscape) - widths.reduce((n, w) => n + w, 0);
    if (rest < textNeed) return null;
    widths[text] = rest;
    return { widths, landscape };
  };
  return (
    attempt(false, 1) ??
    attempt(false, 2) ??
    attempt(true, 1) ??
    attempt(true, 2) ?? {
      // Too many columns for any page: equal shares of a landscape page, as Word would do.
      widths: t.header.map(() => Math.floor(textTwips(true) / cols)),
      landscape: true,
    }
  );
}

function table(t: BulletinTable, layout: TableLayout): Table {
  const cell = (v: string | number, head: boolean, c: number) =>
    new TableCell({
      width: { size: layout.widths[c] ?? 0, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: typeof v === "number" || head ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(String(v), head ? "黑体" : "仿宋", SIZE.table)],
        }),
      ],
    });
  return new Table({
    width: { size: layout.widths.reduce((n, w) => n + w, 0), type: WidthType.DXA },
    columnWidths: [...layout.widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h, c) => cell(h, true, c)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, c) => cell(v, false, c)) })),
    ],
  });
}

/**
 * The 通报 as a Word document: upright, except that the sections whose table needs a wider page (the 滞后 and
 * 逾期 lists when their 工作任务 would get fewer than 16 characters a line) are printed on landscape pages.
 */
export function bulletinDocument(doc: BulletinDoc): Document {
  const body = (text: string, keepNext = false) =>
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560 },
      keepNext,
      children: [run(text, "仿宋", SIZE.body)],
    });
  const heading = (s: BulletinSection) =>
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { before: 200, line: 560 },
      keepNext: true,
      children: [run(s.heading, "黑体", SIZE.body)],
    });
  const groups: Array<{ landscape: boolean; children: Array<Paragraph | Table> }> = [
    {
      landscape: false,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(doc.title, "方正小标宋简体", SIZE.title)],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 400 },
          children: [run(doc.subtitle, "楷体", SIZE.body)],
        }),
      ],
    },
  ];
  for (const s of doc.sections) {
    const layout = s.table ? tableLayout(s.table) : null;
    let group = groups[groups.length - 1] as (typeof groups)[number];
    // A section without a table stays on the page it follows.
    const landscape = layout?.landscape ?? group.landscape;
    if (group.landscape !== landscape) {
      group = { landscape, children: [] };
      groups.push(group);
    }
    group.children.push(heading(s));
    // A sentence right above its table stays on the table's page.
    s.paragraphs.forEach((p, i) =>
      group.children.push(body(p, s.table !== null && i === s.paragraphs.length - 1)),
    );
    if (s.table && layout) group.children.push(table(s.table, layout), new Paragraph({ children: [] }));
  }
  const last = groups[groups.length - 1] as (typeof groups)[number];
  for (const line of [doc.issuer, doc.date])
    if (line)
      last.children.push(
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line, "仿宋", SIZE.body)] }),
      );
  return new Document({
    creator: "台账助手",
    title: doc.title,
    sections: groups.map((g) => ({
      properties: {
        page: {
          size: {
            width: Math.round(PAGE.width * MM),
            height: Math.round(PAGE.height * MM),
            orientation: g.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: Math.round(PAGE.top * MM),
            bottom: Math.round(PAGE.bottom * MM),
            left: Math.round(PAGE.left * MM),
            right: Math.round(PAGE.right * MM),
          },
        },
      },
      children: g.children,
    })),
  });
}

/** The 通报 as .docx bytes. */
export async function writeBulletin(doc: BulletinDoc): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(bulletinDocument(doc)));
}
