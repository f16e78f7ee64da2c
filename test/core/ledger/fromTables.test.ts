import { ledgerFromTables, readDueCell } from "../../../src/core/ledger/fromTables";
import { TASK_COLUMNS } from "../../../src/core/ledger/types";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerValue } from "../../../src/core/types";

describe("a 截止日期 cell read back", () => {
  it("is a date when it holds a date, a serial number or text that writes a whole date", () => {
    expect(readDueCell({ date: "2020-06-30" })).toEqual({ date: "2020-06-30" });
    expect(readDueCell(44012)).toEqual({ date: "2020-06-30" });
    expect(readDueCell("2020/6/30")).toEqual({ date: "2020-06-30" });
    expect(readDueCell("2020年6月30日")).toEqual({ date: "2020-06-30" });
  });

  it("is unreadable when it holds other text, and nothing when empty", () => {
    expect(readDueCell("6月底前")).toEqual({ unreadable: "6月底前" });
    expect(readDueCell("2020-13-45")).toEqual({ unreadable: "2020-13-45" });
    expect(readDueCell(" ")).toBeNull();
    expect(readDueCell(null)).toBeNull();
  });

  it("gives the ledger model the date, or none, that the overdue rules use", () => {
    const header = TASK_COLUMNS.map(([h]) => h);
    const row = (due: LedgerValue) => header.map((h) => (h === "编号" ? "1.1" : h === "截止日期" ? due : ""));
    const model = ledgerFromTables(
      { sheet: "任务台账", top: 0, left: 0, header, rows: [row("2020年6月30日"), row("2020-13-45")] },
      null,
      DEFAULT_SETTINGS,
    );
    expect(model?.tasks.map((t) => t.due)).toEqual(["2020-06-30", null]);
  });

  it("notes text that reads as a date (2020.3.5), which the sheet's formulas see as no date", () => {
    const header = TASK_COLUMNS.map(([h]) => h);
    const row = (due: LedgerValue) => header.map((h) => (h === "编号" ? "1.1" : h === "截止日期" ? due : ""));
    const model = ledgerFromTables(
      {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header,
        rows: [row(" 2020.3.5 "), row({ date: "2020-03-05" }), row("6月底前")],
      },
      null,
      DEFAULT_SETTINGS,
    );
    expect(model?.tasks.map((t) => [t.due, t.dueWritten])).toEqual([
      ["2020-03-05", "2020.3.5"],
      ["2020-03-05", undefined],
      [null, undefined],
    ]);
  });
});

describe("a 完成进度(%) cell read back", () => {
  it("reads a number as a clerk types it, and no number from 0x10 or 1e3 (kept as typed instead)", () => {
    const header = [...TASK_COLUMNS.map(([h]) => h), "完成进度(%)"];
    const row = (rate: LedgerValue) => [...header.slice(0, -1).map((h) => (h === "编号" ? "1.1" : "")), rate];
    const model = ledgerFromTables(
      {
        sheet: "任务台账",
        top: 0,
        left: 0,
        header,
        rows: [row(40), row(" 12 "), row("\uff11\uff12\uff0e\uff15"), row("0x10"), row("1e3"), row("")],
      },
      null,
      DEFAULT_SETTINGS,
    );
    expect(model?.tasks.map((t) => t.rate)).toEqual([40, 12, 12.5, null, null, null]);
    // What no number reads from stays as typed, to be written back as text.
    expect(model?.tasks.map((t) => t.kept?.["完成进度(%)"]?.value)).toEqual([
      undefined,
      undefined,
      undefined,
      "0x10",
      "1e3",
      undefined,
    ]);
  });
});
