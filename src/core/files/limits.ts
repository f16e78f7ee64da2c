/** Bounds every reader keeps to, and the error a reader throws when a file is of no use. */

/** At most this much is unpacked from one zip-based file (a .docx, .xlsx or .odt), in bytes. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** At most this many pages of a PDF are read. */
export const MAX_PDF_PAGES = 500;

/**
 * A file that a reader cannot use, with the `file-unreadable` reason the clerk is told (too-large, bad-pdf,
 * pdf-no-text, encrypted …). Shells throw it; loadDocument turns it into one finding.
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: string,
    readonly detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = "UnreadableFileError";
  }
}
