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
});
