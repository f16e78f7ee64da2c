import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Tables copied one cell per line whose row ends in a cell that is only a number (a deadline cut from 12月底前
// to 12, a 目标 of 30): the number is the row's last cell when the next filled line is the next row's own
// number, not a row of its own that swallows the rows after it. Made-up tables.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const doc = (...lines: string[]) => lines.join("\n");

describe("one cell per line: a last cell that is only a number", () => {
  const rows = (deadline: string, wrapped = false) =>
    doc(
      "某市2025年重点工作责任分解表",
      "序号",
      "工作任务",
      "责任领导",
      "牵头单位",
      "配合单位",
      "完成时限",
      "1",
      "新建城市停车位2000个",
      "王某某",
      "市住建局",
      "市公安局、市自然资源局",
      "9月底前",
      "2",
      ...(wrapped ? ["改造老旧小区30个，", "同步完善配套设施"] : ["改造老旧小区30个"]),
      "李某某",
      "市住建局",
      "市财政局",
      deadline,
      "3",
      "建成社区食堂15家",
      "张某某",
      "市民政局",
      "市市场监管局",
      "10月底前",
      "4",
      "新增普惠托位800个",
      "张某某",
      "市卫健委",
      "市教育局、市财政局",
      "年底前",
    );
  const after = [
    ["3", "建成社区食堂15家", ["市民政局"], ["市市场监管局"]],
    ["4", "新增普惠托位800个", ["市卫健委"], ["市教育局", "市财政局"]],
  ];
  it.each(["12", "11", "1", "3", "9"])("keeps the rows after a deadline cell cut to %s", (cut) => {
    const tasks = read(rows(cut));
    expect(tasks.slice(2)).toEqual(after);
    expect(tasks.slice(0, 2).map((t) => t[0])).toEqual(["1", "2"]);
    expect(tasks[1]?.[2]).toEqual(["市住建局"]);
  });
  it("so too when the row's task cell takes two lines", () => {
    const tasks = read(rows("12", true));
    expect(tasks.slice(2)).toEqual(after);
    expect(tasks[1]?.[1]).toBe("改造老旧小区30个，同步完善配套设施");
  });
  it("still starts a row at a number out of order when the numbers go on from it (an extract: 3, 68, 69)", () => {
    const text = doc(
      "序号",
      "重点任务",
      "牵头单位",
      "完成时限",
      "3",
      "推进高标准农田建设",
      "区农业农村局",
      "年底前",
      "68",
      "开展河道清淤整治",
      "区水务局",
      "6月底前",
      "69",
      "建设口袋公园5个",
      "区城管局",
      "年底前",
    );
    expect(read(text).map((t) => t[0])).toEqual(["3", "68", "69"]);
  });
});
