import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { WorkbookPlan } from "../../src/core/plan/types";
import { suggestRegistry } from "../../src/core/units/registry";
import { SETTINGS_KEY } from "../../src/taskpane/settingsStore";
import {
  createStandaloneServices,
  ledgerFileName,
  NeedsExcelError,
} from "../../src/taskpane/standaloneServices";
import { sampleText } from "../support/paths";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

function setup(locale = "zh-CN") {
  const storage = memoryStorage();
  const download = jest.fn<void, [string, Uint8Array]>();
  const writer = jest.fn(async (plan: WorkbookPlan) => new Uint8Array([plan.sheets.length]));
  const loadWriter = jest.fn(async () => writer);
  const services = createStandaloneServices({ locale, storage, download, loadWriter });
  return { services, storage, download, writer, loadWriter };
}

describe("the standalone services", () => {
  it("parse and suggest a registry as in Excel, and preview no replacement", async () => {
    const { services, loadWriter } = setup();
    const parsed = await services.parseText(sampleText());
    expect(parsed.tasks).toHaveLength(73);
    expect(services.suggestRegistry(parsed)).toEqual(suggestRegistry(parsed));
    await expect(services.previewWrite()).resolves.toEqual({ replaces: [], clashes: [] });
    await expect(
      services.readDocument("a.txt", new TextEncoder().encode(sampleText())),
    ).resolves.toMatchObject({
      tasks: expect.any(Array),
    });
    // The file shell (ExcelJS) is not fetched until a download is asked for.
    expect(loadWriter).not.toHaveBeenCalled();
  });

  it("download the whole ledger as an .xlsx named after the document, reporting each step", async () => {
    const { services, download, writer, loadWriter } = setup();
    const parsed = parseBreakdown(sampleText());
    const progress = jest.fn();
    const result = await services.writeLedger(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, progress);

    expect(loadWriter).toHaveBeenCalledTimes(1);
    const plan = writer.mock.calls[0]?.[0];
    expect(plan?.sheets.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["ledger", "assignments", "units", "summary", "leader", "unit", "about"]),
    );
    expect(download).toHaveBeenCalledWith(
      "2020年政府工作报告主要工作责任分解-工作台账.xlsx",
      new Uint8Array([plan!.sheets.length]),
    );
    expect(result).toEqual({
      sheets: plan!.sheets.length,
      renamed: [],
      notes: [],
      fileName: "2020年政府工作报告主要工作责任分解-工作台账.xlsx",
    });
    expect(progress.mock.calls.map((c) => c.slice(0, 2))).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("write the ledger for the year the clerk set over the document's (说明's 时限年度)", async () => {
    const { services, writer } = setup();
    const parsed = parseBreakdown(sampleText());
    const yearOf = (plan: WorkbookPlan | undefined): unknown => {
      const about = plan?.sheets.find((s) => s.kind === "about");
      const rows = (about?.blocks ?? []).flatMap((b) => (b.kind === "values" ? b.values : []));
      return rows.find((r) => r[0] === "时限年度")?.[1];
    };
    await services.writeLedger(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, jest.fn());
    expect(yearOf(writer.mock.calls[0]?.[0])).toBe(2020);
    await services.writeLedger(parsed, suggestRegistry(parsed), DEFAULT_SETTINGS, jest.fn(), null, 2021);
    expect(yearOf(writer.mock.calls[1]?.[0])).toBe(2021);
  });

  it("say clearly that checks, fixes and generation need Excel", async () => {
    const { services } = setup();
    const needs = "此功能需要在 Excel 中使用\uff1a请在 Excel 中打开台账助手。";
    await expect(services.validate()).rejects.toThrow(needs);
    await expect(services.selectCell({ sheet: "任务台账", cell: "A1" })).rejects.toBeInstanceOf(
      NeedsExcelError,
    );
    await expect(services.applyFixes([])).rejects.toThrow(needs);
    await expect(
      services.generate({ units: true, leaders: true, summary: true, formatting: true }, () => {}),
    ).rejects.toThrow(needs);
    await expect(
      services.previewGenerate({ units: true, leaders: true, summary: true, formatting: true }),
    ).rejects.toThrow(needs);
    await expect(services.reformatLedger()).rejects.toThrow(needs);
    await expect(services.setLiveChecks(true, () => {})).rejects.toThrow(needs);
    await expect(services.setLiveChecks(false, () => {})).resolves.toBeUndefined();
    await expect(setup("en-US").services.validate()).rejects.toThrow(
      "This needs Excel: open Taizhang in Excel.",
    );
  });

  it("keep the settings in the browser's storage", async () => {
    const { services, storage } = setup();
    await expect(services.loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await services.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 3 });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? "{}").dueSoonDays).toBe(3);
    await expect(services.loadSettings()).resolves.toMatchObject({ dueSoonDays: 3 });
  });

  it("name the file safely", () => {
    const doc = (title: string | null) => ({ document: { title } as never });
    expect(ledgerFileName(doc("a/b:c*?\n d"), "工作台账")).toBe("a b c d-工作台账.xlsx");
    expect(ledgerFileName(doc(null), "ledger")).toBe("ledger.xlsx");
  });
});

describe("regenerating a ledger in the standalone page", () => {
  it("downloads the ledger made again from its own tables, naming the units added", async () => {
    const { writeWorkbook } = await import("../../src/xlsx/writeWorkbook");
    const { readLedgerFile } = await import("../../src/xlsx/readWorkbook");
    const ExcelJS = (await import("exceljs")).default;
    const { sampleLedger } = await import("../support/sampleLedger");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(sampleLedger().plan)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("任务台账")!;
    ws.getCell("F4").value = "审计局"; // task 1.3's co-units, edited
    ws.getCell("K4").value = "已完成初稿";
    ws.getCell("K4").note = "督查室核实";
    wb.getWorksheet("任务分工")!.getCell("B2").note = "分工表上的批注";
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const download = jest.fn<void, [string, Uint8Array]>();
    const services = createStandaloneServices({
      locale: "zh-CN",
      storage: memoryStorage(),
      download,
      loadWriter: async () => writeWorkbook,
      loadReader: async () => readLedgerFile,
    });
    const result = (await services.regenerateLedger!("台账.xlsx", edited, () => undefined))!;
    expect(result.fileName).toBe("台账-重新生成.xlsx");
    expect(result.notes.join("\n")).toContain("新增单位\uff08新建了分单位表\uff09\uff1a审计局");
    const [name, bytes] = download.mock.calls[0]!;
    expect(name).toBe("台账-重新生成.xlsx");
    const back = await readLedgerFile(bytes);
    expect(back.sheetNames).toContain("审计局");
    const row = back.tasks!.rows.find((r) => r[0] === "1.3")!;
    expect(row[back.tasks!.header.indexOf("进展情况")]).toBe("已完成初稿");
    // The comment (批注) follows its cell as the command line keeps it; one on a sheet made anew is named.
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(bytes as unknown as ArrayBuffer);
    const note = out.getWorksheet("任务台账")!.getCell("K4").note as unknown;
    expect(typeof note === "string" ? note : JSON.stringify(note)).toContain("督查室核实");
    expect(result.notes.join("\n")).toContain("任务分工!B2 的批注\u201c分工表上的批注\u201d未能保留");
  }, 60_000);

  it("carries every typed value into the downloaded ledger: a clerk's columns, 进展记录, 实际值 and own sheets", async () => {
    const { readLedgerFile } = await import("../../src/xlsx/readWorkbook");
    const { typedLedger, typedValues } = await import("../support/keptLedger");
    const file = await typedLedger(join(mkdtempSync(join(tmpdir(), "taizhang-standalone-")), "kept.xlsx"));
    const bytes = new Uint8Array(readFileSync(file));
    const typed = await typedValues(bytes);
    // What typedLedger typed is there (the command line's test checks each value).
    expect([typed.tasks.length, typed.progress.length, typed.memo]).toEqual([
      73,
      73,
      ["督查组 4 月来访", 12, true],
    ]);

    const download = jest.fn<void, [string, Uint8Array]>();
    const services = createStandaloneServices({
      locale: "zh-CN",
      storage: memoryStorage(),
      download,
      loadReader: async () => readLedgerFile,
    });
    const result = (await services.regenerateLedger!("台账.xlsx", bytes, () => undefined))!;
    expect(result.notes).toContain("自建的工作表 我的备忘 已原样带入新文件。");
    const [, out] = download.mock.calls[0]!;
    expect(await typedValues(out)).toEqual(typed);
  }, 120_000);

  it("names a 通报 a report run left in the ledger as the tool's record, kept, not as the clerk's own sheet", async () => {
    const { readLedgerFile } = await import("../../src/xlsx/readWorkbook");
    const { loadForRewrite } = await import("../../src/xlsx/rewrite");
    const { typedLedger } = await import("../support/keptLedger");
    const file = await typedLedger(join(mkdtempSync(join(tmpdir(), "taizhang-standalone-")), "kept.xlsx"));
    // What `taizhang report` and 生成 → 通报 leave in the ledger: the sheet 通报, its title naming the period.
    const { wb, save } = await loadForRewrite(new Uint8Array(readFileSync(file)));
    wb.addWorksheet("通报").getCell("A1").value = "2020年3月工作推进情况通报";
    const bytes = await save();
    const download = jest.fn<void, [string, Uint8Array]>();
    const services = createStandaloneServices({
      locale: "zh-CN",
      storage: memoryStorage(),
      download,
      loadReader: async () => readLedgerFile,
    });
    const result = (await services.regenerateLedger!("台账.xlsx", bytes, () => undefined))!;
    expect(result.notes.filter((n) => n.startsWith("自建的工作表"))).toEqual([
      "自建的工作表 我的备忘 已原样带入新文件。",
    ]);
    expect(result.notes).toContain(
      "通报 是此前汇总各单位报送、生成通报时写入的记录\uff0c不是自建的工作表\uff0c按原样保留。再次汇总或生成通报时换成新的。",
    );
    const [, out] = download.mock.calls[0]!;
    const read = await loadForRewrite(out);
    expect(read.wb.getWorksheet("通报")?.getCell("A1").value).toBe("2020年3月工作推进情况通报");
  }, 120_000);

  it("gives null for a workbook without the ledger's tables, a breakdown kept as a spreadsheet", async () => {
    const { readLedgerFile } = await import("../../src/xlsx/readWorkbook");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("分工").addRows([
      ["序号", "工作任务", "牵头单位"],
      [1, "推进老旧小区改造", "住建局"],
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const download = jest.fn();
    const services = createStandaloneServices({
      locale: "zh-CN",
      storage: memoryStorage(),
      download,
      loadReader: async () => readLedgerFile,
    });
    await expect(services.regenerateLedger!("分工.xlsx", bytes, () => undefined)).resolves.toBeNull();
    expect(download).not.toHaveBeenCalled();
  });

  it("says in one line that a file is not a workbook", async () => {
    const { readLedgerFile } = await import("../../src/xlsx/readWorkbook");
    const services = createStandaloneServices({
      locale: "zh-CN",
      storage: memoryStorage(),
      download: jest.fn(),
      loadReader: async () => readLedgerFile,
    });
    await expect(
      services.regenerateLedger!("a.xlsx", new TextEncoder().encode("hello"), () => undefined),
    ).rejects.toThrow("不是 .xlsx 工作簿。");
  });
});

describe("a cell longer than Excel holds", () => {
  it("is cut in the downloaded ledger and named in the notes, as the command line does", async () => {
    const { services, writer } = setup();
    const text = `一、稳增长\n1.${"推".repeat(40000)}。\n责任单位:发改局`;
    const parsed = await services.parseText(text);
    const result = await services.writeLedger(
      parsed,
      services.suggestRegistry(parsed),
      DEFAULT_SETTINGS,
      () => undefined,
    );
    expect(result.notes.some((n) => n.startsWith("任务台账!D2\uff1a这个单元格有 40001 个字符"))).toBe(true);
    const plan = writer.mock.calls[0]![0];
    const cells = plan.sheets.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === "values" ? b.values.flat() : [])),
    );
    expect(Math.max(...cells.map((c) => (typeof c === "string" ? c.length : 0)))).toBe(32767);
  });
});
