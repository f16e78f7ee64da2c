/** The plan's print section in Excel: page setup with ExcelApi 1.9, a note without it, never a failed write. */

import { applyPlan } from "../../src/excel/applyPlan";
import { NOTE_PAGE_LAYOUT_FAILED, NOTE_PAGE_LAYOUT_UNSUPPORTED } from "../../src/excel/pageLayout";
import { installExcelHost } from "../support/excelHost";
import { sampleLedger } from "../support/sampleLedger";

describe("printing set up in Excel", () => {
  const { plan } = sampleLedger();
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("sets A4, the orientation, fit to one page wide, print titles and the footer with ExcelApi 1.9", async () => {
    const installed = installExcelHost({ apiVersion: "1.9" });
    uninstall = installed.uninstall;
    const result = await applyPlan(plan, { replaceGenerated: false });
    expect(result.notes).not.toContain(NOTE_PAGE_LAYOUT_FAILED);
    expect(result.notes).not.toContain(NOTE_PAGE_LAYOUT_UNSUPPORTED);
    const page = installed.host.sheet("任务台账").page;
    expect(Object.fromEntries(page)).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      centerFooter: "&A    第 &P 页 共 &N 页",
      leftMargin: 0.4 * 72,
    });
    expect(installed.host.sheet("汇总").page.get("orientation")).toBe("Landscape");
    expect(installed.host.sheet("任务分工").page.get("orientation")).toBe("Portrait");
    // 任务分工 is shrunk to the fewer pages tall the plan says it holds at a readable size.
    expect(installed.host.sheet("任务分工").page.get("zoom")).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 4,
    });
    // The print area the file writers set: the list's columns, whole, without the 说明 beside it.
    expect(installed.host.sheet("量化指标").page.get("printArea")).toBe("A:V");
    expect(installed.host.sheet("单位名录").page.get("printArea")).toBe("A:D");
    expect(installed.host.sheet("任务台账").page.has("printArea")).toBe(false);
    // Excel fits the rows of the wrapped task text itself.
    expect(installed.host.sheet("任务台账").autofitRows.length).toBeGreaterThan(0);
  });

  it("prints tables side by side apart, and a sheet broken into pages at its scale with its breaks", async () => {
    const installed = installExcelHost({ apiVersion: "1.9" });
    uninstall = installed.uninstall;
    // Sheets of plain values (说明's blocks without its table), printed as 已撤销 and 通报 print.
    const about = plan.sheets.find((s) => s.kind === "about")!;
    const base = { ...about, tables: [], validations: [], conditionalFormats: [] };
    const apart = {
      ...base,
      name: "甲",
      print: {
        ...base.print!,
        areas: [
          { col: 0, cols: 17 },
          { col: 18, cols: 10 },
        ],
      },
    };
    const paged = { ...base, name: "乙", print: { ...base.print!, scale: 88, rowBreaks: [27, 59] } };
    await applyPlan({ ...plan, sheets: [...plan.sheets, apart, paged] }, { replaceGenerated: false });
    // A RangeAreas address: each area prints on pages of its own.
    expect(installed.host.sheet("甲").page.get("printArea")).toBe("A:Q, S:AB");
    // A fixed scale (Excel ignores manual breaks on a sheet fitted to pages), and a break above rows 28 and 60.
    expect(installed.host.sheet("乙").page.get("zoom")).toEqual({ scale: 88 });
    expect(installed.host.sheet("乙").page.get("rowBreaks")).toEqual(["A28", "A60"]);
  });

  it("places 汇总's pivots where the file puts its count tables: by unit × status beside by unit × role", async () => {
    const installed = installExcelHost({ apiVersion: "1.9" });
    uninstall = installed.uninstall;
    await applyPlan(plan, { replaceGenerated: false });
    const summary = plan.sheets.find((s) => s.kind === "summary");
    const pivots = installed.host.sheet("汇总").pivots;
    const anchor = (name: string) => pivots.find((p) => p.name === name)?.anchor;
    for (const p of summary?.pivots ?? []) expect(anchor(p.name)).toMatchObject({ col: p.col });
    const role = anchor("PT_UnitRole");
    const status = anchor("PT_UnitStatus");
    expect(status?.row).toBe(role?.row);
    // The role pivot's body (单位, 牵头, 配合, 总计) ends left of the empty column before the status pivot.
    const body = installed.host.pivotArea(pivots.find((p) => p.name === "PT_UnitRole")!).body;
    expect(body.col + body.cols).toBeLessThan(status?.col ?? 0);
    expect(installed.host.sheet("汇总").page.get("orientation")).toBe("Landscape");
  });

  it("writes the ledger on ExcelApi 1.8 and says that printing was not set up, wrapping the text still", async () => {
    const installed = installExcelHost({ apiVersion: "1.8" });
    uninstall = installed.uninstall;
    const result = await applyPlan(plan, { replaceGenerated: false });
    expect(result.notes).toContain(NOTE_PAGE_LAYOUT_UNSUPPORTED);
    expect(installed.host.table("Tasks").rect.rows).toBe(74);
    expect(installed.host.sheet("任务台账").page.size).toBe(0);
    expect(installed.host.sheet("任务台账").autofitRows.length).toBeGreaterThan(0);
  });

  it("keeps the written ledger when Excel refuses the page setup, with a note instead", async () => {
    const installed = installExcelHost({ apiVersion: "1.9" });
    uninstall = installed.uninstall;
    installed.host.failOn("PageLayout.zoom", "InvalidArgument");
    const result = await applyPlan(plan, { replaceGenerated: false });
    expect(result.notes).toContain(NOTE_PAGE_LAYOUT_FAILED);
    expect(installed.host.table("Tasks").rect.rows).toBe(74);
  });
});
