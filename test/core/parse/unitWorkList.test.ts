import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A made-up news item that sets a named unit its own work items in one list (明确了X当前A、B、C等项工作), and the
// look-alikes: a list whose subject is the place as a whole, and a list of units.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ id: t.id, text: t.text, leads: t.leads }));

describe("a unit's own work items set in one list", () => {
  it("reads each item as a task of the unit, the time before the items left off", () => {
    const text = [
      "城东供电所部署春季重点工作",
      "3月2日,城东供电所召开会议,传达上级会议精神。",
      "会上,所长传达了会议精神,明确了城东供电所近期春灌用电保障、老旧线路改造、电费回收等项工作。所里将每项工作细化到人。",
    ].join("\n");
    expect(read(text)).toEqual([
      { id: "1", text: "春灌用电保障", leads: ["城东供电所"] },
      { id: "2", text: "老旧线路改造", leads: ["城东供电所"] },
      { id: "3", text: "电费回收", leads: ["城东供电所"] },
    ]);
  });

  it.each([
    ["会议明确了全市当前春灌用电保障、老旧线路改造、电费回收等项工作。"],
    ["会议明确了县水利局、县农业农村局、县财政局等部门工作。"],
  ])("reads nothing from %s", (sentence) => {
    expect(read(["某县召开春季工作会议", sentence].join("\n"))).toEqual([]);
  });
});
