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
  it("joins a category's name broken in two (事项 / 分类) before a name column, and reads rows that leave both out", () => {
    const text = doc(
      "序号",
      "事项",
      "分类",
      "名称",
      "工作任务",
      "牵头",
      "单位",
      "配合",
      "单位",
      "1",
      "经济发展",
      "重点项目建设",
      "固定资产投资增长7.5%左右。",
      "区发改委",
      "区工信局",
      "区住建局",
      "2",
      "持续推进学前教育普及普惠",
      "区教育局",
      "区政府有关部门",
      "各乡镇人民政府",
      "3",
      "社会民生",
      "民生实事",
      "新建养老服务中心2个。",
      "区民政局",
      "区卫健委",
    );
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1", ["区发改委"], ["区工信局", "区住建局"]],
      ["2", ["区教育局"], ["区政府有关部门", "各乡镇人民政府"]],
      ["3", ["区民政局"], ["区卫健委"]],
    ]);
  });
});
