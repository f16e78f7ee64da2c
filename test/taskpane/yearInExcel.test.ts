/**
 * 更新现有台账 and 存档本期 in Excel, through the Excel services and their default shell against the strict
 * Excel double: what the workbook holds afterwards, and the round trips each takes (the same whatever the
 * revision).
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { createExcelServices } from "../../src/taskpane/excelServices";
import type { SettingsBag } from "../../src/taskpane/excelServices";
import type { LedgerServices } from "../../src/taskpane/services";
import { installExcelHost, rectAddress } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";
import { revisedSample } from "../support/revisedSample";

jest.setTimeout(60_000);

const sample = parseBreakdown(sampleText());

let host: ExcelHost;
let uninstall: () => void;
let services: LedgerServices;

beforeEach(async () => {
  ({ host, uninstall } = installExcelHost());
  const stored = new Map<string, string>();
  const settings: SettingsBag = {
    read: async (k) => stored.get(k) ?? null,
    write: async (k, v) => void stored.set(k, v),
  };
  services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError: () => {},
    settings,
    today: () => "2020-04-15",
  });
  await services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, () => {});
});
afterEach(() => uninstall());

/** The Tasks body's rows as the workbook holds them, by header. */
function tasksTable(): Array<Record<string, unknown>> {
  const t = host.table("Tasks");
  const [header = [], ...rows] = host.valuesOf(t.sheet, t.rect);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Types a note marker into every task's 备注 (column L), as a person would. */
function typeMarkers(): void {
  tasksTable().forEach((row, i) => host.userEdit("任务台账", `L${i + 2}`, `备注-${String(row["编号"])}`));
}

describe("更新现有台账 in Excel", () => {
  it("previews the matches without writing, in two round trips", async () => {
    host.resetCounters();
    const preview = await services.previewUpdate(parseBreakdown(revisedSample()));
    expect(host.syncCount).toBe(2);
    expect(preview.unchanged).toBe(false);
    expect(preview.doubtful).toEqual([]);
    expect(preview.lines.join("\n")).toContain("撤销 2.3");
    expect(preview.lines.join("\n")).toContain("新增 4.20");
    expect(tasksTable()).toHaveLength(73);
  });

  it("keeps every marker on its task or in 已撤销, in the same number of round trips for any revision", async () => {
    expect(await services.hasLedger()).toBe(true);
    typeMarkers();
    host.resetCounters();
    await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
    const syncs = host.syncCount;
    // Two to read the ledger, then the write as applyPlan makes it (its read phase, the write requests, the
    // frozen panes and the page layout in requests of their own, events switched back on): a fixed handful.
    expect(syncs).toBeLessThanOrEqual(10);
    const rows = tasksTable();
    expect(rows).toHaveLength(72);
    expect(rows.find((r) => r["编号"] === "2.3")?.["备注"]).toBe("备注-2.4");
    expect(rows.find((r) => r["编号"] === "4.20")?.["备注"]).toBe("");
    const revoked = host.table("Revoked");
    expect(revoked.sheet.name).toBe("已撤销");
    const values = host.valuesOf(revoked.sheet, revoked.rect);
    const note = (values[0] ?? []).indexOf("备注");
    expect(values.slice(1).map((r) => r[note])).toEqual(["备注-2.3", "备注-3.8"]);

    // A revision of another shape (one task fewer) takes as many round trips.
    host.resetCounters();
    await services.applyUpdate(parseBreakdown(revisedSample().split("\n").slice(0, -2).join("\n")), () => {});
    expect(host.syncCount).toBe(syncs);
    expect(tasksTable()).toHaveLength(71);
  });

  it("keeps a formula typed on 任务台账 whose cells do not move, a 0% format, and text typed with the quote prefix as text", async () => {
    const t = host.table("Tasks");
    const header = (host.valuesOf(t.sheet, t.rect)[0] ?? []).map(String);
    const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    expect([col("编号"), col("进展情况"), col("备注"), col("完成进度(%)")]).toEqual(["A", "K", "L", "M"]);
    expect([tasksTable()[0]?.["编号"], tasksTable()[1]?.["编号"]]).toEqual(["1.1", "1.2"]);
    // 1.2's 进展情况 refers to 1.1's 编号, on row 2 before and after the revision (which drops 2.3 further down).
    // The column is text ("@"), where Excel keeps a formula typed as text: the clerk makes the cell General first.
    host.cell("任务台账", "K3").numberFormat = "General";
    host.userEdit("任务台账", "K3", '=A2&"-跟进"');
    host.cell("任务台账", "K3").value = "1.1-跟进";
    // 50% typed on 1.1: Excel keeps 0.5, formatted 0%.
    host.userEdit("任务台账", "M2", "50%");
    host.cell("任务台账", "M2").numberFormat = "0%";
    // Text that looks like a formula, typed with the quote prefix: range.formulas reads it as "=备注" all the same.
    host.userEdit("任务台账", "L4", "'=备注");
    expect([host.cell("任务台账", "M2").value, host.cell("任务台账", "L4").value]).toEqual([0.5, "=备注"]);

    const result = await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
    expect(result.notes.filter((n) => /^任务台账!(K3|M2|L4)/.test(n))).toEqual([]);
    expect(host.formulaA1("任务台账", "K3")).toBe('=A2&"-跟进"');
    expect([host.cell("任务台账", "M2").value, host.cell("任务台账", "M2").numberFormat]).toEqual([
      0.5,
      "0%",
    ]);
    expect([host.formulaA1("任务台账", "L4"), host.cell("任务台账", "L4").value]).toEqual([null, "=备注"]);
  });

  it("names a formula typed on 任务台账 that refers to a cell that moves, written as its value, as `taizhang update` does", async () => {
    // 3.1's row moves up one (2.3 is dropped); its 进展情况 refers to its own 编号, which moves with it.
    const at = tasksTable().findIndex((r) => r["编号"] === "3.1") + 2;
    host.cell("任务台账", `K${at}`).numberFormat = "General";
    host.userEdit("任务台账", `K${at}`, `=A${at}&"-跟进"`);
    host.cell("任务台账", `K${at}`).value = "3.1-跟进";
    const result = await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
    expect(result.notes.filter((n) => n.includes(`=A${at}&"-跟进"`))).toEqual([
      expect.stringMatching(/保留为它的值\u201c3\.1-跟进\u201d/),
    ]);
  });

  it("keeps a date typed in a column the clerk added to 进展记录 with its format", async () => {
    await services.snapshot("2020-03", false, () => {});
    const t = host.table("Progress");
    const col = t.rect.col + t.rect.cols;
    const first = rectAddress({ row: t.rect.row + 1, col, rows: 1, cols: 1 });
    host.userEdit("进展记录", rectAddress({ row: t.rect.row, col, rows: 1, cols: 1 }), "核实日期");
    t.rect = { ...t.rect, cols: t.rect.cols + 1 };
    t.columns.push("核实日期");
    // 1.1's row, first in the body before and after the revision (which drops 2.3 and 3.8).
    host.userEdit("进展记录", first, 43916);
    host.cell("进展记录", first).numberFormat = "yyyy/m/d";
    await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
    const p = host.table("Progress");
    expect(host.valuesOf(p.sheet, { ...p.bodyRect, rows: 1, cols: 1 })).toEqual([["1.1"]]);
    expect([host.cell("进展记录", first).value, host.cell("进展记录", first).numberFormat]).toEqual([
      43916,
      "yyyy/m/d",
    ]);
  });

  it("cuts a task longer than Excel holds to 32,767 characters and names its cell in the notes", async () => {
    // A task 4.20 added after the sample's last one (4.19): 40,001 characters with its full stop.
    const long = `${sampleText().trimEnd()}\n20.${"推".repeat(40000)}。\n责任单位:发改局\n`;
    const result = await services.applyUpdate(parseBreakdown(long), () => {});
    // 73 tasks below the header row, then 4.20: row 75; its text in column D (工作任务).
    expect(result.notes.filter((n) => n.includes("40001"))).toEqual([
      expect.stringMatching(/^任务台账!D75.*40001/),
    ]);
    const cut = String(tasksTable().find((r) => r["编号"] === "4.20")?.["工作任务"]);
    // Cut to 32,767 characters, the last of them saying it was cut.
    expect(cut).toMatch(/^推+……【原有\d+字,超出单元格上限,以下已截断】$/);
    expect(cut.length).toBe(32767);
  });

  it("writes nothing when the document is the one the ledger holds", async () => {
    host.resetCounters();
    expect(await services.applyUpdate(sample, () => {})).toMatchObject({ sheets: 0 });
    expect(host.syncCount).toBe(2);
  });
});

describe("存档本期 in Excel", () => {
  it("archives every task's state, and replaces a period archived before only when asked", async () => {
    host.resetCounters();
    expect(await services.snapshot("2020-03", false, () => {})).toMatchObject({ archived: 73, replaced: 0 });
    const first = host.syncCount;
    expect(first).toBeLessThanOrEqual(10);
    const progress = host.table("Progress");
    expect(progress.bodyRect.rows).toBe(73);

    host.resetCounters();
    expect(await services.snapshot("2020年3月", false, () => {})).toEqual({ alreadyArchived: 73 });
    expect(host.syncCount).toBe(2);
    expect(await services.snapshot("2020-03", true, () => {})).toMatchObject({ archived: 73, replaced: 73 });
    expect(host.table("Progress").bodyRect.rows).toBe(73);

    host.resetCounters();
    await services.snapshot("2020-04", false, () => {});
    expect(host.syncCount).toBe(first);
    expect(host.table("Progress").bodyRect.rows).toBe(146);
  });

  it("keeps a date typed in a column the clerk added to 进展记录 with its format, and a formula typed there", async () => {
    await services.snapshot("2020-03", false, () => {});
    // The clerk types 核实日期 beside the table, which grows to take it (as Excel's tables do).
    const t = host.table("Progress");
    const col = t.rect.col + t.rect.cols;
    const cell = (bodyRow: number) => rectAddress({ row: t.rect.row + 1 + bodyRow, col, rows: 1, cols: 1 });
    host.userEdit("进展记录", rectAddress({ row: t.rect.row, col, rows: 1, cols: 1 }), "核实日期");
    t.rect = { ...t.rect, cols: t.rect.cols + 1 };
    t.columns.push("核实日期");
    // 2020-03-26 on the first row; on the second, a formula joining its row's 编号 (column A).
    host.userEdit("进展记录", cell(0), 43916);
    host.cell("进展记录", cell(0)).numberFormat = "yyyy/m/d";
    const second = Number(cell(1).replace(/^[A-Z]+/, ""));
    host.userEdit("进展记录", cell(1), `=A${second}&"-核"`);
    host.cell("进展记录", cell(1)).value = "1.2-核";

    const outcome = await services.snapshot("2020-04", false, () => {});
    expect("notes" in outcome ? (outcome.notes ?? []).filter((n) => n.includes("公式")) : []).toEqual([]);
    expect(host.table("Progress").columns.at(-1)).toBe("核实日期");
    expect([host.cell("进展记录", cell(0)).value, host.cell("进展记录", cell(0)).numberFormat]).toEqual([
      43916,
      "yyyy/m/d",
    ]);
    expect(host.formulaA1("进展记录", cell(1))).toBe(`=A${second}&"-核"`);
  });

  it("says how to write a period it cannot read", async () => {
    await expect(services.snapshot("三月", false, () => {})).rejects.toThrow("2026Q1");
  });
});
