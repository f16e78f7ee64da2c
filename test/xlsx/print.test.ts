import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";
import { hasTool } from "../support/tools";

// The sample ledger as `taizhang build` writes it, printed to PDF by LibreOffice (headless) and read back
// with poppler's pdfinfo / pdftotext / pdffonts: every page's footer names its sheet (&A).
const run = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;

run("the sample ledger printed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "taizhang-print-"));
  const pdf = join(dir, "ledger.pdf");
  let sheetNames: string[] = [];
  let pages: string[] = [];

  beforeAll(async () => {
    const file = join(dir, "ledger.xlsx");
    const r = await runCli(["build", SAMPLE_PATH, "-o", file]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sheetNames = wb.worksheets.map((w) => w.name);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    execFileSync("pdftotext", ["-layout", pdf, join(dir, "ledger.txt")]);
    pages = readFileSync(join(dir, "ledger.txt"), "utf8").split("\f").slice(0, -1);
  }, 180_000);

  /**
   * The size each page prints its text at: the median width of a character of its all-Chinese words (a
   * Chinese character is as wide as the font is tall), read with pdftotext -bbox; pages in order.
   */
  const charSizes = (): Array<{ page: number; sheet: string | null; size: number }> => {
    const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
    return html
      .split("<page ")
      .slice(1)
      .map((p, i) => {
        const widths = [...p.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([\u4e00-\u9fff]{2,})</g)]
          .map((m) => (Number(m[2]) - Number(m[1])) / Array.from(m[3] ?? "").length)
          .sort((a, b) => a - b);
        return { page: i + 1, sheet: sheetOf(pages[i] ?? ""), size: widths[widths.length >> 1] ?? 0 };
      });
  };

  /** The sheet a page belongs to, from its footer: 任务台账    第 1 页 共 70 页. */
  const sheetOf = (page: string): string | null =>
    [...page.matchAll(/(\S+)\s+第 \d+ 页 共 \d+ 页/g)].pop()?.[1] ?? null;
  const pagesOf = (sheet: string): string[] => pages.filter((p) => sheetOf(p) === sheet);

  it("prints on A4 throughout", () => {
    const info = execFileSync("pdfinfo", ["-l", "1000", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
      [Number(m[1]), Number(m[2])].sort((a, b) => a - b).map(Math.round),
    );
    expect(sizes.length).toBe(pages.length);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
  });

  it("gives every page a footer with its sheet's name and prints every sheet", () => {
    expect(pages.map(sheetOf).filter((s) => s === null)).toEqual([]);
    expect([...new Set(pages.map(sheetOf))].sort()).toEqual([...sheetNames].sort());
  });

  it("prints every list one page wide: each page shows the header's first and last column", () => {
    const lists: Array<[string, string, string]> = [
      ["任务台账", "编号", "备注"],
      ["任务分工", "编号", "完成状态"],
      ["冯中海", "编号", "进展情况"],
      ["梧桐街道", "编号", "进展情况"],
      ["发改局", "编号", "进展情况"],
    ];
    for (const [sheet, first, last] of lists) {
      const printed = pagesOf(sheet);
      expect(printed.length).toBeGreaterThan(0);
      for (const page of printed) {
        const header = page.split("\n").find((l) => l.trimStart().startsWith(first) && l.includes(last));
        expect({ sheet, header: header !== undefined }).toEqual({ sheet, header: true });
      }
    }
  });

  it("prints every sheet on at most two pages, but the two long lists", () => {
    // 任务台账 (73 tasks, 14 columns) and 任务分工 (242 rows, one per task and unit) cannot: at a readable
    // size (7 pt) their text alone fills about four A4 pages each. 任务台账 is fitted to its width (3 pages),
    // 任务分工 to 4 pages tall at about 9 pt.
    const long = new Set(["任务台账", "任务分工"]);
    const over = sheetNames
      .filter((s) => !long.has(s))
      .map((s) => ({ sheet: s, pages: pagesOf(s).length }))
      .filter((x) => x.pages > 2);
    expect(over).toEqual([]);
    expect(pagesOf("汇总").length).toBeLessThanOrEqual(2);
    expect(pagesOf("任务台账").length).toBeLessThanOrEqual(3);
    expect(pagesOf("任务分工").length).toBeLessThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(2 * sheetNames.length);
  });

  it("prints every sheet at a readable size, Chinese characters at least 7 points wide, but three", () => {
    // Fitted to their width: 任务台账 (14 columns, about 4.8 pt), and the year's 量化指标 (a column per period)
    // and 进展记录 (about 3.4 and 5.2 pt).
    const small = new Set(["任务台账", "量化指标", "进展记录"]);
    const sizes = charSizes();
    const tooSmall = sheetNames
      .filter((s) => !small.has(s))
      .map((sheet) => ({
        sheet,
        size: Math.min(...sizes.filter((p) => p.sheet === sheet).map((p) => p.size)),
      }))
      .filter((x) => !(x.size >= 7));
    expect(tooSmall).toEqual([]);
  });

  it("prints 汇总's two tables by unit side by side", () => {
    const first = pagesOf("汇总")[0] ?? "";
    expect(first.split("\n").some((l) => /各单位任务数\(按角色\)\s+各单位任务数\(按完成状态\)/.test(l))).toBe(
      true,
    );
  });

  it("uses no serif face: every font is named, bold and italic included", () => {
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/Bold/);
    expect(fonts).not.toMatch(/Serif/);
  });
});
