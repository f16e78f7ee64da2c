import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli } from "../support/runCli";
import { readForm } from "../../src/xlsx/rounds/readForm";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";

const FILES = join(__dirname, "..", "fixtures", "files");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FILES, name)));

/** tiny.ods as LibreOffice saves it with a password: the manifest names encryption data, content.xml is noise. */
async function lockedOds(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixture("tiny.ods"));
  const manifest = await zip.file("META-INF/manifest.xml")!.async("string");
  zip.file(
    "META-INF/manifest.xml",
    manifest.replace(
      /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/,
      '$1><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="x"/></manifest:file-entry>',
    ),
  );
  zip.file(
    "content.xml",
    Uint8Array.from({ length: 400 }, (_, i) => (i * 97 + 13) & 0xff),
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** tiny.xls whose workbook's second record is FILEPASS (0x2F), as Excel writes an .xls saved with a password. */
function lockedXls(): Uint8Array {
  const bytes = fixture("tiny.xls").slice();
  const bof = Buffer.from(bytes).indexOf(Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]));
  expect(bof).toBeGreaterThan(0);
  bytes[bof + 20] = 0x2f;
  bytes[bof + 21] = 0x00;
  return bytes;
}

describe("a ledger or a returned form saved with a password, of any kind", () => {
  const tmp = mkdtempSync(join(tmpdir(), "taizhang-locked-"));

  it.each([
    ["台账.ods", "ods"],
    ["台账.xls", "xls"],
    ["台账.xlsx", "ods"],
  ])(
    "%s (%s inside) is named as password-protected by every command that reads a ledger",
    async (name, kind) => {
      const path = join(tmp, name);
      writeFileSync(path, kind === "ods" ? await lockedOds() : lockedXls());
      const doc = join(tmp, "revised.txt");
      writeFileSync(doc, "一、王某副市长\n1.一项任务。\n责任单位:财政局\n");
      for (const args of [
        ["validate", path],
        ["regenerate", path, "-o", join(tmp, "new.xlsx")],
        ["update", path, doc, "-o", join(tmp, "updated.xlsx")],
        ["report", path, "-o", join(tmp, "通报.docx")],
        ["dispatch", path, "-o", join(tmp, "forms")],
        ["collect", path, doc],
      ]) {
        const r = await runCli(args);
        expect([args[0], r.code, r.err]).toEqual([
          args[0],
          2,
          `${path}\uff1a文件设有密码，请在 Word、Excel 或 WPS 中取消密码并保存后再导入。\n`,
        ]);
      }
    },
  );

  it.each([
    ["an .ods", "财政局-2026-03.ods"],
    ["an .xls", "财政局-2026-03.xls"],
  ])("a return saved as %s with a password is refused as such, not as no form", async (_, name) => {
    const bytes = name.endsWith(".ods") ? await lockedOds() : lockedXls();
    const read = await readForm(name, bytes, "2026-04-01T00:00:00Z");
    expect(read).toEqual({ file: name, receivedAt: "2026-04-01T00:00:00Z", notReturn: "encrypted" });
  });

  it("is refused by the workbook reader the pane opens a ledger with, with the reason its message names", async () => {
    for (const bytes of [await lockedOds(), lockedXls()])
      await expect(readLedgerFile(bytes)).rejects.toMatchObject({
        name: "NotXlsxError",
        reason: "encrypted",
      });
  });
});
