import ExcelJS from "exceljs";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { csvTable, recalculatedSheets } from "../support/libreoffice";
import { sampleLedger } from "../support/sampleLedger";
import { hasTool } from "../support/tools";

// A second, independent engine: LibreOffice opens the ledger, recalculates every formula (forced by its
// profile setting, so cached results written by ExcelJS do not count) and exports each sheet to CSV.
const run = hasTool("soffice") ? describe : describe.skip;

run("the ledger opened by LibreOffice", () => {
  const { plan } = sampleLedger();
  const sheets = new Map<string, string[][]>();

  beforeAll(async () => {
    // Clerks' edits, made after the file was written: the cached results in the other sheets are now stale.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(plan)) as unknown as ExcelJS.Buffer);
    const ledger = wb.getWorksheet("任务台账")!;
    ledger.eachRow((row) => {
      if (row.getCell(1).value === "2.4") row.getCell(10).value = "已完成";
      if (row.getCell(1).value === "1.3") row.getCell(10).value = "滞后";
    });
    const recalculated = recalculatedSheets(new Uint8Array(await wb.xlsx.writeBuffer()));
    for (const [name, rows] of recalculated) sheets.set(name, rows);
  }, 150_000);

  const table = (sheet: string, corner: string, nth = 0): Array<Record<string, string>> =>
    csvTable(sheets.get(sheet) ?? [], corner, nth);

  it("opens every sheet", () => {
    expect([...sheets.keys()].sort()).toEqual(plan.sheets.map((s) => s.name).sort());
  });

  it("computes no error values anywhere (structured references and names resolve)", () => {
    const errors: string[] = [];
    for (const [name, rows] of sheets) {
      rows.forEach((r, i) =>
        r.forEach(
          (v, k) =>
            /^(#(NAME\?|REF!|VALUE!|N\/A|DIV\/0!|NUM!|NULL!)|Err:\d+)/.test(v) &&
            errors.push(`${name}!${i},${k}: ${v}`),
        ),
      );
    }
    expect(errors).toEqual([]);
  });

  it("shows the edited statuses on the unit and leader sheets", () => {
    const list = table("梧桐街道", "编号");
    expect(list.find((r) => r["编号"] === "2.4")?.["完成状态"]).toBe("已完成");
    expect(list.find((r) => r["编号"] === "1.3")?.["完成状态"]).toBe("滞后");
    expect(list.find((r) => r["编号"] === "2.13")?.["完成状态"]).toBe("未启动");
    expect(table("冯中海", "编号").find((r) => r["编号"] === "2.4")?.["完成状态"]).toBe("已完成");
  });

  it("counts by role and status on a unit sheet, from the live statuses", () => {
    // 梧桐街道 leads 2.4 (now done) and co-works on 11 tasks, 1.3 among them (now late).
    expect(table("梧桐街道", "角色")).toEqual([
      { 角色: "牵头", 未启动: "0", 推进中: "0", 已完成: "1", 滞后: "0", 其他: "0", 合计: "1" },
      { 角色: "配合", 未启动: "10", 推进中: "0", 已完成: "0", 滞后: "1", 其他: "0", 合计: "11" },
      { 角色: "合计", 未启动: "10", 推进中: "0", 已完成: "1", 滞后: "1", 其他: "0", 合计: "12" },
    ]);
  });

  it("keeps 汇总 equal to the Assignments rows and the task count", () => {
    const assignments = (sheets.get("任务分工") ?? []).slice(1).filter((r) => r[0]).length;
    const sum = (rows: Array<Record<string, string>>) =>
      rows
        .filter((r) => r["单位"] !== "合计" && r["分管领导"] !== "合计")
        .reduce((n, r) => n + Number(r["合计"]), 0);
    expect(sum(table("汇总", "单位", 0))).toBe(assignments);
    expect(sum(table("汇总", "单位", 1))).toBe(assignments);
    expect(sum(table("汇总", "分管领导", 0))).toBe(73);
    const status = table("汇总", "分管领导", 0);
    expect(status.find((r) => r["分管领导"] === "冯中海")).toMatchObject({ 已完成: "1", 合计: "25" });
    expect(status.find((r) => r["分管领导"] === "于会游")).toMatchObject({
      滞后: "1",
      未启动: "2",
      合计: "3",
    });
  });
});
