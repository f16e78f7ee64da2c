import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";
import { typedLedger, typedValues } from "../support/keptLedger";

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

  it("regenerates in place keeping every typed value: the tasks' and a clerk's columns, 进展记录, 实际值 and own sheets", async () => {
    const path = await typedLedger(join(tmp, "kept.xlsx"));
    const before = readFileSync(path);
    const typed = await typedValues(new Uint8Array(before));
    // What typedLedger typed is there to keep (each value below set by hand in the support).
    expect(typed.tasks).toHaveLength(73);
    expect(typed.tasks.find((t) => t.id === "1.3")).toMatchObject({
      status: "推进中",
      progress: "进展-1.3",
      note: "备注-1.3",
      rate: 40,
      extra: { 核实人: "人-1.3" },
    });
    expect(typed.units.find((u) => u["单位"] === "财政局")?.["联系人"]).toBe("联系-财政局");
    expect(typed.progress).toHaveLength(73);
    expect(typed.progress.find((r) => r["编号"] === "1.1")?.["存在问题"]).toBe("资金未到位");
    expect(typed.progress.find((r) => r["编号"] === "2.2")?.["下步计划"]).toBe("五月底前完成");
    expect(typed.actuals.find((r) => r["编号"] === "3.1" && r["目标值"] === 60)?.["实际值2020-03"]).toBe(18);
    expect(typed.memo).toEqual(["督查组 4 月来访", 12, true]);

    const { code, out, err } = await runCli(["regenerate", path, "--today", "2020-04-15"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("自建的工作表 我的备忘 已原样带入新文件");
    // Nothing beside the tables to name: the notes the tool wrote are in the new file too.
    expect(out).not.toContain("表格之外");
    expect(await typedValues(new Uint8Array(readFileSync(path)))).toEqual(typed);
    // The previous file is kept beside it, as it was.
    expect(readFileSync(join(tmp, "kept.重新生成前.xlsx")).equals(before)).toBe(true);
  });

  it("gives back what was typed as typed: text in 截止日期 and 完成进度(%), 0% on 0.5, formulas unless their cells move", async () => {
    const path = await edited("typed-as-typed.xlsx", (wb) => {
      const ws = wb.getWorksheet("任务台账")!;
      ws.getCell("I2").value = "6月底前";
      ws.getCell("I3").value = "长期坚持";
      ws.getCell("M2").value = "50%";
      ws.getCell("M3").value = 0.5; // 50% as Excel keeps it typed
      ws.getCell("M3").style = { ...ws.getCell("M3").style, numFmt: "0%" };
      ws.getCell("K2").value = { formula: 'CONCATENATE("进展",A2)', result: "进展1.1" };
      ws.getCell("L3").value = { formula: "A5", result: "1.4" };
      ws.getCell("K4").value = { formula: 'Tasks[[#This Row],[编号]]&"进行中"', result: "1.3进行中" };
      // 任务分工 is made anew: its B2 may hold another unit afterwards.
      ws.getCell("L4").value = { formula: "任务分工!B2", result: "财政局" };
    });
    const { code, out } = await runCli(["regenerate", path]);
    expect(code).toBe(0);
    const notes = out.split("\n").filter((l) => l.startsWith("  任务台账!"));
    expect(notes).toEqual([
      "  任务台账!I2\uff1a截止日期中填写的\u201c6月底前\u201d不是日期\uff0c已按文字原样保留\uff08逾期判断和亮灯只认日期\uff0c这一格不参与\uff09。",
      "  任务台账!M2\uff1a完成进度(%)中填写的\u201c50%\u201d是文字\uff0c不是 0–100 的数字\uff0c已按文字原样保留\uff08亮灯只认数字\uff0c这一格按未填写计\uff09。",
      "  任务台账!I3\uff1a截止日期中填写的\u201c长期坚持\u201d不是日期\uff0c已按文字原样保留\uff08逾期判断和亮灯只认日期\uff0c这一格不参与\uff09。",
      "  任务台账!L4\uff1a公式 =任务分工!B2 引用的单元格在新文件中位置已变\uff0c保留为它的值\u201c财政局\u201d\uff1b如仍需公式\uff0c请对照新位置重新填写。",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("任务台账")!;
    const cell = (a: string) => ws.getCell(a).value;
    expect([cell("I2"), cell("I3"), cell("M2"), cell("M3"), ws.getCell("M3").numFmt]).toEqual([
      "6月底前",
      "长期坚持",
      "50%",
      0.5,
      "0%",
    ]);
    // Nothing moved: the formulas are formulas still, with their values.
    expect([cell("K2"), cell("L3"), cell("K4")]).toEqual([
      { formula: 'CONCATENATE("进展",A2)', result: "进展1.1" },
      { formula: "A5", result: "1.4" },
      { formula: 'Tasks[[#This Row],[编号]]&"进行中"', result: "1.3进行中" },
    ]);
    expect(cell("L4")).toBe("财政局");
    // Regenerating again changes none of it, and names the texts again (L4 is a value now).
    const again = await runCli(["regenerate", path]);
    expect(again.out.split("\n").filter((l) => l.startsWith("  任务台账!"))).toEqual(notes.slice(0, 3));
  });

  it("keeps each formula typed in 进展记录 or in a 实际值 of 量化指标 whose cells stay, and names the one that refers to a sheet made anew", async () => {
    const path = join(tmp, "rows.xlsx");
    expect((await runCli(["build", SAMPLE_PATH, "-o", path])).code).toBe(0);
    expect((await runCli(["snapshot", path, "--period", "2020-03", "--today", "2020-03-31"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const progress = wb.getWorksheet("进展记录")!;
    expect([progress.getCell("A2").value, progress.getCell("E1").value]).toEqual(["1.1", "进展情况"]);
    progress.getCell("E2").value = { formula: 'A2&"已推进"', result: "1.1已推进" };
    // 任务分工 is made anew: its B2 may hold another unit afterwards.
    progress.getCell("F2").value = { formula: "任务分工!B2", result: "财政局" };
    const targets = wb.getWorksheet("量化指标")!;
    expect(targets.getCell("I1").value).toBe("实际值2020-01");
    targets.getCell("I2").value = { formula: "10+8", result: 18 };
    await wb.xlsx.writeFile(path);

    const { code, out } = await runCli(["regenerate", path]);
    expect(code).toBe(0);
    expect(out.split("\n").filter((l) => /^ {2}(进展记录|量化指标)!/.test(l))).toEqual([
      "  进展记录!F2\uff1a公式 =任务分工!B2 引用的单元格在新文件中位置已变\uff0c保留为它的值\u201c财政局\u201d\uff1b如仍需公式\uff0c请对照新位置重新填写。",
    ]);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path);
    const history = after.getWorksheet("进展记录")!;
    expect([history.getCell("E2").value, history.getCell("F2").value]).toEqual([
      { formula: 'A2&"已推进"', result: "1.1已推进" },
      "财政局",
    ]);
    expect(after.getWorksheet("量化指标")!.getCell("I2").value).toEqual({ formula: "10+8", result: 18 });
  });

  it("keeps a date typed in a column the clerk added to 单位名录 a date, in its own format", async () => {
    const path = await typedLedger(join(tmp, "unit-date.xlsx"));
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(path)));
    const units = wb.getWorksheet("单位名录")!;
    expect([units.getCell("A2").value, units.getCell("E1").value]).toEqual(["财政局", "联系人"]);
    units.getCell("E2").value = new Date(Date.UTC(2020, 4, 6));
    units.getCell("E2").style = { ...units.getCell("E2").style, numFmt: "yyyy/m/d" };
    writeFileSync(path, await save());
    expect((await runCli(["regenerate", path])).code).toBe(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path);
    const cell = after.getWorksheet("单位名录")!.getCell("E2");
    expect([cell.value, cell.numFmt]).toEqual([new Date(Date.UTC(2020, 4, 6)), "yyyy/m/d"]);
  });

  it("names a unit 单位名录 does not list, with the task cells that name it, and still makes its sheet", async () => {
    const path = await edited("unlisted.xlsx", (wb) => {
      const ws = wb.getWorksheet("任务台账")!;
      ws.getCell("F4").value = "审计局"; // 1.3's co-units (was 财政局、各镇(街道))
      ws.getCell("E10").value = "审计局"; // the lead of the task on row 10
    });
    const id10 = String((await readLedgerFile(new Uint8Array(readFileSync(path)))).tasks!.rows[8]![0]);
    const { code, out } = await runCli(["regenerate", path]);
    expect(code).toBe(0);
    expect(out).toContain(
      `  单位 审计局 不在单位名录中\uff0c仍为它生成了分单位表\uff1b任务 1.3、${id10} 写到它\uff08任务台账!F4、任务台账!E10\uff09。新单位请加入单位名录`,
    );
    expect((await readLedgerFile(new Uint8Array(readFileSync(path)))).sheetNames).toContain("审计局");
    // A unit the registry lists (财政局, in 1.3 before) is never named so.
    expect(out).not.toContain("单位 财政局 不在单位名录中");
  });

  it("names the cells typed beside the tables, which the new file does not hold, and keeps them in the previous file", async () => {
    const path = await edited("beside.xlsx", (wb) => {
      wb.getWorksheet("任务台账")!.getCell("Z1").value = "督办人"; // outside the table (A–N)
      wb.getWorksheet("单位名录")!.getCell("B80").value = "待核实"; // far below the Units table
    });
    const { code, out } = await runCli(["regenerate", path]);
    expect(code).toBe(0);
    expect(out).toContain(
      "表格之外填写的 2 个单元格没有带入新文件\uff08原文件中仍有\uff09\uff0c请按需复制过去\uff1a任务台账!Z1、单位名录!B80。",
    );
    const kept = new ExcelJS.Workbook();
    await kept.xlsx.readFile(join(tmp, "beside.重新生成前.xlsx"));
    expect(kept.getWorksheet("任务台账")!.getCell("Z1").value).toBe("督办人");
  });

  it("writes to a new file with -o, leaving the ledger as it was and keeping no copy beside it", async () => {
    const path = await typedLedger(join(tmp, "copy.xlsx"));
    const before = readFileSync(path);
    const copy = join(tmp, "copy-new.xlsx");
    const { code } = await runCli(["regenerate", path, "-o", copy]);
    expect(code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "copy.重新生成前.xlsx"))).toBe(false);
    expect(await typedValues(new Uint8Array(readFileSync(copy)))).toEqual(
      await typedValues(new Uint8Array(before)),
    );
    // A file there already is not overwritten without --force.
    expect((await runCli(["regenerate", path, "-o", copy])).code).toBe(2);
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

  it("names the file given on the command line in the advice to regenerate, quoted when it holds a space", async () => {
    const path = await edited("2020 督查台账.xlsx", (wb) => {
      wb.getWorksheet("任务台账")!.getCell("F4").value = "审计局"; // 1.3's co-units changed: 任务分工 is stale
      wb.getWorksheet("任务台账")!.getRow(75).values = ["5.1", "", "", "新增任务。", "财政局"]; // below the table
    });
    const { out } = await runCli(["validate", path, "--today", "2020-06-01"]);
    const advice = out.split("\n").filter((l) => l.includes("npx taizhang regenerate"));
    // rows-below-table (row 75), assignments-stale of 1.3 (units changed) and of 5.1 (added on row 75), each
    // naming this file, never a generic 台账.xlsx.
    expect(advice).toHaveLength(3);
    for (const line of advice) expect(line).toContain(`npx taizhang regenerate "${path}"`);
    expect(out).not.toContain("regenerate 台账.xlsx");
    // A name without spaces is given as it is; the English messages name it too.
    const plain = await edited("plain.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("任务分工")!.id));
    const en = await runCli(["validate", plain, "--lang", "en-US"]);
    expect(en.out).toContain(`without Excel: npx taizhang regenerate ${plain}, or open`);
    expect(en.out).not.toContain("ledger.xlsx");
  });

  it("says so when 任务分工 was deleted", async () => {
    const path = await edited("noassign.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("任务分工")!.id));
    expect((await validate(path)).filter((f) => f.code === "assignments-missing")).toHaveLength(1);
  });
});
