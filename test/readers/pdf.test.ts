/**
 * PDF files through the installed command (bin/taizhang.js, compiled by `npm test`'s pretest): pdf.js is an
 * ES module that only a real Node process loads, not jest's module system.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { message } from "../../src/core/messages";
import type { ParsedDocument } from "../../src/core/types";
import { ROOT } from "../support/paths";

const bin = join(ROOT, "bin", "taizhang.js");
const dir = mkdtempSync(join(tmpdir(), "taizhang-pdf-"));
const parse = (file: string, ...more: string[]) =>
  spawnSync(process.execPath, [bin, "parse", file, ...more], { encoding: "utf8", timeout: 60_000 });

/** A one-page PDF whose only content is a drawn box: no text at all, as a scan without text is. */
function pdfWithoutText(): string {
  const stream = "0 0 0 RG 50 50 200 100 re S";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, "0")} 00000 n \n`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

describe("PDF files", () => {
  it("read a ruled table, the merged leader cell standing in both rows (tiny.pdf, made by LibreOffice)", () => {
    const r = parse(join(ROOT, "test", "fixtures", "files", "tiny.pdf"), "--json");
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as ParsedDocument;
    expect(parsed.document.encoding).toBe("pdf");
    expect(parsed.tasks.map((t) => [t.id, t.text, t.leader, t.leads, t.coUnits])).toEqual([
      ["1", "推进城东片区改造。", "王某", ["建设局"], ["发改局"]],
      ["2", "完善养老服务体系。", "王某", ["民政局"], ["卫生健康局"]],
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it("a PDF cut in half is one line saying it is damaged, exit 2", () => {
    const bytes = readFileSync(join(ROOT, "test", "fixtures", "files", "tiny.pdf"));
    const file = join(dir, "cut.pdf");
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    const r = parse(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(message("file-unreadable", { reason: "bad-pdf" }, "zh-CN"));
  });

  it("a PDF with no text (a scan) says so in one line, exit 2", () => {
    const file = join(dir, "scan.pdf");
    writeFileSync(file, pdfWithoutText());
    const r = parse(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message("file-unreadable", { reason: "pdf-no-text" }, "zh-CN"));
  });
});
