/**
 * The reporting round in Excel (分发各单位, 汇总各单位报送, 通报), through the Excel services and their default shell
 * against the strict Excel double: the .zip of forms downloaded, the returns merged into the open workbook
 * (进展记录, the lead units' words on 任务台账, 报送情况), the 通报 downloaded and written as a sheet.
 */

import JSZip from "jszip";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { acceptSuggestions, suggestRegistry } from "../../src/core/units/registry";
import { createExcelServices } from "../../src/taskpane/excelServices";
import type { SettingsBag } from "../../src/taskpane/excelServices";
import type { RoundServices, ReturnFile } from "../../src/taskpane/rounds/types";
import type { LedgerServices } from "../../src/taskpane/services";
import { installExcelHost, rectAddress } from "../support/excelHost";
import type { ExcelHost, SheetState } from "../support/excelHost";
import { sampleText } from "../support/paths";
import { fillForm, openForm, unzip } from "../support/roundForms";

jest.setTimeout(120_000);

const sample = parseBreakdown(sampleText());
const NOT_RETURNING = ["科技局", "人才办", "工商联"];

let host: ExcelHost;
let uninstall: () => void;
let services: LedgerServices;
let rounds: RoundServices;
let download: jest.Mock<void, [string, Uint8Array]>;

beforeEach(async () => {
  ({ host, uninstall } = installExcelHost());
  const stored = new Map<string, string>();
  const settings: SettingsBag = {
    read: async (k) => stored.get(k) ?? null,
    write: async (k, v) => void stored.set(k, v),
  };
  download = jest.fn();
  services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError: () => {},
    settings,
    today: () => "2020-04-15",
    download,
  });
  // The alias suggestions accepted, as a clerk does before a round: 49 units have tasks.
  const suggested = suggestRegistry(sample);
  await services.writeLedger(
    sample,
    acceptSuggestions(suggested, suggested.suggestions),
    DEFAULT_SETTINGS,
    () => {},
  );
  rounds = await services.loadRounds();
});
afterEach(() => uninstall());

/** The Tasks body's rows as the workbook holds them, by header. */
function tasksTable(): Array<Record<string, unknown>> {
  const t = host.table("Tasks");
  const [header = [], ...rows] = host.valuesOf(t.sheet, t.rect);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Every value a sheet holds, joined. */
const textOf = (sheet: SheetState): string => [...sheet.cells.values()].map((c) => String(c.value)).join("|");

/** The forms of the .zip the last dispatch downloaded. */
async function dispatched(): Promise<Map<string, Uint8Array>> {
  const [name, bytes] = download.mock.calls.at(-1) ?? [];
  expect(name).toMatch(/\.zip$/);
  return unzip(bytes as Uint8Array);
}

/** Every form filled, but those of the units not returning; `status` for the rows a unit leads. */
async function returns(
  forms: Map<string, Uint8Array>,
  status: (unit: string) => string,
  only?: readonly string[],
): Promise<{ files: ReturnFile[]; cells: number }> {
  const files: ReturnFile[] = [];
  let cells = 0;
  for (const [name, bytes] of forms) {
    const unit = name.replace(/-2020-03\.xlsx$/, "");
    if (NOT_RETURNING.includes(unit) || (only && !only.includes(unit))) continue;
    const filled = await fillForm(bytes, unit, status(unit));
    cells += filled.cells;
    files.push({ name, bytes: filled.bytes, lastModified: "2020-03-30T08:00:00.000Z" });
  }
  return { files, cells };
}

describe("分发各单位 in Excel", () => {
  it("lists the units with their task counts, then downloads one .zip with a form per unit (经信局: 8 lead, 9 co)", async () => {
    host.resetCounters();
    const preview = await rounds.previewDispatch("2020-03");
    // The ledger is read once: two round trips, nothing written.
    expect(host.syncCount).toBe(2);
    expect(preview.period).toBe("2020-03");
    expect(preview.units).toHaveLength(49);
    expect(preview.units.find((u) => u.unit === "经信局")).toEqual({ unit: "经信局", lead: 8, co: 9 });

    expect(await rounds.dispatch("2020-03")).toEqual({ fileName: "报送表-2020-03.zip", forms: 49 });
    const forms = await dispatched();
    expect(forms.size).toBe(49);
    const form = await openForm(forms.get("经信局-2020-03.xlsx") as Uint8Array);
    const roles = form.rows.map((r) => r.getCell(form.col("角色")).value);
    expect(roles.filter((v) => v === "牵头")).toHaveLength(8);
    expect(roles.filter((v) => v === "配合")).toHaveLength(9);
  });

  it("offers the period of today by the ledger's cycle when none is given", async () => {
    expect((await rounds.previewDispatch(null)).period).toBe("2020-04");
    await expect(rounds.previewDispatch("三月")).rejects.toThrow("期次写作");
    // A period outside the ledger's year (说明's 时限年度, 2020) is refused, as the command line refuses it.
    await expect(rounds.previewDispatch("2021-03")).rejects.toThrow(
      "期次 2021-03 不在台账的年度\uff082020 年\uff09内",
    );
  });
});

describe("汇总各单位报送 in Excel", () => {
  it("lands every filled cell, refuses a rewritten task and names the units that did not return", async () => {
    await rounds.dispatch("2020-03");
    const forms = await dispatched();
    const { files, cells } = await returns(forms, () => "推进中");
    // 经信局 rewrote task 3.3's text: its row is refused whole.
    const jx = files.findIndex((f) => f.name === "经信局-2020-03.xlsx");
    const rewritten = await fillForm(
      forms.get("经信局-2020-03.xlsx") as Uint8Array,
      "经信局",
      "推进中",
      (f) => {
        const row = f.rows.find((r) => r.getCell(1).value === "3.3");
        if (!row) throw new Error("经信局 has no task 3.3");
        row.getCell(f.col("工作任务")).value = "改写后的任务内容";
      },
    );
    files[jx] = { ...(files[jx] as ReturnFile), bytes: rewritten.bytes };
    files.push({
      name: "通知.txt",
      bytes: new TextEncoder().encode("请于3月底前报送"),
      lastModified: "2020-03-30T08:00:00.000Z",
    });

    host.resetCounters();
    const outcome = await rounds.collect(files, null);
    // Read the ledger (2), write 进展记录 and 报送情况 through the plan writer, set the tasks' state (4): 13.
    expect(host.syncCount).toBeLessThanOrEqual(13);
    const r = outcome.result;
    expect(r.period).toBe("2020-03");
    expect(outcome.lines[0]).toContain("49 个单位中 46 个已报送");
    // 3.3 is led by 经信局 alone, whose form it is in: its 进展情况 and 完成状态 are the two refused cells.
    expect(r.refused).toBe(2);
    expect(r.landed).toBe(cells - 2);
    expect(r.missing.map((u) => u.unit).sort()).toEqual([...NOT_RETURNING].sort());
    expect(outcome.lines.join("\n")).toContain("通知.txt");
    expect(outcome.lines.join("\n")).toMatch(/经信局-2020-03\.xlsx.*3\.3.*工作任务/);

    // 进展记录 holds one row per task and unit that returned something.
    const progress = host.table("Progress");
    expect(progress.bodyRect.rows).toBe(r.added.length);
    const body = host.valuesOf(progress.sheet, progress.rect);
    const header = (body[0] ?? []).map(String);
    const landed = body
      .slice(1)
      .reduce(
        (n, row) => n + (row[header.indexOf("完成状态")] ? 1 : 0) + (row[header.indexOf("进展情况")] ? 1 : 0),
        0,
      );
    expect(landed).toBe(cells - 2);
    // The lead units' word is the tasks' state; 3.3 keeps its own.
    const tasks = tasksTable();
    expect(tasks.find((t) => t["编号"] === "3.3")?.["完成状态"]).toBe("未启动");
    expect(tasks.filter((t) => t["完成状态"] === "推进中")).toHaveLength(
      r.updates.filter((u) => u.status).length,
    );
    const progressOf = (id: string) => tasks.find((t) => t["编号"] === id)?.["进展情况"];
    const some = r.updates.find((u) => u.progress);
    expect(progressOf(some?.id ?? "")).toBe(some?.progress);

    // 报送情况: the three units to chase; tagged as ours, so a second collect writes it again, not beside it.
    const round = host.sheets.filter((s) => s.name.startsWith("报送情况"));
    expect(round.map((s) => s.name)).toEqual(["报送情况"]);
    for (const unit of NOT_RETURNING) expect(textOf(round[0] as SheetState)).toContain(unit);
    expect(textOf(round[0] as SheetState)).toContain("未报送");
    await rounds.collect(files, null);
    expect(host.sheets.filter((s) => s.name.startsWith("报送情况")).map((s) => s.name)).toEqual(["报送情况"]);
    expect(host.table("Progress").bodyRect.rows).toBe(r.added.length);
  });

  it("leaves a person's sheet named 报送情况 as it is, writes beside it and says so", async () => {
    host.addSheet("报送情况");
    host.userEdit("报送情况", "A1", "我的备忘");
    await rounds.dispatch("2020-03");
    const { files } = await returns(await dispatched(), () => "推进中", ["经信局"]);
    const outcome = await rounds.collect(files, null);
    expect(host.cell("报送情况", "A1").value).toBe("我的备忘");
    const ours = host.sheets.find((s) => s.name !== "报送情况" && s.name.startsWith("报送情况"));
    expect(textOf(ours as SheetState)).toContain("经信局");
    expect(outcome.notes.join("\n")).toContain(`本次结果写入\u201c${ours?.name}\u201d`);
  });

  it("keeps a date typed in a column the clerk added to 进展记录 with its format", async () => {
    await services.snapshot("2020-03", false, () => {});
    const t = host.table("Progress");
    const col = t.rect.col + t.rect.cols;
    const first = rectAddress({ row: t.rect.row + 1, col, rows: 1, cols: 1 });
    host.userEdit("进展记录", rectAddress({ row: t.rect.row, col, rows: 1, cols: 1 }), "核实日期");
    t.rect = { ...t.rect, cols: t.rect.cols + 1 };
    t.columns.push("核实日期");
    host.userEdit("进展记录", first, 43916);
    host.cell("进展记录", first).numberFormat = "yyyy/m/d";
    await rounds.dispatch("2020-03");
    const { files } = await returns(await dispatched(), () => "推进中", ["经信局"]);
    await rounds.collect(files, null);
    // The archived rows stay first; 经信局's come after them.
    expect(host.table("Progress").columns.at(-1)).toBe("核实日期");
    expect([host.cell("进展记录", first).value, host.cell("进展记录", first).numberFormat]).toEqual([
      43916,
      "yyyy/m/d",
    ]);
  });

  it("says so when none of the files is a form, writing nothing", async () => {
    host.resetCounters();
    const note: ReturnFile = {
      name: "a.txt",
      bytes: new Uint8Array([65]),
      lastModified: "2020-03-30T08:00:00Z",
    };
    await expect(rounds.collect([note], null)).rejects.toThrow("没有报送表");
    expect(host.sheets.some((s) => s.name === "报送情况")).toBe(false);
  });
});

describe("通报 in Excel", () => {
  it("downloads the .docx with the ledger's totals and writes the same tables as the 通报 sheet", async () => {
    await rounds.dispatch("2020-03");
    // Only 经信局 returns, saying its 8 lead tasks are done: 8 of 73 done (11.0%), everyone else to chase.
    const { files } = await returns(await dispatched(), () => "已完成", ["经信局"]);
    await rounds.collect(files, null);
    download.mockClear();

    const outcome = await rounds.report("2020-03");
    expect(outcome.fileNames).toEqual(["通报-2020-03.docx"]);
    expect(outcome.summary).toMatch(/^73 项任务.已完成 8 项/);
    expect(outcome.summary).toMatch(/未报送 48 个单位/);
    const [name, bytes] = download.mock.calls[0] ?? [];
    expect(name).toBe("通报-2020-03.docx");
    const xml = await (await JSZip.loadAsync(bytes as Uint8Array)).file("word/document.xml")?.async("string");
    const text = (xml ?? "").replace(/<[^>]+>/g, "");
    expect(text).toMatch(/73 项任务中已完成 8 项/);
    expect(text).toMatch(/完成率 11%/);

    const sheet = host.sheets.find((s) => s.name === "通报");
    expect(textOf(sheet as SheetState)).toMatch(/73 项任务中已完成 8 项/);
    // Drafted again, the 通报 sheet is replaced, not doubled.
    await rounds.report("2020-03");
    expect(host.sheets.filter((s) => s.name.startsWith("通报")).map((s) => s.name)).toEqual(["通报"]);
  });
});
