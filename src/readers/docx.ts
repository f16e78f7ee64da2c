/** .docx through mammoth, after the zip is checked for size; images are never unpacked or embedded. */

import type * as Mammoth from "mammoth";
import type { DocxConverter } from "../core/files/loadDocument";
import { checkZipSize } from "./zip";

/** The converter loadDocument uses for .docx files, over the mammoth module the caller loaded. */
export function docxConverter(mammoth: typeof Mammoth): DocxConverter {
  // mammoth is CommonJS: depending on the bundler's interop its functions sit on the namespace or on `default`.
  const api = ((mammoth as unknown as { default?: typeof Mammoth }).default ?? mammoth) as typeof Mammoth;
  return {
    async convertToHtml(input) {
      await checkZipSize(input.buffer, (name) => name.startsWith("word/media/"));
      const options = { convertImage: api.images.imgElement(async () => ({ src: "" })) };
      return api.convertToHtml(input as unknown as Parameters<typeof api.convertToHtml>[0], options);
    },
  };
}
