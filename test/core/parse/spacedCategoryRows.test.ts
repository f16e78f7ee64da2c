import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rows one a line with cells set apart by single spaces (tableSpacedRows.ts) under a header with two columns before
// the task: a category merged over rows (blank where it is merged: two spaces after the row's number) and a
// leader. Made-up tables in the shapes the shape property draws (test/support/renderShapes.ts).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits, t.deadline]);

describe("single-spaced rows under a category merged over rows", () => {
  it("reads a category and a leader before the task", () => {
    const text = [
      "序号 事项分类 责任领导 工作任务 牵头单位 配合单位 完成时限",
      "1 经济发展 王旭锋 地区生产总值增长6%左右。 发改局 统计局 ",
      "2  吴伟 社会消费品零售总额增长6%左右。 商务局  持续推进",
      "3 生态文明 谢志诚 单位GDP能耗下降3%。 工信局 生态环境局 年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      [["发改局"], ["统计局"], null],
      [["商务局"], [], "持续推进"],
      [["工信局"], ["生态环境局"], "年底前"],
    ]);
    expect(parseBreakdown(text).tasks.map((t) => t.leader)).toEqual(["王旭锋", "吴伟", "谢志诚"]);
  });
});
