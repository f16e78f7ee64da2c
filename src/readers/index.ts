/**
 * The readers that need a library, for both the command line and the pane: mammoth (.docx), pdf.js (.pdf),
 * ExcelJS (.xlsx) and the bounded unzipper (.odt, .ods). Each is imported on first use; in the pane webpack
 * puts each in its own chunk, so opening a .txt file or pasting loads none of them.
 */

import type { FileReaders } from "../core/files/loadDocument";

/**
 * The readers; `cMapUrl` is where pdf.js finds its character maps (a folder path in Node, a URL in the
 * browser).
 */
export function fileReaders(cMapUrl: string): FileReaders {
  return {
    docx: async () => {
      const [mammoth, { docxConverter }] = await Promise.all([
        import(/* webpackChunkName: "mammoth" */ "mammoth"),
        import(/* webpackChunkName: "docx" */ "./docx"),
      ]);
      return docxConverter(mammoth);
    },
    zip: async () => (await import(/* webpackChunkName: "unzip" */ "./zip")).openZip,
    sheets: async () => (await import(/* webpackChunkName: "xlsx" */ "./sheets")).readSheets,
    pdf: async () => {
      const [pdfjs, worker, { readPdf }] = await Promise.all([
        import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs"),
        import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.worker.mjs"),
        import(/* webpackChunkName: "pdfjs" */ "./pdf"),
      ]);
      // pdf.js runs its "worker" in this thread when the worker module is registered here.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return (bytes) => readPdf(pdfjs, bytes, cMapUrl);
    },
  };
}
