/**
 * The Excel services with their default shell (src/excel) against the strict Excel double: what the
 * workbook holds after writing the sample ledger and generating parts of it — which sheets are rebuilt and
 * which are left alone, pivots that still count over a live Assignments table, the ledger's colouring
 * applied once however often it is re-applied, 说明's source details kept — and live checks that refresh
 * the pivots before they check.
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { SheetKind } from "../../src/core/plan/types";
import type { Finding } from "../../src/core/types";
import { suggestRegistry } from "../../src/core/units/registry";
import { createExcelServices } from "../../src/taskpane/excelServices";
import type { GenerateParts, LedgerServices } from "../../src/taskpane/services";
import { installExcelHost } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";

const sample = parseBreakdown(sampleText());

let host: ExcelHost;
let uninstall: () => void;
let services: LedgerServices;
let onBackgroundError: jest.Mock;

beforeEach(async () => {
  // Unit pivots with PivotFilters need ExcelApi 1.12 (the double defaults to the manifest's 1.8).
  ({ host, uninstall } = installExcelHost({ apiVersion: "1.12" }));
  onBackgroundError = jest.fn();
  services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError,
    debounceMs: 5,
    today: () => "2020-07-01",
  });
  await services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, () => {});
});
afterEach(async () => {
  await services.setLiveChecks(false, () => {});
  uninstall();
});

/** Sheet ids by the kind the tool tagged them with. */
const idsOf = (kind: SheetKind): string[] =>
  host.sheets.filter((s) => s.customProperties.get("taizhang.kind")?.value === kind).map((s) => s.id);

const KINDS: readonly SheetKind[] = ["ledger", "assignments", "units", "summary", "leader", "unit", "about"];
const allIds = () => new Map(KINDS.map((k) => [k, idsOf(k)]));

const parts = (chosen: Partial<GenerateParts>): GenerateParts => ({
  units: false,
  leaders: false,
  summary: false,
  formatting: false,
  ...chosen,
});

test("generating leader sheets rebuilds them and 说明 only, keeping 说明's source details", async () => {
  const before = allIds();
  await expect(services.previewGenerate(parts({ leaders: true }))).resolves.toEqual({
    replaces: [...host.sheets.filter((s) => before.get("leader")?.includes(s.id)).map((s) => s.name), "说明"],
    clashes: [],
  });
  // 说明's About table: its header on row 3, 源文件标题 on row 4.
  expect(host.cell("说明", "A4").value).toBe("源文件标题");
  const title = host.cell("说明", "B4").value;
  expect(title).toBe(sample.document.title);

  await services.generate(parts({ leaders: true }), () => {});
  const after = allIds();
  for (const kind of ["leader", "about"] as const) {
    expect(after.get(kind)).toHaveLength(before.get(kind)?.length ?? -1);
    for (const id of before.get(kind) ?? []) expect(after.get(kind)).not.toContain(id);
  }
  for (const kind of ["ledger", "assignments", "units", "summary", "unit"] as const)
    expect(after.get(kind)).toEqual(before.get(kind));
  expect(host.cell("说明", "B4").value).toBe(title);
});

test("generating 汇总 rebuilds 任务分工 and the unit sheets with it: every pivot counts over a live table", async () => {
  const before = allIds();
  const ledgerCells = JSON.stringify([...host.sheet("任务台账").cells]);
  await services.generate(parts({ summary: true }), () => {});
  const after = allIds();
  for (const kind of ["assignments", "summary", "unit", "about"] as const) {
    expect(after.get(kind)).toHaveLength(before.get(kind)?.length ?? -1);
    for (const id of before.get(kind) ?? []) expect(after.get(kind)).not.toContain(id);
  }
  for (const kind of ["ledger", "units", "leader"] as const)
    expect(after.get(kind)).toEqual(before.get(kind));
  expect(JSON.stringify([...host.sheet("任务台账").cells])).toBe(ledgerCells);

  const pivots = host.sheets.flatMap((s) => s.pivots);
  expect(pivots.length).toBeGreaterThan(idsOf("unit").length);
  for (const p of pivots) expect(host.tables).toContain(p.source);
});

test("formatting re-dresses the ledger once, however often it is generated", async () => {
  const rules = DEFAULT_SETTINGS.statuses.length + 2 + 3; // statuses, overdue, due soon, three lights
  expect(host.sheet("任务台账").conditionalFormats).toHaveLength(rules);
  await services.generate(parts({ leaders: true, formatting: true }), () => {});
  await services.generate(parts({ units: true, formatting: true }), () => {});
  await services.reformatLedger();
  expect(host.sheet("任务台账").conditionalFormats).toHaveLength(rules);
  expect(host.sheet("任务台账").validations.map((v) => v.rule?.list?.source)).toEqual([
    "=UnitList",
    DEFAULT_SETTINGS.statuses.map((s) => s.name).join(","),
  ]);
});

test("re-dressing the ledger is one undo step where Excel can group it (ExcelApi 1.20)", async () => {
  host.apiVersion = "1.20";
  host.userEdit("任务台账", "J2", "已完成");
  const depth = host.undoStack.length;
  await services.reformatLedger();
  expect(host.undoStack).toHaveLength(depth + 1);
  expect(host.undoStack.at(-2)).toBe("edit 任务台账!J2");
});

test("a live check after a clerk's edit only reads: no pivot is refreshed, and Ctrl+Z still undoes the clerk's edit", async () => {
  const refreshedBefore = host.refreshAllCalls;
  let report: { resolve: (f: Finding[]) => void; reject: (e: unknown) => void } | null = null;
  const checked = new Promise<Finding[]>((resolve, reject) => (report = { resolve, reject }));
  await services.setLiveChecks(
    true,
    (f) => report?.resolve(f),
    (e) => report?.reject(e),
  );
  host.userEdit("任务台账", "J2", "已完成");
  await host.settle();
  const findings = await checked;
  expect(Array.isArray(findings)).toBe(true);
  expect(host.refreshAllCalls).toBe(refreshedBefore);
  expect(host.undoStack.at(-1)).toBe("edit 任务台账!J2");
  expect(onBackgroundError).not.toHaveBeenCalled();
});

test("a check the clerk asks for refreshes the pivots first; a refresh that fails is reported and the findings still come", async () => {
  host.userEdit("任务台账", "J2", "已完成");
  const before = host.refreshAllCalls;
  await services.validate();
  expect(host.refreshAllCalls).toBe(before + 1);
  expect(host.sheets.flatMap((s) => s.pivots).every((p) => p.refreshed >= 1)).toBe(true);

  host.failOn("PivotTableCollection.refreshAll", "GeneralException");
  const findings = await services.validate();
  expect(findings.some((f) => f.code === "lead-empty")).toBe(true);
  expect(onBackgroundError).toHaveBeenCalledWith(expect.objectContaining({ code: "GeneralException" }));
});
