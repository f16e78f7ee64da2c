import { aboutRows, readAbout, settingsOfWorkbook } from "../../../src/core/ledger/about";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { LedgerSettings } from "../../../src/core/plan/types";
import { targetLight } from "../../../src/core/year/ledgerLights";
import { lightRuleText, scheduleShare, taskLight } from "../../../src/core/cycle/lights";
import { periodsOf } from "../../../src/core/cycle/periods";
import type { Target } from "../../../src/core/targets/targetTypes";
import { sampleLedger } from "../../support/sampleLedger";

const settings: LedgerSettings = { ...DEFAULT_SETTINGS, year: 2020 };
const light = (status: string, due: string | null, rate: number | null, today: string, s = settings) =>
  taskLight({ status, due, rate }, s, today);

describe("序时进度", () => {
  it("is the share of the days from 1 January to the due date that have passed", () => {
    // 2020 is a leap year: 1 January to 1 April is 31 + 29 + 31 = 91 days, to 31 December 365.
    expect(scheduleShare("2020-04-01", null, 2020)).toBeCloseTo(91 / 365, 6);
    expect(scheduleShare("2020-04-01", "2020-06-30", 2020)).toBeCloseTo(91 / 181, 6);
    expect(scheduleShare("2019-12-01", null, 2020)).toBe(0);
    expect(scheduleShare("2021-03-01", null, 2020)).toBe(1);
  });
});

describe("a task's light", () => {
  it("is green when done, even after the deadline", () => {
    expect(light("已完成", "2020-03-31", null, "2020-06-01")).toBe("绿");
  });

  it("is red when the deadline has passed and the task is not done", () => {
    expect(light("推进中", "2020-03-31", 100, "2020-04-01")).toBe("红");
    expect(light("推进中", "2020-03-31", null, "2020-03-31")).not.toBe("红");
  });

  it("counts a task not started as 0% done: green up to 10 points behind, yellow to 30, red beyond", () => {
    expect(light("未启动", null, null, "2020-01-20")).toBe("绿"); // 19/365 = 5.2 points
    expect(light("未启动", null, null, "2020-04-01")).toBe("黄"); // 24.9 points
    expect(light("未启动", null, null, "2020-06-01")).toBe("红"); // 152/365 = 41.6 points
  });

  it("compares a typed 完成进度 with 序时进度", () => {
    // 1 January to 1 July 2020: 182 days of 365, 49.9%.
    expect(light("推进中", null, 50, "2020-07-01")).toBe("绿");
    expect(light("推进中", null, 45, "2020-07-01")).toBe("绿"); // 4.9 behind
    expect(light("推进中", null, 30, "2020-07-01")).toBe("黄"); // 19.9 behind
    expect(light("推进中", null, 10, "2020-07-01")).toBe("红"); // 39.9 behind
  });

  it("takes a task in progress without a number as on schedule, and one marked 滞后 as at least yellow", () => {
    expect(light("推进中", null, null, "2020-11-01")).toBe("绿");
    expect(light("滞后", null, null, "2020-11-01")).toBe("黄");
    expect(light("滞后", null, 10, "2020-11-01")).toBe("红");
  });

  it("uses the words and thresholds of the settings", () => {
    const blue: LedgerSettings = {
      ...settings,
      cycle: { period: "month", lights: { words: ["蓝", "黄", "红"], yellowBehind: 20, redBehind: 40 } },
    };
    expect(light("已完成", null, null, "2020-07-01", blue)).toBe("蓝");
    expect(light("推进中", null, 35, "2020-07-01", blue)).toBe("蓝"); // 14.9 behind, under 20
    expect(light("推进中", null, 25, "2020-07-01", blue)).toBe("黄");
    expect(lightRuleText(blue)[0]).toContain("落后20至40个百分点为黄");
  });
});

describe("a target's light", () => {
  const months = periodsOf(2020, "month");
  const target = (over: Partial<Target>): Target => ({
    taskId: "3.1",
    seq: 1,
    indicator: "新增中小微企业贷款",
    value: 60,
    unit: "亿元",
    kind: "累计新增",
    bound: null,
    written: "60亿元",
    phrase: "新增中小微企业贷款60亿元",
    ...over,
  });

  it("is empty without an actual", () => {
    expect(targetLight(target({}), settings, months)).toBe("");
  });

  it("compares an amount with the target times the 序时进度 of the latest period", () => {
    // March: 15 expected; 14 is 1.7 points of 60 short, 8 is 11.7 short. June: 30 expected, 10 is 33.3 short.
    expect(targetLight(target({ actuals: { "2020-03": 14 } }), settings, months)).toBe("绿");
    expect(targetLight(target({ actuals: { "2020-03": 8 } }), settings, months)).toBe("黄");
    expect(targetLight(target({ actuals: { "2020-03": 14, "2020-06": 10 } }), settings, months)).toBe("红");
  });

  it("compares a rate with the target itself, and for an upper bound counts the excess", () => {
    const growth = target({ value: 10, unit: "%", kind: "增长", bound: "下限" });
    expect(targetLight({ ...growth, actuals: { "2020-06": 9.5 } }, settings, months)).toBe("绿");
    expect(targetLight({ ...growth, actuals: { "2020-06": 8 } }, settings, months)).toBe("黄");
    const pm = target({ value: 35, unit: "微克/立方米", kind: "达到", bound: "上限" });
    expect(targetLight({ ...pm, actuals: { "2020-09": 30 } }, settings, months)).toBe("绿");
    expect(targetLight({ ...pm, actuals: { "2020-09": 42 } }, settings, months)).toBe("黄"); // 20% over
    expect(targetLight({ ...pm, actuals: { "2020-09": 50 } }, settings, months)).toBe("红"); // 42.9% over
  });
});

describe("the cycle in 说明", () => {
  const about = (rows: Array<[string, string | number]>) =>
    readAbout({ sheet: "说明", top: 0, left: 0, header: ["项目", "内容"], rows });

  it("is written with the period, the light words and the thresholds, and read back the same", () => {
    const blue: LedgerSettings = {
      ...settings,
      cycle: { period: "quarter", lights: { words: ["蓝", "黄", "红"], yellowBehind: 15, redBehind: 35 } },
    };
    const { model } = sampleLedger((m) => ({ ...m, settings: blue }));
    const rows = aboutRows(model, "test").filter(([label]) => /报送周期|亮灯|落后/.test(label));
    expect(rows).toEqual([
      ["报送周期", "季度"],
      ["亮灯用词", "蓝、黄、红"],
      ["黄灯落后百分点", 15],
      ["红灯落后百分点", 35],
    ]);
    expect(settingsOfWorkbook(DEFAULT_SETTINGS, null, about(rows)).cycle).toEqual(blue.cycle);
  });

  it("falls back to the defaults for words that are not three and thresholds out of order", () => {
    const read = about([
      ["报送周期", "月"],
      ["亮灯用词", "绿、红"],
      ["黄灯落后百分点", 40],
      ["红灯落后百分点", 20],
    ]).cycle;
    expect(read).toEqual({
      period: "month",
      lights: { words: ["绿", "黄", "红"], yellowBehind: 10, redBehind: 30 },
    });
  });

  it("is absent from a ledger made before it, which keeps the defaults", () => {
    expect(about([["时限年度", 2020]]).cycle).toBeNull();
  });
});
