/** The words the pane shows for anything thrown. */

import { langFor } from "../core/messages";
import { isChunkLoadError } from "./chunkLoad";
import { stringsFor } from "./i18n";

/**
 * The text to show for anything thrown: an Error's message, in the UI language when the error offers one
 * (the Office shell's OfficeActionError has `messageFor(locale)`), a string as is; a part of the pane that
 * could not be fetched (webpack's ChunkLoadError, a URL in English) in words.
 * @example errorMessage(new Error("工作表受保护"), "zh-CN") === "工作表受保护"
 */
export function errorMessage(error: unknown, locale: string): string {
  if (isChunkLoadError(error)) return stringsFor(langFor(locale)).partNotLoaded;
  const localized = (error as { messageFor?: unknown } | null)?.messageFor;
  if (error instanceof Error && typeof localized === "function") {
    const text: unknown = localized.call(error, locale);
    if (typeof text === "string" && text) return text;
  }
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string" && error) return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
