/** The core's real plan for the sample document (桐乡 2020, 73 tasks) and for a generated 2,000-task, 150-unit document. */

import { ledgerFromParsed } from "../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../src/core/workbook/buildPlan";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { suggestRegistry } from "../../src/core/units/registry";
import { applyPlan } from "../../src/excel/applyPlan";
import { readLedger } from "../../src/excel/readLedger";
import { generateBreakdown } from "../../bench/generate";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { measureApply } from "../support/excelMeasure";
import { sampleText } from "../support/paths";

/** The plan the pane writes for a document. */
function planOf(text: string): WorkbookPlan {
  const parsed = parseBreakdown(text);
  return buildPlan(
    ledgerFromParsed(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, {
      importedAt: "2020-06-01T08:00:00.000Z",
    }),
  );
}

describe("the sample's plan written into a workbook", () => {
  let host: ExcelHost;
  let uninstall: () => void;
  // Sheet tags and PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
  beforeEach(() => ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" })));
  afterEach(() => uninstall());

  test("holds the 73 tasks, the tables, the unit list name and a filtered pivot on every unit sheet", async () => {
    const plan = planOf(sampleText());
    const result = await applyPlan(plan, { replaceGenerated: false });
    expect(result).toMatchObject({ sheets: plan.sheets.length, renamed: [], notes: [] });
    expect(host.table("Tasks").rect.rows).toBe(74);
    expect(host.table("Assignments").sheet.name).toBe("任务分工");
    expect(host.names.get("unitlist")?.formula).toBe("=Units[单位]");
    const units = plan.sheets.filter((s) => s.kind === "unit");
    expect(units.length).toBeGreaterThan(20);
    for (const u of units) {
      const [pivot] = host.sheet(u.name).pivots;
      expect(pivot?.manualFilters.get("单位")).toEqual([u.key]);
    }
    const ledger = await readLedger();
    expect(ledger.tasks?.rows).toHaveLength(73);
    expect(ledger.statuses).toEqual(DEFAULT_SETTINGS.statuses.map((s) => s.name));
  });

  test("a person's sheet named like a unit keeps its name; ours is renamed and 说明 lists the name it got", async () => {
    const plan = planOf(sampleText());
    const unit = plan.sheets.find((s) => s.kind === "unit")!;
    host.addSheet(unit.name);
    const result = await applyPlan(plan, { replaceGenerated: true });
    expect(result.renamed).toEqual([{ wanted: unit.name, used: `${unit.name} (2)` }]);
    const listed = host.valuesOf(host.table("Sheets").sheet, host.table("Sheets").bodyRect).map((r) => r[0]);
    expect(listed).toContain(`${unit.name} (2)`);
    expect(listed).not.toContain(unit.name);
  });
});

test("the sample and a 2,000-task, 150-unit document take a few syncs; no request passes 2 MB as Excel receives it", async () => {
  const sample = await measureApply(planOf(sampleText()));
  const large = await measureApply(planOf(generateBreakdown({ tasks: 2000, units: 150 }).text));
  // Cut into 2 MB requests, the large ledger takes more round trips than the sample, still a fixed handful
  // rather than one per sheet; the frozen panes and the page layout have requests of their own (the page layout
  // of the large ledger's 160 sheets is cut into three, under the same budget as the write).
  expect(sample.syncs).toBeLessThanOrEqual(8);
  expect(large.syncs).toBeLessThanOrEqual(15);
  expect(large.maxRequestBytes).toBeLessThanOrEqual(2_000_000);
}, 120_000);
