import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keptLedger } from "../support/keptLedger";
import { revisedSample } from "../support/revisedSample";
import { runCli } from "../support/runCli";
import { printedPages } from "../support/libreofficeConvert";
import { hasTool } from "../support/tools";

// The ledger as a clerk has it after a year's work — kept (a column added, 核实人), updated with a revision
// that drops 2.3 and 3.8 (已撤销), and a 通报 drafted into it — printed to PDF by LibreOffice (headless) and
// read with poppler. Building, updating and printing a 70-sheet workbook takes minutes on a loaded machine.
const run = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;
jest.setTimeout(600_000);

run("the ledger printed after update and 通报", () => {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-print-year-"));
  let pdf = "";
  let pages: string[] = [];

  beforeAll(async () => {
    const file = await keptLedger(join(dir, "ledger.xlsx"));
    writeFileSync(join(dir, "revised.txt"), revisedSample());
    const updated = await runCli([
      "update",
      file,
      join(dir, "revised.txt"),
      "--yes",
      "--today",
      "2020-04-15",
    ]);
    expect(updated.code).toBe(0);
    const report = [
      "report",
      file,
      "-o",
      join(dir, "通报.docx"),
      "--period",
      "2020-03",
      "--today",
      "2020-04-15",
    ];
    expect((await runCli(report)).code).toBe(0);
    ({ pdf, pages } = printedPages(file, 540_000));
  }, 600_000);

  const sheetOf = (page: string): string | null =>
    [...page.matchAll(/(\S+)\s+第 \d+ 页 共 \d+ 页/g)].pop()?.[1] ?? null;
  const pagesOf = (sheet: string): number[] => pages.flatMap((p, i) => (sheetOf(p) === sheet ? [i] : []));
  const firstLine = (page: string): string =>
    page
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";

  /** The median width of a Chinese character on each page (as print.test.ts measures it). */
  const sizes = (): number[] => {
    const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
    return html
      .split("<page ")
      .slice(1)
      .map((p) => {
        const widths = [...p.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([\u4e00-\u9fff]{2,})</g)]
          .map((m) => (Number(m[2]) - Number(m[1])) / Array.from(m[3] ?? "").length)
          .sort((a, b) => a - b);
        return widths[widths.length >> 1] ?? 0;
      });
  };

  it("prints 已撤销's two tables apart, each on its own page with its header, at 7 points or more", () => {
    // Before: one page, both tables and the 说明 side by side at 2.7 points.
    const printed = pagesOf("已撤销");
    expect(printed).toHaveLength(2);
    const [tasks, progress] = printed.map((i) => pages[i] ?? "");
    expect(firstLine(tasks ?? "")).toMatch(/^撤销日期\s+撤销依据\s+编号/);
    expect(firstLine(progress ?? "")).toMatch(/^撤销日期\s+编号\s+期次/);
    expect([tasks, progress].join("\n")).not.toContain("说明");
    const size = sizes();
    expect(printed.map((i) => (size[i] ?? 0) >= 7)).toEqual([true, true]);
  });

  it("prints 任务台账 with the clerk's added column at 7 points or more, every column on the page", () => {
    // Before: 4 pages at 6.7 points (the added 核实人 at a fixed width, fitted one page wide below 66 %).
    const printed = pagesOf("任务台账");
    const size = sizes();
    expect(printed.filter((i) => !((size[i] ?? 0) >= 7))).toEqual([]);
    for (const i of printed) expect(pages[i]).toMatch(/编号.*核实人/);
  });

  it("starts every page of the 通报 sheet a table runs onto with that table's header row", () => {
    // Before: its tables ran over pages 2 to 4 without a header.
    const printed = pagesOf("通报");
    expect(printed.length).toBeGreaterThan(1);
    const headers = [
      /^牵头单位\s+任务数/,
      /^单位\s+情况/,
      /^编号\s+指标/,
      /^分管领导\s+任务数/,
      /^编号\s+工作任务/,
    ];
    for (const i of printed.slice(1)) {
      const first = firstLine(pages[i] ?? "");
      const ok = headers.some((h) => h.test(first)) || /^[一二三四五六七八九十]+、/.test(first);
      expect({ page: i + 1, first, ok }).toEqual({ page: i + 1, first, ok: true });
    }
  });
});
