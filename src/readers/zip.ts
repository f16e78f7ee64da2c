/**
 * Zip-based files (.docx, .xlsx, .odt …) opened with a bound on what is unpacked: entries are inflated as a
 * stream and reading stops once MAX_INFLATED_BYTES have come out, so a zip bomb costs that much and no more.
 */

import JSZip from "jszip";
import { MAX_INFLATED_BYTES, UnreadableFileError } from "../core/files/limits";
import type { ZipFiles } from "../core/files/loadDocument";

/** JSZip's documented entry stream (ZipObject#internalStream), which its type declarations leave out. */
interface EntryStream {
  on(event: "data", f: (chunk: Uint8Array) => void): EntryStream;
  on(event: "error", f: (e: Error) => void): EntryStream;
  on(event: "end", f: () => void): EntryStream;
  pause(): void;
  resume(): void;
}

/** Inflates one entry, counting against the file's budget. */
function inflate(entry: JSZip.JSZipObject, budget: { left: number }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (entry as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
      "uint8array",
    );
    stream
      .on("data", (chunk: Uint8Array) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.pause();
          reject(new UnreadableFileError("too-large", entry.name));
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      })
      .on("error", (e: Error) => reject(e))
      .on("end", () => {
        const out = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** Opens a zip; every entry read through it counts against one budget of MAX_INFLATED_BYTES. */
export async function openZip(bytes: Uint8Array, budgetBytes = MAX_INFLATED_BYTES): Promise<ZipFiles> {
  const zip = await JSZip.loadAsync(bytes);
  const budget = { left: budgetBytes };
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  return {
    names,
    async bytes(name: string): Promise<Uint8Array | null> {
      const entry = zip.file(name);
      return entry ? inflate(entry, budget) : null;
    },
    async text(name: string): Promise<string | null> {
      const entry = zip.file(name);
      return entry ? new TextDecoder().decode(await inflate(entry, budget)) : null;
    },
  };
}

/**
 * Checks that a zip's entries (those a reader will unpack: all but `skip`) stay within the budget, before a
 * library that reads them whole (mammoth, ExcelJS) is given the file. Throws UnreadableFileError("too-large").
 */
export async function checkZipSize(bytes: Uint8Array, skip: (name: string) => boolean): Promise<void> {
  const zip = await openZip(bytes);
  for (const name of zip.names) if (!skip(name)) await zip.bytes(name);
}
