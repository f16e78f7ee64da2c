import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/runCli";
import { ROOT } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-year-"));
const LUAN = join(ROOT, "test", "fixtures", "real", "anhui-luan-2021.txt");

async function about(file: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows = new Map<string, unknown>();
  wb.getWorksheet("说明")?.eachRow((r) => rows.set(String(r.getCell(1).value), r.getCell(2).value));
  return rows;
}

describe("taizhang build: the ledger's year", () => {
  it("takes 2021 from 六安's 完成时限 (not the import year), says so, and dispatch takes 2021-03", async () => {
    const out = join(tmp, "luan.xlsx");
    const built = await runCli(["build", LUAN, "-o", out]);
    expect(built.code).toBe(0);
    expect(built.out).toContain("时限年度：2021 年（取自完成时限）。");
    expect((await about(out)).get("时限年度")).toBe(2021);
    const sent = await runCli(["dispatch", out, "-o", join(tmp, "forms"), "--period", "2021-03"]);
    expect([sent.code, sent.err]).toEqual([0, ""]);
  });

  it("says which year it took when the document names none, and how to set it; --year sets it", async () => {
    const file = join(tmp, "noyear.txt");
    writeFileSync(file, "一、工作\n1.做好某事。\n牵头单位:财政局\n");
    const out = join(tmp, "noyear.xlsx");
    const built = await runCli(["build", file, "-o", out]);
    const thisYear = new Date().getFullYear();
    expect(built.out).toContain(`时限年度取了今年（${thisYear} 年）`);
    expect(built.out).toContain("请加 --year <年份> 重新生成，或改说明中的“时限年度”");
    const out2 = join(tmp, "year2019.xlsx");
    const given = await runCli(["build", LUAN, "-o", out2, "--year", "2019"]);
    expect(given.out).toContain("时限年度：2019 年（按 --year；文件的完成时限写的是 2021 年）。");
    expect((await about(out2)).get("时限年度")).toBe(2019);
    const bad = await runCli(["build", LUAN, "-o", join(tmp, "bad.xlsx"), "--year", "21"]);
    expect([bad.code, bad.err.trim()]).toEqual([2, "--year 应为四位年份，如 2021，而不是“21”。"]);
  });
});
