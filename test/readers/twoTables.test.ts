/**
 * Two tables in one Word file — an indicator table (表一) and the sample's first two sections as a task table with
 * section rows (表二) — each under a caption paragraph. The caption between them is a line of its own, never the
 * first table's last cell, and the task table reads as it does alone: 1.1 … 2.25 under its section rows. Read from
 * the text a .docx becomes, and from the .docx, .odt and .html LibreOffice makes of the same HTML (made here, read
 * by the installed command).
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { htmlToText } from "../../src/core/files/html";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import type { ParsedDocument, Task } from "../../src/core/types";
import { ROOT, sampleText } from "../support/paths";
import { hasWriter } from "../support/tools";

const sample = parseBreakdown(sampleText());
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const INDICATORS: ReadonlyArray<readonly string[]> = [
  ["1", "地区生产总值增长", "6%左右", "发改局", "统计局"],
  ["2", "一般公共预算收入增长", "5%", "财政局", "税务局"],
  ["3", "空气质量优良率", "85%以上", "生态环境局桐乡分局", "生态创建办"],
];

/** The two tables with their captions, as Word would hold them. */
function twoTables(): string {
  const row = (cells: readonly string[]): string =>
    `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`;
  const tasks = sample.tasks.filter((t) => /^[12]\./.test(t.id));
  const rows: string[] = [];
  let section = "";
  for (const t of tasks) {
    const s = t.id.split(".")[0] as string;
    if (s !== section) {
      section = s;
      rows.push(
        `<tr><td colspan="5">${"一二"[Number(s) - 1]}、${escape(`${t.leader}${t.leaderTitle ?? ""}`)}主抓重点工作</td></tr>`,
      );
    }
    rows.push(
      row([
        t.id.split(".")[1] as string,
        t.text,
        t.leads.join("、"),
        t.coUnits.join("、"),
        `${t.leader}${t.leaderTitle ?? ""}`,
      ]),
    );
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>${escape(sample.document.title ?? "")}</p>
<p>表一\u30002020年主要经济社会发展指标</p>
<table border="1">${row(["序号", "指标名称", "目标值", "牵头单位", "配合单位"])}${INDICATORS.map(row).join("")}</table>
<p>表二\u30002020年重点工作任务</p>
<table border="1">${row(["序号", "工作任务", "牵头单位", "配合单位", "分管领导"])}${rows.join("")}</table>
</body></html>`;
}

const key = (t: Task) => [t.id, t.leads, t.coUnits, t.leader];
const expected = [
  ["1", ["发改局"], ["统计局"], null],
  ["2", ["财政局"], ["税务局"], null],
  ["3", ["生态环境局桐乡分局"], ["生态创建办"], null],
  ...sample.tasks.filter((t) => /^[12]\./.test(t.id)).map(key),
];

function check(parsed: ParsedDocument): void {
  expect(parsed.tasks).toHaveLength(31);
  expect(parsed.tasks.map(key)).toEqual(expected);
  expect(parsed.issues).toEqual([]);
}

describe("two tables in one Word file, each under its caption", () => {
  it("reads the text a .docx becomes: the caption is no cell, the task table numbered by its section rows", () => {
    check(parseBreakdown(htmlToText(twoTables()), { encoding: "docx" }));
  });

  (hasWriter() ? describe : describe.skip)("as LibreOffice saves it", () => {
    const dir = mkdtempSync(join(tmpdir(), "taizhang-two-"));
    beforeAll(() => {
      writeFileSync(join(dir, "two.html"), twoTables());
      const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
      for (const filter of ["docx:MS Word 2007 XML", "odt"]) {
        execFileSync(
          "soffice",
          [
            profile,
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            filter,
            "--outdir",
            join(dir, "out"),
            join(dir, "two.html"),
          ],
          { stdio: "ignore", timeout: 120_000 },
        );
      }
      execFileSync(
        "soffice",
        [
          profile,
          "--headless",
          "--convert-to",
          "html",
          "--outdir",
          join(dir, "web"),
          join(dir, "out", "two.odt"),
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
    }, 300_000);

    it.each([
      ["docx", "out/two.docx"],
      ["odt", "out/two.odt"],
      ["html", "web/two.html"],
    ])("as .%s", (_, file) => {
      const out = execFileSync(
        process.execPath,
        [join(ROOT, "bin", "taizhang.js"), "parse", join(dir, file), "--json"],
        {
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      check(JSON.parse(out) as ParsedDocument);
    });
  });
});
