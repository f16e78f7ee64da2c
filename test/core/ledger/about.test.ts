import { aboutRows, localDateTime, readAbout, settingsOfWorkbook } from "../../../src/core/ledger/about";
import { ledgerFromTables } from "../../../src/core/ledger/fromTables";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerTable } from "../../../src/core/types";
import { sampleLedger } from "../../support/sampleLedger";

const { model } = sampleLedger();
const table = (rows: Array<[string, string | number]>): LedgerTable => ({
  sheet: "说明",
  top: 2,
  left: 0,
  header: ["项目", "内容"],
  rows,
});

// The import time is shown in the machine's time zone: the tests run in China's (jest.config.js).
describe("the About table of 说明", () => {
  it("round-trips where the ledger came from and its deadline settings", () => {
    const about = readAbout(table(aboutRows({ ...model, sourceFile: "责任分解.txt" }, "1.0.0")));
    expect(about.document).toEqual({ ...model.document, parts: [] });
    expect(about).toMatchObject({
      sourceFile: "责任分解.txt",
      importedAt: "2020-05-22 16:00",
      year: 2020,
      doneStatus: "已完成",
      dueSoonDays: 15,
    });
    const back = ledgerFromTables(
      { sheet: "x", top: 0, left: 0, header: ["编号"], rows: [["1.1"]] },
      null,
      DEFAULT_SETTINGS,
      about,
    );
    expect(back?.document?.title).toBe("2020年政府工作报告主要工作责任分解");
    expect(back?.sourceFile).toBe("责任分解.txt");
    // Written again from what was read back, 说明 says the same of the source and the time.
    const source = (rows: Array<[string, string | number]>) =>
      rows.filter(([label]) => /源文件|发文|主送|角色|导入/.test(label));
    expect(source(aboutRows(back!, "1.0.0"))).toEqual(
      source(aboutRows({ ...model, sourceFile: "责任分解.txt" }, "1.0.0")),
    );
  });

  it("shows the import time as the local date and time a clerk reads, and the source file's encoding", () => {
    const rows = new Map(aboutRows({ ...model, sourceFile: "tongxiang.txt" }, "1.0.0"));
    expect(rows.get("导入时间")).toBe("2020-05-22 16:00");
    expect(rows.get("源文件")).toBe("tongxiang.txt");
    expect(rows.get("源文件编码")).toBe("UTF-8");
    const docx = new Map(aboutRows({ ...model, document: { ...model.document!, encoding: "docx" } }, "1"));
    expect(docx.get("源文件编码")).toBe("Word 文档");
    expect(readAbout(table([...docx])).document?.encoding).toBe("docx");
  });

  it("turns an ISO instant into local yyyy-mm-dd hh:mm, and leaves other text alone", () => {
    expect(localDateTime("2026-11-26T06:52:26.347Z", 480)).toBe("2026-11-26 14:52");
    expect(localDateTime("2020-12-31T20:30:00.000Z", 480)).toBe("2021-01-01 04:30");
    expect(localDateTime("2020-05-22T08:00:00.000Z", -300)).toBe("2020-05-22 03:00");
    expect(localDateTime("2026-11-26 14:52", 0)).toBe("2026-11-26 14:52");
    expect(localDateTime("2026-11-26T06:52:26.347Z")).toBe("2026-11-26 14:52");
  });

  it("reads nothing where there is no table or no document", () => {
    expect(readAbout(null)).toEqual({
      document: null,
      sourceFile: null,
      importedAt: null,
      year: null,
      doneStatus: null,
      dueSoonDays: null,
      cycle: null,
    });
    expect(readAbout(table([["时限年度", "2021"]])).year).toBe(2021);
    expect(readAbout(table([["时限年度", "二〇二一"]])).year).toBeNull();
  });
});

describe("the settings a workbook carries", () => {
  it("take its status list, keeping known colours, and its year, done status and due-soon days", () => {
    const about = readAbout(
      table([
        ["时限年度", 2021],
        ["已完成状态", "已办结"],
        ["临期提醒天数", 7],
      ]),
    );
    const s = settingsOfWorkbook(DEFAULT_SETTINGS, ["未启动", "暂缓", "已办结"], about);
    expect(s.statuses.map((x) => x.name)).toEqual(["未启动", "暂缓", "已办结"]);
    expect(s.statuses[0]).toBe(DEFAULT_SETTINGS.statuses[0]);
    expect(s).toMatchObject({ year: 2021, doneStatus: "已办结", dueSoonDays: 7 });
  });

  it("fall back to the base where the workbook says nothing, and ignore a done status not in the list", () => {
    expect(settingsOfWorkbook(DEFAULT_SETTINGS, null, readAbout(null))).toEqual(DEFAULT_SETTINGS);
    const s = settingsOfWorkbook(
      DEFAULT_SETTINGS,
      ["甲", "已办结"],
      readAbout(table([["已完成状态", "乙"]])),
    );
    expect(s.doneStatus).toBe("已办结");
  });
});

describe("the notes of 说明", () => {
  it("name the merged aliases exactly as the ledger writes them", () => {
    const { plan } = sampleLedger();
    const about = plan.sheets.find((sheet) => sheet.kind === "about")!;
    const notes = about.blocks.flatMap((b) =>
      b.kind === "values" ? b.values.map((r) => String(r[r.length - 1])) : [],
    );
    const merged = notes.find((n) => n.startsWith("导入时确认的别名"));
    expect(merged).toContain("任务台账中已写为规范名称\uff08原文写法记在单位名录的别名列\uff09\uff1a");
    expect(merged).toContain("开发区(高桥街道)→开发区");
    expect(merged).toContain("财政局(国资办)→财政局");
  });
});
