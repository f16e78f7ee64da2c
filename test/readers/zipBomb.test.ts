/**
 * Zip bombs: a few hundred kilobytes that unpack to gigabytes. Reading stops at the bound
 * (MAX_INFLATED_BYTES) with one line, for every zip-based kind; nothing runs out of memory.
 */

import { MAX_INFLATED_BYTES } from "../../src/core/files/limits";
import { message } from "../../src/core/messages";
import { loadDocument } from "../../src/core/files/loadDocument";
import { fileReaders } from "../../src/readers";
import { runCli } from "../support/runCli";
import { zipBomb } from "../support/zipBomb";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { ROOT } from "../support/paths";
import { tmpdir } from "node:os";
import { join } from "node:path";

const readers = fileReaders("");
// Four times the bound: a reader that unpacked it whole would hold 400 MB in one string.
const SIZE = 4 * MAX_INFLATED_BYTES;

const reasonOf = async (bytes: Uint8Array, name: string) => {
  const parsed = await loadDocument(bytes, readers, name);
  expect(parsed.tasks).toEqual([]);
  expect(parsed.issues.map((i) => i.code)).toEqual(["file-unreadable"]);
  return parsed.issues[0]?.params.reason;
};

describe("a zip bomb", () => {
  it("as a .docx (word/document.xml unpacking to 400 MB) stops at the bound with too-large", async () => {
    const bomb = await zipBomb({ "[Content_Types].xml": "<Types/>" }, "word/document.xml", SIZE);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await reasonOf(bomb, "bomb.docx")).toBe("too-large");
  }, 60_000);

  it("as an .xlsx stops at the bound too", async () => {
    const bomb = await zipBomb({ "xl/workbook.xml": "<workbook/>" }, "xl/worksheets/sheet1.xml", SIZE);
    expect(await reasonOf(bomb, "bomb.xlsx")).toBe("too-large");
  }, 60_000);

  it("as an .odt stops at the bound too", async () => {
    const bomb = await zipBomb({ mimetype: "application/vnd.oasis.opendocument.text" }, "content.xml", SIZE);
    expect(await reasonOf(bomb, "bomb.odt")).toBe("too-large");
  }, 60_000);

  it("of nesting (200,000 elements inside each other) is one line, not a stack overflow", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(ROOT, "test", "fixtures", "files", "tiny.docx")));
    const doc = (await zip.file("word/document.xml")!.async("string")).replace(
      "<w:body>",
      `<w:body>${"<w:sdt><w:sdtContent>".repeat(200_000)}${"</w:sdtContent></w:sdt>".repeat(200_000)}`,
    );
    zip.file("word/document.xml", doc);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await reasonOf(bytes, "deep.docx")).toBe("bad-docx");
  }, 60_000);

  it("given to the command line, exits 2 with one line saying the file unpacks to too much", async () => {
    const dir = mkdtempSync(join(tmpdir(), "taizhang-bomb-"));
    const file = join(dir, "bomb.docx");
    writeFileSync(file, await zipBomb({ "[Content_Types].xml": "<Types/>" }, "word/document.xml", SIZE));
    const { code, out, err } = await runCli(["parse", file]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toEqual([message("file-unreadable", { reason: "too-large" }, "zh-CN")]);
  }, 60_000);
});
