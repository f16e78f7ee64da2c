import { aboutRows, readAbout, settingsOfWorkbook } from "../../../src/core/ledger/about";
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

describe("the About table of 说明", () => {
  it("round-trips where the ledger came from and its deadline settings", () => {
    const about = readAbout(table(aboutRows(model, "1.0.0")));
    expect(about.document).toEqual({ ...model.document, parts: [], encoding: "" });
    expect(about).toMatchObject({
      importedAt: model.importedAt,
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
    expect(back?.importedAt).toBe(model.importedAt);
  });

  it("reads nothing where there is no table or no document", () => {
    expect(readAbout(null)).toEqual({
      document: null,
      importedAt: null,
      year: null,
      doneStatus: null,
      dueSoonDays: null,
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
