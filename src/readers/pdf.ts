/**
 * PDF files through pdfjs-dist (legacy build: Node 20 and every browser the pane runs in) → pages of text
 * pieces and ruling lines for core's layout. pdf.js runs in this thread (its worker module is loaded as a
 * "fake worker"), never evaluates code from the file, and reads at most MAX_PDF_PAGES pages.
 */

import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { MAX_PDF_PAGES, UnreadableFileError } from "../core/files/limits";
import type { PdfPage, PdfRule, PdfText } from "../core/files/pdfTypes";

type PdfJs = typeof PdfJsModule;
type Matrix = [number, number, number, number, number, number];

/** At most this many ruling segments are kept per page. */
const MAX_RULES = 20000;

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const times = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

/** Straight segments the page strokes or fills (rectangles as their edges), in page coordinates. */
function rulesOf(pdfjs: PdfJs, fnArray: readonly number[], argsArray: readonly unknown[]): PdfRule[] {
  const { OPS } = pdfjs;
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let path: PdfRule[] = [];
  const paint = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const seg = (x1: number, y1: number, x2: number, y2: number): void => {
    const [a, b] = apply(ctm, x1, y1);
    const [c, d] = apply(ctm, x2, y2);
    if (path.length < MAX_RULES) path.push({ x1: a, y1: b, x2: c, y2: d });
  };
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(args as Matrix, ctm);
    else if (fn === OPS.constructPath) {
      const [ops, coords] = args as [number[], number[]];
      let k = 0;
      let x = 0;
      let y = 0;
      for (const op of ops) {
        if (op === OPS.moveTo) [x, y] = [coords[k++] as number, coords[k++] as number];
        else if (op === OPS.lineTo) {
          const [nx, ny] = [coords[k++] as number, coords[k++] as number];
          seg(x, y, nx, ny);
          [x, y] = [nx, ny];
        } else if (op === OPS.rectangle) {
          const [rx, ry, w, h] = coords.slice(k, k + 4) as [number, number, number, number];
          k += 4;
          // A thin filled rectangle is a border line; a box is its four edges.
          if (Math.abs(h) < 2) seg(rx, ry + h / 2, rx + w, ry + h / 2);
          else if (Math.abs(w) < 2) seg(rx + w / 2, ry, rx + w / 2, ry + h);
          else {
            seg(rx, ry, rx + w, ry);
            seg(rx, ry + h, rx + w, ry + h);
            seg(rx, ry, rx, ry + h);
            seg(rx + w, ry, rx + w, ry + h);
          }
        } else if (op === OPS.curveTo) k += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) k += 4;
      }
    } else if (paint.has(fn)) {
      // A page that draws more lines than any table has is a drawing: its lines stop counting.
      for (const r of path) if (rules.length < MAX_RULES) rules.push(r);
      path = [];
    } else if (fn === OPS.endPath) path = [];
  });
  return rules;
}

/** Reads a PDF's pages; `cMapUrl` is where pdf.js finds the character maps of Chinese fonts without their own. */
export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array, cMapUrl: string): Promise<PdfPage[]> {
  let doc: Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      cMapUrl,
      cMapPacked: true,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    throw new UnreadableFileError(name === "PasswordException" ? "encrypted" : "bad-pdf", String(e));
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [, , , , x, y] = item.transform as number[];
        texts.push({ str: item.str, x: x as number, y: y as number, w: item.width, h: item.height });
      }
      const ops = await page.getOperatorList();
      pages.push({
        width: view.width,
        height: view.height,
        texts,
        rules: rulesOf(pdfjs, ops.fnArray, ops.argsArray),
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
