/**
 * Every kind of file a clerk receives, read in-process through loadDocument with the real readers: small
 * fixtures made once by LibreOffice from tiny.html (test/fixtures/files/README.md), each holding the same two
 * tasks under one merged leader cell; damaged copies of each; and the kinds no reader takes.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { message } from "../../src/core/messages";
import { loadDocument } from "../../src/core/files/loadDocument";
import type { ParsedDocument } from "../../src/core/types";
import { fileReaders } from "../../src/readers";
import { ROOT, SAMPLE_PATH } from "../support/paths";

const DIR = join(ROOT, "test", "fixtures", "files");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(DIR, name)));
const readers = fileReaders(join(ROOT, "node_modules", "pdfjs-dist", "cmaps") + "/");
const read = (bytes: Uint8Array, name: string): Promise<ParsedDocument> => loadDocument(bytes, readers, name);
const rows = (p: ParsedDocument) => p.tasks.map((t) => [t.id, t.text, t.leader, t.leads, t.coUnits]);

/** What tiny.html says, read by hand: the leader cell spans both rows; 建设局 and 发改局 are two paragraphs. */
const TINY = [
  ["1", "推进城东片区改造。", "王某", ["建设局"], ["发改局"]],
  ["2", "完善养老服务体系。", "王某", ["民政局"], ["卫生健康局"]],
];

/** The one finding of a file that cannot be read, as its reason. */
const unreadableReason = (p: ParsedDocument): string | null => {
  expect(p.tasks).toEqual([]);
  expect(p.issues).toHaveLength(1);
  const [issue] = p.issues;
  return issue?.code === "file-unreadable" ? String(issue.params.reason) : (issue?.code ?? null);
};

describe("each kind of file, saved by LibreOffice from the same table", () => {
  it.each(["tiny.docx", "tiny.doc", "tiny.odt", "tiny.xlsx", "tiny.xls", "tiny.ods", "tiny.html"])(
    "%s reads as the two tasks, the merged leader cell standing in both rows",
    async (name) => {
      const parsed = await read(fixture(name), name);
      expect(rows(parsed)).toEqual(TINY);
      expect(parsed.issues).toEqual([]);
    },
  );

  it("records the kind it read as the document's encoding", async () => {
    expect((await read(fixture("tiny.doc"), "a.doc")).document.encoding).toBe("doc");
    expect((await read(fixture("tiny.xlsx"), "a.xlsx")).document.encoding).toBe("xlsx");
  });

  it("tells a file by its content, not its name: a .docx named .txt still reads as Word", async () => {
    expect(rows(await read(fixture("tiny.docx"), "分解.txt"))).toEqual(TINY);
    expect(rows(await read(fixture("tiny.doc"), "分解.wps"))).toEqual(TINY);
  });
});

describe("a damaged file of each kind is one clear line, never a crash", () => {
  it.each([
    ["tiny.docx", "bad-docx"],
    ["tiny.doc", "bad-doc"],
    ["tiny.odt", "bad-odt"],
    ["tiny.xlsx", "bad-sheet"],
    ["tiny.xls", "bad-sheet"],
    ["tiny.ods", "bad-odt"],
  ])("%s cut in half: %s", async (name, reason) => {
    const bytes = fixture(name);
    expect(unreadableReason(await read(bytes.subarray(0, bytes.length >> 1), name))).toBe(reason);
  });

  it.each(["tiny.ods", "tiny.odt"])(
    "%s saved with a password (its manifest names encryption data) says so, not 'no tasks'",
    async (name) => {
      // LibreOffice encrypts each part and writes how in META-INF/manifest.xml; content.xml is then noise.
      const zip = await JSZip.loadAsync(fixture(name));
      const manifest = await zip.file("META-INF/manifest.xml")!.async("string");
      const locked = manifest.replace(
        /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/,
        '$1><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="x"/></manifest:file-entry>',
      );
      expect(locked).not.toBe(manifest);
      zip.file("META-INF/manifest.xml", locked);
      zip.file(
        "content.xml",
        Uint8Array.from({ length: 400 }, (_, i) => (i * 97 + 13) & 0xff),
      );
      const bytes = await zip.generateAsync({ type: "uint8array" });
      expect(unreadableReason(await read(bytes, name))).toBe("encrypted");
    },
  );

  it("a .csv of binary junk is one line, not a table of garbage", async () => {
    const junk = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 1) % 32);
    expect(unreadableReason(await read(junk, "分解.csv"))).toBe("bad-sheet");
  });

  it("a .doc whose text pieces point past the end of the file is damaged, not read as garbage", async () => {
    const bytes = fixture("tiny.doc").slice();
    // Overwrite everything after the header sectors with noise: the FIB and piece table no longer agree.
    for (let i = 1536; i < bytes.length; i++) bytes[i] = (i * 131) & 0xff;
    expect(unreadableReason(await read(bytes, "x.doc"))).toBe("bad-doc");
  });
});

describe("a file of a kind no reader takes gets one line that says what it is and what to do", () => {
  const zip = async (files: Record<string, string>): Promise<Uint8Array> => {
    const z = new JSZip();
    for (const [name, text] of Object.entries(files)) z.file(name, text);
    return z.generateAsync({ type: "uint8array" });
  };

  it.each([
    ["a PNG image", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image"],
    ["a JPEG photo", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), "image"],
    ["a RAR archive", new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]), "archive"],
    ["an RTF file", new TextEncoder().encode("{\\rtf1\\ansi 工作任务}"), "rtf"],
  ])("%s", async (_what, bytes, reason) => {
    expect(unreadableReason(await read(bytes, "file"))).toBe(reason);
  });

  it("a presentation, an OFD file and a plain zip are each named for what they are", async () => {
    expect(unreadableReason(await read(await zip({ "ppt/presentation.xml": "<p/>" }), "a.pptx"))).toBe(
      "presentation",
    );
    expect(unreadableReason(await read(await zip({ "OFD.xml": "<ofd/>" }), "a.ofd"))).toBe("ofd");
    expect(unreadableReason(await read(await zip({ "分解.docx": "x", "b.txt": "y" }), "a.zip"))).toBe(
      "archive",
    );
  });

  it("the image message says it is an image and what to import instead", () => {
    expect(message("file-unreadable", { reason: "image" }, "zh-CN")).toBe(
      "这是一个图片文件\uff0c其中没有可读取的文字\uff1b请导入原文件\uff08Word、PDF、Excel 等\uff09\uff0c或把文字粘贴进来。",
    );
  });
});

describe("validate given a document instead of a ledger", () => {
  it("says it is a breakdown document and which commands take it, exit 2", async () => {
    const { runCli } = await import("../support/runCli");
    const { code, out, err } = await runCli(["validate", join(DIR, "tiny.docx")]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim()).toBe(
      `${join(DIR, "tiny.docx")}\uff1a${message("file-unreadable", { reason: "not-ledger" }, "zh-CN")}`,
    );
    expect(err).toMatch(/npx taizhang build .* -o 台账\.xlsx/);
  });

  it("says so of the sample .txt and of a .csv too, not only that they are no .xlsx", async () => {
    const { runCli } = await import("../support/runCli");
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const csv = join(mkdtempSync(join(tmpdir(), "tz-validate-")), "分解.csv");
    writeFileSync(csv, "序号,工作任务,牵头单位\n1,推进老旧小区改造,建设局\n");
    for (const file of [SAMPLE_PATH, csv]) {
      const { code, err } = await runCli(["validate", file]);
      expect({ file, code, err: err.trim() }).toEqual({
        file,
        code: 2,
        err: `${file}\uff1a${message("file-unreadable", { reason: "not-ledger" }, "zh-CN")}`,
      });
    }
  });
});

describe("units given a breakdown kept as a spreadsheet", () => {
  it("reads a workbook without ledger tables as a document, listing its units", async () => {
    const { runCli } = await import("../support/runCli");
    const { code, out } = await runCli(["units", join(DIR, "tiny.xlsx")]);
    expect(code).toBe(0);
    const names = (JSON.parse(out) as { units: Array<{ name: string }> }).units.map((u) => u.name);
    expect(names).toEqual(["建设局", "发改局", "民政局", "卫生健康局"]);
  });
});

describe("a breakdown kept as .xlsx, as Excel users write it", () => {
  it("finds the header below a merged title, shows a date cell as a date, fills a merged leader cell down", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("分解表");
    ws.getCell("A1").value = "2021年重点工作责任分解";
    ws.mergeCells("A1:E1");
    ws.addRow([]);
    ws.addRow(["序号", "工作任务", "分管领导", "责任单位", "完成时限"]);
    ws.addRow([1, "推进城东片区改造。", "王某市长", "建设局\n发改局", new Date(Date.UTC(2021, 5, 30))]);
    ws.addRow([2, "完善养老服务体系。", null, "民政局", "2021年底前"]);
    ws.mergeCells("C4:C5");
    const hidden = wb.addWorksheet("旧表", { state: "hidden" });
    hidden.getCell("A1").value = "一、不该读到的内容";
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const parsed = await read(bytes, "分解.xlsx");
    expect(parsed.tasks.map((t) => [t.text, t.leader, t.leads, t.coUnits, t.deadline])).toEqual([
      ["推进城东片区改造。", "王某", ["建设局"], ["发改局"], "2021年6月30日"],
      ["完善养老服务体系。", "王某", ["民政局"], [], "2021年底前"],
    ]);
    expect(parsed.issues).toEqual([]);
  });
});

describe("a 序号 and units merged over two rows, as .xlsx (ExcelJS gives the merges) and as .csv (lost)", () => {
  it("both read the rows as 5's sub-rows 5.1 and 5.2 sharing the units, as the text of the table does", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("分解表");
    ws.addRow(["序号", "工作任务", "责任单位"]);
    ws.addRow([4, "推进城东片区改造。", "建设局\n发改局"]);
    ws.addRow([5, "新建人行天桥2座。", "交通局"]);
    ws.addRow([null, "改造农贸市场3个。", null]);
    ws.addRow([6, "完善养老服务体系。", "民政局"]);
    ws.mergeCells("A3:A4");
    ws.mergeCells("C3:C4");
    const xlsx = await read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "分解.xlsx");
    const csvText =
      '序号,工作任务,责任单位\n4,推进城东片区改造。,"建设局\n发改局"\n5,新建人行天桥2座。,交通局\n,改造农贸市场3个。,\n6,完善养老服务体系。,民政局\n';
    const csv = await read(new TextEncoder().encode(csvText), "分解.csv");
    const expected = [
      ["4", "推进城东片区改造。", null, ["建设局"], ["发改局"]],
      ["5.1", "新建人行天桥2座。", null, ["交通局"], []],
      ["5.2", "改造农贸市场3个。", null, ["交通局"], []],
      ["6", "完善养老服务体系。", null, ["民政局"], []],
    ];
    expect(rows(xlsx)).toEqual(expected);
    expect(rows(csv)).toEqual(expected);
    expect(xlsx.issues.map((i) => i.code)).not.toContain("number-duplicated");
    expect(csv.issues.map((i) => i.code)).not.toContain("text-unattached");
  });
});
