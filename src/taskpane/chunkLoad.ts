/**
 * Parts of the pane load on demand (the parser, the file readers, the Excel shell, ExcelJS …), each a webpack
 * chunk fetched with import(). When the fetch fails (offline, the server gone, the add-in updated meanwhile)
 * webpack rejects with a ChunkLoadError whose message is a URL; the pane says it in words instead (actions.ts).
 */

/**
 * True for webpack's error when an on-demand chunk could not be fetched. Webpack forgets a failed chunk, so
 * doing the same thing again fetches it anew.
 * @example isChunkLoadError(Object.assign(new Error("Loading chunk 7 failed."), { name: "ChunkLoadError" })) === true
 */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && error.name === "ChunkLoadError";
}
