/** The error a workbook reader throws for bytes that are no .xlsx; apart so that reporting it loads no ExcelJS. */

/**
 * The bytes are not an .xlsx workbook: not a zip at all (a text file, a PDF …), or a zip that cannot be
 * opened, or one saved with a password (of any kind). Shells say so in one line (`file-unreadable` with this reason), without the unzipper's details.
 */
export class NotXlsxError extends Error {
  constructor(readonly reason: "not-xlsx" | "bad-xlsx" | "encrypted") {
    super(
      reason === "not-xlsx"
        ? "not an .xlsx workbook"
        : reason === "encrypted"
          ? "password-protected workbook"
          : "damaged .xlsx workbook",
    );
    this.name = "NotXlsxError";
  }
}
