import { csvRows } from "../../../src/core/files/csv";
import { gridText } from "../../../src/core/files/grid";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Rules found by rendering the corpus's tables in every shape (test/support/renderShapes.ts), each in made-up words.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

describe("table shapes found by the shape property", () => {
  it("reads a table whose cells are set apart by runs of spaces, one row a line", () => {
    const text = [
      "序号  工作任务  牵头单位  配合单位",
      "1  地区生产总值增长5.5%左右  区发展改革委  区统计局",
      "2  固定资产投资增长6%左右  区发展改革委  区财政局、区住房城乡建委",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "地区生产总值增长5.5%左右", ["区发展改革委"], ["区统计局"], null],
      ["2", "固定资产投资增长6%左右", ["区发展改革委"], ["区财政局", "区住房城乡建委"], null],
    ]);
  });

  it("reads a cell marked empty (无) in a table one cell per line as that cell, not the next one's words", () => {
    const header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"];
    const rows = [
      "1",
      "新建老年食堂2个。",
      "市民政局",
      "无",
      "5月底前动工",
      "2",
      "改造公厕10座。",
      "市城管局",
      "/",
      "9月底前",
    ];
    expect(read([...header, ...rows].join("\n"))).toEqual([
      ["1", "新建老年食堂2个。", ["市民政局"], [], "5月底前动工"],
      ["2", "改造公厕10座。", ["市城管局"], [], "9月底前"],
    ]);
  });

  it("gives no deadline for a deadline cell marked empty", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t完成时限",
      "1\t新建口袋公园3个。\t市园林局\t—",
      "2\t建设充电桩100个。\t市发改委\t年底前",
    ];
    expect(read(text.join("\n")).map((t) => t[4])).toEqual([null, "年底前"]);
  });

  it("never takes a deadline cell for a leader's name in a table one cell per line", () => {
    const text = [
      "序号",
      "工作任务",
      "责任领导",
      "完成时限",
      "牵头单位",
      "1",
      "推进背街小巷改造8条。",
      "李建华",
      "年底前",
      "市住建局",
      "2",
      "完善农村寄递物流体系。",
      "长期坚持",
      "市邮政管理局",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.deadline, t.leads])).toEqual([
      ["年底前", ["市住建局"]],
      ["长期坚持", ["市邮政管理局"]],
    ]);
  });

  it("never takes a cell of units joined by a comma for a leader's name in a table one cell per line", () => {
    const text = [
      "序号",
      "工作任务",
      "责任领导",
      "牵头单位",
      "配合单位",
      "1",
      "新建城市书房5个。",
      "王建国",
      "市文广旅局",
      "",
      "2",
    ];
    const rows = ["改造提升公园绿地3处。", "", "市园林局，市城管局", "各区人民政府"];
    const tasks = parseBreakdown([...text, ...rows].join("\n")).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市文广旅局"], []],
      [["市园林局", "市城管局"], ["各区人民政府"]],
    ]);
  });

  it("never takes a header row for the breakdown's title, though it ends like one (…进展情况)", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t配合单位\t进展情况",
      "1\t新建城市书房5个。\t市文广旅局\t市财政局\t已完成选址",
    ];
    expect(read(text.join("\n"))).toEqual([["1", "新建城市书房5个。", ["市文广旅局"], ["市财政局"], null]]);
    expect(parseBreakdown(text.join("\n")).issues.map((i) => i.code)).not.toContain("layout-generic");
  });

  it("takes a short cell for a leader only when it starts with a surname or has a title (one cell per line)", () => {
    const header = ["序号", "责任领导", "工作任务", "责任单位", "完成时限"];
    // The leader cells are empty: a blank line each, as a web page copies them.
    const rows = [
      "1",
      "",
      "烟花爆竹",
      "安监站,安监所",
      "1月份",
      "2",
      "",
      "特种设备",
      "工商质监所,安监站",
      "7月份",
    ];
    const tasks = parseBreakdown([...header, ...rows].join("\n")).tasks;
    expect(tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["烟花爆竹", ["安监站"], ["安监所"]],
      ["特种设备", ["工商质监所"], ["安监站"]],
    ]);
  });

  it("never takes a header row of spaced-out names for the title (工 作 任 务 … 进 展 情 况)", () => {
    const text = [
      "工 作 任 务\t牵 头 单 位\t配 合 单 位\t进 展 情 况",
      "新建城市书房5个。\t市文广旅局\t市财政局\t已完成选址",
    ];
    expect(read(text.join("\n")).map((t) => t.slice(1))).toEqual([
      ["新建城市书房5个。", ["市文广旅局"], ["市财政局"], null],
    ]);
  });

  it("reads a tab row whose last cells are empty in place, even when its task reads like a unit's name", () => {
    const text = [
      "序号\t工作任务\t牵头单位\t配合单位",
      "1\t新认定高新技术企业\t市科技局\t",
      "2\t新增规上工业企业\t市经信局\t市统计局",
    ];
    expect(read(text.join("\n"))).toEqual([
      ["1", "新认定高新技术企业", ["市科技局"], [], null],
      ["2", "新增规上工业企业", ["市经信局"], ["市统计局"], null],
    ]);
  });

  it("reads a tab table of two columns, the task's and the units' (工 作 任 务⇥责 任 单 位)", () => {
    const text = [
      "工 作 任 务\t责 任 单 位",
      "推进老旧小区改造2个。\t市住建局、市财政局",
      "新建学校3所。\t市教育局",
    ];
    const parsed = parseBreakdown(text.join("\n"));
    expect(parsed.tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["推进老旧小区改造2个。", ["市住建局"], ["市财政局"]],
      ["新建学校3所。", ["市教育局"], []],
    ]);
    expect(parsed.issues.map((i) => i.code)).not.toContain("layout-generic");
  });

  it("keeps a spreadsheet row's empty last cells in their columns (a .csv: 工作任务,责任领导,完成时限,牵头单位,配合单位)", () => {
    const csv = [
      "工作任务,责任领导,完成时限,牵头单位,配合单位",
      '"坚持服务跟着项目走,优化重点项目直通车",叶林,全年,招商工作部,安商工作部',
      '"全力推进开发区空间再造,推动工业用地",马振明,全年,改革办,',
      '"持续提升园区承载能力,加快推进开发区污水",张云峰,全年,规划建设局,',
      "推进老旧小区改造2个。,,,市市场监管局,",
    ].join("\n");
    const text = gridText([{ name: "", cells: csvRows(csv), merges: [] }]);
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["招商工作部"], ["安商工作部"]],
      [["改革办"], []],
      [["规划建设局"], []],
      [["市市场监管局"], []],
    ]);
  });

  it("never takes a header cell alone on its line (工作事项 under 序号) for the document's title", () => {
    const text = ["序号", "工作事项", "责任领导", "牵头单位", "1", "建设城市书房5个。", "王东", "市文广旅局"];
    expect(parseBreakdown(text.join("\n")).tasks.map((t) => [t.id, t.leader, t.leads])).toEqual([
      ["1", "王东", ["市文广旅局"]],
    ]);
  });

  it("reads a units cell of more than eight units one a line (one cell per line) as one cell", () => {
    const co = [
      "市财政局",
      "市住建局",
      "市交通局",
      "市水利局",
      "市农业农村局",
      "市教育局",
      "市卫健委",
      "市商务局",
      "市文旅局",
      "市城管局",
    ];
    const text = ["序号", "工作任务", "牵头单位", "配合单位", "1", "固定资产投资增长7%。", "市发改委", ...co];
    expect(read(text.join("\n"))).toEqual([["1", "固定资产投资增长7%。", ["市发改委"], co, null]]);
  });

  it("keeps a unit on the line before a 备注 or 工作措施 cell in the units cell (one cell per line)", () => {
    for (const [column, note] of [
      ["备注", "新增项目"],
      ["工作措施", "加强统筹调度，定期通报"],
    ]) {
      const rows = ["1", "新建社区食堂3个。", "市商务局", "市民政局", "市财政局", note];
      const text = ["序号", "工作任务", "牵头单位", "配合单位", column, ...rows].join("\n");
      expect(read(text).map((t) => t.slice(2, 4))).toEqual([[["市商务局"], ["市民政局", "市财政局"]]]);
    }
  });
});
