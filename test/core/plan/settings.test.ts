import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import {
  STATUS_PRESETS,
  doneFirstOf,
  doneStatusOf,
  readDate,
  readDue,
  settingsWithStatuses,
  startStatusOf,
} from "../../../src/core/plan/settings";
import { suggestRegistry } from "../../../src/core/units/registry";

describe("reading dates", () => {
  it("reads a whole date written with dashes, slashes, dots or 年月日", () => {
    expect(readDate("2020-06-30")).toBe("2020-06-30");
    expect(readDate("2020/6/30")).toBe("2020-06-30");
    expect(readDate("2020.6.3")).toBe("2020-06-03");
    expect(readDate("2020年6月30日")).toBe("2020-06-30");
    expect(readDate(" 2020年6月30日前 ")).toBe("2020-06-30");
    expect(readDate("\uff12\uff10\uff12\uff10/6/30")).toBe("2020-06-30");
  });

  it("reads no date where the text has no year or no day, or names no real day", () => {
    for (const text of [
      "6月底前",
      "2020年13月45日",
      "明年",
      "2021-02-29",
      "2020/6",
      "2020-6/30",
      "",
      "44012",
    ])
      expect({ text, date: readDate(text) }).toEqual({ text, date: null });
    expect(readDate("2020-02-29")).toBe("2020-02-29");
  });

  it("reads an ISO date in 完成时限 as that day", () => {
    expect(readDue("2020-06-30", 2021)).toEqual({ kind: "date", date: "2020-06-30" });
  });
});

describe("status colours chosen by name", () => {
  it("colours in-progress, cancelled and unknown statuses so each is told from white and from the others", () => {
    const [notStarted, going, done, cancelled, other] = settingsWithStatuses([
      "未开始",
      "进行中",
      "已办结",
      "已取消",
      "待研究",
    ]).statuses;
    expect(going).toMatchObject({ fill: "#DEECF9" });
    expect(cancelled).toMatchObject({ fill: "#E1DFDD", font: "#605E5C" });
    const fills = [notStarted, going, done, cancelled, other].map((st) => st?.fill);
    expect(new Set(fills).size).toBe(5);
    // Lighter than #F3F2F1 (Excel's near-white) is no colour a clerk can see on screen.
    for (const fill of fills) expect(lightness(fill ?? "#FFFFFF")).toBeLessThan(0.94);
  });
});

/** The mean of a hex colour's channels, 0 (black) to 1 (white). */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return (r + g + b) / 3;
}

describe("where tasks start", () => {
  it("starts no preset's tasks at its done status", () => {
    for (const preset of STATUS_PRESETS) {
      const names = preset.statuses.map((st) => st.name);
      const settings = { statuses: preset.statuses, doneStatus: doneStatusOf(names) };
      expect({ preset: preset.id, start: startStatusOf(settings) }).not.toEqual({
        preset: preset.id,
        start: settings.doneStatus,
      });
      expect(doneFirstOf(settings)).toBeNull();
    }
  });

  it("starts tasks at the first status that is not done, and says so when the done one is first", () => {
    const settings = settingsWithStatuses(["完成", "未完成", "推进中"]);
    expect(settings.doneStatus).toBe("完成");
    expect(startStatusOf(settings)).toBe("未完成");
    expect(doneFirstOf(settings)).toEqual({ first: "完成", start: "未完成" });
    const parsed = parseBreakdown("一、稳增长\n1.扩大有效投资。\n责任单位:发改局");
    const model = ledgerFromParsed(parsed, suggestRegistry(parsed), settings);
    expect(model.tasks.map((t) => t.status)).toEqual(["未完成"]);
  });
});
