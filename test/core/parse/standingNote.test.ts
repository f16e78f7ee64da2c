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

// A bracket holding a role clause in prose, then a unit label, then perhaps a standing note
// (〔A、B等按职责分工负责。责任单位:各县(市、区)人民政府。以下均需…落实,不再列出。〕): the clause's first unit leads, the
// others and the label's units help, in the page's order; the note names no unit.
describe("a role clause, then a unit label, in one bracket", () => {
  it.each([
    ["with a standing note after the label", "。以下均需各县(市、区)人民政府落实,不再列出。"],
    ["without a note", ""],
  ])("reads the clause's units first: %s", (_name, note) => {
    const text = [
      "甲市降碳工作方案",
      "(一)推进产业结构调整",
      `1.加强准入管理。严格落实产业政策。〔市生态环境局、发展改革委、水利局等按职责分工负责。责任单位:各县(市、区)人民政府、各开发园区管委${note}〕`,
      "2.推进清洁生产。开展清洁生产审核。〔市工业和信息化局牵头〕",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市生态环境局"], ["发展改革委", "水利局", "各县(市、区)人民政府", "各开发园区管委"]],
      [["市工业和信息化局"], []],
    ]);
  });
});
