import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { withAbsoluteTargets } from "../support/openpyxl";
import { runCli } from "../support/runCli";
import { ROOT, SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-build-"));
const ledger = join(tmp, "ledger.xlsx");

describe("taizhang build", () => {
  it("writes the ledger and prints sheets, tasks, units and findings", async () => {
    const { code, out } = await runCli(["build", SAMPLE_PATH, "-o", ledger]);
    expect(code).toBe(0);
    expect(existsSync(ledger)).toBe(true);
    expect(out).toContain(
      // The five alias suggestions are not merged without --accept-aliases: 51 + 5 units, 49 + 5 unit sheets;
      // 量化指标 and 进展记录 are two sheets more.
      "65 个工作表\uff084 个分领导表\uff0c54 个分单位表\uff09\uff0c73 项任务\uff0c56 个单位",
    );
    expect(out).toContain("开发区(高桥街道) → 开发区");
    expect(out).toMatch(/错误\s+第 157 行\s+任务 4\.19 没有责任单位/);
    // What to type next runs as typed after npm ci (taizhang alone is not on PATH).
    expect(out).toContain(`\n核对台账\uff1anpx taizhang validate ${ledger}\n`);
  });

  it("lists undecided alias suggestions with how to decide, merging none, and where the members of collectives come from", async () => {
    const { out } = await runCli(["build", SAMPLE_PATH, "-o", join(tmp, "merged.xlsx")]);
    expect(out).toContain(
      "别名建议\uff085 条\uff0c未合并\uff1a两个名称在台账中作为不同单位\uff0c按文件原文书写\uff09\uff1a\n  开发区(高桥街道) → 开发区\uff08括号写法\uff09\n",
    );
    expect(out).toContain("  服务业局 → 发改局\uff08括号中的名称单独使用\uff09\n");
    expect(out).toContain("要合并\uff0c请加 --accept-aliases all");
    expect(out).toMatch(/单位组 各镇\(街道\)、相关镇\(街道\) 的成员是文件中出现的 \d+ 个镇、街道\uff1b/);
    expect(out).toContain("请在单位名录的“所属组”列中添加");
    const en = await runCli(["build", SAMPLE_PATH, "-o", join(tmp, "merged-en.xlsx"), "--lang", "en-US"]);
    expect(en.out).toContain("To merge, add --accept-aliases all");
    expect(en.out).toContain("\nCheck the ledger: npx taizhang validate ");
  });

  it("warns when the status list puts the done status first, starts tasks at the next, and splits statuses at full-width commas", async () => {
    const done = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      join(tmp, "done.xlsx"),
      "--status",
      "完成,未完成",
    ]);
    expect(done.code).toBe(0);
    expect(done.err).toMatch(/^注意\uff1a--status 第一个状态“完成”/);
    expect(done.err).toContain(
      "第一个状态“完成”是算作已完成的状态\uff1b新任务不会从它开始\uff0c而是从“未完成”开始",
    );
    const fine = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      join(tmp, "wide.xlsx"),
      "--status",
      "未开始\uff0c进行中\uff0c已办结",
    ]);
    expect(fine.err).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, "wide.xlsx"));
    expect(wb.getWorksheet("任务台账")!.getCell("J2").dataValidation.formulae).toEqual([
      '"未开始,进行中,已办结"',
    ]);
  });

  it("records in 说明 the source file, its encoding and the local time of the import", async () => {
    const { about } = await readLedgerFile(new Uint8Array(readFileSync(ledger)));
    expect(about.sourceFile).toBe("tongxiang-2020-breakdown.txt");
    expect(about.document?.encoding).toBe("utf-8");
    expect(about.importedAt).toMatch(/^20\d\d-\d\d-\d\d \d\d:\d\d$/);
  });

  it("never overwrites an existing file without --force", async () => {
    const before = readFileSync(ledger);
    const refused = await runCli(["build", SAMPLE_PATH, "-o", ledger]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect(readFileSync(ledger).equals(before)).toBe(true);
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger, "--force"])).code).toBe(0);
  });

  it("uses a curated registry with --units and a status list with --status", async () => {
    const out = join(tmp, "curated.xlsx");
    const r = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      out,
      "--units",
      join(ROOT, "seeds", "tongxiang-units.json"),
      "--status",
      "未开始,进行中,已办结",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("按建议合并");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("任务台账")!.getCell("J2").value).toBe("未开始");
    expect(wb.getWorksheet("任务台账")!.getCell("J2").dataValidation.formulae).toEqual([
      '"未开始,进行中,已办结"',
    ]);
  });

  it("reports units a curated registry does not know, with suggestions", async () => {
    const units = join(tmp, "small.json");
    writeFileSync(
      units,
      JSON.stringify({ units: [{ name: "财政局" }, { name: "发改局", aliases: ["服务业局"] }] }),
    );
    const r = await runCli(["build", SAMPLE_PATH, "-o", join(tmp, "small.xlsx"), "--units", units]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("“财政局(国资办)”不在单位名录中\uff08是否为\uff1a财政局\uff1f\uff09");
  });

  it("says in one line naming the file that a --units file is not a registry", async () => {
    const notJson = join(tmp, "units.txt");
    writeFileSync(notJson, "财政局\n发改局\n");
    const noList = join(tmp, "list.json");
    writeFileSync(noList, JSON.stringify(["财政局", "发改局"]));
    for (const units of [notJson, noList]) {
      const r = await runCli(["build", SAMPLE_PATH, "-o", join(tmp, "never.xlsx"), "--units", units]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `${units}\uff1a不是单位名录 JSON 文件\uff1b单位名录可用 npx taizhang units <文件或台账> -o units.json 生成。\n`,
      );
    }
    const en = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      join(tmp, "never.xlsx"),
      "--units",
      notJson,
      "--lang",
      "en-US",
    ]);
    expect(en.err).toBe(
      `${notJson}: not a unit registry JSON file; make one with npx taizhang units <document or ledger> -o units.json.\n`,
    );
    expect(existsSync(join(tmp, "never.xlsx"))).toBe(false);
  });

  it("says that the folder of -o does not exist", async () => {
    const folder = join(tmp, "no-such-folder");
    const r = await runCli(["build", SAMPLE_PATH, "-o", join(folder, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`文件夹不存在\uff1a${folder}\n`);
    const units = await runCli(["units", SAMPLE_PATH, "-o", join(folder, "u.json"), "--lang", "en-US"]);
    expect(units.code).toBe(2);
    expect(units.err).toContain(`No such folder: ${folder}\n`);
  });

  it("says in words that the document has no findings", async () => {
    const one = join(tmp, "one.txt");
    writeFileSync(
      one,
      "桐乡市2020年政府工作报告重点工作责任分解\n\n一、于会游市长\n\n1.做好全市安全生产工作。\n牵头单位\uff1a应急管理局\uff1b配合单位\uff1a公安局\n",
    );
    const r = await runCli(["build", one, "-o", join(tmp, "one.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("\n文件中没有发现问题。\n");
    expect(r.out).not.toContain("文件中的问题");
    const en = await runCli(["build", one, "-o", join(tmp, "one-en.xlsx"), "--lang", "en-US"]);
    expect(en.out).toContain("1 task, 2 units.");
    expect(en.out).toContain("\nNo findings in the document.\n");
  });

  it("refuses a document with no tasks and an unreadable registry, writing nothing", async () => {
    const article = join(tmp, "article.txt");
    writeFileSync(article, "本报讯 今年以来,我市经济运行稳中向好。");
    expect((await runCli(["build", article, "-o", join(tmp, "none.xlsx")])).code).toBe(2);
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, "{ not json");
    expect((await runCli(["build", SAMPLE_PATH, "-o", join(tmp, "none.xlsx"), "--units", bad])).code).toBe(2);
    expect(existsSync(join(tmp, "none.xlsx"))).toBe(false);
  });
});

describe("taizhang validate", () => {
  it("reports only the sample's real problem, 4.19 without units, whether the aliases were merged or not", async () => {
    for (const accept of [[], ["--accept-aliases", "all"]]) {
      const fresh = join(tmp, `fresh-${accept.length}.xlsx`);
      expect((await runCli(["build", SAMPLE_PATH, "-o", fresh, ...accept])).code).toBe(0);
      const { code, out } = await runCli(["validate", fresh, "--json", "--today", "2020-06-01"]);
      expect(code).toBe(1);
      const report = JSON.parse(out);
      // 4.19 is the 73rd task: row 74 of 任务台账, 牵头单位 in column E.
      expect(report.findings.map((f: { code: string; where: string }) => [f.code, f.where])).toEqual([
        ["lead-empty", "任务台账!E74"],
      ]);
    }
  });

  it("writes accepted aliases as the canonical unit, as the pane does, and 1.1's 服务业局 once as 发改局", async () => {
    const merged = join(tmp, "accepted.xlsx");
    const { out } = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      merged,
      "--accept-aliases",
      "服务业局,财政局(国资办)",
    ]);
    expect(out).toContain("按 --accept-aliases 合并了 2 个别名");
    expect(out).toContain("别名建议\uff083 条\uff0c未合并");
    const read = await readLedgerFile(new Uint8Array(readFileSync(merged)));
    const co = read.tasks!.header.indexOf("配合单位");
    const first = read.tasks!.rows[0]!;
    // 1.1: 财政局 leads; 发改局 and 服务业局 among the co-units are one unit now.
    expect(
      String(first[co])
        .split("、")
        .filter((u) => u === "发改局"),
    ).toHaveLength(1);
    expect(String(first[co])).not.toContain("服务业局");
    const bad = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      join(tmp, "no.xlsx"),
      "--accept-aliases",
      "教育局",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("教育局 不是建议的别名");
  });

  it("reports each planted mistake at its cell", async () => {
    const edited = join(tmp, "edited.xlsx");
    await runCli(["build", SAMPLE_PATH, "-o", edited]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    const ws = wb.getWorksheet("任务台账")!;
    // Rows: task 1.2 on row 3, 1.3 on row 4, 2.1 on row 5, 2.2 on row 6, 2.5 on row 9 (the sample's order).
    ws.getCell("E3").value = "财政厅"; // unknown lead
    ws.getCell("F4").value = "各镇(街道),经信局,经信局"; // , separators with a duplicate
    ws.getCell("J5").value = "差不多了"; // a status not in the list
    ws.getCell("A6").value = "2.1"; // a duplicated 编号
    ws.getCell("F9").value = "乌镇镇、互承委"; // the lead (互承委) repeated among co-units
    await wb.xlsx.writeFile(edited);
    const { code, out } = await runCli(["validate", edited, "--json", "--today", "2020-06-01"]);
    expect(code).toBe(1);
    const at = (cell: string) =>
      JSON.parse(out)
        .findings.filter((f: { where: string }) => f.where === `任务台账!${cell}`)
        .map((f: { code: string }) => f.code);
    expect(at("E3")).toEqual(["lead-unknown"]);
    expect(at("F4")).toEqual(["co-separator", "co-duplicate"]);
    expect(at("J5")).toEqual(["status-invalid"]);
    expect(at("A6")).toEqual(["id-duplicate"]);
    expect(at("F9")).toEqual(["co-repeats-lead"]);
    const unknown = JSON.parse(out).findings.find((f: { where: string }) => f.where === "任务台账!E3");
    expect(unknown.params.suggestions).toEqual(["财政局"]);
    expect(unknown.message).toContain("是否为");
  });

  it("reads a date cell in 完成时限 as a date, and text in 截止日期 as a date only when it writes one, saying the sheet cannot colour them", async () => {
    const dated = join(tmp, "dated.xlsx");
    await runCli(["build", SAMPLE_PATH, "-o", dated]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dated);
    const ws = wb.getWorksheet("任务台账")!;
    // A date with a time of day, as openpyxl writes a datetime: a number with a date format.
    ws.getCell("H2").value = new Date(Date.UTC(2020, 5, 30, 14, 24));
    ws.getCell("H2").numFmt = "yyyy-mm-dd h:mm:ss";
    ws.getCell("I3").value = "6月底前";
    ws.getCell("I4").value = "2020年13月45日";
    ws.getCell("I5").value = "明年";
    ws.getCell("I6").value = "2020/6/30";
    ws.getCell("I7").value = "2020年6月30日";
    ws.getCell("I8").value = "2020/7/10";
    await wb.xlsx.writeFile(dated);
    const { out } = await runCli(["validate", dated, "--json", "--today", "2020-07-01"]);
    const at = (cell: string) =>
      JSON.parse(out)
        .findings.filter((f: { where: string }) => f.where === `任务台账!${cell}`)
        .map((f: { code: string; params: object }) => [f.code, f.params]);
    expect(at("H2")).toEqual([]);
    // Dates read from text or from 完成时限 are not coloured by the sheet: said so, with the date read.
    const readAs = (cell: string) => at(cell).map(([code, p]: [string, { date: string }]) => [code, p.date]);
    expect(readAs("I2")).toEqual([["due-uncoloured", "2020-06-30"]]);
    expect(at("I3")).toEqual([["due-unreadable", { due: "6月底前" }]]);
    expect(at("I4")).toEqual([["due-unreadable", { due: "2020年13月45日" }]]);
    expect(at("I5")).toEqual([["due-unreadable", { due: "明年" }]]);
    // Rows 6, 7 and 8 hold tasks 2.2, 2.3 and 2.4 (the sample's order).
    expect(readAs("I6")).toEqual([["due-uncoloured", "2020-06-30"]]);
    expect(readAs("I7")).toEqual([["due-uncoloured", "2020-06-30"]]);
    expect(readAs("I8")).toEqual([["due-uncoloured", "2020-07-10"]]);
    const unreadable = JSON.parse(out).findings.find((f: { where: string }) => f.where === "任务台账!I5");
    expect(unreadable.message).toBe(
      "截止日期“明年”不是有效的日期\uff0c请写成 2020-06-30 这样的日期\uff086月底前 这类说法请写在完成时限中\uff09。",
    );
  });

  it("reads a formula as its result, and says plainly when the file holds none", async () => {
    const formulas = join(tmp, "formulas.xlsx");
    await runCli(["build", SAMPLE_PATH, "-o", formulas]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(formulas);
    const ws = wb.getWorksheet("任务台账")!;
    // As openpyxl saves a formula: no cached result.
    ws.getCell("E3").value = { formula: "INDEX(单位名录!A:A,5)" } as ExcelJS.CellFormulaValue;
    ws.getCell("E4").value = { formula: '"财政局"', result: "财政局" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(formulas);
    const text = await runCli(["validate", formulas, "--today", "2020-06-01"]);
    expect(text.out).not.toContain("[object Object]");
    expect(text.out).toContain(
      "任务台账!E3  这个单元格是公式\uff08=INDEX(单位名录!A:A,5)\uff09\uff0c文件中没有它的计算结果\uff0c无法校验",
    );
    const { out } = await runCli(["validate", formulas, "--json", "--today", "2020-06-01"]);
    const at = (cell: string) =>
      JSON.parse(out)
        .findings.filter((f: { where: string }) => f.where === `任务台账!${cell}`)
        .map((f: { code: string; params: object }) => [f.code, f.params]);
    expect(at("E3")).toEqual([["formula-no-value", { formula: "INDEX(单位名录!A:A,5)" }]]);
    expect(at("E4")).toEqual([]);
  });

  it("says which tasks 任务分工 no longer matches after a task is deleted or its units change", async () => {
    const stale = join(tmp, "stale.xlsx");
    await runCli(["build", SAMPLE_PATH, "-o", stale]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(stale);
    const ws = wb.getWorksheet("任务台账")!;
    // Task 1.2 (row 3) deleted: its cells emptied. Task 2.1 (row 5) no longer has 金融发展服务中心.
    for (let c = 1; c <= 12; c++) ws.getRow(3).getCell(c).value = null;
    ws.getCell("F5").value = "财政局、自然资源和规划局";
    await wb.xlsx.writeFile(stale);
    const { out } = await runCli(["validate", stale, "--json", "--today", "2020-06-01"]);
    const found = JSON.parse(out)
      .findings.filter((f: { code: string }) => f.code === "assignments-stale")
      .map((f: { where: string; params: object }) => [f.where, f.params]);
    // 1.1 has 12 rows in 任务分工 (its 12 units, 服务业局 its own unit while not merged): 1.2's first row is row 14.
    expect(found).toEqual([
      [
        "任务台账!A5",
        { id: "2.1", change: "changed", units: ["金融发展服务中心"], removed: ["金融发展服务中心"] },
      ],
      ["任务分工!A14", { id: "1.2", change: "removed", units: [] }],
    ]);
  });

  it("finds the tables wherever the clerk moved them", async () => {
    const moved = join(tmp, "moved.xlsx");
    await runCli(["build", SAMPLE_PATH, "-o", moved]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(moved);
    wb.getWorksheet("任务台账")!.name = "台账2020";
    await wb.xlsx.writeFile(moved);
    const { out } = await runCli(["validate", moved, "--json", "--today", "2020-06-01"]);
    expect(JSON.parse(out).findings.find((f: { code: string }) => f.code === "lead-empty").where).toBe(
      "台账2020!E74",
    );
  });

  it("prints findings with their cells, and exits 2 on what is not a workbook", async () => {
    const { out } = await runCli(["validate", ledger, "--today", "2020-06-01"]);
    expect(out).toMatch(/错误\s+任务台账!E74\s+任务 4\.19 没有牵头单位/);
    // The sample's one finding is 4.19 without units, an error.
    const english = await runCli(["validate", ledger, "--today", "2020-06-01", "--lang", "en-US"]);
    expect(english.out).toMatch(/^.*: 1 finding \(1 error, 0 warnings, 0 info\)\n/);
    const notXlsx = join(tmp, "x.xlsx");
    writeFileSync(notXlsx, "hello");
    const r = await runCli(["validate", notXlsx]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${notXlsx}\uff1a不是 .xlsx 工作簿。\n`);
    const txt = join(tmp, "notes.txt");
    writeFileSync(txt, "本报讯 今年以来,我市经济运行稳中向好。");
    const en = await runCli(["validate", txt, "--lang", "en-US"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe(`${txt}: not an .xlsx workbook.\n`);
    expect((await runCli(["units", txt.replace(/txt$/, "xlsx")])).err).toContain("找不到文件");
  });

  it("reads a ledger saved by openpyxl (absolute relationship targets)", async () => {
    const saved = join(tmp, "openpyxl.xlsx");
    writeFileSync(saved, await withAbsoluteTargets(new Uint8Array(readFileSync(ledger))));
    const { code, out, err } = await runCli(["validate", saved, "--json", "--today", "2020-06-01"]);
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(JSON.parse(out).findings.find((f: { code: string }) => f.code === "lead-empty").where).toBe(
      "任务台账!E74",
    );
    expect((await runCli(["units", saved])).code).toBe(0);
  });
});

describe("taizhang units", () => {
  it("writes the registry of a document, matching the seed shipped for the sample", async () => {
    const out = join(tmp, "units.json");
    expect((await runCli(["units", SAMPLE_PATH, "-o", out, "--accept-aliases", "all"])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(
      JSON.parse(readFileSync(join(ROOT, "seeds", "tongxiang-units.json"), "utf8")),
    );
  });
});
