import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { progressFromTable } from "../../src/core/year/progress";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { loadForRewrite } from "../../src/xlsx/rewrite";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";

// Each case builds, edits and rewrites a 60-sheet workbook several times: seconds each on a loaded machine.
jest.setTimeout(120_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-snapshot-"));

/** The sample's ledger, with 2.4 done and progress typed on 任务台账, and optionally a clerk's row in Progress. */
async function ledger(name: string, clerkRow = false): Promise<string> {
  const file = join(tmp, name);
  expect((await runCli(["build", SAMPLE_PATH, "-o", file])).code).toBe(0);
  // Edited as a clerk would, through the same loader that keeps defined names (plain ExcelJS drops UnitList).
  const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
  wb.getWorksheet("任务台账")?.eachRow((row) => {
    if (row.getCell(1).value === "2.4") {
      row.getCell(10).value = "已完成";
      row.getCell(11).value = "总部经济政策已出台";
    }
  });
  if (clerkRow) {
    // A row typed by the clerk for 2020-03, in a column the clerk added (核实人).
    const ws = wb.getWorksheet("进展记录")!;
    ws.removeTable("Progress");
    const header = [
      "编号",
      "期次",
      "单位",
      "完成状态",
      "进展情况",
      "存在问题",
      "下步计划",
      "报送日期",
      "来源",
      "核实人",
    ];
    ws.addTable({
      name: "Progress",
      ref: "A1",
      headerRow: true,
      columns: header.map((n) => ({ name: n })),
      rows: [
        ["1.3", "2020-03", "财政局", "推进中", "已压减三公经费8%", "", "", "2020-03-20", "录入", "张三"],
      ],
    });
  }
  writeFileSync(file, await save());
  return file;
}

const progressOf = async (file: string) => {
  const read = await readLedgerFile(new Uint8Array(readFileSync(file)));
  return { read, rows: progressFromTable(read.progress ?? null) };
};

describe("taizhang snapshot", () => {
  it("copies every task's current state into Progress for the period, keeping the previous file beside it", async () => {
    const file = await ledger("a.xlsx");
    const before = readFileSync(file);
    const { code, out } = await runCli(["snapshot", file, "--period", "2020-03", "--today", "2020-03-31"]);
    expect(code).toBe(0);
    expect(out).toContain("已将 73 项任务的当前状态存档为期次 2020-03");
    const backup = join(tmp, "a.存档前-2020-03.xlsx");
    expect(readFileSync(backup).equals(before)).toBe(true);
    const { read, rows } = await progressOf(file);
    expect(rows).toHaveLength(73);
    expect(rows.find((r) => r.id === "2.4")).toEqual({
      id: "2.4",
      period: "2020-03",
      unit: "梧桐街道",
      status: "已完成",
      progress: "总部经济政策已出台",
      problems: "",
      nextSteps: "",
      reportedOn: "2020-03-31",
      source: "存档",
      // Its row of the Progress table (one per task in the ledger's order: 1.1–1.3 and 2.1–2.3 above it).
      row: 6,
    });
    expect(rows.filter((r) => r.status === "未启动")).toHaveLength(72);
    expect(read.tasks?.rows).toHaveLength(73);
    // The ledger's dropdown name still refers to the Units table.
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(await zip.file("xl/workbook.xml")?.async("string")).toContain(
      '<definedName name="UnitList">Units[单位]</definedName>',
    );
  });

  it("says so and changes nothing when the period is archived already, and replaces only its 存档 rows with --replace", async () => {
    const file = await ledger("b.xlsx", true);
    expect((await runCli(["snapshot", file, "--period", "2020-03", "--today", "2020-03-31"])).code).toBe(0);
    const once = readFileSync(file);
    const again = await runCli(["snapshot", file, "--period", "2020年3月"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      "期次 2020-03 已存档(73 行)".replace(/[()]/g, (c) => (c === "(" ? "\uff08" : "\uff09")),
    );
    expect(again.err).toContain("--replace");
    expect(readFileSync(file).equals(once)).toBe(true);

    const replaced = await runCli([
      "snapshot",
      file,
      "--period",
      "2020-03",
      "--replace",
      "--today",
      "2020-04-02",
    ]);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain("替换了该期次原有的 73 行存档");
    const { rows } = await progressOf(file);
    expect(rows).toHaveLength(74);
    expect(rows.filter((r) => r.source === "存档").every((r) => r.reportedOn === "2020-04-02")).toBe(true);
    // The clerk's own row and column are kept.
    expect(rows.find((r) => r.source === "录入")).toMatchObject({
      id: "1.3",
      progress: "已压减三公经费8%",
      extra: { 核实人: "张三" },
    });
  });

  it("adds another period after the earlier ones", async () => {
    const file = await ledger("c.xlsx");
    await runCli(["snapshot", file, "--period", "2020-03"]);
    await runCli(["snapshot", file, "--period", "2020Q2"]);
    const { rows } = await progressOf(file);
    expect(rows.map((r) => r.period).filter((p, i, all) => all.indexOf(p) === i)).toEqual([
      "2020-03",
      "2020Q2",
    ]);
    expect(rows).toHaveLength(146);
  });

  it("writes to -o without touching the ledger or keeping a copy", async () => {
    const file = await ledger("d.xlsx");
    const before = readFileSync(file);
    const out = join(tmp, "d-out.xlsx");
    expect((await runCli(["snapshot", file, "--period", "2020-03", "-o", out])).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "d.存档前-2020-03.xlsx"))).toBe(false);
    expect((await progressOf(out)).rows).toHaveLength(73);
  });

  it("adds 进展记录 to a ledger made before it existed", async () => {
    const file = await ledger("f.xlsx");
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    wb.removeWorksheet(wb.getWorksheet("进展记录")!.id);
    writeFileSync(file, await save());
    expect((await progressOf(file)).read.progress).toBeNull();
    expect((await runCli(["snapshot", file, "--period", "2020-03"])).code).toBe(0);
    const { read, rows } = await progressOf(file);
    expect(read.progress?.sheet).toBe("进展记录");
    expect(rows).toHaveLength(73);
  });

  it("refuses to grow the table over a cell below it that holds something, and changes nothing", async () => {
    const file = await ledger("g.xlsx");
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    wb.getWorksheet("进展记录")!.getCell("C40").value = "小计";
    writeFileSync(file, await save());
    const before = readFileSync(file);
    const { code, err } = await runCli(["snapshot", file, "--period", "2020-03"]);
    expect(code).toBe(2);
    expect(err).toContain("进展记录!C40");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "g.存档前-2020-03.xlsx"))).toBe(false);
  });

  it("refuses a period it cannot read, and a file that is no ledger", async () => {
    const file = await ledger("e.xlsx");
    const bad = await runCli(["snapshot", file, "--period", "2020-13", "--lang", "en-US"]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe(
      'snapshot needs --period, written 2026-03 (a month) or 2026Q1 (a quarter), not "2020-13".',
    );
    const notLedger = join(tmp, "note.xlsx");
    writeFileSync(notLedger, "not a workbook");
    expect((await runCli(["snapshot", notLedger, "--period", "2020-03"])).code).toBe(2);
  });
});
