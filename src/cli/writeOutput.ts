/**
 * Writing a command's output file safely: never through a dangling symlink, never over a file that was not
 * there when the command started unless `--force`, and atomically — the bytes go to a temporary file beside
 * the target, which is renamed over it only when complete, so a kill or a full disk leaves the old file whole.
 */

import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, realpathSync } from "node:fs";
import { link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Why an output path is refused before any work is done. */
export type OutputRefusal = "exists" | "dangling-link";

/** The path that will really be written (a symlink's target), or why it is refused. */
export function checkOutput(out: string, force: boolean): { path: string } | { refusal: OutputRefusal } {
  let isLink = false;
  try {
    isLink = lstatSync(out).isSymbolicLink();
  } catch {
    return { path: out }; // nothing there yet
  }
  if (isLink) {
    let real: string;
    try {
      real = realpathSync(out);
    } catch {
      return { refusal: "dangling-link" };
    }
    if (!force) return { refusal: "exists" };
    return { path: real };
  }
  return force ? { path: out } : { refusal: "exists" };
}

/** Thrown when the target appeared while the command worked and `--force` was not given. */
export class AppearedError extends Error {
  readonly code = "EEXIST";
}

/** Writes a whole file at the temporary path it is given (a streaming writer). */
export type FileWriter = (tmp: string) => Promise<void>;

/**
 * Writes `content` (bytes, or a writer that fills the temporary file) to `path` atomically. Without `force`,
 * fails with AppearedError when the file exists by the time the bytes are complete (a hard link refuses to
 * replace; where links are not supported, checked).
 */
export async function writeAtomically(
  path: string,
  content: Parameters<typeof writeFile>[1] | FileWriter,
  force: boolean,
): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    if (typeof content === "function") await content(tmp);
    else await writeFile(tmp, content, { flag: "wx" });
    if (force) {
      await rename(tmp, path);
      return;
    }
    try {
      await link(tmp, path);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EEXIST") throw new AppearedError(`${path} appeared while writing`);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw e;
      if (existsSync(path)) throw new AppearedError(`${path} appeared while writing`);
      await rename(tmp, path);
      return;
    }
    await unlink(tmp);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
