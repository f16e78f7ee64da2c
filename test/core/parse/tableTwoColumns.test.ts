import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up tables whose header is two column names one a line (the task's, then the units'), rows one cell a
// line: read as a table, a task's wrapped lines kept (src/core/parse/tableHeader.ts, tableUnitRuns.ts).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);
const codes = (text: string) => parseBreakdown(text).issues.map((i) => i.code);

describe("a two-column header one name a line", () => {
  it("reads numbered rows whose task wraps onto a second line, a numbered task never taken for a unit because it ends like one (…服务中心)", () => {
    const text = [
      "关于印发重点工作责任分解的通知",
      "",
      "目标任务",
      "责任单位",
      "1.全面推进城区道路改造工程,年内完成",
      "主干道十条。",
      "市住建局",
      "2.加快建设养老服务中心",
      "市民政局",
      "3.新增就业岗位五千个",
      "市人社局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "全面推进城区道路改造工程,年内完成主干道十条。", ["市住建局"], []],
      ["2", "加快建设养老服务中心", ["市民政局"], []],
      ["3", "新增就业岗位五千个", ["市人社局"], []],
    ]);
    expect(codes(text)).toEqual([]);
  });

  it("reads unnumbered rows of three wrapped lines, units one a line, across a page counter and the header repeated on the next page", () => {
    const text = [
      "附件",
      "2024年民生实事任务分工",
      "重点任务",
      "牵头单位",
      "推进城乡供水一体化,新建",
      "改造供水管网80公里,",
      "惠及群众3万人",
      "县水利局",
      "县住建局",
      "实施中小学校舍提升工程",
      "县教育局",
      "第 1 页 共 2 页",
      "重点任务",
      "牵头单位",
      "开展老年人健康体检",
      "县卫健委",
    ].join("\n");
    expect(read(text).map(([, t, l]) => [t, l])).toEqual([
      ["推进城乡供水一体化,新建改造供水管网80公里,惠及群众3万人", ["县水利局", "县住建局"]],
      ["实施中小学校舍提升工程", ["县教育局"]],
      ["开展老年人健康体检", ["县卫健委"]],
    ]);
  });

  it("reads sections (一、教育) over the rows, a units cell of two lines", () => {
    const text = [
      "市政府2022年十件实事分工表",
      "工作任务",
      "责任部门",
      "一、教育",
      "(一)新建公办幼儿园5所。",
      "市教育局",
      "(二)改扩建中小学3所,",
      "新增学位2000个。",
      "市教育局",
      "市财政局",
      "二、医疗",
      "(三)建设社区卫生服务站10个。",
      "市卫健委",
    ].join("\n");
    expect(read(text).map(([, t, l, c]) => [t, l, c])).toEqual([
      ["新建公办幼儿园5所。", ["市教育局"], []],
      ["改扩建中小学3所,新增学位2000个。", ["市教育局"], ["市财政局"]],
      ["建设社区卫生服务站10个。", ["市卫健委"], []],
    ]);
  });

  it("still reads two label lines with values under them as a record, not a header (工作任务 / 责任单位 over one value each)", () => {
    const text = ["工作任务", "推进老旧小区改造", "责任单位", "县住建局"].join("\n");
    expect(read(text).map(([, t, l]) => [t, l])).toEqual([["推进老旧小区改造", ["县住建局"]]]);
  });
});

describe("a task cell one a line that ends like a unit's name", () => {
  it("is a task, not the units of the row above, when it opens with a verb of work (rows ending in unit runs)", () => {
    const text = [
      "重点工作任务分解表",
      "工作任务",
      "责任单位",
      "协办单位",
      "全面推进城区道路改造工程",
      "市住建局",
      "市交通局",
      "新增就业岗位五千个",
      "市人社局",
      "完善社区卫生服务中心",
      "市卫健委",
      "市民政局",
    ].join("\n");
    expect(read(text).map(([, t, l, c]) => [t, l, c])).toEqual([
      ["全面推进城区道路改造工程", ["市住建局"], ["市交通局"]],
      ["新增就业岗位五千个", ["市人社局"], []],
      ["完善社区卫生服务中心", ["市卫健委"], ["市民政局"]],
    ]);
  });

  it("is the task's cell, not the lead's, in a numbered row with its category cell and no co-unit (序号 / 项目类别 / 工作任务 / 牵头单位 / 配合单位)", () => {
    const text = [
      "序号",
      "项目类别",
      "工作任务",
      "牵头单位",
      "配合单位",
      "1",
      "城乡建设",
      "实施城区道路改造工程。",
      "市住建局",
      "市交通局",
      "2",
      "“病有良医”工程",
      "创建国家卫生城市。",
      "市卫健委",
      "",
      "3",
      "新增就业岗位五千个。",
      "市人社局",
    ].join("\n");
    expect(read(text).map(([, t, l, c]) => [t, l, c])).toEqual([
      ["实施城区道路改造工程。", ["市住建局"], ["市交通局"]],
      ["创建国家卫生城市。", ["市卫健委"], []],
      ["新增就业岗位五千个。", ["市人社局"], []],
    ]);
  });
});

describe("rows ending in a units cell that names the roles, one cell a line", () => {
  // The shape generator's draw (FC_SEED=683767030 before its leaderMerged option): no 序号, blank lines, the deadline
  // cell filled on the last row only, a role cell (A牵头,B、C配合) as each row's units.
  it("reads a cell like 区发改委牵头,区工信局、…配合 as the row's units, never as the task's words", () => {
    const text = [
      "工作任务",
      "",
      "责任单位",
      "",
      "完成时限",
      "固定资产投资增长7.5%左右。",
      "",
      "区发改委牵头,区工信局、区住建局、区交通局、区水利局、各乡镇人民政府、街道办事处、经开区管委会、城投集团配合",
      "",
      "",
      "",
      "持续推进学前教育普及普惠、义务教育优质均",
      "",
      "区教育局牵头,区政府有关部门、各乡镇人民政府、街道办事处配合",
      "",
      "",
      "",
      "深化与海亮集团合作,积极引进优质教育资源",
      "",
      "区教育局牵头,区投资促进中心配合",
      "",
      "",
      "",
      "推进老旧小区改造2个。",
      "",
      "市财政局",
      "",
      "持续推进",
    ].join("\n");
    expect(read(text).map(([, t, l, c]) => [t, l, c])).toEqual([
      [
        "固定资产投资增长7.5%左右。",
        ["区发改委"],
        [
          "区工信局",
          "区住建局",
          "区交通局",
          "区水利局",
          "各乡镇人民政府",
          "街道办事处",
          "经开区管委会",
          "城投集团",
        ],
      ],
      [
        "持续推进学前教育普及普惠、义务教育优质均",
        ["区教育局"],
        ["区政府有关部门", "各乡镇人民政府", "街道办事处"],
      ],
      ["深化与海亮集团合作,积极引进优质教育资源", ["区教育局"], ["区投资促进中心"]],
      ["推进老旧小区改造2个。", ["市财政局"], []],
    ]);
  });
});
