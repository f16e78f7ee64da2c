import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deriveAssignments } from "../../src/core/workbook/assignments";
import { summarySheet } from "../../src/core/workbook/summarySheet";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { printedPages } from "../support/libreofficeConvert";
import { sampleLedger } from "../support/sampleLedger";
import { hasTool } from "../support/tools";

// 汇总 with twelve leaders (a city's 市长 and 副市长s) and as many units as a county's ledger, printed to PDF by
// LibreOffice: no table's heading may be the last line of a page, its table on the next. Before, 55, 110, 126
// and 127 units left one there (the plan broke pages only above headings; LibreOffice took more rows on the
// pages before than the plan counted).
const run = hasTool("soffice") && hasTool("pdftotext") ? describe : describe.skip;

run("汇总's headings printed by LibreOffice", () => {
  const { model } = sampleLedger();
  const assignments = deriveAssignments(model.tasks, model.registry);
  const leaders = Array.from({ length: 12 }, (_, i) => `领导${i + 1}`);
  const sizes = [30, 55, 101, 102, 110, 126, 127];
  const sheets = sizes.map((n) =>
    summarySheet(
      model,
      assignments,
      Array.from({ length: n }, (_, i) => `单位${i + 1}`),
      leaders,
      `汇总${n}`,
      false,
    ),
  );
  const titles = [
    ...new Set(
      sheets[0]!.blocks.flatMap((b) =>
        b.kind === "values" && b.style === "label" && b.values[0]?.[0] !== "合计"
          ? [String(b.values[0]![0])]
          : [],
      ),
    ),
  ];
  let pages: string[][] = [];

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "taizhang-summary-")), "summary.xlsx");
    writeFileSync(file, await writeWorkbook({ sheets, names: [], settings: model.settings }));
    pages = printedPages(file).pages.map((p) =>
      p
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    );
  }, 180_000);

  it("knows the five tables' headings", () => {
    expect(titles).toHaveLength(5);
  });

  it("never ends a page with a table's heading", () => {
    // A page's last line above its footer (汇总55   第 2 页 共 20 页); the bands share a line, so a heading
    // anywhere on it counts.
    const ends = pages.map((lines) => {
      const footer = lines.find((l) => /第\s*\d+\s*页/.test(l)) ?? "";
      const body = lines.filter((l) => l !== footer);
      return { sheet: footer.split(/\s+/)[0], last: body[body.length - 1] ?? "" };
    });
    expect(new Set(ends.map((e) => e.sheet))).toEqual(new Set(sizes.map((n) => `汇总${n}`)));
    expect(ends.filter((e) => titles.some((t) => e.last.includes(t)))).toEqual([]);
  });
});
