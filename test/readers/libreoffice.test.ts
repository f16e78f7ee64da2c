/**
 * The sample made into a table (序号, 工作任务, 分管领导, 责任单位; the leader on every row) and saved by
 * LibreOffice as .docx, .doc, .pdf, .odt, .html (Writer) and .xlsx, .xls, .csv (Calc) reads to the same tasks,
 * leads and co-units as the text: 72 with units, and 4.19 without. The files are made here, into a temporary
 * folder, and read by the installed command (bin/taizhang.js, compiled by `npm test`'s pretest), the way a
 * clerk runs it — pdf.js is an ES module that only a real Node process loads.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import type { ParsedDocument, Task } from "../../src/core/types";
import { ROOT, sampleText } from "../support/paths";
import { hasTool } from "../support/tools";

const run = hasTool("soffice") ? describe : describe.skip;
const sample = parseBreakdown(sampleText());
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The sample as one HTML table, a row per task, the document's title above it. */
function sampleTable(): string {
  const rows = sample.tasks.map(
    (t, i) =>
      `<tr><td>${i + 1}</td><td>${escape(t.text)}</td><td>${escape(`${t.leader ?? ""}${t.leaderTitle ?? ""}`)}</td>` +
      `<td>${escape([...t.leads, ...t.coUnits].join("、"))}</td></tr>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>${escape(sample.document.title ?? "")}</p>
<table border="1"><tr><th>序号</th><th>工作任务</th><th>分管领导</th><th>责任单位</th></tr>
${rows.join("\n")}
</table></body></html>`;
}

const key = (t: Task) => ({ text: t.text, leader: t.leader, leads: t.leads, coUnits: t.coUnits });

run("the sample as a table, saved by LibreOffice in eight formats", () => {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-formats-"));
  const files = new Map<string, string>();

  beforeAll(() => {
    const html = join(dir, "sample.html");
    writeFileSync(html, sampleTable());
    // Its own profile, so that another LibreOffice running on the machine does not take the conversion.
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const convert = (args: string[], out: string): void => {
      mkdirSync(join(dir, out));
      execFileSync("soffice", [profile, "--headless", ...args, "--outdir", join(dir, out), html], {
        stdio: "ignore",
        timeout: 120_000,
      });
      const made = readdirSync(join(dir, out));
      if (made.length === 1) files.set(out, join(dir, out, made[0] as string));
    };
    for (const f of ["docx", "doc", "pdf", "odt", "html"]) convert(["--writer", "--convert-to", f], f);
    const calc = ["--calc", "--infilter=HTML (StarCalc)", "--convert-to"];
    convert([...calc, "xlsx"], "xlsx");
    convert([...calc, "xls"], "xls");
    convert([...calc, "csv:Text - txt - csv (StarCalc):44,34,76"], "csv");
  }, 300_000);

  it.each(["docx", "doc", "pdf", "odt", "xlsx", "xls", "csv", "html"])(
    "as .%s: the same 73 tasks, leads and co-units as the text, 4.19 without units",
    (format) => {
      const file = files.get(format);
      expect(file).toBeDefined();
      const out = execFileSync(
        process.execPath,
        [join(ROOT, "bin", "taizhang.js"), "parse", file!, "--json"],
        {
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      const parsed = JSON.parse(out) as ParsedDocument;
      expect(parsed.tasks.map(key)).toEqual(sample.tasks.map(key));
      expect(parsed.tasks.filter((t) => t.leads.length > 0)).toHaveLength(72);
      expect(parsed.tasks[72]).toMatchObject({ leader: "徐刚", leads: [], coUnits: [] });
      expect(parsed.issues.map((i) => i.code)).toEqual(["task-no-units"]);
    },
    120_000,
  );
});
