/**
 * The reporting round on the standalone page, through the standalone services on a ledger .xlsx (the
 * sample's, as `taizhang build` writes it): the .zip of forms, the returns merged into a downloaded ledger,
 * the 通报 downloaded with the ledger that holds its sheet.
 */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { progressFromTable } from "../../src/core/year/progress";
import { createStandaloneServices } from "../../src/taskpane/standaloneServices";
import type { ReturnFile, RoundServices } from "../../src/taskpane/rounds/types";
import { readLedgerFile } from "../../src/xlsx/readWorkbook";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { fillForm, openForm, unzip } from "../support/roundForms";
import { sampleLedger } from "../support/sampleLedger";

jest.setTimeout(120_000);

const NOT_RETURNING = ["科技局", "人才办", "工商联"];
let ledgerBytes: Uint8Array;

beforeAll(async () => {
  ledgerBytes = await writeWorkbook(sampleLedger().plan);
});

function setup(today = "2020-04-15") {
  const download = jest.fn<void, [string, Uint8Array]>();
  const services = createStandaloneServices({
    locale: "zh-CN",
    storage: { getItem: () => null, setItem: () => {} },
    download,
    today: () => today,
  });
  return { services, download };
}

/** The bytes of the download named `name`. */
function downloaded(download: jest.Mock<void, [string, Uint8Array]>, name: string): Uint8Array {
  const call = download.mock.calls.find((c) => c[0] === name);
  if (!call) throw new Error(`no download ${name}: ${download.mock.calls.map((c) => c[0]).join(", ")}`);
  return call[1];
}

async function opened(): Promise<{ rounds: RoundServices; download: jest.Mock<void, [string, Uint8Array]> }> {
  const { services, download } = setup();
  const rounds = await services.loadRounds();
  expect(rounds.needsLedgerFile).toBe(true);
  expect(await rounds.openLedgerFile?.("台账.xlsx", ledgerBytes)).toBe("台账.xlsx");
  return { rounds, download };
}

describe("the round on the standalone page", () => {
  it("asks for the ledger file first, and tells a workbook that is no ledger", async () => {
    const { services } = setup();
    const rounds = await services.loadRounds();
    await expect(rounds.previewDispatch(null)).rejects.toThrow("请先打开台账文件");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "x";
    const other = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(rounds.openLedgerFile?.("别的.xlsx", other)).rejects.toThrow("别的.xlsx 不是台账");
  });

  it("waits for a ledger still being read: an action asked meanwhile works on it", async () => {
    // The clerk trial: 生成通报 clicked while the ledger was read said 请先打开台账文件.
    const { services } = setup();
    const rounds = await services.loadRounds();
    const opening = rounds.openLedgerFile?.("台账.xlsx", ledgerBytes);
    const preview = await rounds.previewDispatch("2020-03");
    expect(preview.units).toHaveLength(49);
    await expect(opening).resolves.toBe("台账.xlsx");
    expect(rounds.currentLedger()).toBe("台账.xlsx");
  });

  it("takes no period outside the ledger's year, the day's included, as the command line refuses it", async () => {
    // The clerk trial: a 2020 ledger's 通报 with 期次 empty, in December 2026, came as 通报-2026-12.docx.
    expect((await readLedgerFile(ledgerBytes)).about.year).toBe(2020);
    const { services, download } = setup("2026-12-07");
    const rounds = await services.loadRounds();
    await rounds.openLedgerFile?.("台账.xlsx", ledgerBytes);
    const refusal =
      "期次 2026-12 不在台账的年度\uff082020 年\uff09内\uff1b请写 2020 年的期次\uff0c如 2020-03\uff08月\uff09或 2020Q1\uff08季度\uff09。未作任何修改。";
    await expect(rounds.report(null)).rejects.toThrow(refusal);
    await expect(rounds.previewDispatch(null)).rejects.toThrow(refusal);
    await expect(rounds.dispatch("2021-03")).rejects.toThrow("期次 2021-03 不在台账的年度");
    await expect(rounds.collect([], "2026Q4")).rejects.toThrow("期次 2026Q4 不在台账的年度");
    expect(download).not.toHaveBeenCalled();
    // A period of the ledger's year is drafted as asked.
    expect((await rounds.report("2020-08")).fileNames).toEqual([
      "通报-2020-08.docx",
      "台账-通报2020-08.xlsx",
    ]);
  });

  it("downloads one .zip with a form per unit with tasks, 经信局's with its 8 lead and 9 co tasks", async () => {
    const { rounds, download } = await opened();
    const preview = await rounds.previewDispatch("2020-03");
    expect(preview.units).toHaveLength(49);
    expect(preview.units.find((u) => u.unit === "经信局")).toEqual({ unit: "经信局", lead: 8, co: 9 });
    await rounds.dispatch("2020-03");
    const forms = await unzip(downloaded(download, "报送表-2020-03.zip"));
    expect([...forms.keys()]).toHaveLength(49);
    const form = await openForm(forms.get("经信局-2020-03.xlsx") as Uint8Array);
    const roles = form.rows.map((r) => r.getCell(form.col("角色")).value);
    expect([roles.filter((v) => v === "牵头").length, roles.filter((v) => v === "配合").length]).toEqual([
      8, 9,
    ]);
  });

  it("merges the returns into a downloaded ledger, names the units to chase, and drafts the 通报 from it", async () => {
    const { rounds, download } = await opened();
    await rounds.dispatch("2020-03");
    const forms = await unzip(downloaded(download, "报送表-2020-03.zip"));
    const files: ReturnFile[] = [];
    let cells = 0;
    for (const [name, bytes] of forms) {
      const unit = name.replace(/-2020-03\.xlsx$/, "");
      if (NOT_RETURNING.includes(unit)) continue;
      // Only 经信局 says its tasks are done; the others' are in progress.
      const filled = await fillForm(bytes, unit, unit === "经信局" ? "已完成" : "推进中");
      cells += filled.cells;
      files.push({ name, bytes: filled.bytes, lastModified: "2020-03-30T08:00:00.000Z" });
    }

    // A 报送日期 that is no day is refused before anything is read; a real one dates every return.
    await expect(rounds.collect(files, null, "2020-02-30")).rejects.toThrow("不是“2020-02-30”");
    const outcome = await rounds.collect(files, null, "2020-03-31");
    expect(outcome.fileName).toBe("台账-汇总2020-03.xlsx");
    expect(outcome.lines[0]).toContain("49 个单位中 46 个已报送");
    expect(outcome.result.landed).toBe(cells);
    expect(outcome.result.missing.map((u) => u.unit).sort()).toEqual([...NOT_RETURNING].sort());
    const after = await readLedgerFile(downloaded(download, "台账-汇总2020-03.xlsx"));
    const rows = progressFromTable(after.progress ?? null);
    expect(rows.reduce((n, r) => n + (r.status ? 1 : 0) + (r.progress ? 1 : 0), 0)).toBe(cells);
    expect([...new Set(rows.map((r) => r.reportedOn))]).toEqual(["2020-03-31"]);
    expect(outcome.lines.join("\n")).toContain("报送日期 2020-03-31\uff0c汇总时指定");
    expect(after.sheetNames).toContain("报送情况");

    // The 通报 of the collected ledger: 经信局's 8 tasks done unless a co-lead said otherwise.
    const statusCol = after.tasks?.header.indexOf("完成状态") ?? -1;
    const done = after.tasks?.rows.filter((r) => r[statusCol] === "已完成").length ?? 0;
    expect(done).toBeGreaterThan(0);
    const report = await rounds.report("2020-03");
    expect(report.fileNames).toEqual(["通报-2020-03.docx", "台账-通报2020-03.xlsx"]);
    const xml = await (
      await JSZip.loadAsync(downloaded(download, "通报-2020-03.docx"))
    )
      .file("word/document.xml")
      ?.async("string");
    expect((xml ?? "").replace(/<[^>]+>/g, "")).toContain(`73 项任务中已完成 ${done} 项`);
    const withSheet = await readLedgerFile(downloaded(download, "台账-通报2020-03.xlsx"));
    expect(withSheet.sheetNames).toEqual(expect.arrayContaining(["报送情况", "通报"]));
  });
});
