/**
 * 更新现有台账 in Excel keeps comments (批注) as the command line does: read before the sheets are made anew (ExcelApi
 * 1.10's workbook.comments), written again where their cells now stand; an Excel without that API says so.
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { suggestRegistry } from "../../src/core/units/registry";
import { cellOfAddress } from "../../src/excel/comments";
import { createExcelServices } from "../../src/taskpane/excelServices";
import type { SettingsBag } from "../../src/taskpane/excelServices";
import type { LedgerServices } from "../../src/taskpane/services";
import { installExcelHost, rectAddress } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";
import { revisedSample } from "../support/revisedSample";

jest.setTimeout(60_000);

const sample = parseBreakdown(sampleText());

async function ledgerIn(apiVersion: string): Promise<{
  host: ExcelHost;
  uninstall: () => void;
  services: LedgerServices;
}> {
  const { host, uninstall } = installExcelHost({ apiVersion });
  const stored = new Map<string, string>();
  const settings: SettingsBag = {
    read: async (k) => stored.get(k) ?? null,
    write: async (k, v) => void stored.set(k, v),
  };
  const services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError: () => {},
    settings,
    today: () => "2020-04-15",
  });
  await services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, () => {});
  return { host, uninstall, services };
}

/** The A1 address of the cell of task `id`'s column `column` in table `name`. */
function cellOf(host: ExcelHost, name: string, id: string, column: string, key = "编号"): string {
  const t = host.table(name);
  const [header = [], ...rows] = host.valuesOf(t.sheet, t.rect);
  const r = rows.findIndex((row) => String(row[header.indexOf(key)]) === id);
  if (r < 0) throw new Error(`${id} not in ${name}`);
  return rectAddress({ row: t.rect.row + 1 + r, col: t.rect.col + header.indexOf(column), rows: 1, cols: 1 });
}

describe("comments (批注) through 更新现有台账 in Excel", () => {
  it("follow their task's row, a revoked task's into 已撤销, a unit's row in 单位名录; one on a sheet made anew is named", async () => {
    const { host, uninstall, services } = await ledgerIn("1.10");
    try {
      // 2.4 becomes 2.3 in the revision; 2.3 is dropped.
      host.addComment(`任务台账!${cellOf(host, "Tasks", "2.4", "进展情况")}`, "督查室5月10日现场核实");
      host.addComment(`任务台账!${cellOf(host, "Tasks", "2.3", "备注")}`, "已电话催办");
      host.addComment(`单位名录!${cellOf(host, "Units", "财政局", "类别", "单位")}`, "联系人王五");
      host.addComment("任务分工!B2", "分工表上的批注");
      host.resetCounters();
      const result = await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
      // Reading the comments takes two round trips, writing them back one.
      expect(host.syncCount).toBeLessThanOrEqual(13);
      expect(host.commentsOn("任务台账")).toEqual([
        `${cellOf(host, "Tasks", "2.3", "进展情况")}: 督查室5月10日现场核实`,
      ]);
      expect(host.commentsOn("已撤销")).toEqual([`${cellOf(host, "Revoked", "2.3", "备注")}: 已电话催办`]);
      expect(host.commentsOn("单位名录")).toEqual([
        `${cellOf(host, "Units", "财政局", "类别", "单位")}: 联系人王五`,
      ]);
      expect(host.commentsOn("任务分工")).toEqual([]);
      expect(result.notes.join("\n")).toContain("任务分工!B2 的批注\u201c分工表上的批注\u201d未能保留");
    } finally {
      uninstall();
    }
  });

  it("are said not to be kept where Excel has no comments API (before ExcelApi 1.10)", async () => {
    const { host, uninstall, services } = await ledgerIn("1.9");
    try {
      host.addComment(`任务台账!${cellOf(host, "Tasks", "2.4", "进展情况")}`, "督查室5月10日现场核实");
      const result = await services.applyUpdate(parseBreakdown(revisedSample()), () => {});
      expect(result.notes.join("\n")).toContain("此版本的 Excel 不提供批注接口\uff08ExcelApi 1.10\uff09");
    } finally {
      uninstall();
    }
  });

  it("on a sheet 生成 makes anew are named (its cells are the tool's); those on 任务台账 stay where they are", async () => {
    const { host, uninstall, services } = await ledgerIn("1.10");
    try {
      // 冯中海's leader sheet (常务副市长 of the sample).
      const name = "冯中海";
      expect(host.findSheet(name)).toBeDefined();
      host.addComment(`${name}!B3`, "领导批示已转");
      host.addComment(`任务台账!${cellOf(host, "Tasks", "2.4", "进展情况")}`, "督查室核实");
      const result = await services.generate(
        { units: false, leaders: true, summary: false, formatting: false },
        () => {},
      );
      expect(result.notes.join("\n")).toContain(`${name}!B3 的批注\u201c领导批示已转\u201d未能保留`);
      expect(host.commentsOn("任务台账")).toEqual([
        `${cellOf(host, "Tasks", "2.4", "进展情况")}: 督查室核实`,
      ]);
    } finally {
      uninstall();
    }
  });

  it("reads a cell from the address Excel gives, quoted or not", () => {
    expect(cellOfAddress("任务台账!K5")).toEqual({ sheet: "任务台账", row: 4, col: 10 });
    expect(cellOfAddress("'A ''b'''!$AA$12")).toEqual({ sheet: "A 'b'", row: 11, col: 26 });
    expect(cellOfAddress("K5")).toBeNull();
  });
});
