import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { docxText } from "../support/libreofficeText";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";
import { hasWriter } from "../support/tools";

jest.setTimeout(300_000);

const run = hasWriter() ? describe : describe.skip;
const tmp = mkdtempSync(join(tmpdir(), "taizhang-report-"));

// On 2020-07-01: 已完成 is done; past its 截止日期 and not done is overdue; 未启动 without a date is 0% against
// about 50% of the year gone (red) and 滞后 is at least yellow, both behind; 推进中 without 完成进度 is on schedule.
const PLANTED: Readonly<Record<string, readonly [string, string | null, "done" | "overdue" | "behind"]>> = {
  "1.1": ["已完成", null, "done"],
  "2.4": ["已完成", "2020-06-30", "done"],
  "1.3": ["推进中", "2020-06-30", "overdue"],
  "3.3": ["未启动", "2020-05-31", "overdue"],
  "1.2": ["滞后", null, "behind"],
  "3.8": ["未启动", null, "behind"],
};

run("taizhang report", () => {
  it("states the right totals and per-leader figures in the .docx, as LibreOffice reads it, and in the 通报 sheet", async () => {
    const ledger = join(tmp, "台账.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger])).code).toBe(0);
    const tasks = (await readLedgerFile(new Uint8Array(readFileSync(ledger)))).tasks!;
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(ledger)));
    const ws = wb.getWorksheet(tasks.sheet)!;
    const col = (h: string) => tasks.left + 1 + tasks.header.indexOf(h);
    tasks.rows.forEach((row, k) => {
      const r = tasks.top + 2 + k;
      const [status, due] = PLANTED[String(row[tasks.header.indexOf("编号")])] ?? ["推进中", null];
      ws.getCell(r, col("完成状态")).value = status;
      ws.getCell(r, col("截止日期")).value = due ? new Date(`${due}T00:00:00Z`) : null;
    });
    writeFileSync(ledger, await save());

    const docx = join(tmp, "通报.docx");
    const { code, out } = await runCli([
      "report",
      ledger,
      "-o",
      docx,
      "--period",
      "2020-06",
      "--today",
      "2020-07-01",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("73 项任务");
    const lines = docxText(new Uint8Array(readFileSync(docx)));
    expect(lines[0]).toBe("关于2020年政府工作报告主要工作推进情况的通报");
    // 73 tasks: 2 done, 2 overdue, 2 behind, 67 on schedule; 2 / 73 = 2.7%.
    expect(lines).toContain(
      "截至2020年7月1日，73 项任务中已完成 2 项，正常推进 67 项，滞后 2 项，逾期未完成 2 项，完成率 2.7%。",
    );

    // Per leader, worked out from the planted classes and each task's 分管领导.
    const read = await readLedgerFile(new Uint8Array(readFileSync(ledger)));
    const model = ledgerFromTables(read.tasks, read.units, read.settings, read.about)!;
    const expected = new Map<string, number[]>();
    for (const t of model.tasks) {
      const cls = PLANTED[t.id]?.[2] ?? "onSchedule";
      const e = expected.get(t.leader) ?? [0, 0, 0, 0, 0];
      e[0]! += 1;
      e[["done", "onSchedule", "behind", "overdue"].indexOf(cls) + 1]! += 1;
      expected.set(t.leader, e);
    }
    const start = lines.indexOf("二、分管领导任务推进情况") + 8;
    for (let i = 0; i < expected.size; i++) {
      const [name, ...figures] = lines.slice(start + i * 7, start + i * 7 + 7);
      const e = expected.get(name!)!;
      expect([name, ...figures]).toEqual([
        name,
        ...e.map(String),
        String(Math.round((e[1]! / e[0]!) * 1000) / 10),
      ]);
    }
    expect(expected.size).toBe(4);
    expect(lines).toContain("以下 2 项任务进度滞后，请牵头单位加快推进。");
    expect(lines).toContain("以下 2 项任务已过截止日期仍未完成。");

    // The same per-leader rows on the 通报 sheet.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(ledger) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("通报")!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    for (const [leader, e] of expected)
      expect(rows).toContainEqual([leader, ...e, Math.round((e[1]! / e[0]!) * 1000) / 10]);
  });
});
