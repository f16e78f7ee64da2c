/**
 * The Excel services wire the core to the Office.js shell. The shell is replaced here by a double that
 * records what it is asked to do (the shell itself is tested against a strict host double in test/excel);
 * what these tests prove is the wiring: which plan goes to the workbook, with which options, how checks
 * read the ledger, and how live checks are debounced and stopped.
 */

import type { LedgerReadBack } from "../../src/core/ledger/readBack";
import { TASK_COLUMNS } from "../../src/core/ledger/types";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import type { WorkbookPlan } from "../../src/core/plan/types";
import type { Finding, LedgerTable, LedgerValue } from "../../src/core/types";
import { suggestRegistry } from "../../src/core/units/registry";
import { createExcelServices, localToday } from "../../src/taskpane/excelServices";
import type { ExcelShell, SettingsBag } from "../../src/taskpane/excelServices";
import { SETTINGS_KEY } from "../../src/taskpane/settingsStore";
import { sampleText } from "../support/paths";

const sample = parseBreakdown(sampleText());

/** A Tasks table as read back: the ledger's header and rows given by column name. */
function tasksTable(
  rows: Array<Partial<Record<(typeof TASK_COLUMNS)[number][0], LedgerValue>>>,
): LedgerTable {
  const header = TASK_COLUMNS.map(([h]) => h);
  return {
    sheet: "任务台账",
    top: 3,
    left: 0,
    header,
    rows: rows.map((r) => header.map((h) => r[h] ?? null)),
  };
}

const oneTask = tasksTable([
  {
    编号: "1.1",
    分管领导: "于会游",
    职务: "市长",
    工作任务: "推进改革",
    牵头单位: "财政局",
    完成状态: "暂缓",
  },
]);

/** A ledger read back: the given tables, the others not found. */
function setup(found: Partial<LedgerReadBack> = { tasks: oneTask }) {
  const ledger: LedgerReadBack = {
    tasks: null,
    units: null,
    assignments: null,
    statuses: null,
    about: null,
    ...found,
  };
  let onDirty: ((table: string) => void) | null = null;
  const unwatch = jest.fn(async () => {});
  const shell = {
    applyPlan: jest.fn<ReturnType<ExcelShell["applyPlan"]>, Parameters<ExcelShell["applyPlan"]>>(
      async (plan) => ({
        sheets: plan.sheets.length,
        renamed: [],
        notes: ["pivot-filter-unsupported"],
        syncs: 5,
      }),
    ),
    inspectWorkbook: jest.fn<
      ReturnType<ExcelShell["inspectWorkbook"]>,
      Parameters<ExcelShell["inspectWorkbook"]>
    >(async () => ({ replaces: ["任务台账"], clashes: [] })),
    reformatLedger: jest.fn<
      ReturnType<ExcelShell["reformatLedger"]>,
      Parameters<ExcelShell["reformatLedger"]>
    >(async () => ({ sheets: 1, renamed: [], notes: ["reformat-note"], syncs: 3 })),
    readLedger: jest.fn(async () => ledger),
    selectCell: jest.fn(async () => {}),
    applyFixes: jest.fn(async () => ({ syncs: 2 })),
    watchLedger: jest.fn(async (cb: (table: string) => void) => {
      onDirty = cb;
      return unwatch;
    }),
    refreshPivots: jest.fn(async () => {}),
  } satisfies ExcelShell;
  const stored = new Map<string, string>();
  const settings = {
    read: jest.fn(async (k: string) => stored.get(k) ?? null),
    write: jest.fn(async (k: string, v: string) => void stored.set(k, v)),
  } satisfies SettingsBag;
  const onBackgroundError = jest.fn();
  const services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError,
    shell,
    settings,
    today: () => "2020-07-01",
  });
  return {
    services,
    shell,
    settings,
    stored,
    unwatch,
    onBackgroundError,
    dirty: (table = "Tasks") => onDirty?.(table),
  };
}

describe("writing the ledger in Excel", () => {
  it("writes the whole plan, replacing generated sheets the clerk agreed to, and reports what it did", async () => {
    const { services, shell, settings, stored } = setup();
    const progress = jest.fn();
    const result = await services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, progress);
    // Where the ledger came from travels in the workbook itself (说明's About table), not in settings.
    expect(settings.write).not.toHaveBeenCalled();
    expect(stored.size).toBe(0);
    const [plan, options] = shell.applyPlan.mock.calls[0]!;
    expect(new Set(plan.sheets.map((s) => s.kind))).toEqual(
      new Set([
        "ledger",
        "assignments",
        "units",
        "summary",
        "leader",
        "unit",
        "targets",
        "progress",
        "about",
      ]),
    );
    expect(options).toEqual({ replaceGenerated: true, progress });
    expect(result).toEqual({ sheets: plan.sheets.length, renamed: [], notes: ["pivot-filter-unsupported"] });
  });

  it("previews the write of the document being imported", async () => {
    const { services, shell } = setup();
    services.suggestRegistry(sample);
    await expect(services.previewWrite()).resolves.toEqual({ replaces: ["任务台账"], clashes: [] });
    const plan = shell.inspectWorkbook.mock.calls[0]![0];
    expect(plan.sheets.filter((s) => s.kind === "leader")).toHaveLength(4);
  });

  it("previews at least the fixed sheets before any document was read", async () => {
    const { services, shell } = setup();
    await services.previewWrite();
    const plan = shell.inspectWorkbook.mock.calls[0]![0];
    expect(plan.sheets.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["ledger", "assignments", "units"]),
    );
  });
});

describe("checking the ledger in Excel", () => {
  it("reads the ledger back and checks it against the workbook's own status list", async () => {
    const { services } = setup({ tasks: oneTask, units: null, statuses: ["未启动", "暂缓", "已完成"] });
    const findings = await services.validate();
    expect(findings.some((f) => f.code === "status-invalid")).toBe(false);

    const strict = setup({ tasks: oneTask, units: null, statuses: null });
    const invalid = (await strict.services.validate()).find((f) => f.code === "status-invalid");
    expect(invalid?.where).toEqual({ sheet: "任务台账", cell: "J5" });
  });

  it("checks 任务分工 against the tasks, as the command line does", async () => {
    const units: LedgerTable = {
      sheet: "单位名录",
      top: 0,
      left: 0,
      header: ["单位", "别名", "类别", "所属组"],
      rows: [["财政局", "", "部门", ""]],
    };
    const assignments: LedgerTable = {
      sheet: "任务分工",
      top: 0,
      left: 0,
      header: ["编号", "单位", "角色", "经由", "分管领导", "完成状态"],
      rows: [["1.1", "发改局", "牵头", "", "于会游", "暂缓"]],
    };
    const { services } = setup({ tasks: oneTask, units, assignments });
    const stale = (await services.validate()).filter((f) => f.code === "assignments-stale");
    expect(stale.map((f) => [f.where, f.params])).toEqual([
      [
        { sheet: "任务台账", cell: "A5" },
        { id: "1.1", change: "changed", units: ["财政局", "发改局"], added: ["财政局"], removed: ["发改局"] },
      ],
    ]);
  });

  it("reports a workbook without a ledger as a finding", async () => {
    const { services } = setup({ tasks: null, units: null });
    expect((await services.validate()).map((f) => f.code)).toContain("table-missing");
  });

  it("passes cell selection and fixes to the shell", async () => {
    const { services, shell } = setup();
    await services.selectCell({ sheet: "任务台账", cell: "E5" });
    expect(shell.selectCell).toHaveBeenCalledWith({ sheet: "任务台账", cell: "E5" });
    const fix = {
      where: { sheet: "任务台账", cell: "F5" },
      action: { op: "units" as const, renames: [], drop: [] },
      preview: "x",
    };
    await expect(services.applyFixes([fix])).resolves.toBeUndefined();
    expect(shell.applyFixes).toHaveBeenCalledWith([fix]);
  });
});

/** The 说明 info value of a label in a plan's about sheet (源文件标题, 导入时间 …). */
function aboutValue(plan: WorkbookPlan, label: string): unknown {
  const about = plan.sheets.find((s) => s.kind === "about");
  for (const b of about?.blocks ?? []) {
    if (b.kind !== "values") continue;
    const row = b.values.find((r) => r[0] === label);
    if (row) return row[1];
  }
  return undefined;
}

describe("generating in Excel", () => {
  it("plans the whole ledger as it is now, and writes the chosen kinds with what they depend on", async () => {
    const { services, shell } = setup();
    const progress = jest.fn();
    await services.generate({ units: false, leaders: false, summary: true, formatting: false }, progress);
    const [plan, options] = shell.applyPlan.mock.calls[0]!;
    // 汇总 counts over 任务分工 as the unit sheets do: all three are rewritten, and 说明 with them.
    expect(options).toEqual({
      onlyKinds: ["assignments", "summary", "unit", "about"],
      replaceGenerated: true,
      progress,
    });
    // 说明 lists every sheet of the ledger, so the plan holds them all; only the chosen ones are written.
    expect(new Set(plan.sheets.map((s) => s.kind))).toEqual(
      new Set([
        "ledger",
        "assignments",
        "units",
        "summary",
        "leader",
        "unit",
        "targets",
        "progress",
        "about",
      ]),
    );
    expect(plan.sheets.filter((s) => s.kind === "unit").flatMap((s) => s.conditionalFormats)).toEqual([]);
    expect(shell.reformatLedger).not.toHaveBeenCalled();
    expect(progress).toHaveBeenCalledWith(0, 1, "读取台账");
  });

  it("writes leader sheets and 说明 alone when only leader sheets are chosen", async () => {
    const { services, shell } = setup();
    await services.generate({ units: false, leaders: true, summary: false, formatting: false }, () => {});
    expect(shell.applyPlan.mock.calls[0]![1].onlyKinds).toEqual(["leader", "about"]);
  });

  it("with formatting, colours the generated sheets and re-dresses the ledger first, reporting both", async () => {
    const { services, shell } = setup();
    const progress = jest.fn();
    const result = await services.generate(
      { units: true, leaders: true, summary: true, formatting: true },
      progress,
    );
    const [formatted] = shell.reformatLedger.mock.calls[0]!;
    const [plan] = shell.applyPlan.mock.calls[0]!;
    expect(formatted).toBe(plan);
    expect(formatted.sheets.find((s) => s.kind === "ledger")?.validations.length).toBeGreaterThan(0);
    expect(plan.sheets.filter((s) => s.kind === "unit").flatMap((s) => s.conditionalFormats)).not.toEqual([]);
    expect(shell.reformatLedger.mock.invocationCallOrder[0]).toBeLessThan(
      shell.applyPlan.mock.invocationCallOrder[0]!,
    );
    expect(progress).toHaveBeenCalledWith(0, 1, "标注任务台账");
    expect(result).toEqual({
      sheets: plan.sheets.length, // as the shell reports it
      renamed: [],
      notes: ["reformat-note", "pivot-filter-unsupported"],
    });
  });

  it("stops before replacing any sheet when the ledger cannot be re-dressed", async () => {
    const { services, shell } = setup();
    shell.reformatLedger.mockRejectedValueOnce(new Error("工作表受保护"));
    await expect(
      services.generate({ units: true, leaders: true, summary: true, formatting: true }, () => {}),
    ).rejects.toThrow("工作表受保护");
    expect(shell.applyPlan).not.toHaveBeenCalled();
  });

  it("says what to do when the workbook has no ledger", async () => {
    const { services, shell } = setup({ tasks: null, units: null });
    await expect(
      services.generate({ units: true, leaders: true, summary: true, formatting: true }, () => {}),
    ).rejects.toThrow(/找不到表格 Tasks/);
    await expect(
      services.previewGenerate({ units: true, leaders: false, summary: false, formatting: true }),
    ).rejects.toThrow(/找不到表格 Tasks/);
    expect(shell.applyPlan).not.toHaveBeenCalled();
    expect(shell.reformatLedger).not.toHaveBeenCalled();
    expect(shell.inspectWorkbook).not.toHaveBeenCalled();
  });

  it("previews a generation over the same plan and kinds it would write", async () => {
    const { services, shell } = setup();
    const parts = { units: true, leaders: false, summary: false, formatting: true };
    await expect(services.previewGenerate(parts)).resolves.toEqual({ replaces: ["任务台账"], clashes: [] });
    const [plan, kinds] = shell.inspectWorkbook.mock.calls[0]!;
    expect(kinds).toEqual(["assignments", "summary", "unit", "about"]);
    expect(plan.sheets.some((s) => s.kind === "ledger")).toBe(true);
    expect(shell.applyPlan).not.toHaveBeenCalled();

    await expect(
      services.previewGenerate({ units: false, leaders: false, summary: false, formatting: true }),
    ).resolves.toEqual({ replaces: [], clashes: [] });
    expect(shell.inspectWorkbook).toHaveBeenCalledTimes(1);
  });

  it("keeps 说明's source details, read back from its About table, when 说明 is regenerated", async () => {
    const first = setup();
    await first.services.writeLedger(sample, suggestRegistry(sample), DEFAULT_SETTINGS, () => {});
    const written = first.shell.applyPlan.mock.calls[0]![0];
    // What Excel would read back: the About table as the write laid it out.
    const aboutSheet = written.sheets.find((s) => s.kind === "about")!;
    const aboutTable = aboutSheet.tables.find((t) => t.name === "About")!;
    const body = aboutSheet.blocks.find((b) => b.kind === "values" && b.row === aboutTable.range.row + 1);
    const about: LedgerTable = {
      sheet: "说明",
      top: aboutTable.range.row,
      left: 0,
      header: ["项目", "内容"],
      rows: body && body.kind === "values" ? (body.values as LedgerValue[][]) : [],
    };
    const { services, shell } = setup({ tasks: oneTask, units: null, about });
    await services.generate({ units: false, leaders: true, summary: false, formatting: false }, () => {});
    const regenerated = shell.applyPlan.mock.calls[0]![0];
    expect(sample.document.title).toBeTruthy();
    for (const label of ["源文件标题", "发文单位", "发文日期", "角色约定", "源文件编码", "导入时间"])
      expect(aboutValue(regenerated, label)).toEqual(aboutValue(written, label));
  });

  it("re-dresses the ledger alone with the saved settings", async () => {
    const { services, shell } = setup();
    await services.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 4 });
    await expect(services.reformatLedger()).resolves.toEqual({
      sheets: 1,
      renamed: [],
      notes: ["reformat-note"],
    });
    const [plan] = shell.reformatLedger.mock.calls[0]!;
    expect(plan.settings.dueSoonDays).toBe(4);
    expect(plan.sheets.map((s) => s.kind)).toEqual(["ledger", "about"]);
    expect(shell.applyPlan).not.toHaveBeenCalled();
  });
});

describe("live checks in Excel", () => {
  afterEach(() => jest.useRealTimers());

  it("re-check once after a burst of edits has been quiet for 800 ms, reading only (no pivot refresh)", async () => {
    jest.useFakeTimers();
    const { services, shell, dirty } = setup();
    const seen: Finding[][] = [];
    await services.setLiveChecks(true, (f) => seen.push(f));
    dirty();
    await jest.advanceTimersByTimeAsync(500);
    dirty();
    await jest.advanceTimersByTimeAsync(799);
    expect(shell.readLedger).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(shell.refreshPivots).not.toHaveBeenCalled();
    expect(shell.readLedger).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });

  it("stop watching when switched off, dropping a pending check", async () => {
    jest.useFakeTimers();
    const { services, shell, unwatch, dirty } = setup();
    const seen = jest.fn();
    await services.setLiveChecks(true, seen);
    dirty();
    await services.setLiveChecks(false, seen);
    expect(unwatch).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(2000);
    expect(shell.readLedger).not.toHaveBeenCalled();
    expect(seen).not.toHaveBeenCalled();
  });

  it("hand a failing background check to onError, once, instead of losing it", async () => {
    jest.useFakeTimers();
    const { services, shell, onBackgroundError, dirty } = setup();
    shell.readLedger.mockRejectedValueOnce(new Error("Excel 正在编辑单元格"));
    const onError = jest.fn();
    await services.setLiveChecks(true, () => {}, onError);
    dirty();
    await jest.advanceTimersByTimeAsync(800);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(new Error("Excel 正在编辑单元格"));
    expect(onBackgroundError).not.toHaveBeenCalled();
  });

  it("hand it to the background channel when no onError is given", async () => {
    jest.useFakeTimers();
    const { services, shell, onBackgroundError, dirty } = setup();
    shell.readLedger.mockRejectedValueOnce(new Error("Excel 正在编辑单元格"));
    await services.setLiveChecks(true, () => {});
    dirty();
    await jest.advanceTimersByTimeAsync(800);
    expect(onBackgroundError).toHaveBeenCalledTimes(1);
    expect(onBackgroundError).toHaveBeenCalledWith(new Error("Excel 正在编辑单元格"));
  });
});

describe("settings in Excel", () => {
  it("are kept in the workbook's settings and saved into the document", async () => {
    const { services, settings, stored } = setup();
    await expect(services.loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await services.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 9 });
    expect(JSON.parse(String(stored.get(SETTINGS_KEY))).dueSoonDays).toBe(9);
    expect(settings.write).toHaveBeenCalledTimes(1);
    await expect(services.loadSettings()).resolves.toMatchObject({ dueSoonDays: 9 });
  });

  it("report a failed save", async () => {
    const { services, settings } = setup();
    settings.write.mockRejectedValueOnce(new Error("保存失败"));
    await expect(services.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow("保存失败");
  });
});

describe("helpers", () => {
  it("give today's local date", () => {
    expect(localToday(new Date(2020, 4, 22, 23, 59))).toBe("2020-05-22");
  });
});
