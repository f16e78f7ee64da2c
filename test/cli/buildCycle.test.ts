import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readLightsOption } from "../../src/core/cycle/lights";
import { ledgerFromTables } from "../../src/core/ledger/fromTables";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { runCli } from "../support/runCli";
import { SAMPLE_PATH } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "taizhang-cycle-"));

describe("taizhang build --period and --lights", () => {
  it("writes quarterly 实际值 columns and the chosen light words and thresholds, and says so in 说明", async () => {
    const out = join(tmp, "quarterly.xlsx");
    const { code } = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      out,
      "--period",
      "季度",
      "--lights",
      "蓝,黄,红,15,35",
    ]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const header = (wb.getWorksheet("量化指标")?.getRow(1).values as unknown[]).slice(9, 15);
    expect(header).toEqual([
      "实际值2020Q1",
      "实际值2020Q2",
      "实际值2020Q3",
      "实际值2020Q4",
      "最新实际值",
      "亮灯",
    ]);
    const about = new Map<string, unknown>();
    wb.getWorksheet("说明")?.eachRow((r) => about.set(String(r.getCell(1).value), r.getCell(2).value));
    expect([
      about.get("报送周期"),
      about.get("亮灯用词"),
      about.get("黄灯落后百分点"),
      about.get("红灯落后百分点"),
    ]).toEqual(["季度", "蓝、黄、红", 15, 35]);
    const formula = (wb.getWorksheet("任务台账")?.getCell("N2").value as { formula: string }).formula;
    expect(formula).toContain('"蓝"');
    expect(formula).toContain(">35,");
  });

  it("refuses a period or light words it cannot read, with one line and no file", async () => {
    const out = join(tmp, "bad.xlsx");
    const period = await runCli(["build", SAMPLE_PATH, "-o", out, "--period", "年"]);
    expect(period.code).toBe(2);
    expect(period.err).toContain("--period");
    const lights = await runCli(["build", SAMPLE_PATH, "-o", out, "--lights", "蓝黄", "--lang", "en-US"]);
    expect(lights.code).toBe(2);
    expect(lights.err.trim()).toBe(
      '--lights must be three words, optionally followed by the yellow and red thresholds, e.g. 绿,黄,红,10,30; not "蓝黄".',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("reading --lights", () => {
  it("takes three words with or without separators, and two thresholds in order", () => {
    expect(readLightsOption("蓝黄红")).toEqual({
      words: ["蓝", "黄", "红"],
      yellowBehind: 10,
      redBehind: 30,
    });
    expect(readLightsOption("绿、黄、红")?.words).toEqual(["绿", "黄", "红"]);
    expect(readLightsOption("绿,黄,红,5,20")).toEqual({
      words: ["绿", "黄", "红"],
      yellowBehind: 5,
      redBehind: 20,
    });
    expect(readLightsOption("绿黄红,5,20")).toEqual({
      words: ["绿", "黄", "红"],
      yellowBehind: 5,
      redBehind: 20,
    });
    expect(readLightsOption("绿黄红,20,5")).toBeNull();
    expect(readLightsOption("绿,黄")).toBeNull();
    expect(readLightsOption("绿,黄,红,10")).toBeNull();
  });
});

describe("taizhang build --columns", () => {
  it("adds the chosen columns after 备注, records them in 说明, and reads their cells back by header", async () => {
    const out = join(tmp, "columns.xlsx");
    const { code } = await runCli(["build", SAMPLE_PATH, "-o", out, "--columns", "节点目标、责任人"]);
    expect(code).toBe(0);
    const read = await readLedgerFile(new Uint8Array(readFileSync(out)));
    expect(read.tasks?.header.slice(11)).toEqual(["备注", "责任人", "节点目标", "完成进度(%)", "亮灯"]);
    expect(read.about.cycle?.columns).toEqual(["责任人", "节点目标"]);
    const rows = [...(read.tasks?.rows ?? [])];
    rows[0] = rows[0]!.map((v, i) => (i === 12 ? "王科长" : v));
    const model = ledgerFromTables({ ...read.tasks!, rows }, read.units, read.settings, read.about);
    expect(model?.tasks[0]?.extra).toEqual({ 责任人: "王科长", 节点目标: "" });
  });

  it("refuses a column it does not know", async () => {
    const { code, err } = await runCli([
      "build",
      SAMPLE_PATH,
      "-o",
      join(tmp, "x.xlsx"),
      "--columns",
      "责任人,分管处室",
    ]);
    expect(code).toBe(2);
    expect(err).toContain("分管处室");
  });
});
