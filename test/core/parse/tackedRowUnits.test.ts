import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Forum copies of a flattened inspection summary (tackedRowUnits.ts): rows opening with a bare number and a space,
// their problems as points (1、 2、) over lines of their own, the units cell tacked onto the row's last line after a
// sentence's end (or on a line of its own), a merged group cell broken by spaces before the first row of its group,
// a cell asking a unit to act (请X协调解决). Made-up variants: other places' units, other headers, other requests,
// blank lines between, an editor's line, the copy cut inside the last row.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

const PLACES = [
  ["区文广新局", "区卫生局", "区公安分局", "市文明办"],
  ["县城管局", "县市场监管局", "县住建局", "县创建办"],
  ["镇综治办", "镇卫生院", "镇派出所", "镇党政办"],
] as const;

const HEADERS = [
  "附件 文明城市创建督查情况汇总表 序号 具体点位 存在问题 整改责任单位",
  "督查发现问题清单 序号 检查点位 问题 责任单位",
] as const;

describe("an inspection summary whose rows run over lines, units tacked onto each row's end", () => {
  it.each(HEADERS)("reads one task per row under %s", (header) => {
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "编辑: someone 2013-05-03",
        header,
        "",
        "1 东城 街道 辖区 人民路68号网吧 消防通道内杂物乱堆放.",
        "",
        a,
        "",
        "2 解放路交叉口建筑工地",
        "",
        "1、外来人员进入工地时未登记;",
        "",
        "未发放安全帽;",
        "",
        `2、食堂工作人员无健康证. 请${d}协调解决`,
        "",
        "3 社区卫生服务中心",
        "",
        "1、显示屏未见公益宣传内容(已整改);",
        "",
        `2、投诉机制未建立. ${b} ${c}`,
        "",
        "4 西城 街道 辖区 新华路菜市场",
        "",
        "1、地面积水",
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "人民路68号", [a], []],
        ["2", "解放路交叉口", [d], []],
        ["3", "社区卫生服务", [b], [c]],
        ["4", "新华路菜市场", [], []],
      ]);
    }
  });

  it("leaves rows one a line each to the table reader, with their lead and co-unit columns", () => {
    const text = [
      "序号 工作任务 牵头单位 配合单位",
      "1 新建城东污水处理厂一座。 县住建局 县财政局",
      "2 改造老旧小区12个。 县城管局 县财政局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新建城东污水", ["县住建局"], ["县财政局"]],
      ["2", "改造老旧小区", ["县城管局"], ["县财政局"]],
    ]);
  });

  it("reads a header on a line of its own, units after no full stop, a page mark between rows", () => {
    for (const [a, b, c] of PLACES) {
      const text = [
        "序号 点位 存在问题 责任单位",
        "1 人民路网吧",
        "1、消防通道杂物堆放",
        `2、未设置禁烟标识 ${a}`,
        "- 2 -",
        "2 社区卫生服务中心",
        "1、投诉机制未建立",
        `${b} ${c}`,
        "3 解放路工地",
        "1、未发放安全帽",
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "人民路网吧(", [a], []],
        ["2", "社区卫生服务", [b], [c]],
        ["3", "解放路工地(", [], []],
      ]);
    }
  });

  it("never reads a row's site as its units when the row is one line", () => {
    const text = [
      "督查发现问题清单 序号 检查点位 问题 责任单位",
      "1 人民路网吧",
      "1、消防通道杂物堆放. 区文广新局",
      "2 黎明社区卫生服务中心",
      "3 解放路工地",
      "1、未发放安全帽. 县住建局",
    ].join("\n");
    const units = parseBreakdown(text).tasks.flatMap((t) => [...t.leads, ...t.coUnits]);
    expect(units).not.toContain("黎明社区卫生服务中心");
  });
});
