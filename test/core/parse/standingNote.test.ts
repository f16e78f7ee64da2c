import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A standing note (其他…均/都…) speaks for later items; a unit label that opens with 其他 is units, even when a
// unit's name holds 都 or 均 (莲都区, 都江堰市, 均州).
describe("a unit label opening with 其他", () => {
  it.each(["莲都经开区管委会", "都江堰市水务局", "区财政局、莲都区住建局"])(
    "gives its units as co-units, never taken for a standing note: %s",
    (units) => {
      const text = ["1.规上工业增加值增长10%。", "牵头单位：区经商局", `其他责任单位：${units}`].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
        [["区经商局"], units.split("、")],
      ]);
    },
  );

  it("still reads a note of its own as a note (其他任务均由各乡镇落实,不再单独列出)", () => {
    const text = [
      "甲县2024年重点工作任务分解",
      "1.规上工业增加值增长10%。(区经商局。其他任务均由各乡镇落实,不再单独列出)",
      "2.新建幼儿园3所。(区教育局)",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["区经商局"], []],
      [["区教育局"], []],
    ]);
  });
});
