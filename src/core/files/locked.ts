/**
 * Is a file saved with a password? Whatever the kind a ledger or a returned form may come as: an encrypted .xlsx
 * (or .docx: an OLE container holding EncryptedPackage), an .xls whose workbook opens with a FILEPASS record, an
 * .ods (or .odt) whose manifest names encryption data. Read before a workbook reader that would take such a file
 * for an empty workbook, or for no .xlsx at all, and say nothing of the password.
 */

import { detectKind } from "./kind";

/** The text of one part of a zip, or null; what the .ods check needs of an unzipper. */
export type ZipText = (bytes: Uint8Array, part: string) => Promise<string | null>;

/**
 * True when the bytes are a password-protected file of any kind this tool reads.
 * @example await isPasswordProtected(lockedOds, "台账.ods", zipText) === true
 */
export async function isPasswordProtected(
  bytes: Uint8Array,
  name: string,
  zipText: ZipText,
): Promise<boolean> {
  const kind = detectKind(bytes, name);
  if (!kind.readable) return kind.kind === "encrypted";
  if (kind.kind === "xls") {
    const { biffSheets, BiffError } = await import("./biff");
    try {
      biffSheets(bytes);
      return false;
    } catch (e) {
      return e instanceof BiffError && e.reason === "encrypted";
    }
  }
  if (kind.kind === "ods" || kind.kind === "odt") {
    const manifest = await zipText(bytes, "META-INF/manifest.xml").catch(() => null);
    return manifest?.includes("encryption-data") ?? false;
  }
  return false;
}
