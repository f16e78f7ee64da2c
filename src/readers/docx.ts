/** .docx through mammoth, after the zip is checked for size; images are never unpacked or embedded. */

import mammoth from "mammoth";
import type { DocxConverter } from "../core/parse/loadDocument";
import { checkZipSize } from "./zip";

// mammoth is CommonJS: depending on the bundler's interop its functions sit on the namespace or on `default`.
const api = ((mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth) as typeof mammoth;

/** The converter loadDocument uses for .docx files. */
export const docxConverter: DocxConverter = {
  async convertToHtml(input) {
    await checkZipSize(input.buffer, (name) => name.startsWith("word/media/"));
    const options = { convertImage: api.images.imgElement(async () => ({ src: "" })) };
    return api.convertToHtml(input as unknown as Parameters<typeof api.convertToHtml>[0], options);
  },
};
