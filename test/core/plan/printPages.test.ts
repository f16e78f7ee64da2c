import fc from "fast-check";
import { fileBlocks } from "../../../src/core/plan/fileBlocks";
import { columnPoints, pageFit, printable, READABLE_SCALE } from "../../../src/core/plan/pageFit";
import type { PrintPlan, SheetPlan } from "../../../src/core/plan/types";
import { bulletinDoc } from "../../../src/core/rounds/bulletinDoc";
import { bulletinFigures } from "../../../src/core/rounds/bulletinFigures";
import { bulletinSheetPlan, paginate } from "../../../src/core/rounds/reportSheets";
import { deriveAssignments } from "../../../src/core/workbook/assignments";
import { summarySheet } from "../../../src/core/workbook/summarySheet";
import { refitTable } from "../../../src/core/workbook/taskWidths";
import { revokedSheet } from "../../../src/core/year/revokedSheet";
import { withTableColumns } from "../../../src/core/year/tableColumns";
import { sampleLedger } from "../../support/sampleLedger";

const { model, plan } = sampleLedger();

/** Points of each row as the plan writes it, to the last one written: its estimated height, or one line (15). */
const rowHeights = (sheet: SheetPlan): number[] => {
  const last = Math.max(
    ...fileBlocks(sheet).map((b) => b.row + (b.kind === "values" ? b.values.length : b.results.length) - 1),
  );
  const planned = new Map(sheet.print!.rowHeights.map((h) => [h.row, h.points]));
  return Array.from({ length: last + 1 }, (_, r) => planned.get(r) ?? 15);
};

/** Widths of columns `from` to `to` (exclusive) in points at full size, the wider engine's. */
const pointsOf = (widths: readonly number[], from = 0, to = widths.length): number =>
  widths.slice(from, to).reduce((n, w) => n + columnPoints(w), 0);

/** The widest a printed span may be for it to print at 66 % or more one landscape page wide (1188 points). */
const READABLE_ROOM = printable("landscape").width / READABLE_SCALE;

/**
 * The page each row prints on, breaking as the engines do at a fixed scale: a row that does not fit starts
 * a page, and so does a row with a manual break above it.
 */
function pagesOfRows(heights: readonly number[], print: PrintPlan, scale: number): number[] {
  const room = (printable(print.orientation).height * 0.97) / scale;
  const breaks = new Set(print.rowBreaks ?? []);
  let page = 0;
  let used = 0;
  return heights.map((h, row) => {
    if ((breaks.has(row) || used + h > room) && used > 0) {
      page++;
      used = 0;
    }
    used += h;
    return page;
  });
}

describe("已撤销 printed readably", () => {
  // The sample's 2.3 and 3.8 set aside, with a clerk's column and their archived rows, as the update trial had it.
  const set = ["2.3", "3.8"].map((id) => {
    const task = { ...model.tasks.find((t) => t.id === id)!, extra: { 核实人: `人-${id}` } };
    return {
      task,
      targets: [],
      progress: [
        {
          id,
          period: "2020-03",
          unit: task.lead,
          status: "推进中",
          progress: `进展-${id}`,
          problems: "",
          nextSteps: "",
          reportedOn: "2020-03-31",
          source: "存档",
        },
      ],
    };
  });
  const sheet = revokedSheet(
    set,
    { tasks: null, progress: null },
    "2020-04-15",
    "2020年重点工作(文件 revised.txt)",
  )!;
  const tasks = sheet.tables.find((t) => t.name === "Revoked")!.range;
  const progress = sheet.tables.find((t) => t.name === "RevokedProgress")!.range;

  it("prints its two tables apart: a print area of one span of columns each, 说明 left out", () => {
    // Before: one print area over both tables (A:AB), fitted one page wide: 240 + 138 characters at 2.7 points.
    expect(sheet.print?.areas).toEqual([
      { col: tasks.col, cols: tasks.cols },
      { col: progress.col, cols: progress.cols },
    ]);
    expect(sheet.print?.fitToHeight).toBe(0);
    expect(sheet.print?.orientation).toBe("landscape");
  });

  it("gives each table widths that fit one landscape page at 66 % or more", () => {
    // The fixed widths (工作任务 40, 撤销依据 20, the rest 12) made the task table 1680 points wide: 47 %.
    const t = pointsOf(sheet.widths, tasks.col, tasks.col + tasks.cols);
    const p = pointsOf(sheet.widths, progress.col, progress.col + progress.cols);
    expect({ t: t <= READABLE_ROOM, p: p <= READABLE_ROOM }).toEqual({ t: true, p: true });
    // The date column shows a whole date (not ####).
    expect(sheet.widths[tasks.col]).toBeGreaterThanOrEqual(11);
  });
});

describe("任务台账 with a column the clerk added", () => {
  const ledger = plan.sheets.find((s) => s.kind === "ledger")!;
  const rows = model.tasks.map((t) => [`核实人-${t.id}，电话 0573-88000000`]);
  const widened = withTableColumns(ledger, "Tasks", ["核实人"], rows);

  it("was wider than a landscape page holds at 66 % with the column at a fixed width", () => {
    // 169 characters chosen to fill the page, and 14 more: fitted one page wide, it printed at 6.7 points.
    expect(pointsOf(widened.widths, 0, 15)).toBeGreaterThan(READABLE_ROOM);
  });

  it("prints at 66 % or more when the widths are chosen again with the added column among them", () => {
    const refitted = refitTable(widened, "Tasks");
    expect(refitted.widths).toHaveLength(widened.widths.length);
    expect(pointsOf(refitted.widths, 0, 15)).toBeLessThanOrEqual(READABLE_ROOM);
    // The added column is printed, wrapped, with room for its words; the list stays landscape.
    expect(refitted.print?.orientation).toBe("landscape");
    expect(refitted.print?.wrap.some((r) => r.col === 14 && r.row === 1)).toBe(true);
    expect(refitted.widths[14]).toBeGreaterThanOrEqual(8);
  });

  it("prints what withTableColumns adds: its print section is planned with the added column", () => {
    // The print section was the one planned before the column was added: its wrapped ranges stopped at N.
    expect(widened.print?.wrap.some((r) => r.col === 14)).toBe(true);
  });
});

describe("the 通报 sheet broken into pages", () => {
  const doc = bulletinDoc(bulletinFigures(model, [], [], "2020-03", "2020-04-15"), "2020年重点工作", "某办");
  const sheet = bulletinSheetPlan(doc);
  const print = sheet.print!;
  const text = (row: number): string[] =>
    sheet.blocks
      .filter((b) => b.kind === "values" && b.row === row)
      .flatMap((b) => (b.kind === "values" ? (b.values[0] ?? []).map(String) : []));
  const headers = doc.sections.flatMap((s) => (s.table ? [s.table.header.map(String)] : []));
  const headings = doc.sections.map((s) => s.heading);

  it("prints at a fixed scale that fits its columns one page wide, with manual page breaks", () => {
    expect(print.scale).toBe(
      Math.min(100, Math.floor((printable(print.orientation).width / pointsOf(sheet.widths)) * 100)),
    );
    expect(print.rowBreaks?.length).toBeGreaterThan(0);
  });

  it("starts every page after the first with a table's header row or a section's heading", () => {
    for (const row of print.rowBreaks ?? []) {
      const cells = text(row).filter((c) => c !== "");
      const isHeader = headers.some((h) => h.filter((c) => c !== "").join("|") === cells.join("|"));
      expect({ row, cells, ok: isHeader || headings.includes(cells[0] ?? "") }).toEqual({
        row,
        cells,
        ok: true,
      });
    }
  });

  it("repeats a table's header on each page it runs onto, and no page holds more rows than it can", () => {
    // Each page's rows fit its room at the scale (so no engine adds a break of its own before the plan's).
    const pages = pagesOfRows(rowHeights(sheet), print, (print.scale ?? 100) / 100);
    const breaks = print.rowBreaks ?? [];
    const starts = pages.flatMap((p, row) => (row > 0 && p !== pages[row - 1] ? [row] : []));
    expect(starts).toEqual(breaks);
    // The 报送情况 table (55 units) runs over a page: its header is written again at the break.
    const unitHeader = headers.find((h) => h[0] === "单位")!;
    const repeated = breaks.filter((r) => text(r).join("|").startsWith(unitHeader.join("|")));
    expect(repeated.length).toBeGreaterThan(0);
  });
});

describe("paginate", () => {
  type R = { id: string; header?: R; heading?: boolean; gap?: boolean };
  const head: R = { id: "H" };
  const rows: R[] = [
    { id: "t" },
    { id: "g", gap: true },
    { id: "h", heading: true },
    head,
    ...Array.from({ length: 5 }, (_, i): R => ({ id: `r${i}`, header: head })),
  ];

  it("writes a table's header again at the top of a page its rows run onto", () => {
    // Rows of 10 points, 40 a page. The heading and the three rows after it (40) do not fit below t and g
    // (20): the page starts at h. Then h H r0 r1 fill it, and r2 starts the next under H again.
    const { rows: out, breaks } = paginate(rows, () => 10, 40);
    expect(out.map((r) => r.id)).toEqual(["t", "g", "h", "H", "r0", "r1", "H", "r2", "r3", "r4"]);
    expect(breaks).toEqual([2, 6]);
  });

  it("drops a gap that would start a page, and keeps a heading that fits with its rows", () => {
    const full: R[] = ["a", "b", "c", "d"].map((id) => ({ id }));
    const { rows: out, breaks } = paginate([...full, ...rows.slice(1, 5)], () => 10, 40);
    expect(out.map((r) => r.id)).toEqual(["a", "b", "c", "d", "h", "H", "r0"]);
    expect(breaks).toEqual([4]);
  });
});

describe("汇总's headings kept with their tables", () => {
  const assignments = deriveAssignments(model.tasks, model.registry);
  const leadersOf = (n: number) => Array.from({ length: n }, (_, i) => `领导${i + 1}`);

  /**
   * 汇总 with `leaders` leaders and `n` units, printed by an engine that fits `more` times what the plan
   * counts on a page (LibreOffice and Excel draw default rows under the plan's 15 points, and use the page to
   * its foot, where the plan counts 97 %): the headings that end a page, with nothing of their table below.
   */
  const orphans = (leaders: number, n: number, more: number) => {
    const units = Array.from({ length: n }, (_, i) => `单位${i + 1}`);
    const sheet = summarySheet(model, assignments, units, leadersOf(leaders), "汇总", false);
    const print = sheet.print!;
    const heights = rowHeights(sheet);
    // Fitted to pages, the engine prints at the scale the fit finds (pageFit.ts); else at the fixed one.
    const scale = print.scale !== undefined ? print.scale / 100 : pageFit(sheet.widths, heights, 0).scale;
    const pages = pagesOfRows(heights, print, scale / more);
    const headings = sheet.blocks
      .filter((b) => b.kind === "values" && b.style === "label" && b.values[0]?.[0] !== "合计")
      .map((b) => b.row);
    return {
      print,
      orphaned: headings.filter((r) => pages[r + 1] !== undefined && pages[r + 1] !== pages[r]),
    };
  };

  it("never leaves a heading as the last row of a page, whatever the leaders, units and engine", () => {
    // Before, 12 leaders and 55 units (among others) left one at the foot of page 1 for an engine fitting 3 %
    // more on a page than the plan: the plan broke only above headings, and the engine took more rows on
    // the pages before.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 5, max: 150 }),
        fc.double({ min: 1, max: 1.2, noNaN: true }),
        (leaders, n, more) => {
          expect({ leaders, n, more, orphaned: orphans(leaders, n, more).orphaned }).toEqual({
            leaders,
            n,
            more,
            orphaned: [],
          });
        },
      ),
      {
        numRuns: 300,
        examples: [
          [12, 55, 1.03],
          [12, 101, 1.05],
          [12, 110, 1.1],
        ],
      },
    );
  });

  it("breaks every page of a sheet of several pages where the plan does, at a fixed scale", () => {
    for (const n of [30, 55, 101, 102, 140]) {
      const { print } = orphans(12, n, 1);
      expect(print.rowBreaks?.length).toBeGreaterThan(0);
      expect(print.scale).toBeGreaterThanOrEqual(READABLE_SCALE * 100 - 1);
    }
    // On one page nothing is broken, and the sheet stays fitted.
    expect(orphans(1, 5, 1).print.rowBreaks).toBeUndefined();
  });
});
