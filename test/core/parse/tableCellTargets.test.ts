import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { detectHeader } from "../../../src/core/parse/table";
import { toLines } from "../../../src/core/text/lines";

// More web tables copied one cell a line, in our own made-up words: tables of targets (年度目标) with each cell
// ending in '|', an assessment list whose indicator is merged over its rows, and a header one cell a line over
// rows of another shape (numbered rows with no 序号 in the header, rows set apart by tabs or '|').
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const cells = (...lines: string[]) => lines.join("\n\n");

describe("one-cell-a-line tables of targets, each cell ending in '|'", () => {
  it.each([
    ["年度目标", "第二季度 任务目标", " |"],
    ["2024年度目标", "三季度目标", "|"],
    ["目标", "第一季度任务目标", " |"],
  ])(
    "reads %s as the task, the quarter's target as its own cell, and units set apart by spaces",
    (target, quarter, end) => {
      const lines = [
        "某县农业农村局2024年《政府工作报告》完成情况",
        "序 号",
        target,
        quarter,
        "分管 县领导",
        "责任单位",
        "进展情况",
        "是否完成",
        "1",
        "全面夯实粮食安全基础,稳定粮食播种面积。",
        "①督促各镇做好图斑整改;②做好“三夏”生产。",
        "王 刚 李明华",
        "县自然资源局 县农业农村局 各镇政府、街道办事处",
        "完成小麦收获5万亩。",
        "完成",
        "2",
        "拓宽村集体增收路径,发展新型农村集体经济。",
        "集体经济收入超过10万元的村达到50%。",
        "李明华",
        "县农业农村局",
        "已有62个村超过10万元。",
        "完成",
      ].map((l, k) => (k === 0 ? l : l + end));
      const parsed = parseBreakdown(lines.join("\n"));
      expect(parsed.tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.leader])).toEqual([
        [
          "1",
          "全面夯实粮食安全基础,稳定粮食播种面积。",
          ["县自然资源局"],
          ["县农业农村局", "各镇政府", "街道办事处"],
          "王刚",
        ],
        ["2", "拓宽村集体增收路径,发展新型农村集体经济。", ["县农业农村局"], [], "李明华"],
      ]);
    },
  );

  it("leaves a table of indicators (指标名称 | 年度目标) to the generic reader: the target is no task there", () => {
    const lines = toLines(["序号", "指标名称", "年度目标", "责任部门"].join("\n"));
    expect(detectHeader(lines, 0)).toBeNull();
  });
});

describe("one-cell-a-line assessment lists with an indicator merged over its rows", () => {
  it("reads 考核指标 as the name before 考核内容, and a row without it by its content, its target after it", () => {
    const text = cells(
      "考核项目",
      "序号",
      "考核指标",
      "考核内容",
      "单位",
      "年度目标",
      "责任部门",
      "评分部门",
      "渔业增效",
      "1",
      "稳定水产品有效供给",
      "渔业增加值增幅",
      "%",
      "≥3%",
      "县海洋渔业局",
      "县财政局",
      "市海洋渔业局",
      "2",
      "水产品总产量",
      "万吨",
      "1.2",
      "县海洋渔业局",
      "市海洋渔业局",
    );
    expect(read(text)).toEqual([
      // The 年度目标 cell follows the task's words (a bare figure with the 单位 cell's measure): 量化指标 reads it.
      ["1", "稳定水产品有效供给渔业增加值增幅≥3%", ["县海洋渔业局"], ["县财政局"]],
      ["2", "水产品总产量1.2万吨", ["县海洋渔业局"], []],
    ]);
  });
});

describe("one-cell-a-line tables whose cells end in '|'", () => {
  it.each([" |", "|"])("reads a category before 序号 and a split header whose lines end in %j", (end) => {
    const lines = [
      "类别",
      "序号",
      "工作",
      "任务",
      "牵头",
      "部门",
      "配合",
      "部门",
      "稳增长",
      "1",
      "工业增加值增长6%。",
      "县经信局",
      "县统计局",
      "2",
      "固定资产投资增长8%。",
      "县发改局",
      "/",
      "惠民生",
      "3",
      "城镇新增就业3000人。",
      "县人社局",
      "各乡镇",
    ];
    const parsed = parseBreakdown(lines.map((l) => l + end).join("\n"));
    expect(parsed.issues.map((i) => i.code)).not.toContain("layout-generic");
    expect(parsed.tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["工业增加值增长6%。", ["县经信局"], ["县统计局"]],
      ["固定资产投资增长8%。", ["县发改局"], []],
      ["城镇新增就业3000人。", ["县人社局"], ["各乡镇"]],
    ]);
  });
});

describe("a header one cell a line over rows of another shape", () => {
  it.each([
    [["工作任务", "牵头单位", "配合单位", "完成时限"], "\n\n"],
    [["重点工作", "主办科室", "协办科室", "时间节点"], "\n"],
  ])(
    "puts a 序号 column first when the rows open with a bare number the header does not name (%j)",
    (head, sep) => {
      const text = [
        ...head,
        "1",
        "推进城乡供水一体化。",
        "县水利局",
        "县财政局",
        "年底前",
        "2",
        "新建幼儿园2所。",
        "县教育局",
        "县住建局",
        "9月底前",
      ].join(sep);
      expect(read(text)).toEqual([
        ["1", "推进城乡供水一体化。", ["县水利局"], ["县财政局"]],
        ["2", "新建幼儿园2所。", ["县教育局"], ["县住建局"]],
      ]);
    },
  );

  it.each(["\t", " | "])(
    "reads rows one a line, cells set apart by %j, under a header one cell a line",
    (sep) => {
      const text = [
        "序号",
        "工作任务",
        "牵头单位",
        "配合单位",
        ["1", "推进城乡供水一体化。", "县水利局", "县财政局"].join(sep),
        ["2", "新建幼儿园2所。", "县教育局", "县住建局"].join(sep),
      ].join("\n");
      expect(read(text)).toEqual([
        ["1", "推进城乡供水一体化。", ["县水利局"], ["县财政局"]],
        ["2", "新建幼儿园2所。", ["县教育局"], ["县住建局"]],
      ]);
    },
  );
});
