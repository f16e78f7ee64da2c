import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rows one a line whose cells are set apart by single spaces (tableSpacedRows.ts), with the cells that shifted
// them: a cell marked empty (/, 无, —) or blank (two spaces), the header again after a page break, a deadline cell of free text right
// of the units, a column of measures (工作措施) after the units, and rows whose lines all share one length. Made-up
// variants: other places' units, other headers, other marks.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline]);

/** Three places' units: a county's, a city district's, a town's. */
const PLACES = [
  ["县住建局", "县财政局", "县教育局", "县发改局"],
  ["区城管局", "区公安分局", "区卫健委", "各街道办事处"],
  ["镇社会事务办", "镇财政所", "镇农业农村办", "各村委会"],
] as const;

describe("rows one a line, cells set apart by single spaces", () => {
  it.each(["/", "无", "—"])(
    "reads a cell marked empty (%s) as that column's, whatever the column",
    (mark) => {
      for (const [a, b, c, d] of PLACES) {
        const text = [
          "序号 工作任务 牵头单位 配合单位 完成时限",
          `1 新建城东污水处理厂一座。 ${a} ${b} 年底前`,
          `2 改造老旧小区12个。 ${c} ${mark} 6月底前`,
          `3 新增停车位1000个。 ${d} ${b} ${mark}`,
          `4 完成农村公路提质改造30公里。 ${a} ${mark} ${mark}`,
        ].join("\n");
        expect(read(text)).toEqual([
          ["新建城东污水处理厂一座。", [a], [b], "年底前"],
          ["改造老旧小区12个。", [c], [], "6月底前"],
          ["新增停车位1000个。", [d], [b], null],
          ["完成农村公路提质改造30公里。", [a], [], null],
        ]);
      }
    },
  );

  it("reads two spaces together as a blank cell, but for two spaces between two units' names", () => {
    // A name column first and a deadline column before the units: a blank deadline beside a task that opens like
    // one (持续推进…, 长期坚持…) leaves the task whole.
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "序号 名称 工作任务 完成时限 牵头单位 配合单位",
        `1 城市建设 新建城东污水处理厂一座。 年底前 ${a} ${b}`,
        `2 城市更新 持续推进老旧小区改造。  ${c} ${d}`,
        `3 生态环境 长期坚持河长制巡查。  ${d}  ${b}`,
        `4 交通建设 完成农村公路提质改造30公里。 6月底前 ${a}`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["城市建设新建城东污水处理厂一座。", [a], [b], "年底前"],
        ["城市更新持续推进老旧小区改造。", [c], [d], null],
        ["生态环境长期坚持河长制巡查。", [d], [b], null],
        ["交通建设完成农村公路提质改造30公里。", [a], [], "6月底前"],
      ]);
    }
  });

  it("reads past the header written again after a page break, in other wordings and column counts", () => {
    for (const [header, k] of [
      ["序号 重点任务 牵头部门 协办单位", 0],
      ["序号 项目名称 主责单位 参与单位 完成时间", 1],
      ["序号 工作内容 牵头单位 配合单位 完成时限", 2],
    ] as const) {
      const [a, b, c] = PLACES[k];
      const due = header.includes("完成") ? " 年底前" : "";
      const text = [
        header,
        `1 新建幼儿园3所。 ${a} ${b}${due}`,
        `2 改造农贸市场5个。 ${c} ${b}${due}`,
        "— 2 —",
        header,
        `3 建成口袋公园10处。 ${b} ${a}${due}`,
      ].join("\n");
      const want = due === "" ? null : "年底前";
      expect(read(text)).toEqual([
        ["新建幼儿园3所。", [a], [b], want],
        ["改造农贸市场5个。", [c], [b], want],
        ["建成口袋公园10处。", [b], [a], want],
      ]);
    }
  });

  it("reads a deadline cell of free text right of the units, after a units cell or its empty mark", () => {
    const plans = ["1、6月底前开工2、年底前完工", "分两期实施，2025年全部建成", "1.2021年8月2.2021年12月"];
    for (const [a, b, c] of PLACES)
      for (const plan of plans) {
        const text = [
          "序号 工作任务 牵头单位 配合单位 完成时限",
          `1 新建城东污水处理厂一座。 ${a} ${b} ${plan}`,
          `2 改造老旧小区12个。 ${c} / ${plan}`,
          `3 新增停车位1000个。 ${b} ${a} 年底前`,
        ].join("\n");
        expect(read(text)).toEqual([
          ["新建城东污水处理厂一座。", [a], [b], plan],
          ["改造老旧小区12个。", [c], [], plan],
          ["新增停车位1000个。", [b], [a], "年底前"],
        ]);
      }
  });

  it("reads a column of measures after the units (工作措施, 具体措施) as a remark, never the task", () => {
    for (const measures of ["工作措施", "具体措施"]) {
      const [a, b, c] = PLACES[2];
      const text = [
        `序号 工作任务 牵头单位 配合单位 完成时限 ${measures}`,
        `1 建成镇卫生院新院区。 ${a} ${b} 年底前 加强统筹调度，定期通报`,
        `2 创建美丽乡村示范村2个。 ${c} / 9月底前 逐村制定方案`,
      ].join("\n");
      expect(read(text)).toEqual([
        ["建成镇卫生院新院区。", [a], [b], "年底前"],
        ["创建美丽乡村示范村2个。", [c], [], "9月底前"],
      ]);
    }
  });

  it("reads rows whose lines all share one length as rows, never as a copy hard-wrapped at that width", () => {
    // Task words cut to one length and short cells after them: every row is as long as the others.
    const tasks = [
      "对行政规范性文件进行全面清理并向社会公布",
      "积极做好政策解读工作持续提升政策解读质量",
      "严格规范政府信息公开专栏及时集中规范发布",
      "规范做好政府信息公开工作年度报告编制发布",
      "依法依规办理政府信息公开申请做好行政复议",
      "制定并公开本部门政务公开重点任务清单明确",
      "积极参加政务公开交流约稿活动认真总结经验",
      "积极参加政务公开工作培训和研讨交流不断提",
    ];
    for (const [x, y] of [
      ["办公室", "各科室"],
      ["综合科", "法规科"],
    ]) {
      const text = [
        "序号 工作任务 牵头单位 完成时限",
        ...tasks.map((t, i) => `${i + 1} ${t} ${i % 2 === 0 ? x : y} 持续推进`),
      ].join("\n");
      expect(read(text)).toEqual(tasks.map((t, i) => [t, [i % 2 === 0 ? x : y], [], "持续推进"]));
    }
  });
});

describe("a numbered row split into sub-rows, the first without a unit", () => {
  it("keeps the first sub-row as a task without units (its error says so), the next with its own unit", () => {
    const text = [
      "某市1-10月重点民生实事落实情况",
      "",
      "序号 考核指标 单 位 工作目标 已完成数 完成比例 备  注",
      "1 新增城镇就业 万人 3.1 3.4  109.7% 人社局",
      "2 所有乡镇实现污水处理设施全覆盖 - - -",
      "新建农村公厕(东区12、西区5) 17 17 100.0% 城管局",
      "3 改造农村危房1200户以上 1250 1180 94.4% 住建局",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => [t.id, t.text.slice(0, 8), t.leads])).toEqual([
      ["1", "新增城镇就业", ["人社局"]],
      ["2.1", "所有乡镇实现污水", []],
      ["2.2", "新建农村公厕(东", ["城管局"]],
      ["3", "改造农村危房12", ["住建局"]],
    ]);
    expect(parsed.issues.filter((i) => i.code === "task-no-units").map((i) => i.line)).toEqual([5]);
  });
});
