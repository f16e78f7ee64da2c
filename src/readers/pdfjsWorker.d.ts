/** pdf.js's worker module has no type declarations; the readers only hand it back to pdf.js. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
