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
  it("moves a comment with its task's row, and a revoked task's with its row into 已撤销", async () => {
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
    // The revoked task's comment follows its row to 已撤销, on the cell of the same column.
    const revoked = after.getWorksheet("已撤销")!;
    let at: string | null = null;
    revoked.eachRow((r) =>
      r.eachCell((c) => {
        if (textOf(c.note) === "已电话催办") at = c.address;
      }),
    );
    expect(at).not.toBeNull();
    const header = revoked.getRow(1);
    const column = header.getCell(revoked.getCell(at!).col).value;
    expect(column).toBe(ws.getCell(1, 11).value);
    let idCol = 0;
    header.eachCell((c, k) => {
      if (c.value === "编号" && idCol === 0) idCol = k;
    });
    expect(revoked.getCell(revoked.getCell(at!).row, idCol).value).toBe("2.3");
    expect(run.out).not.toContain("已电话催办");
  });

  it("keeps comments on 进展记录, 单位名录 and 量化指标 cells through regenerate, and names one on a sheet made anew", async () => {
    const file = join(tmp, "c.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
    expect((await runCli(["snapshot", file, "--period", "2020-03", "--today", "2020-03-31"])).code).toBe(0);
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    const find = (sheet: string, text: string): ExcelJS.Cell => {
      let found: ExcelJS.Cell | null = null;
      wb.getWorksheet(sheet)!.eachRow((r) =>
        r.eachCell((c) => {
          if (!found && String(c.value) === text) found = c;
        }),
      );
      if (!found) throw new Error(`${text} not on ${sheet}`);
      return found;
    };
    find("单位名录", "财政局").note = "联系人王五";
    const progress = wb.getWorksheet("进展记录")!;
    progress.getCell(3, 1).note = "三月存档已核对";
    const progressId = String(progress.getCell(3, 1).value);
    const targets = wb.getWorksheet("量化指标")!;
    targets.getCell(2, 4).note = "目标值以市统计局为准";
    const targetId = String(targets.getCell(2, 1).value);
    wb.getWorksheet("任务分工")!.getCell(2, 2).note = "分工表上的批注";
    writeFileSync(file, await save());

    const run = await runCli(["regenerate", file]);
    expect(run.code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const noted = (sheet: string): Array<[string, string]> => {
      const out: Array<[string, string]> = [];
      after.getWorksheet(sheet)!.eachRow((r) =>
        r.eachCell((c) => {
          if (c.note) out.push([String(r.getCell(1).value), textOf(c.note)]);
        }),
      );
      return out;
    };
    expect(noted("单位名录")).toEqual([["财政局", "联系人王五"]]);
    expect(noted("进展记录")).toEqual([[progressId, "三月存档已核对"]]);
    expect(noted("量化指标")).toEqual([[targetId, "目标值以市统计局为准"]]);
    expect(run.out).toMatch(/任务分工!B2 的批注“分工表上的批注”未能保留/);
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
