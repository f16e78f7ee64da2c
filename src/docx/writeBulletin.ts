/**
 * Renders a 通报 as .docx in the usual 公文 layout: A4, margins 37/35/28/26 mm, the title in 小标宋 (宋体 where
 * it is missing) 二号 centred, headings in 黑体 三号, body in 仿宋 三号 with a two-character indent, tables in
 * 仿宋 小四, then issuer and date at the right.
 */

import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from "docx";
import type { BulletinDoc, BulletinTable } from "../core/rounds/bulletinDoc";

const MM = 56.7; // twips per millimetre
const font = (name: string) => ({ ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: name });
const run = (text: string, name: string, halfPoints: number, extra: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({ text, font: font(name), size: halfPoints, ...extra });

/** 三号 is 16 pt, 二号 22 pt, 小四 12 pt: docx sizes are half-points. */
const SIZE = { title: 44, body: 32, table: 24 } as const;

function table(t: BulletinTable): Table {
  const cell = (v: string | number, head: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: typeof v === "number" || head ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(String(v), head ? "黑体" : "仿宋", SIZE.table)],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((v) => cell(v, false)) })),
    ],
  });
}

/** The 通报 as a Word document. */
export function bulletinDocument(doc: BulletinDoc): Document {
  const body = (text: string) =>
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { line: 560 },
      children: [run(text, "仿宋", SIZE.body)],
    });
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(doc.title, "方正小标宋简体", SIZE.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [run(doc.subtitle, "楷体", SIZE.body)],
    }),
  ];
  for (const s of doc.sections) {
    children.push(
      new Paragraph({
        indent: { firstLine: 640 },
        spacing: { before: 200, line: 560 },
        children: [run(s.heading, "黑体", SIZE.body)],
      }),
    );
    for (const p of s.paragraphs) children.push(body(p));
    if (s.table) children.push(table(s.table), new Paragraph({ children: [] }));
  }
  for (const line of [doc.issuer, doc.date])
    if (line)
      children.push(
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line, "仿宋", SIZE.body)] }),
      );
  return new Document({
    creator: "台账助手",
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
            },
          },
        },
        children,
      },
    ],
  });
}

/** The 通报 as .docx bytes. */
export async function writeBulletin(doc: BulletinDoc): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(bulletinDocument(doc)));
}
