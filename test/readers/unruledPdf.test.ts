/**
 * The clerk trial's three table PDFs: real documents of the corpus made into HTML tables and saved as PDF by
 * LibreOffice, once with borders and once with CSS borders only (which LibreOffice drops: a PDF without ruling
 * lines). Both read to the same tasks, leads and co-units as the document's text, and the one without lines says
 * nothing about guessed rows: its rows are rebuilt from the 序号 column and the white between rows. Read by the
 * installed command (bin/taizhang.js, compiled by `npm test`'s pretest), as pdf.js needs a real Node process.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import type { ParsedDocument, Task } from "../../src/core/types";
import { CLERK_TABLES, clerkTableHtml } from "../support/clerkTables";
import { ROOT, sampleText } from "../support/paths";
import { hasWriter } from "../support/tools";

const run = hasWriter() ? describe : describe.skip;
const key = (t: Task) => ({ id: t.id, text: t.text, leads: t.leads, coUnits: t.coUnits });
/** The sample's table numbers its rows 1–73 (its text 1.1, 2.1 …): compared without ids, as libreoffice.test does. */
const unnumbered = (t: Task) => ({ text: t.text, leads: t.leads, coUnits: t.coUnits });
const sample = parseBreakdown(sampleText());
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * The sample as a table without borders, 73 rows over seven pages: units one a line (narrow enough that longer
 * names wrap), cells centred on their rows or (`top`) written from their tops.
 */
function sampleTable(valign: "middle" | "top"): string {
  const td = (html: string): string => `<td valign="${valign}">${html}</td>`;
  const rows = sample.tasks.map(
    (t, i) =>
      `<tr>${td(String(i + 1))}${td(escape(t.text))}${td(escape(`${t.leader ?? ""}${t.leaderTitle ?? ""}`))}` +
      `${td([...t.leads, ...t.coUnits].map(escape).join("<br>"))}</tr>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>${escape(sample.document.title ?? "")}</p>
<table style="border-collapse:collapse"><tr><th>序号</th><th>工作任务</th><th>分管领导</th><th>责任单位</th></tr>
${rows.join("\n")}
</table></body></html>`;
}

run("the clerk trial's table PDFs, with and without ruling lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-unruled-"));

  beforeAll(() => {
    const files: string[] = [];
    for (const t of CLERK_TABLES) {
      for (const ruled of [true, false]) {
        const file = join(dir, `${t.slug}-${ruled ? "ruled" : "bare"}.html`);
        writeFileSync(file, clerkTableHtml(t, ruled));
        files.push(file);
      }
    }
    for (const valign of ["middle", "top"] as const) {
      const file = join(dir, `sample-${valign}.html`);
      writeFileSync(file, sampleTable(valign));
      files.push(file);
    }
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--writer",
        "--convert-to",
        "pdf",
      ].concat(["--outdir", join(dir, "pdf"), ...files]),
      { stdio: "ignore", timeout: 240_000 },
    );
  }, 300_000);

  const cases = CLERK_TABLES.flatMap((t) => [
    [t.slug, "ruled"],
    [t.slug, "bare"],
  ]);
  it.each(cases)(
    "%s (%s): the same tasks, leads and co-units as the text",
    (slug, kind) => {
      const table = CLERK_TABLES.find((t) => t.slug === slug)!;
      const text = readFileSync(join(ROOT, "test", "fixtures", "real", `${slug}.txt`), "utf8");
      const expected = parseBreakdown(text).tasks.filter((t) => !table.cut.includes(t.id));
      const out = execFileSync(
        process.execPath,
        [join(ROOT, "bin", "taizhang.js"), "parse", join(dir, "pdf", `${slug}-${kind}.pdf`), "--json"],
        { encoding: "utf8", timeout: 120_000 },
      );
      const parsed = JSON.parse(out) as ParsedDocument;
      expect(parsed.tasks.map(key)).toEqual(expected.map(key));
      expect(parsed.issues.filter((i) => i.code === "pdf-unruled-table")).toEqual([]);
    },
    120_000,
  );

  it.each(["middle", "top"])(
    "the sample over seven pages, cells %s-aligned, units one a line: its 73 tasks as the text reads them",
    (valign) => {
      const out = execFileSync(
        process.execPath,
        [join(ROOT, "bin", "taizhang.js"), "parse", join(dir, "pdf", `sample-${valign}.pdf`), "--json"],
        { encoding: "utf8", timeout: 120_000 },
      );
      const parsed = JSON.parse(out) as ParsedDocument;
      expect(parsed.tasks.map(unnumbered)).toEqual(sample.tasks.map(unnumbered));
      expect(parsed.issues.map((i) => i.code)).toEqual(["task-no-units"]);
    },
    120_000,
  );
});
