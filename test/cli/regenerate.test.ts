import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-regen-"));
// Each test builds, edits, validates and rewrites the sample ledger: seconds under load.
jest.setTimeout(60_000);

/** A fresh ledger of the sample, edited in ExcelJS as LibreOffice or WPS would leave it. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(tmp, name);
  expect((await runCli(["build", SAMPLE_PATH, "-o", path])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

const validate = async (path: string) =>
  JSON.parse((await runCli(["validate", path, "--json", "--today", "2020-06-01"])).out).findings as Array<{
    code: string;
    where: string | null;
    params: Record<string, unknown>;
  }>;

describe("taizhang regenerate", () => {
  it("makes the unit sheets again from the ledger, keeping what was typed, and names units added and removed", async () => {
    const path = await edited("regen.xlsx", (wb) => {
      const ws = wb.getWorksheet("任务台账")!;
      // Task 1.3 (row 4): 财政局、各镇(街道) → 审计局 alone; its status and progress typed.
      ws.getCell("F4").value = "审计局";
      ws.getCell("J4").value = "推进中";
      ws.getCell("K4").value = "已完成初稿";
    });
    const before = (await validate(path)).filter((f) => f.code === "assignments-stale");
    expect(before.map((f) => f.params.id)).toEqual(["1.3"]);
    expect(before[0]?.params.added).toEqual(["审计局"]);

    const { code, out } = await runCli(["regenerate", path]);
    expect(code).toBe(0);
    expect(out).toContain("任务台账、单位名录中填写的内容原样保留");
    expect(out).toContain("新增单位\uff08新建了分单位表\uff09\uff1a审计局");
    expect((await validate(path)).filter((f) => f.code === "assignments-stale")).toEqual([]);

    const ledger = await readLedgerFile(new Uint8Array(readFileSync(path)));
    const header = ledger.tasks!.header;
    const row = ledger.tasks!.rows.find((r) => r[0] === "1.3")!;
    expect([row[header.indexOf("完成状态")], row[header.indexOf("进展情况")]]).toEqual([
      "推进中",
      "已完成初稿",
    ]);
    expect(ledger.sheetNames).toContain("审计局");
  });

  it("refuses to regenerate in place over a column or sheet added by hand, and writes a new file with -o", async () => {
    const path = await edited("own.xlsx", (wb) => {
      wb.getWorksheet("任务台账")!.getCell("Z1").value = "督办人"; // outside the table (A–N): not a table column
      wb.addWorksheet("领导批示").getCell("A1").value = "请抓紧";
    });
    const original = readFileSync(path);
    const refused = await runCli(["regenerate", path]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("工作表“领导批示”");
    expect(readFileSync(path).equals(original)).toBe(true);

    const copy = join(tmp, "own-new.xlsx");
    const { code, out } = await runCli(["regenerate", path, "-o", copy]);
    expect(code).toBe(0);
    expect(out).toContain(`未带到新文件\uff08仍在 ${path} 中\uff09\uff1a工作表“领导批示”`);
  });
});

describe("validate on a ledger edited outside Excel", () => {
  it("reads rows typed directly below the Tasks table, and says they are outside it", async () => {
    const path = await edited("below.xlsx", (wb) => {
      const ws = wb.getWorksheet("任务台账")!;
      // The sample has 73 tasks: rows 2–74. Row 75 is typed below the table, as WPS leaves it.
      ws.getRow(75).values = ["5.1", "于会游", "市长", "新增任务。", "财政厅", "", "", "", "", "推进中"];
    });
    const findings = await validate(path);
    expect(findings.find((f) => f.code === "rows-below-table")).toMatchObject({
      where: "任务台账!A75",
      params: { first: 75, last: 75, count: 1 },
    });
    // The row is checked like the others: its unknown lead is found at its cell.
    expect(findings.find((f) => f.where === "任务台账!E75")?.code).toBe("lead-unknown");
  });

  it("says so when 任务分工 was deleted", async () => {
    const path = await edited("noassign.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("任务分工")!.id));
    expect((await validate(path)).filter((f) => f.code === "assignments-missing")).toHaveLength(1);
  });
});
