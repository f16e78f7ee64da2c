import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { detectHeader } from "../../../src/core/parse/table";
import { isUnitLike, splitUnitList } from "../../../src/core/parse/splitUnits";
import { toLines } from "../../../src/core/text/lines";

// Web tables copied one cell a line, in our own made-up words: a header broken into short cells (牵头 / 部门,
// 完成 / 时间, 项目 / 类别) and repeated at a page break, a category column merged over rows (so rows lack that
// cell), a short name cell before the task's words, a units cell over several lines, '/' for an empty cell.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const cells = (...lines: string[]) => lines.join("\n\n");

describe("one-cell-a-line tables whose header is broken into short cells", () => {
  const header = (lead: string[], co: string, when: string[], category: string[]) => [
    "序号",
    ...category,
    "具 体 内 容",
    ...lead,
    co,
    ...when,
  ];
  it.each([
    [["牵头", "部门"], "相关责任部门", ["完成", "时间"], ["项目", "类别"]],
    [["牵头", "单位"], "配合单位", ["完成", "时限"], ["事项", "分类"]],
    [["主办", "科室"], "协办科室", ["时间", "节点"], ["工作", "类型"]],
  ])(
    "joins %j, and reads rows that leave the category cell out, across a repeated header",
    (lead, co, when, category) => {
      const text = cells(
        "某区“十四五”规划任务分解",
        ...header(lead, co, when, category),
        "31",
        "推进老旧小区综合改造",
        "区住建局",
        "区财政局、各街道",
        "2025年",
        "32",
        "新建社区养老服务中心",
        "区民政局",
        "区卫健委等相关部门,8个街道、镇",
        "2024年",
        ...header(lead, co, when, category),
        "33",
        "建设全民健身步道",
        "区体育局",
        "相关部门",
        "2023年",
      );
      expect(read(text)).toEqual([
        ["31", "推进老旧小区综合改造", ["区住建局"], ["区财政局", "各街道"]],
        ["32", "新建社区养老服务中心", ["区民政局"], ["区卫健委", "相关部门", "8个街道、镇"]],
        ["33", "建设全民健身步道", ["区体育局"], ["相关部门"]],
      ]);
    },
  );

  it.each([
    [
      ["序", "号", "工作", "任务", "牵头", "单位", "配合", "部门"],
      ["seq", "task", "lead", "co"],
    ],
    [
      ["序号", "项目", "名称", "牵头", "领导", "责任", "单位"],
      ["seq", "task", "leader", "units"],
    ],
    [
      ["序号", "任务", "名称", "主办", "处室", "时间", "节点"],
      ["seq", "task", "lead", "deadline"],
    ],
  ])("joins two short halves that are one whole column name: %j", (names, columns) => {
    expect(detectHeader(toLines(names.join("\n\n")), 0)?.columns).toEqual(columns);
  });

  it("keeps short column names that are no name together apart (任务 / 牵头 / 配合)", () => {
    expect(detectHeader(toLines(["序号", "任务", "牵头", "配合"].join("\n")), 0)?.columns).toEqual([
      "seq",
      "task",
      "lead",
      "co",
    ]);
  });

  it("keeps 项目 / 类别 as two columns when no other task column follows them", () => {
    const lines = toLines(["序号", "项目", "类别", "责任单位"].join("\n"));
    expect(detectHeader(lines, 0)?.columns).toEqual(["seq", "task", "other", "units"]);
  });

  it("keeps 项目 / 单位 (a project and its owner or measure) apart from 牵头 / 单位 (one lead column)", () => {
    expect(detectHeader(toLines(["序号", "牵头", "单位", "工作任务"].join("\n")), 0)?.columns).toEqual([
      "seq",
      "lead",
      "task",
    ]);
    expect(detectHeader(toLines(["序号", "项目", "单位", "牵头单位"].join("\n")), 0)?.columns).toEqual([
      "seq",
      "task",
      "other",
      "lead",
    ]);
  });
});

describe("one-cell-a-line tables with a category merged over rows and a short name before the task", () => {
  it.each([
    ["事项分类", "事项名称", "项目内容", "牵头单位", "协同单位"],
    ["项目类别", "项目名称", "建设内容", "责任单位", "配合单位"],
  ])("reads each row whether or not it carries its category cell (%s)", (...head) => {
    const text = cells(
      "2025年某县民生实事项目分解",
      "序号",
      ...head,
      "1",
      "“学有优教”工程",
      "新(改、扩)建一批幼儿园",
      "实施新(改、扩)建幼儿园3所。",
      "县教育局",
      "城关镇",
      "河口乡",
      "县发改局",
      "县城投集团",
      "2",
      "校园食堂改造",
      "对15所学校食堂安装智慧监管平台。",
      "县教育局",
      "/",
      "3",
      "“病有良医”工程",
      "新(改)建村卫生室",
      "新(改)建村卫生室40家。",
      "县卫健局",
      "各乡镇(街道)",
      "4",
      "暑期托管",
      "开设50个暑期托管班。",
      "团县委",
      "各乡镇(街道)",
      "县妇联",
    );
    expect(read(text).map(([id, t, l, c]) => [id, (t as string).slice(0, 9), l, c])).toEqual([
      ["1", "新(改、扩)建一批", ["县教育局"], ["城关镇", "河口乡", "县发改局", "县城投集团"]],
      ["2", "校园食堂改造对15", ["县教育局"], []],
      ["3", "新(改)建村卫生室", ["县卫健局"], ["各乡镇(街道)"]],
      ["4", "暑期托管开设50个", ["团县委"], ["各乡镇(街道)", "县妇联"]],
    ]);
  });
});

describe("what a cell's words say about units", () => {
  it("never reads a counted project or a sentence ending in an organisation-like word as a unit", () => {
    expect(isUnitLike("新(改、扩)建一批中小学校")).toBe(false);
    expect(isUnitLike("新(改)建村卫生室")).toBe(false);
    expect(isUnitLike("对28所中小学校食堂安装数字化验收平台。")).toBe(false);
    expect(isUnitLike("县第一中学")).toBe(true);
  });

  it("reads a counted group of places (13个街道、镇) as one collective, not two units", () => {
    expect(splitUnitList("人口计生委等相关部门,13个街道、镇")).toEqual([
      "人口计生委",
      "相关部门",
      "13个街道、镇",
    ]);
    expect(splitUnitList("全区12个镇、街道")).toEqual(["全区12个镇、街道"]);
    expect(isUnitLike("13个街道、镇")).toBe(true);
    expect(isUnitLike("新建13个社区")).toBe(false);
  });
});

describe("one-cell-a-line tables with an unnumbered group row and a 主要责任单位 column", () => {
  it.each([
    ["主要责任单位", "经济社会发展主要预期目标分解(12项)"],
    ["主要负责部门", "一季度重点工作任务分解"],
  ])(
    "reads the group row as a heading, never the table's end, and the column as a list (%s)",
    (units, group) => {
      const text = cells(
        "某市2024年政府工作任务分解表",
        "序号",
        "名称",
        "工作任务",
        units,
        group,
        "1",
        "地区生产总值",
        "地区生产总值增长6%",
        "市发改委、统计局",
        "2",
        "外贸",
        "进出口总额增长5%",
        "市商务局、海关",
        "3",
        "就业",
        "城镇新增就业3万人",
        "市人社局",
      );
      expect(read(text).map(([id, , l, c]) => [id, l, c])).toEqual([
        ["1", ["市发改委"], ["统计局"]],
        ["2", ["市商务局"], ["海关"]],
        ["3", ["市人社局"], []],
      ]);
    },
  );

  it("keeps every unit of a 主要责任单位 column a lead beside a co-unit column", () => {
    const text = cells(
      "序号",
      "重点工作任务",
      "主要责任单位",
      "协同配合单位",
      "1",
      "固定资产投资增长7%。",
      "区发改委",
      "区工信局、区住建局",
    );
    expect(read(text)).toEqual([["1", "固定资产投资增长7%。", ["区发改委"], ["区工信局", "区住建局"]]]);
  });
});
