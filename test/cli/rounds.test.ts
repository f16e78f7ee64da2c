import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { progressFromTable } from "../../src/core/year/progress";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { savedByLibreOffice } from "../support/libreofficeSave";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";
import { hasTool } from "../support/tools";

// Builds the sample's ledger, writes 49 forms, fills and reads them back, rewrites the ledger: many seconds.
jest.setTimeout(300_000);

const viaLibreOffice = hasTool("soffice");
const tmp = mkdtempSync(join(tmpdir(), "taizhang-rounds-"));
const NOT_RETURNING = ["科技局", "人才办", "工商联"];

/** The form's task rows: 编号 → row, with the column numbers of the header. */
async function openForm(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("填报")!;
  let h = 1;
  while (ws.getCell(h, 1).value !== "编号") h++;
  const col = new Map<string, number>();
  ws.getRow(h).eachCell((c, i) => col.set(String(c.value), i));
  const rows: ExcelJS.Row[] = [];
  for (let r = h + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value) rows.push(ws.getRow(r));
  return { wb, ws, col: (name: string) => col.get(name)!, rows };
}

describe("a reporting round on the sample's ledger", () => {
  const ledger = join(tmp, "台账.xlsx");
  const out = join(tmp, "forms");

  beforeAll(async () => {
    // The five alias suggestions accepted, as a clerk does before a round: 49 units have tasks.
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger, "--accept-aliases", "all"])).code).toBe(0);
  });

  it("dispatches a protected form per unit with tasks, 经信局's with its 8 lead and 9 co tasks", async () => {
    const { code, out: printed } = await runCli(["dispatch", ledger, "-o", out, "--period", "2020-03"]);
    expect(code).toBe(0);
    expect(printed).toContain("已为 49 个单位生成期次 2020-03 的报送表");
    expect(printed).toContain(
      "经信局:牵头 8 项,配合 9 项 → 经信局-2020-03.xlsx".replace(/[:,]/g, (c) =>
        c === ":" ? "\uff1a" : "\uff0c",
      ),
    );
    expect(readdirSync(out)).toHaveLength(49);
    const form = await openForm(new Uint8Array(readFileSync(join(out, "经信局-2020-03.xlsx"))));
    const roles = form.rows.map((r) => r.getCell(form.col("角色")).value);
    expect(roles.filter((v) => v === "牵头")).toHaveLength(8);
    expect(roles.filter((v) => v === "配合")).toHaveLength(9);
    expect(String(form.ws.getCell(2, 1).value)).toMatch(/^填报说明/);
    // Protected without a password; only the fill columns unlocked; the metadata sheet hidden.
    const protection = (form.ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    const row = form.rows[0]!;
    expect(row.getCell(form.col("工作任务")).protection?.locked).not.toBe(false);
    for (const name of ["完成状态", "进展情况", "存在问题", "下步计划"])
      expect(row.getCell(form.col(name)).protection?.locked).toBe(false);
    expect(form.wb.getWorksheet("报送信息")?.state).toBe("hidden");
  });

  it(`collects every filled entry, refuses a rewritten task text and names the three units that did not return${viaLibreOffice ? " (one return saved through LibreOffice and renamed)" : ""}`, async () => {
    const back = join(tmp, "returns");
    mkdirSync(back);
    let filled = 0;
    let refusedCells = 0;
    let leadRows = 0;
    for (const name of readdirSync(out)) {
      const unit = name.replace(/-2020-03\.xlsx$/, "");
      if (NOT_RETURNING.includes(unit)) continue;
      const form = await openForm(new Uint8Array(readFileSync(join(out, name))));
      for (const row of form.rows) {
        const id = String(row.getCell(1).value);
        const lead = row.getCell(form.col("角色")).value === "牵头";
        row.getCell(form.col("进展情况")).value = `${unit}:${id} 已推进`;
        if (lead) row.getCell(form.col("完成状态")).value = "推进中";
        const cells = lead ? 2 : 1;
        filled += cells;
        if (unit === "经信局" && id === "3.3") {
          row.getCell(form.col("工作任务")).value = "改写后的任务内容";
          refusedCells += cells;
        } else if (lead) leadRows++;
      }
      let bytes: Uint8Array = new Uint8Array((await form.wb.xlsx.writeBuffer()) as ArrayBuffer);
      let file = name;
      if (unit === "发改局" && viaLibreOffice) {
        bytes = savedByLibreOffice(bytes);
        file = "发改局报送材料(终稿).xlsx";
      }
      writeFileSync(join(back, file), bytes);
    }
    writeFileSync(join(back, "通知.txt"), "请于3月底前报送");
    const result = join(tmp, "台账-汇总.xlsx");
    const { code, out: printed } = await runCli([
      "collect",
      ledger,
      back,
      "-o",
      result,
      "--today",
      "2020-03-31",
    ]);
    expect(code).toBe(1);
    const lines = printed.split("\n");
    // 46 of 49 units returned; every filled cell but the two of the rewritten lead row lands.
    expect(lines[0]).toContain("49 个单位中 46 个已报送");
    expect(lines[0]).toContain(`${filled - refusedCells} 项填报内容已汇总`);
    expect(lines[0]).toContain(`${refusedCells} 项未采用`);
    expect(printed).toMatch(/经信局-2020-03\.xlsx(（经信局）)?任务 3\.3.*改动了不可修改的工作任务/);
    expect(printed).toContain("通知.txt");
    expect(printed).toContain(
      "催办(未报送 3 个单位)".replace(/[()]/g, (c) => (c === "(" ? "\uff08" : "\uff09")),
    );
    for (const unit of NOT_RETURNING)
      expect(printed).toMatch(new RegExp(`  ${unit}:牵头 \\d+ 项`.replace(":", "\uff1a")));

    const read = await readLedgerFile(new Uint8Array(readFileSync(result)));
    const rows = progressFromTable(read.progress ?? null);
    expect(rows.filter((r) => r.source === "报送")).toHaveLength(
      rows.length, // nothing else was in Progress
    );
    const cells = rows.reduce((n, r) => n + (r.status ? 1 : 0) + (r.progress ? 1 : 0), 0);
    expect(cells).toBe(filled - refusedCells);
    expect(rows.some((r) => r.id === "3.3" && r.unit === "经信局")).toBe(false);
    // The LibreOffice-saved, renamed return landed under its unit.
    expect(rows.filter((r) => r.unit === "发改局")).toHaveLength(20);
    // The lead units' word is the tasks' status now; 3.3 keeps its own.
    const tasks = read.tasks!;
    const status = tasks.header.indexOf("完成状态");
    const id = tasks.header.indexOf("编号");
    const statusOf = new Map(tasks.rows.map((r) => [String(r[id]), String(r[status])]));
    expect([...statusOf.values()].filter((s) => s === "推进中")).toHaveLength(leadRows);
    expect(statusOf.get("3.3")).toBe("未启动");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(result) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("报送情况")!;
    const values = sheet.getSheetValues().flat().map(String).join("|");
    for (const unit of NOT_RETURNING) expect(values).toContain(unit);
    expect(values).toContain("未报送");
  });

  it("takes a renamed file of the same unit returned again as the later one, saying so", async () => {
    const back = join(tmp, "twice");
    mkdirSync(back);
    const form = await openForm(new Uint8Array(readFileSync(join(out, "经信局-2020-03.xlsx"))));
    form.rows.forEach((r) => {
      r.getCell(form.col("进展情况")).value = "第一次";
    });
    writeFileSync(join(back, "a.xlsx"), new Uint8Array((await form.wb.xlsx.writeBuffer()) as ArrayBuffer));
    form.rows.forEach((r) => {
      r.getCell(form.col("进展情况")).value = "第二次";
    });
    writeFileSync(join(back, "b.xlsx"), new Uint8Array((await form.wb.xlsx.writeBuffer()) as ArrayBuffer));
    renameSync(join(back, "b.xlsx"), join(back, "经信局(更正).xlsx"));
    const result = join(tmp, "twice.xlsx");
    const first = join(back, "a.xlsx");
    // a.xlsx is older: given an earlier modification time.
    const { utimesSync } = await import("node:fs");
    utimesSync(first, new Date("2020-03-20T00:00:00Z"), new Date("2020-03-20T00:00:00Z"));
    const { out: printed } = await runCli(["collect", ledger, back, "-o", result, "--lang", "en-US"]);
    expect(printed).toContain(
      "a.xlsx (经信局): the unit returned twice; the later 经信局(更正).xlsx wins, and this file's 17 filled cells are not used.",
    );
    const rows = progressFromTable(
      (await readLedgerFile(new Uint8Array(readFileSync(result)))).progress ?? null,
    );
    expect(rows.map((r) => r.progress)).toEqual(Array(17).fill("第二次"));
  });
  it("names a cell a unit typed beside the form's table as not collected, with its file, cell and text", async () => {
    const back = join(tmp, "beside");
    mkdirSync(back);
    const form = await openForm(new Uint8Array(readFileSync(join(out, "经信局-2020-03.xlsx"))));
    const row = form.rows[0]!;
    row.getCell(form.col("进展情况")).value = "已推进";
    let last = 0;
    form.ws.getRow(row.number - 1).eachCell((_, c) => (last = Math.max(last, c)));
    form.ws.getCell(row.number, last + 2).value = "表外备注:已报县领导";
    const cell = form.ws.getCell(row.number, last + 2).address;
    writeFileSync(
      join(back, "经信局.xlsx"),
      new Uint8Array((await form.wb.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const { out: printed, code } = await runCli(["collect", ledger, back, "-o", join(tmp, "beside.xlsx")]);
    expect(code).toBe(1);
    expect(printed).toContain(
      `经信局.xlsx\uff08经信局\uff09填报!${cell}\uff1a“表外备注:已报县领导”——表格外的内容未导入`,
    );
  });
  it("dates the returns by --received when given, else by the day each was saved, saying which; refuses a day that is none", async () => {
    const back = join(tmp, "dated");
    mkdirSync(back);
    const form = await openForm(new Uint8Array(readFileSync(join(out, "经信局-2020-03.xlsx"))));
    form.rows.forEach((r) => {
      r.getCell(form.col("进展情况")).value = "已推进";
    });
    // Saved by the unit on 27 March; the copy here is of today.
    form.wb.modified = new Date(2020, 2, 27, 10, 0);
    writeFileSync(
      join(back, "经信局.xlsx"),
      new Uint8Array((await form.wb.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const saved = join(tmp, "dated-saved.xlsx");
    const { out: printed } = await runCli(["collect", ledger, back, "-o", saved]);
    expect(printed).toContain(
      "经信局.xlsx\uff08经信局\uff09\uff1a报送日期 2020-03-27\uff0c取自报送表内记录的最后保存时间",
    );
    const reportedOn = async (file: string) => [
      ...new Set(
        progressFromTable((await readLedgerFile(new Uint8Array(readFileSync(file)))).progress ?? null).map(
          (r) => r.reportedOn,
        ),
      ),
    ];
    expect(await reportedOn(saved)).toEqual(["2020-03-27"]);
    const given = join(tmp, "dated-given.xlsx");
    const run = await runCli([
      "collect",
      ledger,
      back,
      "-o",
      given,
      "--received",
      "2020-03-31",
      "--lang",
      "en-US",
    ]);
    expect(run.out).toContain("经信局.xlsx (经信局): 报送日期 2020-03-31, as given when collecting.");
    expect(await reportedOn(given)).toEqual(["2020-03-31"]);
    const bad = await runCli([
      "collect",
      ledger,
      back,
      "-o",
      join(tmp, "dated-bad.xlsx"),
      "--received",
      "2020-3-31",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--received 应为实际存在的日期");
  });
});
