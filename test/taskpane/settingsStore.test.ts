import { DEFAULT_SETTINGS, STATUS_PRESETS } from "../../src/core/plan/settings";
import { settingsFromJson, settingsToJson } from "../../src/taskpane/settingsStore";

describe("stored settings", () => {
  it("round-trip through JSON", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      statuses: STATUS_PRESETS[3]!.statuses,
      doneStatus: "已完成",
      dueSoonDays: 7,
    };
    expect(settingsFromJson(settingsToJson(settings))).toEqual(settings);
  });

  it("are nothing when nothing usable is stored", () => {
    for (const stored of [null, undefined, "", "not json", "42", "null"])
      expect(settingsFromJson(stored)).toBeNull();
  });

  it("fall back field by field to the defaults", () => {
    const read = settingsFromJson(
      '{"dueSoonDays":"x","statuses":[{"name":"甲"}],"doneStatus":"甲","overdueFill":"#000000"}',
    );
    expect(read).toEqual({ ...DEFAULT_SETTINGS, overdueFill: "#000000" });
  });

  it("keep the period kind, the light words and thresholds and the optional columns", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      cycle: {
        period: "quarter" as const,
        lights: { words: ["蓝", "黄", "红"] as const, yellowBehind: 15, redBehind: 40 },
        columns: ["责任人", "节点目标"],
      },
    };
    expect(settingsFromJson(settingsToJson(settings))).toEqual(settings);
  });

  it("drop stored lights that make no rule, keeping the period kind", () => {
    const read = settingsFromJson(
      '{"cycle":{"period":"month","lights":{"words":["绿","黄"],"yellowBehind":30,"redBehind":10},"columns":["某列"]}}',
    );
    expect(read?.cycle).toEqual({ period: "month" });
    expect(settingsFromJson('{"cycle":{"period":"year"}}')?.cycle).toBeUndefined();
  });
});
