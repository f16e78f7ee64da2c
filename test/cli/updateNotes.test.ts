import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";
import { revisedSample } from "../support/revisedSample";

jest.setTimeout(300_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-update-notes-"));

/** The row (1-based) of 任务台账 whose 编号 is `id`. */
function rowOfTask(ws: ExcelJS.Worksheet, id: string): number {
  let at = -1;
  ws.eachRow((row, r) => {
    if (String(row.getCell(1).value) === id) at = r;
  });
  return at;
}

const textOf = (note: unknown): string =>
  typeof note === "string"
    ? note
    : ((note as { texts?: Array<{ text: string }> } | undefined)?.texts ?? []).map((t) => t.text).join("");

describe("taizhang update keeps comments (批注)", () => {
  it("moves a comment with its task's row, and names one whose task was revoked", async () => {
    const file = join(tmp, "a.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const ws = wb.getWorksheet("任务台账")!;
    // 2.4 becomes 2.3 in the revision (its row moves up); 2.3 is dropped.
    ws.getCell(rowOfTask(ws, "2.4"), 11).note = "督查室5月10日现场核实";
    ws.getCell(rowOfTask(ws, "2.3"), 11).note = "已电话催办";
    writeFileSync(file, await save());
    const revised = join(tmp, "revised.txt");
    writeFileSync(revised, revisedSample());

    const run = await runCli(["update", file, revised, "--today", "2020-04-15"]);
    expect(run.code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ledger = after.getWorksheet("任务台账")!;
    const row = rowOfTask(ledger, "2.3");
    expect(textOf(ledger.getCell(row, 11).note)).toBe("督查室5月10日现场核实");
    // The revoked task's comment is named, with its cell and text.
    expect(run.out).toMatch(/任务台账!K\d+ 的批注“已电话催办”未能保留/);
  });

  it("keeps a comment through regenerate", async () => {
    const file = join(tmp, "b.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const ws = wb.getWorksheet("任务台账")!;
    ws.getCell(rowOfTask(ws, "3.1"), 12).note = "待财政局确认";
    writeFileSync(file, await save());
    expect((await runCli(["regenerate", file])).code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ledger = after.getWorksheet("任务台账")!;
    expect(textOf(ledger.getCell(rowOfTask(ledger, "3.1"), 12).note)).toBe("待财政局确认");
  });
});
