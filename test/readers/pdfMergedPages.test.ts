/**
 * The sample made into a Word table with merged cells (the leader merged over each section, a lead merged over the
 * rows that share it) and printed to PDF by LibreOffice: the merged cells run over page breaks. The PDF reads to the
 * tasks the .docx of the same table reads to — a merged lead or leader carried over the break, with a finding naming
 * the rows, and an empty units cell left empty (4.19: `task-no-units`, as in the .docx), never given the units of the
 * row above. Made here with headless LibreOffice and read by the installed command (pdf.js is an ES module).
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import type { ParsedDocument, Task } from "../../src/core/types";
import { ROOT, sampleText } from "../support/paths";
import { hasWriter } from "../support/tools";

const run = hasWriter() ? describe : describe.skip;
const sample = parseBreakdown(sampleText());
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const NUMERALS = "一二三四五六七八九";

/** The sample's sections as one table: a section row, then its tasks with merged lead and leader cells. */
function mergedTable(): string {
  const sections = new Map<string, Task[]>();
  for (const t of sample.tasks) {
    const s = t.id.split(".")[0] as string;
    sections.set(s, [...(sections.get(s) ?? []), t]);
  }
  const rows: string[] = [];
  for (const [s, tasks] of sections) {
    const first = tasks[0] as Task;
    const leader = `${first.leader ?? ""}${first.leaderTitle ?? ""}`;
    rows.push(
      `<tr><td colspan="5"><b>${NUMERALS[Number(s) - 1]}、${escape(leader)}主抓重点工作</b></td></tr>`,
    );
    const lead = (t: Task | undefined): string => t?.leads.join("、") ?? "";
    tasks.forEach((t, i) => {
      const cells = [`<td>${t.id.split(".")[1]}</td>`, `<td>${escape(t.text)}</td>`];
      if (i === 0 || lead(t) === "" || lead(tasks[i - 1]) !== lead(t)) {
        let span = 1;
        while (lead(t) !== "" && lead(tasks[i + span]) === lead(t)) span++;
        cells.push(`<td rowspan="${span}">${escape(lead(t))}</td>`);
      }
      cells.push(`<td>${escape(t.coUnits.join("、"))}</td>`);
      if (i === 0) cells.push(`<td rowspan="${tasks.length}">${escape(leader)}</td>`);
      rows.push(`<tr>${cells.join("")}</tr>`);
    });
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>${escape(sample.document.title ?? "")}</p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>分管领导</th></tr>
${rows.join("\n")}
</table></body></html>`;
}

const key = (t: Task) => [t.id, t.text, t.leader, t.leaderTitle, t.leads, t.coUnits];

run("the sample as a Word table with merged cells, printed to PDF over several pages", () => {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-merged-"));
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  const convert = (args: string[], file: string): void => {
    execFileSync("soffice", [profile, "--headless", ...args, "--outdir", dir, file], {
      stdio: "ignore",
      timeout: 120_000,
    });
  };
  const parse = (file: string): ParsedDocument =>
    JSON.parse(
      execFileSync(process.execPath, [join(ROOT, "bin", "taizhang.js"), "parse", file, "--json"], {
        encoding: "utf8",
        timeout: 120_000,
      }),
    ) as ParsedDocument;

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "merged.html"), mergedTable());
    convert(
      ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"],
      join(dir, "merged.html"),
    );
    convert(["--convert-to", "pdf"], join(dir, "merged.docx"));
  }, 300_000);

  it("reads the .pdf to the tasks, leads, co-units and leaders of the .docx; 4.19 has no units in both", () => {
    const docx = parse(join(dir, "merged.docx"));
    const pdf = parse(join(dir, "merged.pdf"));
    expect(docx.tasks).toHaveLength(73);
    expect(pdf.tasks.map(key)).toEqual(docx.tasks.map(key));
    for (const parsed of [docx, pdf]) {
      expect(parsed.tasks.find((t) => t.id === "4.19")).toMatchObject({ leads: [], coUnits: [] });
      expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([
        expect.objectContaining({
          code: "task-no-units",
          params: { id: "4.19", cell: "empty-below-filled" },
        }),
      ]);
    }
    // Merged cells do run over page breaks here: each carried is named, none is guessed from the row above.
    const across = pdf.issues.filter((i) => i.code === "pdf-cell-across-pages");
    expect(across.length).toBeGreaterThan(0);
    expect(across.some((i) => i.severity === "warning")).toBe(true);
    expect(pdf.issues.filter((i) => i.code === "cell-from-above")).toEqual([]);
  });
});
