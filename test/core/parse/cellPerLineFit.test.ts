import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables copied one cell per line whose rows leave cells out (a category merged over rows, a blank deadline):
// each row's lines are fitted to the columns by content (tableFit.ts). Made-up tables in the shapes the shape
// property draws (test/support/renderShapes.ts).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);
const doc = (...lines: string[]) => lines.join("\n");

describe("one cell per line: rows that leave cells out", () => {
  it("reads a task that opens with a deadline word (持续推进…) as the task when its deadline cell is blank", () => {
    const text = doc(
      "序号",
      "领域",
      "工作任务",
      "完成时限",
      "牵头单位",
      "1",
      "经济发展",
      "新建农贸市场3个。",
      "6月底前",
      "市商务局",
      "2",
      "改造提升乡村公路20公里。",
      "年底前",
      "市交通运输局",
      "3",
      "社会民生",
      "持续推进老旧小区改造2个。",
      "市住建局",
      "4",
      "长期坚持开展文明城市创建。",
      "年内完成并投入使用",
      "市文明办",
    );
    expect(read(text)).toEqual([
      ["1", "新建农贸市场3个。", ["市商务局"], [], "6月底前"],
      ["2", "改造提升乡村公路20公里。", ["市交通运输局"], [], "年底前"],
      ["3", "持续推进老旧小区改造2个。", ["市住建局"], [], null],
      ["4", "长期坚持开展文明城市创建。", ["市文明办"], [], "年内完成并投入使用"],
    ]);
  });
});
